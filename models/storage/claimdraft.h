#pragma once

#include "creditledger.h"
#include "outage.h"
#include "subscription.h"
#include "termsheet.h"

#include <QList>
#include <QString>

#include <optional>

namespace termlens {

// A service credit claim ready to paste into an e-mail or a support case, or to print.
// Every agreement of the sample asks for the same facts in different words (Alliants SLA 2,
// Identity Automation App. A §4, Logit.io Sched. 3 Part 4 1.8): "SLA Credit Request" in the
// subject line; the month; the date, time with time zone, duration and service of each
// incident; the affected account; and the evidence (logs with confidential data masked). The
// draft carries all of them, so it satisfies each; `requirements` quotes the agreement's own
// claim clause so the user can check it before sending.
struct ClaimDraft
{
    QString subject;
    QString body;
    QString requirements; // the claim clause, its quote and our note; empty when none is stated
    QString text() const; // "Subject: ..." then the body: what Copy and Print take
};

// `outages` are the agreement's records overlapping the month (any service); those touching a
// counted interval of `row`'s service are listed as evidence.
ClaimDraft draftClaim(const TermSheet &sheet, const std::optional<Subscription> &subscription,
                      const CreditLedgerRow &row, const QList<Outage> &outages);

} // namespace termlens
