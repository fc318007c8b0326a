#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace termlens {

// ISO 8601 instants as the formats use them: "2026-03-04T10:15:00Z", "2026-03-09T23:00-06:00",
// optional seconds and fraction (dropped: instants are whole seconds). A zone (Z or an offset)
// is required: a local time without one is ambiguous and refused.
// Hand-written instead of QDateTime::fromString: one million rows are parsed per import.
std::optional<qint64> parseInstant(QStringView text);

// "2026-03-04T10:15:00Z"
QString formatInstantUtc(qint64 utcSeconds);
// "2026-03-04T04:15:00-06:00": the instant at a fixed UTC offset in seconds.
QString formatInstantWithOffset(qint64 utcSeconds, int offsetSeconds);

// Days since 1970-01-01 for a proleptic Gregorian date, and back (no QDateTime, no zone).
qint64 daysFromCivil(int year, int month, int day);
QDate civilFromDays(qint64 days);

} // namespace termlens
