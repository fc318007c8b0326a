#pragma once

#include "availability.h"
#include "credits.h"
#include "money.h"
#include "month.h"
#include "outage.h"
#include "storageresult.h"
#include "subscription.h"
#include "termsheet.h"
#include "working.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace termlens {

class Workspace;

// What to compute: one agreement's availability and service credit for one calendar month.
struct MonthlyCreditsRequest
{
    QString agreementId;
    int year = 0;
    int month = 0;
    // Empty: each service of the subscription on its own (or, when the subscription lists at
    // most one service, that service or all records merged as one).
    QString service;
    // The fee the credit base refers to, overriding the subscription (CLI --fee).
    std::optional<Money> fee;
    qint64 nowUtc = 0; // ongoing outages are counted up to here
    // Working lines itemised per kind of record (AvailabilityInput::itemisedLimit): tables of
    // many months ask for 0 (the sums only) and the full working when a row is opened.
    int itemisedLimit = 200;
    // computeMonthlyCreditsSeries: this many consecutive months from year-month.
    int months = 1;
};

// The fee handed to the credit engine for one service, and the working line that says where
// it came from.
struct CreditFee
{
    std::optional<Money> fee;
    QString line;
};

// The result for one service (or for every record merged, when `service` is empty).
struct ServiceCredit
{
    QString service;
    std::optional<Money> fee; // as handed to the engine (the annual fee for annual-fee-twelfth)
    AvailabilityResult availability;
    CreditResult credit;
    Working working; // fee, availability, credit and claim deadline, in that order
};

struct MonthlyCredits
{
    QString agreementId;
    QString currency; // of the amounts: the fee's, else the agreement's
    MonthPeriod period;
    QDate claimDeadline; // invalid when the agreement states none
    QList<ServiceCredit> services;

    bool slaMet() const;
    // The sum of the services' credits; absent when any service has no amount (no fee).
    std::optional<Money> totalCredit() const;
    // The service with the lowest availability (the first on a tie).
    const ServiceCredit *worst() const;
};

// The fee for the credit base (DOMAIN.md "Service credits"): the override when given, else
// from the subscription: monthly-fee the sum of its services' monthly fees; annual-fee-twelfth
// the ANNUAL fee, 12 x the affected service's monthly fee (the engine divides by 12);
// affected-service-fee that service's monthly fee. Absent when it cannot be known.
CreditFee creditFee(const Availability &rules, const std::optional<Subscription> &subscription,
                    const QString &service, const std::optional<Money> &override);

// The services computed one by one for a request (see MonthlyCreditsRequest::service).
QStringList servicesToCompute(const std::optional<Subscription> &subscription,
                              const QString &service);

// The pure part: a term sheet, its subscription and outages (any that overlap the month; others
// are ignored), no store.
Outcome<MonthlyCredits> computeMonthlyCredits(const TermSheet &sheet,
                                              const std::optional<Subscription> &subscription,
                                              std::span<const Outage> outages,
                                              const MonthlyCreditsRequest &request);

// Loads the term sheet, the subscription and the outages overlapping the month from the
// workspace, then computes. An unknown agreement or one without availability terms is an error
// with an empty file name (the user's mistake, not the workspace's).
StorageResult<MonthlyCredits> computeMonthlyCredits(Workspace &workspace,
                                                    const MonthlyCreditsRequest &request);

// request.months consecutive months from request.year-request.month, from one read of the
// store (scanOutages over the whole span): what tables, charts and the report use.
StorageResult<QList<MonthlyCredits>>
computeMonthlyCreditsSeries(Workspace &workspace, const MonthlyCreditsRequest &request);

// A what-if: `downtimeSeconds` of counted downtime in the month (held exactly, so 43.83
// minutes is 2629.8 seconds), through the same engine.
// The result has one service (named `service`, which may be empty).
Outcome<MonthlyCredits> scenarioCredits(const TermSheet &sheet, int year, int month,
                                        const Decimal &downtimeSeconds, const CreditFee &fee,
                                        const QString &service = {});

} // namespace termlens
