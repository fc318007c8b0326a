#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace termlens {

// A display reminder before an event: `trigger` is an RFC 5545 duration ("-P14D").
struct CalendarAlarm
{
    QString trigger;
    QString description;
    friend bool operator==(const CalendarAlarm &, const CalendarAlarm &) = default;
};

// An all-day event (DTSTART;VALUE=DATE, DTEND the next day).
struct CalendarEvent
{
    QString uid; // stable across exports, so a calendar updates the event instead of adding one
    QDate date;
    QString summary;
    QString description;
    QStringList categories;
    QList<CalendarAlarm> alarms;
    friend bool operator==(const CalendarEvent &, const CalendarEvent &) = default;
};

struct Calendar
{
    QString productId;   // PRODID, e.g. "-//TermLens//TermLens 0.1.0//EN"
    qint64 stampUtc = 0; // DTSTAMP of every event: when the file was made
    QList<CalendarEvent> events;
};

// RFC 5545 text: UTF-8, every line ending in CRLF and folded so that no line is longer than
// 75 octets (continuation lines start with a space; a UTF-8 sequence is never split).
QByteArray calendarToIcs(const Calendar &calendar);

// TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon and comma escaped, newlines
// written as \n (CR LF and lone CR count as one newline), other control characters except tab
// dropped (TEXT does not allow them).
QString escapeIcsText(QStringView text);

// Folds one content line (without its line break) into physical lines of at most 75 octets,
// each ending in CRLF.
QByteArray foldIcsLine(const QByteArray &line);

} // namespace termlens
