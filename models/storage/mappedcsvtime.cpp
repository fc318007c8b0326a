#include "mappedcsvtime.h"

#include "instant.h"
#include "localtime.h"

#include <QDate>
#include <QTime>

namespace termlens {
namespace {

// Reads up to `maxDigits` digits (at least `minDigits`) at `pos`; -1 when there are too few.
int readNumber(QStringView s, qsizetype &pos, int minDigits, int maxDigits)
{
    int value = 0;
    int n = 0;
    while (n < maxDigits && pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9') {
        value = value * 10 + (s[pos].unicode() - u'0');
        ++pos;
        ++n;
    }
    return n < minDigits ? -1 : value;
}

// A whole or decimal number of `unitSeconds` ("90", "1.5", "0.25"), rounded half up to a second.
std::optional<qint64> scaledNumber(QStringView text, qint64 unitSeconds)
{
    qsizetype pos = 0;
    qint64 whole = 0;
    qsizetype digits = 0;
    while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9' && digits < 12) {
        whole = whole * 10 + (text[pos].unicode() - u'0');
        ++pos;
        ++digits;
    }
    qint64 fraction = 0; // millionths
    qint64 scale = 1000000;
    if (pos < text.size() && (text[pos] == u'.' || text[pos] == u',')) {
        ++pos;
        const qsizetype start = pos;
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
            if (scale > 1) {
                scale /= 10;
                fraction += (text[pos].unicode() - u'0') * scale;
            }
            ++pos;
        }
        if (pos == start)
            return std::nullopt;
    }
    if (digits == 0 || pos != text.size())
        return std::nullopt;
    return whole * unitSeconds + (fraction * unitSeconds + 500000) / 1000000;
}

} // namespace

MappedTimeReader::MappedTimeReader(const QStringList &formats, const QString &ianaZone)
    : m_formats(formats)
    , m_zone(zoneFromIana(ianaZone))
{}

std::optional<qint64> MappedTimeReader::instant(QStringView text) const
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    for (const QString &format : m_formats) {
        if (const auto value = withFormat(text, format))
            return value;
    }
    return std::nullopt;
}

std::optional<qint64> MappedTimeReader::withFormat(QStringView text, const QString &format) const
{
    if (format == u"iso8601") {
        if (const auto value = parseInstant(text))
            return value;
        // No offset: a local time in the mapping's zone.
        return pattern(text, text.size() > 16 && text[10] == u'T'   ? u"yyyy-MM-ddTHH:mm:ss"
                             : text.size() > 16                     ? u"yyyy-MM-dd HH:mm:ss"
                             : text.size() > 10 && text[10] == u'T' ? u"yyyy-MM-ddTHH:mm"
                                                                    : u"yyyy-MM-dd HH:mm");
    }
    if (format == u"epoch" || format == u"epoch-ms") {
        qsizetype pos = 0;
        const bool negative = text.startsWith(u'-');
        if (negative)
            ++pos;
        qint64 value = 0;
        const qsizetype start = pos;
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9' && pos - start < 15)
            value = value * 10 + (text[pos++].unicode() - u'0');
        if (pos == start || pos != text.size())
            return std::nullopt;
        if (negative)
            value = -value;
        return format == u"epoch" ? value : (value >= 0 ? value / 1000 : -((-value + 999) / 1000));
    }
    return pattern(text, format);
}

// yyyy MM M dd d HH H hh h mm ss AP/ap; any other character must appear as written.
std::optional<qint64> MappedTimeReader::pattern(QStringView text, QStringView format) const
{
    int year = -1, month = -1, day = -1, hour = 0, minute = 0, second = 0;
    int pm = -1; // -1: 24-hour clock
    qsizetype pos = 0;
    qsizetype f = 0;
    const auto token = [&](QStringView t) { return format.mid(f).startsWith(t); };
    while (f < format.size()) {
        int *field = nullptr;
        int minDigits = 1;
        int maxDigits = 2;
        qsizetype width = 1;
        const QChar c = format[f];
        if (token(u"yyyy")) {
            field = &year;
            minDigits = maxDigits = 4;
            width = 4;
        } else if (c == u'M' || c == u'd' || c == u'H' || c == u'h' ||
                   ((c == u'm' || c == u's') && f + 1 < format.size() && format[f + 1] == c)) {
            field = c == u'M'   ? &month
                    : c == u'd' ? &day
                    : c == u'm' ? &minute
                    : c == u's' ? &second
                                : &hour;
            if (f + 1 < format.size() && format[f + 1] == c) {
                minDigits = 2; // a doubled letter: exactly two digits
                width = 2;
            }
        }
        if (field) {
            const int v = readNumber(text, pos, minDigits, maxDigits);
            if (v < 0)
                return std::nullopt;
            *field = v;
            f += width;
        } else if (token(u"AP") || token(u"ap")) {
            const QStringView ampm = text.mid(pos, 2);
            if (ampm.compare(u"AM", Qt::CaseInsensitive) == 0)
                pm = 0;
            else if (ampm.compare(u"PM", Qt::CaseInsensitive) == 0)
                pm = 1;
            else
                return std::nullopt;
            pos += 2;
            f += 2;
        } else {
            if (pos >= text.size() || text[pos] != c)
                return std::nullopt;
            ++pos;
            ++f;
        }
    }
    if (pos != text.size() || year < 0 || month < 0 || day < 0)
        return std::nullopt;
    if (pm >= 0) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + pm * 12;
    }
    if (!QDate::isValid(year, month, day) || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    if (!m_zone.isValid())
        return std::nullopt;
    return localToUtc(m_zone, QDate(year, month, day), QTime(hour, minute, second));
}

std::optional<qint64> MappedTimeReader::duration(QStringView text, MappedDuration unit)
{
    text = text.trimmed();
    switch (unit) {
    case MappedDuration::Seconds:
        return scaledNumber(text, 1);
    case MappedDuration::Minutes:
        return scaledNumber(text, 60);
    case MappedDuration::Hours:
        return scaledNumber(text, 3600);
    case MappedDuration::Clock: {
        // H:MM:SS or MM:SS
        const auto parts = text.split(u':');
        if (parts.size() < 2 || parts.size() > 3)
            return std::nullopt;
        qint64 total = 0;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            qsizetype pos = 0;
            const int v = readNumber(parts[i], pos, 1, i == 0 ? 6 : 2);
            if (v < 0 || pos != parts[i].size() || (i > 0 && v > 59))
                return std::nullopt;
            total = total * 60 + v;
        }
        return total;
    }
    }
    return std::nullopt;
}

} // namespace termlens
