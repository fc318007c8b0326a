#pragma once

#include "dates.h"
#include "subscription.h"
#include "termsheet.h"
#include "working.h"

#include <QDate>

#include <optional>

namespace termlens {

// Where an agreement's term stands on one day, and the last day to act (DOMAIN.md "Deadlines
// from dates"). Terms are counted from the start date itself, never chained one from the other,
// so a start on the 31st does not drift to the 28th after February.
//
// - fixed: an initial term of initialMonths from the start, then renewal terms of `months`
//   each. The current term is the one containing asOf (the initial term when asOf is before
//   the start). "At least N days' notice before the end of the term" is read literally: the
//   last day to give notice is the term's last day minus N days. When asOf is past that day
//   the deadline shown is still the current term's (noticeMissed, daysUntilNotice negative):
//   the user must see that the agreement will renew, and the next chance (nextNoticeDeadline).
// - rolling: after a minimum of initialMonths (if stated) the agreement runs until ended with
//   noticeDays' notice. termEnd is the earliest end if notice is given on asOf:
//   max(asOf + noticeDays, last day of the minimum term, start date), and noticeDeadline the
//   last day to give notice for that end (asOf itself once the minimum term's deadline has
//   passed).
// - paid-period (Logit.io 14.2): the subscription ends at the end of the period already paid
//   for; periods follow the billing cycle from the start date. Without a notice period (as at
//   Logit.io) the last day to cancel before the next period is that period's last day; with
//   one of N days it is that day minus N, read as for fixed terms (noticeMissed and
//   nextNoticeDeadline likewise).
// - none: the initial term, if stated, simply ends.
struct TermDeadlines
{
    QDate termStart;           // first day of the current term (rolling, none: the start date)
    QDate termEnd;             // last day of the current term (rolling: earliest possible end)
    QDate noticeDeadline;      // last day to give notice to end at termEnd; invalid if none
    bool noticeMissed = false; // fixed, paid-period: asOf is after noticeDeadline, so it renews
    QDate nextRenewal;         // first day of the next term; invalid if none
    QDate nextTermEnd;         // fixed, paid-period: last day of the next term
    QDate nextNoticeDeadline;  // fixed, paid-period with notice: the next term's deadline
    RenewalKind renewal = RenewalKind::None;
    int termNumber = 0;                 // 0 = initial term, 1 = first renewal term, ...
    std::optional<int> daysUntilNotice; // asOf to noticeDeadline; negative once missed
    bool ended = false;                 // none: the term ended before asOf
    Working working;
};

// Fails (with a reason in words) on an invalid start or asOf, a fixed renewal without an
// initial term or renewal length, or a paid-period renewal without a billing cycle.
Outcome<TermDeadlines> termDeadlines(const Term &term, QDate start, QDate asOf,
                                     std::optional<BillingCycle> billingCycle = std::nullopt);

} // namespace termlens
