#include "scenario.h"

#include <QCoreApplication>

#include <algorithm>

namespace termlens {
namespace {

struct ScenarioText
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)
};

double toDouble(const Decimal &d)
{
    return d.toString().toDouble(); // drawing only: never a decision
}

} // namespace

ScenarioCredit scenarioCredit(const ScenarioAgreement &agreement, int year, int month,
                              const Decimal &downtimeSeconds)
{
    ScenarioCredit result;
    const TermSheet &sheet = agreement.sheet;
    result.agreementId = sheet.id;
    result.currency = sheet.currency;
    if (!sheet.terms.availability) {
        result.error = ScenarioText::tr("%1 states no availability terms").arg(sheet.id);
        return result;
    }
    const Availability &rules = *sheet.terms.availability;
    QStringList services{QString()};
    const bool perService = rules.credits && rules.credits->base != CreditBase::MonthlyFee &&
                            agreement.subscription && agreement.subscription->services.size() > 1;
    if (perService) {
        services.clear();
        for (const ServiceFee &fee : agreement.subscription->services)
            services << fee.service;
        result.working.add(ScenarioText::tr("Every service is down for the whole downtime; the "
                                            "credit base is each service's own fee, so each "
                                            "service is computed and the credits summed."));
    }
    bool first = true;
    for (const QString &service : services) {
        const CreditFee fee = creditFee(rules, agreement.subscription, service, std::nullopt);
        const Outcome<MonthlyCredits> credits =
            scenarioCredits(sheet, year, month, downtimeSeconds, fee, service);
        if (!credits.ok()) {
            result.error = credits.error;
            return result;
        }
        const ServiceCredit &s = credits.value->services.first();
        if (first) {
            result.slaMet = s.credit.slaMet;
            result.availabilityPercent = s.availability.availabilityPercent;
            result.creditPercent = s.credit.creditPercent;
            result.amount = s.credit.creditAmount;
            result.currency = credits.value->currency;
        } else if (result.amount && s.credit.creditAmount) {
            result.amount = *result.amount + *s.credit.creditAmount;
        } else {
            result.amount.reset();
        }
        if (perService)
            result.working.add(ScenarioText::tr("Service %1:").arg(service));
        result.working.append(s.working);
        first = false;
    }
    return result;
}

std::optional<Decimal> allowedDowntimeSeconds(const TermSheet &sheet, int year, int month)
{
    if (!sheet.terms.availability)
        return std::nullopt;
    const Availability &rules = *sheet.terms.availability;
    const MonthPeriod period = monthPeriod(year, month, sheet.timeZone, rules.monthLength);
    if (!period.isValid())
        return std::nullopt;
    const Decimal share = Decimal::fromInt(100) - rules.target;
    const Decimal allowance = (share * Decimal::fromInt(period.lengthSeconds))
                                  .divided(Decimal::fromInt(100), 6, Rounding::HalfAwayFromZero)
                                  .normalized();
    const Measurement &m = rules.measurement;
    if (m.kind != MeasurementKind::Intervals || m.minutes <= 0)
        return allowance;
    // Whole periods: k of them fit in the allowance. An outage from a period's start loses
    // ceil(s / L) periods when any downtime counts (met up to k × L), floor(s / L) when only
    // whole periods count (met up to one second short of k + 1 periods).
    const qint64 length = qint64(m.minutes) * 60;
    const qint64 periods = allowance.divided(Decimal::fromInt(length), 0, Rounding::Floor)
                               .toInteger(Rounding::TowardZero);
    const qint64 seconds = m.unavailableIf == UnavailableIf::AnyDowntime
                               ? periods * length
                               : (periods + 1) * length - 1;
    return Decimal::fromInt(seconds);
}

ScenarioCurve scenarioCurve(const ScenarioAgreement &agreement, int year, int month,
                            double maxMinutes, double stepMinutes)
{
    ScenarioCurve curve;
    // Exact figures at hundredths of a minute: seconds = minutes × 60, held exactly.
    const auto at = [&](qint64 hundredths) {
        return scenarioCredit(agreement, year, month,
                              Decimal::fromParts(hundredths * 60, 2).normalized());
    };
    const auto same = [](const ScenarioCredit &a, const ScenarioCredit &b) {
        return a.creditPercent == b.creditPercent && a.amount == b.amount;
    };
    const auto add = [&](qint64 hundredths, const ScenarioCredit &c) {
        const double x = double(hundredths) / 100.0;
        curve.percent << QPointF(x, toDouble(c.creditPercent));
        if (c.amount)
            curve.money << QPointF(x, toDouble(c.amount->toDecimal()));
    };
    const qint64 step = std::max<qint64>(1, qint64(stepMinutes * 100));
    const qint64 end = qint64(maxMinutes * 100);
    qint64 x = 0;
    ScenarioCredit previous = at(0);
    if (!previous.ok())
        return curve;
    add(0, previous);
    while (x < end) {
        const qint64 next = std::min(end, x + step);
        ScenarioCredit current = at(next);
        if (!current.ok())
            return curve;
        if (!same(previous, current)) {
            // Bisection: lo has the old value, hi the new one.
            qint64 lo = x;
            qint64 hi = next;
            while (hi - lo > 1) {
                const qint64 mid = (lo + hi) / 2;
                if (same(at(mid), previous))
                    lo = mid;
                else
                    hi = mid;
            }
            ScenarioCredit jumped = at(hi);
            add(hi, previous);
            add(hi, jumped);
            // A second jump inside the same sample step is found on the next pass from hi.
            x = hi;
            previous = jumped;
            continue;
        }
        x = next;
        previous = current;
    }
    add(end, previous);
    if (curve.money.size() != curve.percent.size())
        curve.money.clear();
    return curve;
}

ScenarioYear scenarioYear(const ScenarioAgreement &agreement, int year,
                          const QList<Decimal> &downtimeMinutes)
{
    ScenarioYear result;
    result.agreementId = agreement.sheet.id;
    result.currency = agreement.sheet.currency;
    bool amountsKnown = true;
    for (int m = 1; m <= 12; ++m) {
        const Decimal minutes =
            m - 1 < downtimeMinutes.size() ? downtimeMinutes[m - 1] : Decimal::fromInt(0);
        ScenarioCredit c = scenarioCredit(agreement, year, m, minutes * Decimal::fromInt(60));
        if (!c.ok()) {
            result.error = c.error;
            return result;
        }
        result.currency = c.currency;
        if (!c.slaMet)
            ++result.monthsMissed;
        if (!c.amount)
            amountsKnown = false;
        else if (amountsKnown)
            result.totalAmount = result.totalAmount ? *result.totalAmount + *c.amount : *c.amount;
        result.months << std::move(c);
    }
    if (!amountsKnown)
        result.totalAmount.reset();
    return result;
}

} // namespace termlens
