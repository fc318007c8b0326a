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

// The downtime the target allows in the month: (100 − target) % of the period, in seconds,
// exactly (Logit.io 99.9 % of the average month: 2629.8 s = 43.83 min). Absent without
// availability terms or for an invalid month.
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
