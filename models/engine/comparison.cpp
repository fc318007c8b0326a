#include "comparison.h"

#include "availability.h"
#include "citationtext.h"
#include "comparisonfigures.h"
#include "credits.h"
#include "liability.h"
#include "localeformat.h"
#include "month.h"
#include "playbookreading.h"

#include <QCoreApplication>

#include <algorithm>

namespace termlens {

namespace {

// A struct, not an alias: lupdate does not follow aliases to the tr() context.
struct ComparisonText
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)
};

constexpr qint64 ThirtyDayMonthMinutes = 30 * 24 * 60;
constexpr qint64 AverageMonthMinutes = 43830;

using FigureFn = ComparisonFigure (*)(const ComparisonInput &, const ComparisonOptions &);

ComparisonFigure targetFigure(const ComparisonInput &in, const ComparisonOptions &options)
{
    const auto &a = in.sheet.terms.availability;
    if (!a)
        return comparison::notStated();
    ComparisonFigure f = comparison::figure(
        a->target, comparison::withUnit(a->target, ComparisonText::tr("%"), options.locale),
        ComparisonText::tr("%"), a->citation);
    f.working.add(ComparisonText::tr("Availability target: %1 % a month (%2).")
                      .arg(displayNumber(a->target, options.locale), citedAs(a->citation)));
    return f;
}

ComparisonFigure allowedDowntimeFigure(const ComparisonInput &in, const ComparisonOptions &options)
{
    const auto &a = in.sheet.terms.availability;
    if (!a)
        return comparison::notStated();
    const bool average = a->monthLength == MonthLength::Average;
    const qint64 monthMinutes = average ? AverageMonthMinutes : ThirtyDayMonthMinutes;
    const Decimal allowed = ((Decimal::fromInt(100) - a->target) * Decimal::fromInt(monthMinutes))
                                .divided(Decimal::fromInt(100), 4, Rounding::HalfAwayFromZero)
                                .normalized();
    const QString unit = ComparisonText::tr("minutes");
    ComparisonFigure f = comparison::figure(
        allowed,
        ComparisonText::tr("%1 a month").arg(comparison::withUnit(allowed, unit, options.locale)),
        unit, a->citation);
    f.working.add(
        average ? ComparisonText::tr("The agreement measures in the average month of 43,830 "
                                     "minutes (730.5 hours).")
                : ComparisonText::tr("The agreement measures in the calendar month; a 30-day month "
                                     "of 43,200 minutes is used to compare (a 31-day month allows "
                                     "1/30 more)."));
    f.working.add(
        ComparisonText::tr("(100 % − %1 %) × %2 minutes = %3 minutes of downtime allowed (%4).")
            .arg(displayNumber(a->target, options.locale))
            .arg(localizedDecimal(QString::number(monthMinutes), options.locale))
            .arg(displayNumber(allowed, options.locale), citedAs(a->citation)));
    if (a->measurement.kind == MeasurementKind::Intervals && a->measurement.minutes > 0) {
        const qint64 periods = allowed.toInteger(Rounding::Floor) / a->measurement.minutes;
        f.working.add(ComparisonText::tr(
                          "Measured in %1-minute periods, each touched by downtime lost whole: "
                          "at most %2 periods (%3 minutes) fit in the allowance.")
                          .arg(a->measurement.minutes)
                          .arg(periods)
                          .arg(periods * a->measurement.minutes));
    }
    return f;
}

ComparisonFigure creditAt(const ComparisonInput &in, const ComparisonOptions &options,
                          int availabilityPercent)
{
    const auto &a = in.sheet.terms.availability;
    if (!a)
        return comparison::notStated();
    const QString unit = ComparisonText::tr("%");
    if (!a->credits || a->credits->schedule.kind == ScheduleKind::None) {
        const Citation c = a->credits ? a->credits->citation : a->citation;
        ComparisonFigure f =
            comparison::figure(Decimal(), ComparisonText::tr("no service credits"), unit, c);
        f.working.add(ComparisonText::tr("The agreement gives no service credits (%1): 0 %.")
                          .arg(citedAs(c)));
        return f;
    }
    const MonthPeriod period =
        monthPeriod(options.creditYear, options.creditMonth, in.sheet.timeZone, a->monthLength);
    if (!period.isValid())
        return comparison::unvalued(ComparisonText::tr("month not valid"), a->credits->citation);
    const Decimal downtime =
        (Decimal::fromInt(100 - availabilityPercent) * Decimal::fromInt(period.lengthSeconds))
            .divided(Decimal::fromInt(100), 6, Rounding::HalfAwayFromZero);
    CreditInput input;
    input.rules = &*a;
    input.availability = availabilityFromDowntime(*a, period, downtime);
    input.fee = in.creditFee;
    const CreditResult credit = computeCredit(input);
    if (!credit.isValid())
        return comparison::unvalued(credit.error, a->credits->citation);
    QString text = comparison::withUnit(credit.creditPercent, unit, options.locale);
    if (credit.creditAmount)
        text = ComparisonText::tr("%1 (%2)").arg(
            text, comparison::amountText(credit.creditAmount->toDecimal(),
                                         credit.creditAmount->currency(), options.locale));
    ComparisonFigure f =
        comparison::figure(credit.creditPercent, text, unit,
                           a->credits->schedule.citation.isEmpty() ? a->credits->citation
                                                                   : a->credits->schedule.citation);
    f.working.add(
        ComparisonText::tr("Exactly %1 % availability in %2: %3 seconds of counted downtime, "
                           "(100 − %1) % of the month.")
            .arg(availabilityPercent)
            .arg(describeMonth(period), displayNumber(downtime, options.locale)));
    if (!in.creditFeeNote.isEmpty())
        f.working.add(in.creditFeeNote);
    f.working.append(input.availability.working);
    f.working.append(credit.working);
    return f;
}

ComparisonFigure creditAt99(const ComparisonInput &in, const ComparisonOptions &options)
{
    return creditAt(in, options, 99);
}

ComparisonFigure creditAt95(const ComparisonInput &in, const ComparisonOptions &options)
{
    return creditAt(in, options, 95);
}

ComparisonFigure renewalNoticeFigure(const ComparisonInput &in, const ComparisonOptions &options)
{
    return comparison::fromReading(readTerm(PlaybookTerm::RenewalNoticeDays, in.sheet, {}),
                                   ComparisonDirection::LowerIsBetter, ComparisonText::tr("days"),
                                   options.locale);
}

std::optional<Money> annualFee(const ComparisonInput &in)
{
    if (!in.subscription || in.subscription->services.isEmpty())
        return std::nullopt;
    return in.subscription->monthlyFee().multipliedBy(Decimal::fromInt(12));
}

ComparisonFigure capMultipleFigure(const ComparisonInput &in, const ComparisonOptions &options)
{
    const auto &cap = in.sheet.terms.liabilityCap;
    if (!cap)
        return comparison::notStated();
    const QString unit = ComparisonText::tr("× annual fees");
    if (cap->basis != LiabilityBasis::FixedAmount) {
        ComparisonFigure f =
            comparison::figure(cap->multiplier,
                               ComparisonText::tr("%1 × a year's fees")
                                   .arg(comparison::decimalText(cap->multiplier, options.locale)),
                               unit, cap->citation);
        f.working.add(
            cap->basis == LiabilityBasis::FeesPaidPreviousContractYear
                ? ComparisonText::tr("Cap = %1 × the fees paid in the previous contract year (%2): "
                                     "%1 × a year's fees once a full year has been paid.")
                      .arg(displayNumber(cap->multiplier, options.locale), citedAs(cap->citation))
                : ComparisonText::tr("Cap = %1 × the fees paid in the 12 months before the claim "
                                     "(%2): %1 × a year's fees once a full year has been paid.")
                      .arg(displayNumber(cap->multiplier, options.locale), citedAs(cap->citation)));
        comparison::addCapNotes(f.working, *cap);
        return f;
    }
    const std::optional<Money> fee = annualFee(in);
    if (!cap->amount || !fee || fee->isZero() || fee->currency() != in.sheet.currency)
        return comparison::unvalued(
            ComparisonText::tr("a fixed amount; the annual fee is not known"), cap->citation);
    const Decimal multiple = ((*cap->amount) * cap->multiplier)
                                 .divided(fee->toDecimal(), 2, Rounding::HalfAwayFromZero)
                                 .normalized();
    ComparisonFigure f =
        comparison::figure(multiple,
                           ComparisonText::tr("%1 × a year's fees")
                               .arg(comparison::decimalText(multiple, options.locale)),
                           unit, cap->citation);
    f.working.add(ComparisonText::tr(
                      "Cap = %1 × %2 %3 (a fixed amount, %4); the subscription's annual fee is "
                      "%5 %3 (12 × the monthly fees): %6 × a year's fees.")
                      .arg(displayNumber(cap->multiplier, options.locale),
                           displayNumber(*cap->amount, options.locale), in.sheet.currency,
                           citedAs(cap->citation), displayAmount(*fee, options.locale),
                           displayNumber(multiple, options.locale)));
    comparison::addCapNotes(f.working, *cap);
    return f;
}

ComparisonFigure capMoneyFigure(const ComparisonInput &in, const ComparisonOptions &options)
{
    const auto &cap = in.sheet.terms.liabilityCap;
    if (!cap)
        return comparison::notStated();
    if (!in.subscription && cap->basis != LiabilityBasis::FixedAmount)
        return comparison::unvalued(ComparisonText::tr("no subscription recorded"), cap->citation);
    const QDate start = in.subscription ? in.subscription->startDate : options.claimDate;
    const QList<Payment> payments = in.subscription ? in.subscription->payments : QList<Payment>();
    const Outcome<LiabilityResult> result =
        liabilityCap(*cap, in.sheet.currency, start, payments, options.claimDate);
    if (!result.ok())
        return comparison::unvalued(result.error, cap->citation);
    const Money &money = *result.value->cap;
    ComparisonFigure f = comparison::figure(
        money.toDecimal(),
        comparison::amountText(money.toDecimal(), money.currency(), options.locale),
        money.currency(), cap->citation);
    f.currency = money.currency();
    f.working.add(ComparisonText::tr("A claim made on %1, with the subscription's payments:")
                      .arg(displayDate(options.claimDate, options.locale)));
    f.working.append(result.value->working);
    return f;
}

ComparisonFigure cureFigure(const ComparisonInput &in, const ComparisonOptions &options)
{
    return comparison::fromReading(readTerm(PlaybookTerm::CurePeriodDays, in.sheet, {}),
                                   ComparisonDirection::HigherIsBetter, ComparisonText::tr("days"),
                                   options.locale);
}

ComparisonFigure retrievalFigure(const ComparisonInput &in, const ComparisonOptions &options)
{
    return comparison::fromReading(readTerm(PlaybookTerm::DataRetrievalDays, in.sheet, {}),
                                   ComparisonDirection::HigherIsBetter, ComparisonText::tr("days"),
                                   options.locale);
}

ComparisonFigure breachFigure(const ComparisonInput &in, const ComparisonOptions &options)
{
    return comparison::fromReading(readTerm(PlaybookTerm::BreachNotificationHours, in.sheet, {}),
                                   ComparisonDirection::LowerIsBetter, ComparisonText::tr("hours"),
                                   options.locale);
}

ComparisonFigure changeNoticeFigure(const ComparisonInput &in, const ComparisonOptions &options)
{
    return comparison::fromReading(readTerm(PlaybookTerm::ChangeNoticeDays, in.sheet, {}),
                                   ComparisonDirection::HigherIsBetter, ComparisonText::tr("days"),
                                   options.locale);
}

ComparisonRow makeRow(const QString &key, const QString &termKey, const QString &label,
                      ComparisonDirection direction)
{
    ComparisonRow row;
    row.key = key;
    row.termKey = termKey;
    row.label = label;
    row.direction = direction;
    return row;
}

void addRow(Comparison &out, ComparisonRow row, const QList<ComparisonInput> &inputs,
            const ComparisonOptions &options, FigureFn fn)
{
    row.figures.reserve(inputs.size());
    for (const ComparisonInput &input : inputs)
        row.figures.append(fn(input, options));
    markBestAndWorst(row, out.agreementIds);
    out.rows.append(std::move(row));
}

void addResponseRows(Comparison &out, const QList<ComparisonInput> &inputs,
                     const ComparisonOptions &options)
{
    qsizetype levels = 0;
    for (const ComparisonInput &input : inputs) {
        if (input.sheet.terms.support)
            levels = std::max(levels, input.sheet.terms.support->levels.size());
    }
    for (qsizetype i = 0; i < levels; ++i) {
        ComparisonRow row = makeRow(QStringLiteral("support.response.%1").arg(i + 1),
                                    QStringLiteral("support.level.%1").arg(i + 1),
                                    ComparisonText::tr("Response time, level %1").arg(i + 1),
                                    ComparisonDirection::LowerIsBetter);
        bool business = false, allDay = false;
        for (const ComparisonInput &input : inputs) {
            row.figures.append(comparison::responseFigure(input.sheet, i, options.locale));
            const auto &s = input.sheet.terms.support;
            if (s && i < s->levels.size())
                (s->levels[i].response.clock == Clock::Business ? business : allDay) = true;
        }
        markBestAndWorst(row, out.agreementIds);
        if (business && allDay)
            row.note = ComparisonText::tr(
                "Business hours count only the vendor's opening hours, so a business "
                "hour can take much longer on the calendar than a 24×7 hour.");
        out.rows.append(std::move(row));
    }
}

} // namespace

Comparison compareAgreements(const QList<ComparisonInput> &inputs, const ComparisonOptions &options)
{
    Comparison out;
    for (const ComparisonInput &input : inputs)
        out.agreementIds << input.sheet.id;
    using D = ComparisonDirection;
    addRow(out,
           makeRow(QStringLiteral("availability.target"), QStringLiteral("availability.target"),
                   ComparisonText::tr("Availability target"), D::HigherIsBetter),
           inputs, options, targetFigure);
    addRow(out,
           makeRow(QStringLiteral("availability.allowedDowntime"),
                   QStringLiteral("availability.target"),
                   ComparisonText::tr("Downtime allowed a month"), D::LowerIsBetter),
           inputs, options, allowedDowntimeFigure);
    addRow(out,
           makeRow(QStringLiteral("credits.at99"), QStringLiteral("credits.schedule"),
                   ComparisonText::tr("Credit at 99 % availability"), D::HigherIsBetter),
           inputs, options, creditAt99);
    addRow(out,
           makeRow(QStringLiteral("credits.at95"), QStringLiteral("credits.schedule"),
                   ComparisonText::tr("Credit at 95 % availability"), D::HigherIsBetter),
           inputs, options, creditAt95);
    addRow(out,
           makeRow(QStringLiteral("term.renewal.notice"), QStringLiteral("term.renewal"),
                   ComparisonText::tr("Notice to stop renewal"), D::LowerIsBetter),
           inputs, options, renewalNoticeFigure);
    addRow(out,
           makeRow(QStringLiteral("liability.cap.multiple"), QStringLiteral("liability.cap"),
                   ComparisonText::tr("Liability cap (× annual fees)"), D::HigherIsBetter),
           inputs, options, capMultipleFigure);
    addRow(out,
           makeRow(QStringLiteral("liability.cap.money"), QStringLiteral("liability.cap"),
                   ComparisonText::tr("Liability cap for this customer"), D::HigherIsBetter),
           inputs, options, capMoneyFigure);
    addResponseRows(out, inputs, options);
    addRow(out,
           makeRow(QStringLiteral("termination.cure"), QStringLiteral("termination.right.1"),
                   ComparisonText::tr("Cure period before termination"), D::HigherIsBetter),
           inputs, options, cureFigure);
    addRow(out,
           makeRow(QStringLiteral("data.retrieval"), QStringLiteral("data.return"),
                   ComparisonText::tr("Data retrieval after termination"), D::HigherIsBetter),
           inputs, options, retrievalFigure);
    addRow(out,
           makeRow(QStringLiteral("breach.notification.hours"),
                   QStringLiteral("breach.notification"),
                   ComparisonText::tr("Breach notification within"), D::LowerIsBetter),
           inputs, options, breachFigure);
    addRow(out,
           makeRow(QStringLiteral("changes.notice"), QStringLiteral("changes"),
                   ComparisonText::tr("Notice of changes to terms"), D::HigherIsBetter),
           inputs, options, changeNoticeFigure);
    return out;
}

void markBestAndWorst(ComparisonRow &row, const QStringList &agreementIds)
{
    row.best.clear();
    row.worst.clear();
    if (row.direction == ComparisonDirection::NotComparable)
        return;
    QList<qsizetype> valued;
    QStringList currencies;
    for (qsizetype i = 0; i < row.figures.size() && i < agreementIds.size(); ++i) {
        const ComparisonFigure &f = row.figures[i];
        if (!f.stated || !f.value || !f.value->isValid())
            continue;
        valued << i;
        if (!f.currency.isEmpty() && !currencies.contains(f.currency))
            currencies << f.currency;
    }
    if (currencies.size() > 1) {
        row.note = ComparisonText::tr("Amounts in different currencies (%1) are not compared.")
                       .arg(currencies.join(QStringLiteral(", ")));
        return;
    }
    if (valued.size() < 2)
        return;
    const auto byValue = [&row](qsizetype a, qsizetype b) {
        return *row.figures[a].value < *row.figures[b].value;
    };
    const Decimal lowest =
        *row.figures[*std::min_element(valued.begin(), valued.end(), byValue)].value;
    const Decimal highest =
        *row.figures[*std::max_element(valued.begin(), valued.end(), byValue)].value;
    if (lowest == highest)
        return; // all the same: nothing to choose between
    const bool higher = row.direction == ComparisonDirection::HigherIsBetter;
    for (qsizetype i : valued) {
        const Decimal &v = *row.figures[i].value;
        if (v == (higher ? highest : lowest))
            row.best << agreementIds[i];
        if (v == (higher ? lowest : highest))
            row.worst << agreementIds[i];
    }
}

} // namespace termlens
