#pragma once

#include <QDate>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace termlens {

// Zone helpers for calendars: instants are qint64 UTC seconds, wall times are a QDate and a
// QTime in an IANA zone. Plain functions over a QTimeZone the caller keeps (building one reads
// the zone file, so callers that convert many times hold on to theirs).

// The zone for an IANA id ("Europe/London", "Etc/GMT", "UTC"), or an invalid QTimeZone when
// the id is empty or names no zone in the system's time-zone database.
QTimeZone zoneFromIana(const QString &ianaId);

// The UTC offset in seconds in force at `utc`.
int offsetAt(const QTimeZone &zone, qint64 utc);

// The UTC instant at which the local clock first reads `time` on `date` or later. Where the
// wall time occurs twice (clocks going back) this is the first occurrence; where it does not
// occur at all (clocks going forward) it is the instant the clocks jump, so 01:30 on the
// spring-forward night in Europe/London is 01:00 UTC, when the clock reads 02:00 BST.
qint64 localToUtc(const QTimeZone &zone, QDate date, QTime time);

// The local calendar date at `utc`.
QDate localDate(const QTimeZone &zone, qint64 utc);

// "2022-12-28T11:30:00Z".
QString formatUtc(qint64 utc);
// "2022-12-28 11:30 GMT": local wall time with the zone's abbreviation at that instant.
QString formatLocal(const QTimeZone &zone, qint64 utc);
// "Wednesday 2022-12-28", with a translated day name.
QString formatDate(QDate date);
// Translated day name for a Qt::DayOfWeek number (1 = Monday).
QString weekdayName(int dayOfWeek);
// "Monday–Friday", "Monday, Wednesday, Saturday–Sunday": days listed in week order, runs joined.
QString weekdaysText(const QList<int> &daysOfWeek);

} // namespace termlens
