#include "liability.h"

#include "citationtext.h"
#include "dates.h"
#include "localeformat.h"

#include <QCoreApplication>

#include <algorithm>

namespace termlens {
namespace {

struct LiabilityText
{
    Q_DECLARE_TR_FUNCTIONS(Liability)
};

// Contract year k runs from start + 12k months to the day before start + 12(k + 1) months;
// both are counted from the start date itself, so a 29 February start keeps its anniversary
// on the 28th in common years and the 29th in leap years.
QDate contractYearStart(QDate start, int k)
{
    return addMonthsClamped(start, 12 * k);
}

int contractYearOf(QDate start, QDate day)
{
    int k = std::max(0, day.year() - start.year());
    while (k > 0 && contractYearStart(start, k) > day)
        --k;
    while (contractYearStart(start, k + 1) <= day)
        ++k;
    return k;
}

// Chooses the window for a basis that looks at fees paid. Returns false when there is none.
bool previousYearWindow(const LiabilityCap &cap, QDate start, QDate claimDate, LiabilityResult &r)
{
    const QString clause = citedAs(cap.citation);
    const int year = contractYearOf(start, claimDate);
    if (year > 0) {
        r.windowFrom = contractYearStart(start, year - 1);
        r.windowTo = contractYearStart(start, year).addDays(-1);
        r.working.add(
            LiabilityText::tr(
                "Basis (%1): fees paid in the previous contract year. Contract years run "
                "from the start date %2; a payment dated on an anniversary belongs to "
                "the year that begins that day. The claim date %3 falls in contract "
                "year %4 (%5 to %6), so the window is contract year %7: %8 to %9, both days "
                "included.")
                .arg(clause, displayDate(start), displayDate(claimDate), QString::number(year + 1),
                     displayDate(contractYearStart(start, year)),
                     displayDate(contractYearStart(start, year + 1).addDays(-1)),
                     QString::number(year), displayDate(r.windowFrom), displayDate(r.windowTo)));
        return true;
    }
    if (cap.firstYear == FirstYearBasis::FeesPaidFirstContractYear) {
        r.firstYearRule = true;
        r.windowFrom = start;
        r.windowTo = claimDate;
        r.working.add(LiabilityText::tr(
                          "Basis (%1): the claim date %2 falls in the first contract year (%3 to "
                          "%4), which has no previous year; the agreement's first-year rule uses "
                          "the fees paid for the first contract year. Counted: payments dated "
                          "from the start to the claim date, %3 to %2, both days included "
                          "(later payments were not yet paid when the claim arose).")
                          .arg(clause, displayDate(claimDate), displayDate(start),
                               displayDate(contractYearStart(start, 1).addDays(-1))));
        return true;
    }
    r.working.add(LiabilityText::tr(
                      "Basis (%1): the claim date %2 falls in the first contract year (%3 to %4). "
                      "There is no previous contract year and the agreement states no first-year "
                      "rule, so the window is empty: no fees count and the cap is zero.")
                      .arg(clause, displayDate(claimDate), displayDate(start),
                           displayDate(contractYearStart(start, 1).addDays(-1))));
    return false;
}

void twelveMonthWindow(const LiabilityCap &cap, QDate claimDate, LiabilityResult &r)
{
    r.windowFrom = addMonthsClamped(claimDate, -12);
    r.windowTo = claimDate.addDays(-1);
    r.working.add(
        LiabilityText::tr("Basis (%1): fees paid in the 12 months before the claim: %2 to %3, both "
                          "days included; the claim date %4 itself is outside the window.")
            .arg(citedAs(cap.citation), displayDate(r.windowFrom), displayDate(r.windowTo),
                 displayDate(claimDate)));
}

// Adds up the payments dated inside the window; false on overflow.
bool sumWindow(const QList<Payment> &payments, const QString &currency, LiabilityResult &r)
{
    r.paidInWindow = Money(0, currency);
    for (const Payment &p : payments) {
        if (p.date < r.windowFrom || p.date > r.windowTo)
            continue;
        r.paymentsInWindow.append(p);
        r.paidInWindow = r.paidInWindow + p.amount;
        r.working.add(LiabilityText::tr("Payment on %1: %2 %3.")
                          .arg(displayDate(p.date), displayAmount(p.amount), currency));
    }
    r.working.add(LiabilityText::tr("Paid in the window: %1 %2; payments counted: %3.")
                      .arg(displayAmount(r.paidInWindow), currency,
                           QString::number(r.paymentsInWindow.size())));
    return r.paidInWindow.isValid();
}

QString checkInputs(const LiabilityCap &cap, const QString &currency, QDate start,
                    const QList<Payment> &payments, QDate claimDate)
{
    if (!Money::isKnownCurrency(currency))
        return LiabilityText::tr("\"%1\" is not an ISO 4217 currency code.").arg(currency);
    if (!claimDate.isValid())
        return LiabilityText::tr("The claim date is missing or not a real date.");
    if (!cap.multiplier.isValid() || cap.multiplier.isNegative())
        return LiabilityText::tr("The cap's multiplier must be zero or more.");
    if (cap.basis == LiabilityBasis::FeesPaidPreviousContractYear) {
        if (!start.isValid())
            return LiabilityText::tr(
                "Contract years run from the start date: give the start date.");
        if (claimDate < start)
            return LiabilityText::tr("The claim date %1 is before the start date %2.")
                .arg(displayDate(claimDate), displayDate(start));
    }
    for (const Payment &p : payments) {
        if (!p.date.isValid())
            return LiabilityText::tr("A payment of %1 %2 has no valid date.")
                .arg(displayAmount(p.amount), p.amount.currency());
        if (p.amount.currency() != currency || !p.amount.isValid())
            return LiabilityText::tr(
                       "The payment on %1 is in %2, but the agreement's currency is %3: convert it "
                       "first, the cap adds up payments in one currency only.")
                .arg(displayDate(p.date), p.amount.currency(), currency);
    }
    return {};
}

Outcome<LiabilityResult> fixedCap(const LiabilityCap &cap, const QString &currency,
                                  LiabilityResult r)
{
    if (!cap.amount)
        return Outcome<LiabilityResult>::failure(
            LiabilityText::tr("The cap is a fixed amount, but the amount is not stated."));
    const auto amount = Money::fromDecimal(*cap.amount, currency);
    if (!amount)
        return Outcome<LiabilityResult>::failure(
            LiabilityText::tr("The fixed amount is too large."));
    r.cap = amount->multipliedBy(cap.multiplier);
    r.working.add(
        LiabilityText::tr("Basis (%1): a fixed amount of %2 %3; the cap is %4 x %2 = %5 %3.")
            .arg(citedAs(cap.citation), displayAmount(*amount), currency,
                 displayNumber(cap.multiplier), displayAmount(*r.cap)));
    return Outcome<LiabilityResult>::success(std::move(r));
}

void noteOutsideCap(LiabilityResult &r)
{
    for (const QString &c : r.carveOuts)
        r.working.add(LiabilityText::tr("Outside the cap: %1.").arg(c));
    if (r.insuranceLimited)
        r.working.add(
            LiabilityText::tr("The agreement never pays more than its insurers recover, which the "
                              "customer cannot know: the figure is an upper bound."));
}

} // namespace

Outcome<LiabilityResult> liabilityCap(const LiabilityCap &cap, const QString &currency, QDate start,
                                      QList<Payment> payments, QDate claimDate)
{
    if (const QString problem = checkInputs(cap, currency, start, payments, claimDate);
        !problem.isEmpty())
        return Outcome<LiabilityResult>::failure(problem);
    std::stable_sort(payments.begin(), payments.end(),
                     [](const Payment &a, const Payment &b) { return a.date < b.date; });
    LiabilityResult r;
    r.multiplier = cap.multiplier;
    r.carveOuts = cap.carveOuts;
    r.insuranceLimited = cap.insuranceLimited.value_or(false);
    r.paidInWindow = Money(0, currency);
    if (cap.basis == LiabilityBasis::FixedAmount) {
        auto outcome = fixedCap(cap, currency, std::move(r));
        if (outcome.value)
            noteOutsideCap(*outcome.value);
        return outcome;
    }
    bool hasWindow = true;
    if (cap.basis == LiabilityBasis::FeesPaidPreviousContractYear)
        hasWindow = previousYearWindow(cap, start, claimDate, r);
    else
        twelveMonthWindow(cap, claimDate, r);
    if (hasWindow && !sumWindow(payments, currency, r))
        return Outcome<LiabilityResult>::failure(
            LiabilityText::tr("The payments add up to too large a sum."));
    r.cap = r.paidInWindow.multipliedBy(cap.multiplier);
    if (r.paidInWindow.minorUnits() < 0) {
        // Refunds larger than the payments in the window: fees paid cannot be less than none.
        r.cap = Money(0, currency);
        r.working.add(
            LiabilityText::tr("Refunds in the window exceed its payments (net %1 %2); no fees "
                              "were paid in it, so the cap is %3 %2.")
                .arg(displayAmount(r.paidInWindow), currency, displayAmount(*r.cap)));
        noteOutsideCap(r);
        return Outcome<LiabilityResult>::success(std::move(r));
    }
    r.working.add(
        LiabilityText::tr("Cap: %1 x %2 %3 = %4 %3, rounded half away from zero to the minor unit.")
            .arg(displayNumber(cap.multiplier), displayAmount(r.paidInWindow), currency,
                 displayAmount(*r.cap)));
    noteOutsideCap(r);
    return Outcome<LiabilityResult>::success(std::move(r));
}

} // namespace termlens
