#pragma once

#include "termsheet.h"

#include <QString>
#include <QtGlobal>

namespace termlens {

// The average month of DOMAIN.md rule 2: 730.5 hours = 43,830 minutes.
inline constexpr qint64 AverageMonthSeconds = 43830 * 60;

// One calendar month in an agreement's time zone. Boundaries are the first instants of the 1st
// of the month and of the next month there, so a month with a DST change is an hour longer or
// shorter. lengthSeconds is the denominator of the availability formula: the real length
// (calendar) or the average month (average); outages are always clipped to [startUtc, endUtc).
struct MonthPeriod
{
    int year = 0;
    int month = 0;
    QString timeZone;
    MonthLength length = MonthLength::Calendar;
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    qint64 lengthSeconds = 0;
    // False for an unknown zone or a month outside 1..12.
    bool isValid() const { return endUtc > startUtc && lengthSeconds > 0; }
    qint64 calendarSeconds() const { return endUtc - startUtc; }
    friend bool operator==(const MonthPeriod &, const MonthPeriod &) = default;
};

MonthPeriod monthPeriod(int year, int month, const QString &timeZone, MonthLength length);

// "March 2026 (Europe/London, 743 h)": for working lines.
QString describeMonth(const MonthPeriod &period);

} // namespace termlens
