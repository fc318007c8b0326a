#include "termrows.h"

#include "comparisontermrows.h"
#include "termrowbuilder.h"
#include "termtext.h"

#include <QCoreApplication>
#include <QStringList>

namespace termlens {

namespace {

struct TermRowsText
{
    Q_DECLARE_TR_FUNCTIONS(TermRows)
};

QString targetText(const Availability &a, const QLocale &locale)
{
    const QString measured =
        a.measurement.kind == MeasurementKind::Continuous
            ? TermRowsText::tr("continuously")
            : TermRowsText::tr("in %1-minute periods").arg(a.measurement.minutes);
    QStringList others;
    for (const Decimal &option : a.targetOptions) {
        if (option != a.target)
            others << percentText(option, locale);
    }
    if (others.isEmpty())
        return TermRowsText::tr("%1 a month, measured %2")
            .arg(percentText(a.target, locale), measured);
    return TermRowsText::tr("%1 a month, measured %2; also offered: %3")
        .arg(percentText(a.target, locale), measured, others.join(QStringLiteral(", ")));
}

QString measurementText(const Measurement &m)
{
    if (m.kind == MeasurementKind::Continuous)
        return TermRowsText::tr(
            "continuous: downtime is the total time the service was unavailable");
    if (m.unavailableIf == UnavailableIf::AnyDowntime)
        return TermRowsText::tr(
                   "%1-minute periods from the start of the month; a period with any downtime "
                   "counts as unavailable")
            .arg(m.minutes);
    return TermRowsText::tr(
               "%1-minute periods from the start of the month; a period counts as unavailable "
               "only if it was down throughout")
        .arg(m.minutes);
}

QString maintenanceText(const Availability &a, const QLocale &locale)
{
    if (!a.exclusions.contains(OutageCategory::ScheduledMaintenance))
        return TermRowsText::tr("scheduled maintenance is not excluded: it counts as downtime");
    QStringList parts;
    if (a.maintenance && a.maintenance->noticeHours)
        parts << TermRowsText::tr("excluded only when notified at least %1 in advance")
                     .arg(formatDuration({*a.maintenance->noticeHours, DurationUnit::Hours}));
    if (a.maintenance && !a.maintenance->windows.isEmpty()) {
        QStringList windows;
        for (const WeeklyWindow &window : a.maintenance->windows)
            windows << weeklyWindowText(window, locale);
        parts
            << (windows.size() == 1
                    ? TermRowsText::tr("only in the window %1").arg(windows.first())
                    : TermRowsText::tr("only in the windows %1").arg(windows.join(ListSeparator)));
    }
    if (a.maintenance && a.maintenance->countsInBusinessHours) {
        parts << (a.maintenance->businessHours
                      ? TermRowsText::tr("counts as downtime inside business hours: %1")
                            .arg(businessHoursText(*a.maintenance->businessHours, locale))
                      : TermRowsText::tr("counts as downtime inside business hours"));
    }
    if (parts.isEmpty())
        return TermRowsText::tr("excluded; no conditions stated");
    return parts.join(ListSeparator);
}

void appendAvailability(QList<TermRow> &list, const TermSheet &sheet, const QLocale &locale)
{
    TermRowBuilder rows(list, TermGroup::Availability);
    const auto &a = sheet.terms.availability;
    if (!a) {
        rows.absent(QStringLiteral("availability.target"), TermRowsText::tr("Availability target"));
        rows.absent(QStringLiteral("availability.month"), TermRowsText::tr("Month length"));
        rows.absent(QStringLiteral("availability.measurement"), TermRowsText::tr("Measurement"));
        rows.absent(QStringLiteral("availability.excludedTime"), TermRowsText::tr("Excluded time"));
        rows.absent(QStringLiteral("availability.exclusions"), TermRowsText::tr("Exclusions"));
        rows.absent(QStringLiteral("availability.maintenance"),
                    TermRowsText::tr("Scheduled maintenance"));
        return;
    }
    const Citation &c = a->citation;
    rows.add(QStringLiteral("availability.target"), TermRowsText::tr("Availability target"),
             targetText(*a, locale), c);
    rows.add(QStringLiteral("availability.month"), TermRowsText::tr("Month length"),
             a->monthLength == MonthLength::Calendar
                 ? TermRowsText::tr("calendar month (its real length)")
                 : TermRowsText::tr("average month of 43,830 minutes (730.5 hours)"),
             c);
    rows.add(QStringLiteral("availability.measurement"), TermRowsText::tr("Measurement"),
             measurementText(a->measurement), citedWithin(a->measurement.citation, c));
    rows.add(QStringLiteral("availability.excludedTime"), TermRowsText::tr("Excluded time"),
             a->excludedTime == ExcludedTime::NotDowntime
                 ? TermRowsText::tr("not counted as downtime")
                 : TermRowsText::tr("removed from the month before the percentage is taken"),
             c);
    QStringList exclusions;
    for (OutageCategory category : a->exclusions)
        exclusions << outageCategoryName(category);
    rows.add(
        QStringLiteral("availability.exclusions"), TermRowsText::tr("Exclusions"),
        exclusions.isEmpty() ? TermRowsText::tr("none") : exclusions.join(QStringLiteral(", ")), c);
    rows.add(QStringLiteral("availability.maintenance"), TermRowsText::tr("Scheduled maintenance"),
             maintenanceText(*a, locale),
             citedWithin(a->maintenance ? a->maintenance->citation : Citation(), c));
}

QString pointsText(const Decimal &points, const QLocale &locale)
{
    return points == Decimal::fromInt(1)
               ? TermRowsText::tr("1 percentage point")
               : TermRowsText::tr("%1 percentage points").arg(formatDecimal(points, locale));
}

QString scheduleText(const CreditSchedule &s, const QLocale &locale)
{
    switch (s.kind) {
    case ScheduleKind::None:
        return TermRowsText::tr("no service credits");
    case ScheduleKind::Flat:
        return TermRowsText::tr("%1 if the target is missed").arg(percentText(s.percent, locale));
    case ScheduleKind::Tiers: {
        QStringList tiers;
        for (const CreditTier &tier : s.tiers)
            tiers << TermRowsText::tr("below %1: %2")
                         .arg(percentText(tier.below, locale), percentText(tier.percent, locale));
        return tiers.join(ListSeparator);
    }
    case ScheduleKind::Steps:
        if (s.shortfallUnit == ShortfallUnit::Points)
            return TermRowsText::tr(
                       "%1 for a shortfall of up to %2, plus %3 for each further full %4")
                .arg(percentText(s.firstPercent, locale), pointsText(s.firstBand, locale),
                     percentText(s.stepPercent, locale), pointsText(s.step, locale));
        return TermRowsText::tr(
                   "%1 for a shortfall of up to %2 of the target, plus %3 for each further "
                   "full %4 of the target")
            .arg(percentText(s.firstPercent, locale), percentText(s.firstBand, locale),
                 percentText(s.stepPercent, locale), percentText(s.step, locale));
    }
    return {};
}

QString baseText(CreditBase base)
{
    switch (base) {
    case CreditBase::MonthlyFee:
        return TermRowsText::tr("the month's fee");
    case CreditBase::AnnualFeeTwelfth:
        return TermRowsText::tr("one twelfth of the annual fee");
    case CreditBase::AffectedServiceFee:
        return TermRowsText::tr("the month's fee for the affected service");
    }
    return {};
}

QString claimWindowText(const ClaimWindow &w)
{
    switch (w.kind) {
    case ClaimWindowKind::None:
        return TermRowsText::tr("no deadline");
    case ClaimWindowKind::EndOfFollowingMonth:
        return TermRowsText::tr("by the end of the month after the month measured");
    case ClaimWindowKind::DaysAfterPeriod:
        return TermRowsText::tr("within %1 after the end of the month measured")
            .arg(daysText(w.days));
    case ClaimWindowKind::EndOfNthFollowingMonth:
        return TermRowsText::tr("by the end of month %1 after the month measured").arg(w.n);
    }
    return {};
}

void appendCreditsAbsent(TermRowBuilder &rows, bool withSchedule = true)
{
    if (withSchedule)
        rows.absent(QStringLiteral("credits.schedule"), TermRowsText::tr("Credit schedule"));
    rows.absent(QStringLiteral("credits.base"), TermRowsText::tr("Credit base"));
    rows.absent(QStringLiteral("credits.cap"), TermRowsText::tr("Credit cap"));
    rows.absent(QStringLiteral("credits.minimum"), TermRowsText::tr("Minimum credit"));
    rows.absent(QStringLiteral("credits.claimWindow"), TermRowsText::tr("Claim window"));
    rows.absent(QStringLiteral("credits.soleRemedy"), TermRowsText::tr("Sole remedy"));
}

void appendCredits(QList<TermRow> &list, const TermSheet &sheet, const QLocale &locale)
{
    TermRowBuilder rows(list, TermGroup::Credits);
    const auto &a = sheet.terms.availability;
    if (!a || !a->credits)
        return appendCreditsAbsent(rows);
    const Credits &cr = *a->credits;
    const Citation c = citedWithin(cr.citation, a->citation);
    rows.add(QStringLiteral("credits.schedule"), TermRowsText::tr("Credit schedule"),
             scheduleText(cr.schedule, locale), citedWithin(cr.schedule.citation, c));
    // Without credits the base, cap and claim window hold only the format's defaults: they
    // are not terms of the agreement.
    if (cr.schedule.kind == ScheduleKind::None)
        return appendCreditsAbsent(rows, false);
    rows.add(QStringLiteral("credits.base"), TermRowsText::tr("Credit base"), baseText(cr.base), c);
    if (cr.capPercent)
        rows.add(
            QStringLiteral("credits.cap"), TermRowsText::tr("Credit cap"),
            TermRowsText::tr("at most %1 of the base").arg(percentText(*cr.capPercent, locale)), c);
    else
        rows.absent(QStringLiteral("credits.cap"), TermRowsText::tr("Credit cap"));
    if (cr.minimumAmount)
        rows.add(QStringLiteral("credits.minimum"), TermRowsText::tr("Minimum credit"),
                 TermRowsText::tr("issued only if more than %1")
                     .arg(amountText(*cr.minimumAmount, sheet.currency, locale)),
                 c);
    else
        rows.absent(QStringLiteral("credits.minimum"), TermRowsText::tr("Minimum credit"));
    rows.add(QStringLiteral("credits.claimWindow"), TermRowsText::tr("Claim window"),
             claimWindowText(cr.claimWindow), citedWithin(cr.claimWindow.citation, c));
    if (cr.soleRemedy)
        rows.add(QStringLiteral("credits.soleRemedy"), TermRowsText::tr("Sole remedy"),
                 *cr.soleRemedy
                     ? TermRowsText::tr("yes: credits are the only remedy for missed availability")
                     : TermRowsText::tr("no: other remedies remain"),
                 c);
    else
        rows.absent(QStringLiteral("credits.soleRemedy"), TermRowsText::tr("Sole remedy"));
}

QString renewalLongText(const Renewal &r)
{
    switch (r.kind) {
    case RenewalKind::None:
        return TermRowsText::tr("does not renew");
    case RenewalKind::Fixed:
        if (!r.noticeDays)
            return TermRowsText::tr(
                       "renews automatically for terms of %1; notice period not stated")
                .arg(monthsText(r.months));
        return TermRowsText::tr(
                   "renews automatically for terms of %1 unless notice is given at least %2 "
                   "before the term ends")
            .arg(monthsText(r.months), daysText(*r.noticeDays));
    case RenewalKind::Rolling:
        if (!r.noticeDays)
            return TermRowsText::tr("continues until ended; notice period not stated");
        return TermRowsText::tr("continues until ended; notice period: %1")
            .arg(daysText(*r.noticeDays));
    case RenewalKind::PaidPeriod:
        return TermRowsText::tr("runs to the end of each period paid for");
    }
    return {};
}

void appendTerm(QList<TermRow> &list, const TermSheet &sheet)
{
    TermRowBuilder rows(list, TermGroup::Term);
    const auto &t = sheet.terms.term;
    if (t && t->initialMonths)
        rows.add(QStringLiteral("term.initial"), TermRowsText::tr("Initial term"),
                 monthsText(*t->initialMonths), t->citation);
    else
        rows.absent(QStringLiteral("term.initial"), TermRowsText::tr("Initial term"));
    if (t)
        rows.add(QStringLiteral("term.renewal"), TermRowsText::tr("Renewal"),
                 renewalLongText(t->renewal), citedWithin(t->renewal.citation, t->citation));
    else
        rows.absent(QStringLiteral("term.renewal"), TermRowsText::tr("Renewal"));
}

QString capLongText(const LiabilityCap &cap, const QString &currency, const QLocale &locale)
{
    const QString multiplier = formatDecimal(cap.multiplier, locale);
    QString text;
    switch (cap.basis) {
    case LiabilityBasis::FeesPaidPreviousContractYear:
        text = TermRowsText::tr("%1 × the fees paid in the previous contract year").arg(multiplier);
        break;
    case LiabilityBasis::FeesPaid12MonthsBeforeClaim:
        text = TermRowsText::tr("%1 × the fees paid in the 12 months before the claim")
                   .arg(multiplier);
        break;
    case LiabilityBasis::FixedAmount:
        text = cap.amount ? TermRowsText::tr("%1 × %2 (a fixed amount)")
                                .arg(multiplier, amountText(*cap.amount, currency, locale))
                          : TermRowsText::tr("a fixed amount (not stated)");
        break;
    }
    QStringList parts{text};
    if (cap.firstYear)
        parts << TermRowsText::tr("in the first contract year: %1 × the fees paid for that year")
                     .arg(multiplier);
    if (cap.insuranceLimited.value_or(false))
        parts << TermRowsText::tr("never more than the insurers pay");
    return parts.join(ListSeparator);
}

void appendLiability(QList<TermRow> &list, const TermSheet &sheet, const QLocale &locale)
{
    TermRowBuilder rows(list, TermGroup::Liability);
    const auto &cap = sheet.terms.liabilityCap;
    if (!cap) {
        rows.absent(QStringLiteral("liability.cap"), TermRowsText::tr("Liability cap"));
        rows.absent(QStringLiteral("liability.carveOuts"), TermRowsText::tr("Outside the cap"));
        return;
    }
    rows.add(QStringLiteral("liability.cap"), TermRowsText::tr("Liability cap"),
             capLongText(*cap, sheet.currency, locale), cap->citation);
    rows.add(QStringLiteral("liability.carveOuts"), TermRowsText::tr("Outside the cap"),
             cap->carveOuts.isEmpty() ? TermRowsText::tr("none named")
                                      : cap->carveOuts.join(ListSeparator),
             cap->citation);
}

void appendSupport(QList<TermRow> &list, const TermSheet &sheet, const QLocale &locale)
{
    TermRowBuilder rows(list, TermGroup::Support);
    const auto &s = sheet.terms.support;
    if (s && s->businessHours)
        rows.add(QStringLiteral("support.hours"), TermRowsText::tr("Business hours"),
                 businessHoursText(*s->businessHours, locale),
                 citedWithin(s->businessHours->citation, s->citation));
    else
        rows.absent(QStringLiteral("support.hours"), TermRowsText::tr("Business hours"));
    if (!s || s->levels.isEmpty()) {
        rows.absent(QStringLiteral("support.levels"), TermRowsText::tr("Response times"));
        return;
    }
    for (qsizetype i = 0; i < s->levels.size(); ++i) {
        const SupportLevel &level = s->levels[i];
        const QString response = responseTimeText(level.response);
        rows.add(QStringLiteral("support.level.%1").arg(i + 1),
                 level.name.isEmpty() ? TermRowsText::tr("Level %1").arg(i + 1) : level.name,
                 level.description.isEmpty()
                     ? response
                     : TermRowsText::tr("%1 — %2").arg(response, level.description),
                 citedWithin(level.citation, s->citation));
    }
}

} // namespace

QList<TermRow> termRows(const TermSheet &sheet, const QLocale &locale)
{
    QList<TermRow> rows;
    appendAvailability(rows, sheet, locale);
    appendCredits(rows, sheet, locale);
    appendTerm(rows, sheet);
    appendLiability(rows, sheet, locale);
    appendSupport(rows, sheet, locale);
    appendTerminationRows(rows, sheet);
    appendSubprocessorRows(rows, sheet);
    appendDataRows(rows, sheet);
    appendLegalRows(rows, sheet);
    return rows;
}

QString termGroupName(TermGroup group)
{
    switch (group) {
    case TermGroup::Availability:
        return TermRowsText::tr("Availability");
    case TermGroup::Credits:
        return TermRowsText::tr("Service credits");
    case TermGroup::Term:
        return TermRowsText::tr("Term and renewal");
    case TermGroup::Liability:
        return TermRowsText::tr("Liability");
    case TermGroup::Support:
        return TermRowsText::tr("Support");
    case TermGroup::Termination:
        return TermRowsText::tr("Termination");
    case TermGroup::Subprocessors:
        return TermRowsText::tr("Sub-processors");
    case TermGroup::Data:
        return TermRowsText::tr("Data");
    case TermGroup::BreachNotification:
        return TermRowsText::tr("Breach notification");
    case TermGroup::GoverningLaw:
        return TermRowsText::tr("Governing law");
    case TermGroup::Changes:
        return TermRowsText::tr("Changes to terms");
    }
    return {};
}

QString notStatedText()
{
    return TermRowsText::tr("not stated");
}

QString availabilityTargetText(const TermSheet &sheet, const QLocale &locale)
{
    const auto &a = sheet.terms.availability;
    return a ? percentText(a->target, locale) : notStatedText();
}

QString liabilityCapText(const TermSheet &sheet, const QLocale &locale)
{
    const auto &cap = sheet.terms.liabilityCap;
    if (!cap)
        return notStatedText();
    const QString multiplier = formatDecimal(cap->multiplier, locale);
    switch (cap->basis) {
    case LiabilityBasis::FeesPaidPreviousContractYear:
        return TermRowsText::tr("%1 × fees of previous contract year").arg(multiplier);
    case LiabilityBasis::FeesPaid12MonthsBeforeClaim:
        return TermRowsText::tr("%1 × fees of 12 months before claim").arg(multiplier);
    case LiabilityBasis::FixedAmount:
        if (!cap->amount)
            return TermRowsText::tr("fixed amount, not stated");
        return TermRowsText::tr("%1 × %2 %3")
            .arg(multiplier, formatDecimal(*cap->amount, locale), sheet.currency);
    }
    return {};
}

QString renewalText(const TermSheet &sheet, const QLocale &)
{
    const auto &t = sheet.terms.term;
    if (!t)
        return notStatedText();
    const Renewal &r = t->renewal;
    switch (r.kind) {
    case RenewalKind::None:
        return TermRowsText::tr("No renewal");
    case RenewalKind::Fixed:
        return r.noticeDays ? TermRowsText::tr("Fixed %1; notice %2")
                                  .arg(monthsText(r.months), daysText(*r.noticeDays))
                            : TermRowsText::tr("Fixed %1").arg(monthsText(r.months));
    case RenewalKind::Rolling:
        return r.noticeDays ? TermRowsText::tr("Rolling; notice %1").arg(daysText(*r.noticeDays))
                            : TermRowsText::tr("Rolling");
    case RenewalKind::PaidPeriod:
        return TermRowsText::tr("To end of paid period");
    }
    return {};
}

} // namespace termlens
