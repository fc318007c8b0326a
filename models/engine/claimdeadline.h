#pragma once

#include "termsheet.h"
#include "working.h"

#include <QDate>

namespace termlens {

// The last day to claim the credit for `month` of `year` (DOMAIN.md "Service credits"):
// - end-of-following-month: the last day of the next month (March -> 30 April);
// - days-after-period: "due" read as the last day of the month measured, plus N days
//   (March, 10 days -> 10 April);
// - end-of-nth-following-month: the last day of the Nth month after (n = 2: March -> 31 May);
// - none, or a negative count: an invalid date (no deadline stated).
// One line naming the clause and the reading is appended to `working` when given.
QDate claimDeadline(const ClaimWindow &window, int year, int month, Working *working = nullptr);

} // namespace termlens
