#pragma once

#include "decimal.h"
#include "monthlycredits.h"
#include "subscription.h"
#include "termsheet.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace termlens {

// What-if scenarios (DOMAIN.md "Scenario"): a whole-platform outage of a given length in one
// month, run through the same engine as recorded outages (scenarioCredits).
struct ScenarioAgreement
{
    TermSheet sheet;
    std::optional<Subscription> subscription;
};

// One agreement's credit for one month of hypothetical downtime. Every service the customer
// pays for is taken to be down: a credit based on the month's fee is computed once over the
// whole fee; one based on each affected service's fee (or its annual fee) is computed per
// service and summed.
struct ScenarioCredit
{
    QString agreementId;
    QString error; // the agreement cannot be run (no availability terms, bad month)
    bool slaMet = true;
    Decimal availabilityPercent; // display only
    Decimal creditPercent;
    std::optional<Money> amount; // absent when no fee is known
    QString currency;
    Working working;
    bool ok() const { return error.isEmpty(); }
};

ScenarioCredit scenarioCredit(const ScenarioAgreement &agreement, int year, int month,
                              const Decimal &downtimeSeconds);

// The most downtime in the month that still meets the target, in seconds, exactly: for
// continuous measurement (100 − target) % of the period (Logit.io 99.9 % of the average month:
// 2629.8 s = 43.83 min); in fixed periods, what an outage from a period's start may last
// before one period too many is lost (Alliants, February 2026: 0.05 % is 1,209.6 s, room for
// 4 whole 5-minute periods, so 1,200 s). Absent without availability terms or for an invalid
// month.
std::optional<Decimal> allowedDowntimeSeconds(const TermSheet &sheet, int year, int month);

// The credit against monthly downtime as a step line from 0 to maxMinutes, percent (x minutes,
// y percent) and money (y the amount, in the agreement's currency; empty without a fee). The
// line is sampled every stepMinutes and each jump located to within 0.01 minute by bisection,
// then drawn as a vertical step.
struct ScenarioCurve
{
    QList<QPointF> percent;
    QList<QPointF> money;
};
ScenarioCurve scenarioCurve(const ScenarioAgreement &agreement, int year, int month,
                            double maxMinutes, double stepMinutes);

// A hypothetical year: downtime minutes for each of the 12 months, the credits month by month
// and their totals.
struct ScenarioYear
{
    QString agreementId;
    QString error;
    QList<ScenarioCredit> months; // 12
    int monthsMissed = 0;
    std::optional<Money> totalAmount; // absent when any month's amount is unknown
    QString currency;
};
ScenarioYear scenarioYear(const ScenarioAgreement &agreement, int year,
                          const QList<Decimal> &downtimeMinutes);

} // namespace termlens
