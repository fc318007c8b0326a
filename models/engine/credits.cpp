#include "credits.h"

#include "downtimecollector.h"
#include "localeformat.h"

#include <QCoreApplication>

namespace termlens {
namespace {

struct CreditsText
{
    Q_DECLARE_TR_FUNCTIONS(Credits)
};

// An exact non-negative rational, num / den with den > 0.
struct Fraction
{
    Decimal num;
    Decimal den;
};

const Decimal &hundred()
{
    static const Decimal h = Decimal::fromInt(100);
    return h;
}

QString creditClauseText(const Citation &first, const Citation &second)
{
    const QString &clause = first.clause.isEmpty() ? second.clause : first.clause;
    if (clause.isEmpty())
        return CreditsText::tr("the service credit clause");
    return CreditsText::tr("clause %1").arg(clause);
}

QString percentText(const Decimal &percent)
{
    return CreditsText::tr("%1 %").arg(displayNumber(percent));
}

QString shortfallText(const Decimal &amount, ShortfallUnit unit)
{
    if (unit == ShortfallUnit::Points)
        return CreditsText::tr("%1 point(s)").arg(displayNumber(amount));
    return CreditsText::tr("%1 % of the target").arg(displayNumber(amount));
}

// The shortfall as an exact fraction, from the integer figures: in points,
// s = T - 100 (P - D) / P = (100 D - (100 - T) P) / P; as a share of the target, 100 s / T.
Fraction shortfallOf(const AvailabilityResult &a, ShortfallUnit unit)
{
    if (a.periodSeconds == 0)
        return {Decimal::fromInt(0), Decimal::fromInt(1)};
    const Decimal period = Decimal::fromInt(a.periodSeconds);
    const Decimal points = hundred() * a.downtimeSeconds - (hundred() - a.target) * period;
    if (unit == ShortfallUnit::Points)
        return {points, period};
    return {hundred() * points, a.target * period};
}

Decimal flatPercent(const CreditSchedule &s, const QString &clause, Working &w)
{
    w.add(CreditsText::tr("Flat credit (%1): the target was missed, so %2.")
              .arg(clause, percentText(s.percent)));
    return s.percent;
}

// The most severe tier whose bound the availability is strictly under.
Decimal tierPercent(const CreditSchedule &s, const AvailabilityResult &a, const QString &clause,
                    Working &w)
{
    const CreditTier *chosen = nullptr;
    for (const CreditTier &t : s.tiers) {
        if (availabilityBelow(a, t.below) && (!chosen || t.below < chosen->below))
            chosen = &t;
    }
    if (!chosen) {
        w.add(CreditsText::tr(
                  "Tiers (%1): availability %2 % is not below any tier's bound, so no credit.")
                  .arg(clause, displayDecimal(a.availabilityPercent)));
        return Decimal::fromInt(0);
    }
    // The exact reason, in time: the rounded percentage alone can read "99.9000 % is below
    // 99.9 %" when the downtime passes the tier's allowance by a fraction of a second.
    const Decimal period = Decimal::fromInt(a.periodSeconds);
    const Decimal allowance =
        ((hundred() - chosen->below) * period)
            .divided(hundred(), chosen->below.scale() + 2, Rounding::HalfAwayFromZero);
    w.add(CreditsText::tr(
              "Tiers (%1): availability %2 % is below %3 % (counted downtime %5 is more than the "
              "%6 that %3 % allows; the most severe tier it is under; \"below\" is strict, so "
              "exactly %3 % is not below it), so %4.")
              .arg(clause, displayDecimal(a.availabilityPercent), displayNumber(chosen->below),
                   percentText(chosen->percent), minutesText(a.downtimeSeconds),
                   minutesText(allowance)));
    return chosen->percent;
}

Decimal stepPercent(const CreditSchedule &s, const AvailabilityResult &a, const Fraction &f,
                    const QString &clause, Working &w)
{
    const Decimal shown = f.num.divided(f.den, 4, Rounding::HalfAwayFromZero).normalized();
    if (s.shortfallUnit == ShortfallUnit::Points) {
        w.add(CreditsText::tr(
                  "Steps (%1): the shortfall is read as percentage points of availability: "
                  "%2 − %3 = %4 points.")
                  .arg(clause, displayNumber(a.target), displayDecimal(a.availabilityPercent),
                       displayDecimal(shown)));
    } else {
        w.add(CreditsText::tr("Steps (%1): the shortfall is read as a share of the target: "
                              "100 × (%2 − %3) ÷ %2 = %4 % of the target.")
                  .arg(clause, displayNumber(a.target), displayDecimal(a.availabilityPercent),
                       displayDecimal(shown)));
    }
    const Decimal band = s.firstBand * f.den;
    if (f.num <= band) {
        w.add(CreditsText::tr("A shortfall of up to %1 earns %2.")
                  .arg(shortfallText(s.firstBand, s.shortfallUnit), percentText(s.firstPercent)));
        return s.firstPercent;
    }
    qint64 steps = 0;
    if (s.step > Decimal::fromInt(0))
        steps =
            (f.num - band).divided(s.step * f.den, 0, Rounding::Floor).toInteger(Rounding::Floor);
    const Decimal percent = s.firstPercent + Decimal::fromInt(steps) * s.stepPercent;
    // What is left over after the first band and the full steps earns nothing.
    const Decimal rest = (f.num - band - Decimal::fromInt(steps) * s.step * f.den)
                             .divided(f.den, 4, Rounding::HalfAwayFromZero)
                             .normalized();
    w.add(CreditsText::tr(
              "The first %1 earns %2; each further full %3 earns %4 more: %5 full step(s), so %6; "
              "the remaining %7 earns nothing.")
              .arg(shortfallText(s.firstBand, s.shortfallUnit), percentText(s.firstPercent),
                   shortfallText(s.step, s.shortfallUnit), percentText(s.stepPercent))
              .arg(steps)
              .arg(percentText(percent), shortfallText(rest, s.shortfallUnit)));
    return percent;
}

Decimal schedulePercent(const Credits &c, const AvailabilityResult &a, CreditResult &r)
{
    const CreditSchedule &s = c.schedule;
    const QString clause = creditClauseText(s.citation, c.citation);
    const Fraction f = shortfallOf(a, s.shortfallUnit);
    r.shortfallUnit = s.shortfallUnit;
    r.shortfall = f.num.divided(f.den, 4, Rounding::HalfAwayFromZero);
    switch (s.kind) {
    case ScheduleKind::None:
        r.working.add(
            CreditsText::tr("The agreement sets no credit for a missed target (%1).").arg(clause));
        return Decimal::fromInt(0);
    case ScheduleKind::Flat:
        return flatPercent(s, clause, r.working);
    case ScheduleKind::Tiers:
        return tierPercent(s, a, clause, r.working);
    case ScheduleKind::Steps:
        return stepPercent(s, a, f, clause, r.working);
    }
    return Decimal::fromInt(0);
}

std::optional<Money> baseAmount(const Credits &c, const Money &fee, Working &w)
{
    const QString clause = creditClauseText(c.citation, c.schedule.citation);
    switch (c.base) {
    case CreditBase::MonthlyFee:
        w.add(CreditsText::tr("Base (%1): the month's fee, %2 %3.")
                  .arg(clause, displayAmount(fee), fee.currency()));
        return fee;
    case CreditBase::AnnualFeeTwelfth: {
        // Shown to the minor unit; the credit itself is worked on the exact twelfth.
        const Money month = fee.dividedBy(12, Rounding::HalfAwayFromZero);
        w.add(CreditsText::tr(
                  "Base (%1): the annual fee ÷ 12: %2 ÷ 12 = %3 %4 to the minor unit; the "
                  "credit is worked on the exact twelfth and rounded once, at the end.")
                  .arg(clause, displayAmount(fee), displayAmount(month), fee.currency()));
        return month;
    }
    case CreditBase::AffectedServiceFee:
        w.add(CreditsText::tr("Base (%1): the month's fee of the affected service only, %2 %3.")
                  .arg(clause, displayAmount(fee), fee.currency()));
        return fee;
    }
    return std::nullopt;
}

void applyAmount(const Credits &c, const Money &fee, CreditResult &r)
{
    r.base = baseAmount(c, fee, r.working);
    if (!r.base || !r.base->isValid()) {
        r.error = CreditsText::tr("The credit base could not be computed from the fee %1.")
                      .arg(displayAmount(fee));
        return;
    }
    Money amount;
    if (c.base == CreditBase::AnnualFeeTwelfth) {
        // p % of (annual ÷ 12) = annual × p ÷ 1200, rounded once: rounding the twelfth first
        // would round twice (2,401.19 ÷ 12 = 200.0991... -> 200.10, 5 % -> 10.005 -> 10.01,
        // where 5 % of the exact twelfth is 10.00496 -> 10.00).
        const std::optional<Money> exact = Money::fromDecimal(
            (fee.toDecimal() * r.creditPercent)
                .divided(Decimal::fromInt(1200), Money::minorDigits(fee.currency()),
                         Rounding::HalfAwayFromZero),
            fee.currency());
        amount = exact.value_or(Money());
        r.working.add(CreditsText::tr("Credit: %1 of %2 ÷ 12 = %3 %4 (rounded half away from zero "
                                      "to the minor unit).")
                          .arg(percentText(r.creditPercent), displayAmount(fee),
                               displayAmount(amount), fee.currency()));
    } else {
        amount = r.base->percentOf(r.creditPercent, Rounding::HalfAwayFromZero);
        r.working.add(CreditsText::tr("Credit: %1 of %2 = %3 %4 (rounded half away from zero to "
                                      "the minor unit).")
                          .arg(percentText(r.creditPercent), displayAmount(*r.base),
                               displayAmount(amount), fee.currency()));
    }
    if (!amount.isValid()) {
        r.error = CreditsText::tr("The credit on the fee %1 is too large to compute.")
                      .arg(displayAmount(fee));
        return;
    }
    if (c.minimumAmount && !r.creditPercent.isZero() && !(amount.toDecimal() > *c.minimumAmount)) {
        r.belowMinimum = true;
        r.working.add(
            CreditsText::tr("A credit is issued only if it is greater than %1 %2 (%3); %4 %2 is "
                            "not, so no credit is issued.")
                .arg(displayDecimal(*c.minimumAmount), fee.currency(),
                     creditClauseText(c.citation, c.schedule.citation), displayAmount(amount)));
        amount = Money(0, fee.currency());
    }
    r.creditAmount = amount;
}

QString validateCreditInput(const CreditInput &input)
{
    if (!input.rules)
        return CreditsText::tr("The agreement states no availability terms.");
    if (!input.availability.isValid())
        return input.availability.error;
    if (input.fee && !input.fee->isValid())
        return CreditsText::tr("The fee is not a valid amount.");
    return {};
}

} // namespace

CreditResult computeCredit(const CreditInput &input)
{
    CreditResult r;
    r.error = validateCreditInput(input);
    if (!r.isValid())
        return r;
    const AvailabilityResult &a = input.availability;
    r.slaMet = a.targetMet;
    const Credits credits = input.rules->credits.value_or(Credits{});
    for (const Citation *c : {&credits.citation, &credits.schedule.citation}) {
        if (!c->ambiguity.isEmpty())
            r.working.add(CreditsText::tr("Note on this term: %1").arg(c->ambiguity));
    }
    if (r.slaMet) {
        r.working.add(CreditsText::tr("The target of %1 % was met, so no service credit is due.")
                          .arg(displayNumber(a.target)));
    } else {
        r.uncappedPercent = schedulePercent(credits, a, r);
    }
    r.creditPercent = r.uncappedPercent;
    if (credits.capPercent && r.creditPercent > *credits.capPercent) {
        r.capApplied = true;
        r.creditPercent = *credits.capPercent;
        r.working.add(CreditsText::tr("Credits are capped at %1 (%2): %3 becomes %1.")
                          .arg(percentText(*credits.capPercent),
                               creditClauseText(credits.citation, credits.schedule.citation),
                               percentText(r.uncappedPercent)));
    }
    if (!input.fee) {
        r.working.add(CreditsText::tr("No fee was given, so only the percentage is shown."));
        return r;
    }
    if (r.creditPercent.isZero()) {
        r.creditAmount = Money(0, input.fee->currency());
        return r;
    }
    applyAmount(credits, *input.fee, r);
    return r;
}

} // namespace termlens
