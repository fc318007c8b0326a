#include "icalendar.h"

#include <QDateTime>
#include <QTimeZone>

namespace termlens {
namespace {

constexpr qsizetype MaxOctets = 75;

QByteArray dateValue(QDate date)
{
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

QByteArray stampValue(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc())
        .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
        .toLatin1();
}

void addLine(QByteArray &out, const QByteArray &name, const QByteArray &value)
{
    out += foldIcsLine(name + ':' + value);
}

void addText(QByteArray &out, const QByteArray &name, const QString &text)
{
    addLine(out, name, escapeIcsText(text).toUtf8());
}

void addEvent(QByteArray &out, const CalendarEvent &event, qint64 stampUtc)
{
    addLine(out, "BEGIN", "VEVENT");
    addText(out, "UID", event.uid);
    addLine(out, "DTSTAMP", stampValue(stampUtc));
    addLine(out, "DTSTART;VALUE=DATE", dateValue(event.date));
    addLine(out, "DTEND;VALUE=DATE", dateValue(event.date.addDays(1)));
    addText(out, "SUMMARY", event.summary);
    if (!event.description.isEmpty())
        addText(out, "DESCRIPTION", event.description);
    if (!event.categories.isEmpty()) {
        QStringList escaped;
        for (const QString &category : event.categories)
            escaped << escapeIcsText(category);
        addLine(out, "CATEGORIES", escaped.join(u',').toUtf8());
    }
    // An all-day deadline does not block the day in anyone's free/busy time.
    addLine(out, "TRANSP", "TRANSPARENT");
    // Outlook shows DATE-only events as all-day only with this hint.
    addLine(out, "X-MICROSOFT-CDO-ALLDAYEVENT", "TRUE");
    for (const CalendarAlarm &alarm : event.alarms) {
        addLine(out, "BEGIN", "VALARM");
        addLine(out, "ACTION", "DISPLAY");
        addText(out, "DESCRIPTION", alarm.description);
        addLine(out, "TRIGGER", alarm.trigger.toLatin1());
        addLine(out, "END", "VALARM");
    }
    addLine(out, "END", "VEVENT");
}

} // namespace

QString escapeIcsText(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            out += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f) {
            // Control characters other than tab are not allowed in TEXT (TSAFE-CHAR): dropped.
            continue;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray foldIcsLine(const QByteArray &line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype pos = 0;
    qsizetype room = MaxOctets; // the first line has 75 octets, continuations 74 after the space
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        // Step back over UTF-8 continuation bytes (10xxxxxx) so a character is never split.
        while (cut > pos && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = MaxOctets - 1;
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

QByteArray calendarToIcs(const Calendar &calendar)
{
    QByteArray out;
    addLine(out, "BEGIN", "VCALENDAR");
    addLine(out, "VERSION", "2.0");
    addText(out, "PRODID", calendar.productId);
    addLine(out, "CALSCALE", "GREGORIAN");
    addLine(out, "METHOD", "PUBLISH");
    for (const CalendarEvent &event : calendar.events)
        addEvent(out, event, calendar.stampUtc);
    addLine(out, "END", "VCALENDAR");
    return out;
}

} // namespace termlens
