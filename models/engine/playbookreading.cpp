#include "playbookreading.h"

#include "localeformat.h"
#include "playbookreadingparts.h"

#include <QCoreApplication>

#include <algorithm>

namespace termlens {
namespace {

using namespace reading;

TermReading liabilityCap(const TermSheet &sheet, const std::optional<Money> &annualFee)
{
    const auto &cap = sheet.terms.liabilityCap;
    if (!cap)
        return notStated();
    const QString m = displayNumber(cap->multiplier);
    if (cap->basis == LiabilityBasis::FixedAmount) {
        if (!cap->amount)
            return special(TermReading::State::NoFigure,
                           PlaybookReadingText::tr("a fixed amount that is not stated"),
                           cap->citation);
        const QString amount = displayNumber(*cap->amount) + u' ' + sheet.currency;
        if (!annualFee || annualFee->currency() != sheet.currency || annualFee->isZero())
            return notStated(PlaybookReadingText::tr(
                                 "The cap is a fixed amount (%1); comparing it with a year's fees "
                                 "needs the annual fee in %2.")
                                 .arg(amount, sheet.currency));
        const Decimal capped = *cap->amount * cap->multiplier;
        TermReading r = number({},
                               PlaybookReadingText::tr("%1 x %2, against an annual fee of %3 %4")
                                   .arg(m, amount, displayAmount(*annualFee), sheet.currency),
                               cap->citation);
        r.lowest = capped.divided(annualFee->toDecimal(), Scale, Rounding::Floor);
        r.highest = capped.divided(annualFee->toDecimal(), Scale, Rounding::Ceiling);
        return r;
    }
    const bool previousYear = cap->basis == LiabilityBasis::FeesPaidPreviousContractYear;
    TermReading r = number(
        cap->multiplier,
        previousYear
            ? PlaybookReadingText::tr("%1 x the fees paid in the previous contract year").arg(m)
            : PlaybookReadingText::tr("%1 x the fees paid in the 12 months before the "
                                      "claim")
                  .arg(m),
        cap->citation);
    r.note = PlaybookReadingText::tr(
        "Read as a multiple of a year's fees, assuming a full year's fees are paid in the "
        "window.");
    if (previousYear && !cap->firstYear) {
        // In the first contract year no fees were paid in a previous one: the cap is zero then,
        // and the least favourable figure (the one a minimum is held to) is zero.
        r.lowest = Decimal::fromInt(0);
        r.value = PlaybookReadingText::tr("%1 x the fees paid in the previous contract year "
                                          "(none in the first contract year)")
                      .arg(m);
        r.note = PlaybookReadingText::tr(
            "Read as a multiple of a year's fees, assuming a full year's fees are paid in "
            "the window. In the first contract year there is no previous year and no "
            "first-year rule, so the cap is then zero: a minimum is held to that zero.");
    }
    return r;
}

TermReading renewalNotice(const TermSheet &sheet)
{
    const auto &term = sheet.terms.term;
    if (!term)
        return notStated();
    const Renewal &renewal = term->renewal;
    const Citation &citation = renewal.citation.isEmpty() ? term->citation : renewal.citation;
    switch (renewal.kind) {
    case RenewalKind::None:
        return number(Decimal(), PlaybookReadingText::tr("the term does not renew"), citation);
    case RenewalKind::PaidPeriod:
        if (renewal.noticeDays) // "cancel at least N days before the period ends"
            return number(Decimal::fromInt(*renewal.noticeDays),
                          PlaybookReadingText::tr("%n day(s) before the end of the period paid for",
                                                  nullptr, int(*renewal.noticeDays)),
                          citation);
        return number(
            Decimal(),
            PlaybookReadingText::tr("no notice: the subscription ends with the period paid for"),
            citation);
    case RenewalKind::Fixed:
    case RenewalKind::Rolling:
        break;
    }
    if (!renewal.noticeDays)
        return notStated();
    return number(Decimal::fromInt(*renewal.noticeDays),
                  PlaybookReadingText::tr("%n day(s)", nullptr, int(*renewal.noticeDays)),
                  citation);
}

TermReading curePeriod(const TermSheet &sheet)
{
    const auto &termination = sheet.terms.termination;
    if (!termination)
        return notStated();
    std::optional<TermReading> shortest;
    for (const TerminationRight &right : termination->rights) {
        const bool vendorMay = right.by == Party::Vendor || right.by == Party::Either;
        const bool forBreach = right.trigger == TerminationTrigger::MaterialBreach ||
                               right.trigger == TerminationTrigger::NonPayment;
        if (!vendorMay || !forBreach || !right.cure)
            continue;
        TermReading r = duration(*right.cure, MinutesPerDay, right.citation);
        if (!shortest || r.lowest < shortest->lowest)
            shortest = r;
    }
    if (!shortest)
        return notStated(PlaybookReadingText::tr(
            "No cure period is stated for the vendor's rights to terminate for "
            "breach or non-payment."));
    return *shortest;
}

} // namespace

TermReading readTerm(PlaybookTerm term, const TermSheet &sheet, std::optional<Money> annualFee)
{
    const Terms &t = sheet.terms;
    switch (term) {
    case PlaybookTerm::LiabilityCapAnnualFees:
        return liabilityCap(sheet, annualFee);
    case PlaybookTerm::AvailabilityTarget: {
        if (!t.availability)
            return notStated();
        TermReading r =
            number(t.availability->target,
                   playbookTermAmount(PlaybookTerm::AvailabilityTarget, t.availability->target),
                   t.availability->citation);
        if (!t.availability->targetOptions.isEmpty())
            r.note = PlaybookReadingText::tr(
                "The agreement also offers other targets; the stated target is compared.");
        return r;
    }
    case PlaybookTerm::InitialTermMonths:
        if (!t.term || !t.term->initialMonths)
            return notStated();
        return number(Decimal::fromInt(*t.term->initialMonths),
                      PlaybookReadingText::tr("%n month(s)", nullptr, int(*t.term->initialMonths)),
                      t.term->citation);
    case PlaybookTerm::RenewalNoticeDays:
        return renewalNotice(sheet);
    case PlaybookTerm::CurePeriodDays:
        return curePeriod(sheet);
    case PlaybookTerm::ServiceCredits: {
        if (!t.availability || !t.availability->credits)
            return notStated();
        const Credits &c = *t.availability->credits;
        return flag(c.schedule.kind != ScheduleKind::None,
                    c.schedule.citation.isEmpty() ? c.citation : c.schedule.citation);
    }
    case PlaybookTerm::SoleRemedy:
        if (!t.availability || !t.availability->credits)
            return notStated();
        return flag(t.availability->credits->soleRemedy, t.availability->credits->citation);
    case PlaybookTerm::LiabilityInsuranceLimited:
        if (!t.liabilityCap)
            return notStated();
        return flag(t.liabilityCap->insuranceLimited, t.liabilityCap->citation);
    default:
        return reading::otherTerm(term, sheet);
    }
}

} // namespace termlens
