#pragma once

#include "termsheet.h"
#include "working.h"

#include <QDate>

namespace termlens {

class BusinessCalendar;

// Month arithmetic that clamps to the end of the month (DOMAIN.md): 31 Jan + 1 month is 28 Feb,
// or 29 Feb in a leap year; 29 Feb 2024 + 12 months is 28 Feb 2025. QDate::addMonths already
// clamps this way (Qt documents it, and tst_termdeadlines checks it); the named function keeps
// the rule in one place should that ever change.
QDate addMonthsClamped(QDate date, int months);

// "A term of M months from an effective date ends the day before the M-month anniversary":
// 2024-01-15 + 36 months ends 2027-01-14. Invalid when start is invalid or months < 1.
QDate termEndDate(QDate start, int months);

// Whole months from the first of a's month to the first of b's month (b later: positive).
int monthsBetween(QDate a, QDate b);

// The last day of a window that an event opens ("within 30 days after termination", "not
// remedied within 10 Business Days after being notified"). The day of the event is not counted,
// so 30 days after 1 March closes on 31 March:
// - days / weeks: event + N days (7N days);
// - months / years: the same day N months (12N months) later, clamped to the month end;
// - business days: the Nth business day after the event day, by `calendar` when given; without
//   one, Monday to Friday count and no holidays (the working says so);
// - minutes / hours: rounded up to whole days (the working says so), since a date has no time.
// Lines explaining the reading are appended to `working` when it is given. An invalid date is
// returned for an invalid event, a negative amount or one over a million, or a calendar
// without business days.
QDate windowEnd(QDate event, const Duration &duration, const BusinessCalendar *calendar,
                Working *working = nullptr);

// The shortest and longest real length, in minutes, that a stated duration can have, for
// comparing "1 month" or "10 Business Days" with a figure such as "at least 30 days". Months run
// 28..31 days each (12 months: 365..366 days); business days are counted Monday to Friday from
// any day of the week, without holidays (a holiday can only lengthen them: `holidaysIgnored`).
struct DurationSpan
{
    qint64 shortestMinutes = 0;
    qint64 longestMinutes = 0;
    bool exact() const { return shortestMinutes == longestMinutes; }
    bool holidaysIgnored = false;
};
DurationSpan durationSpan(const Duration &duration);

// The date as the app writes it everywhere (YYYY-MM-DD), or an empty string for an invalid date.
QString isoDate(QDate date);

} // namespace termlens
