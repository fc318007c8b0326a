#pragma once

#include "termsheet.h"
#include "working.h"

#include <QString>

namespace termlens {

// When a support response is due for an issue of one severity level (DOMAIN.md "Deadlines
// from dates"; termsheet.h Support).
struct ResponseDue
{
    qint64 due = 0;             // UTC seconds
    qint64 businessMinutes = 0; // open minutes counted; for 24x7 the wall minutes
    Working working;
};

// 24x7 clock: reported + amount of wall time (a day is 24 hours). Business clock, over the
// support's business hours: minutes and hours are N (x 60) minutes of open time from the
// report, or from the next opening when reported out of hours; days are N full business days
// (BusinessCalendar::addBusinessDays). The level is looked up by name, exactly, else ignoring
// case. Fails, naming the known levels, for an unknown level; fails for a business clock
// without (valid) business hours.
Outcome<ResponseDue> responseDue(const Support &support, const QString &levelName,
                                 qint64 reportedUtc);

} // namespace termlens
