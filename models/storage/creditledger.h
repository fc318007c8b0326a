#pragma once

#include "creditclaimrepository.h"
#include "monthlycredits.h"
#include "outage.h"
#include "storageresult.h"
#include "termsheet.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace termlens {

class Workspace;

// One line of the credits ledger: one agreement, one calendar month, one service.
struct CreditLedgerRow
{
    QString agreementId;
    QString vendor;
    QString service; // empty: every record of the agreement merged as one service
    int year = 0;
    int month = 0;
    QString currency;
    QDate claimDeadline;          // invalid when the agreement states none
    bool hasCreditTerms = false;  // the agreement states a credit schedule
    bool monthInProgress = false; // the month has not ended yet at nowUtc
    ServiceCredit credit;         // availability, credit and the full working
    QString monthKey() const;     // "YYYY-MM", as CreditClaim::month
    // A credit is owed: the target was missed and the schedule gives a percent that is issued
    // (not below the minimum amount, not zero money).
    bool creditOwed() const;
};

// Where a credit's claim stands on a given day.
enum class ClaimState
{
    NothingOwed, // target met, or no credit is issued for the month
    InProgress,  // the month is not over yet
    Open,        // owed, not claimed, the deadline not passed (or none stated)
    Claimed,
    Expired // owed, not claimed, the deadline passed
};

struct ClaimStatus
{
    ClaimState state = ClaimState::NothingOwed;
    std::optional<int> daysLeft; // Open with a deadline: today to the deadline (0 = last day)
    std::optional<CreditClaim> claim;
};

// The claim of `row` among `claims` (same agreement, month and service; a claim with an empty
// service covers every service of that agreement and month).
std::optional<CreditClaim> claimFor(const CreditLedgerRow &row, const QList<CreditClaim> &claims);
ClaimStatus claimStatus(const CreditLedgerRow &row, const QList<CreditClaim> &claims, QDate today);

struct CreditLedgerRequest
{
    QList<TermSheet> sheets; // the agreements to list (those without availability terms skipped)
    qint64 nowUtc = 0;       // ongoing outages count up to here; months after it are not listed
};

// Every agreement's months from the first month with a recorded outage (in the agreement's time
// zone; not before the subscription's start) to the month of nowUtc, each service on its own,
// through computeMonthlyCredits. Ordered by agreement (as given), month, then service.
StorageResult<QList<CreditLedgerRow>> loadCreditLedger(Workspace &workspace,
                                                       const CreditLedgerRequest &request);

} // namespace termlens
