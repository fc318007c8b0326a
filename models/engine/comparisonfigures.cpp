#include "comparisonfigures.h"

#include "citationtext.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace termlens::comparison {

namespace {

// A struct, not an alias: lupdate does not follow aliases to the tr() context.
struct FigureText
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)
};

QString localized(QString text, const QLocale &locale)
{
    const bool negative = text.startsWith(u'-');
    if (negative)
        text.remove(0, 1);
    const qsizetype point = text.indexOf(u'.');
    bool fits = false;
    const qlonglong whole = (point < 0 ? text : text.left(point)).toLongLong(&fits);
    QString result = fits ? locale.toString(whole) : (point < 0 ? text : text.left(point));
    if (point >= 0)
        result += locale.decimalPoint() + text.mid(point + 1);
    return negative ? locale.negativeSign() + result : result;
}

QString holidaysText(HolidaySet holidays)
{
    switch (holidays) {
    case HolidaySet::None:
        return {};
    case HolidaySet::EnglandAndWales:
        return FigureText::tr("England and Wales bank holidays excluded");
    case HolidaySet::UsFederal:
        return FigureText::tr("US federal holidays excluded");
    }
    return {};
}

// "Mon–Fri 09:00–18:00 (Etc/GMT), England and Wales bank holidays excluded".
QString calendarText(const BusinessHours &hours, const QLocale &locale)
{
    QList<int> days = hours.days;
    std::sort(days.begin(), days.end());
    QString dayText;
    const bool run = !days.isEmpty() && days.last() - days.first() + 1 == days.size();
    if (run && days.size() > 2)
        dayText = FigureText::tr("%1–%2").arg(locale.dayName(days.first(), QLocale::ShortFormat),
                                              locale.dayName(days.last(), QLocale::ShortFormat));
    else {
        QStringList names;
        for (int day : days)
            names << locale.dayName(day, QLocale::ShortFormat);
        dayText = names.join(QStringLiteral(", "));
    }
    const QString text = FigureText::tr("%1 %2–%3 (%4)")
                             .arg(dayText, hours.from.toString(QStringLiteral("HH:mm")),
                                  hours.to.toString(QStringLiteral("HH:mm")), hours.timeZone);
    const QString holidays = holidaysText(hours.holidays);
    return holidays.isEmpty() ? text : FigureText::tr("%1, %2").arg(text, holidays);
}

qint64 openMinutesPerDay(const BusinessHours &hours)
{
    qint64 seconds = hours.from.secsTo(hours.to);
    if (seconds <= 0)
        seconds += 24 * 3600;
    return seconds / 60;
}

} // namespace

ComparisonFigure notStated()
{
    return {};
}

ComparisonFigure figure(const Decimal &value, const QString &text, const QString &unit,
                        const Citation &citation)
{
    ComparisonFigure f;
    f.stated = true;
    f.value = value;
    f.text = text;
    f.unit = unit;
    f.citation = citation;
    return f;
}

ComparisonFigure unvalued(const QString &text, const Citation &citation)
{
    ComparisonFigure f;
    f.stated = true;
    f.text = text;
    f.citation = citation;
    f.working.add(FigureText::tr("%1 (%2): no figure to compare.").arg(text, citedAs(citation)));
    return f;
}

ComparisonFigure fromReading(const TermReading &reading, ComparisonDirection direction,
                             const QString &unit, const QLocale &locale)
{
    if (reading.state == TermReading::State::NotStated) {
        ComparisonFigure f = notStated();
        if (!reading.note.isEmpty())
            f.working.add(reading.note);
        return f;
    }
    if (reading.state != TermReading::State::Number) {
        ComparisonFigure f = unvalued(reading.value, reading.citation);
        if (!reading.note.isEmpty())
            f.working.add(reading.note);
        return f;
    }
    const bool exact = reading.lowest == reading.highest;
    const Decimal value =
        (direction == ComparisonDirection::HigherIsBetter ? reading.lowest : reading.highest)
            .normalized();
    const QString shown = withUnit(value, unit, locale);
    ComparisonFigure f = figure(value, shown, unit, reading.citation);
    if (!reading.value.isEmpty() && reading.value != shown)
        f.text = FigureText::tr("%1 (%2)").arg(shown, reading.value);
    f.working.add(FigureText::tr("%1 (%2).").arg(reading.value, citedAs(reading.citation)));
    if (!reading.note.isEmpty())
        f.working.add(reading.note);
    if (!exact)
        f.working.add(direction == ComparisonDirection::HigherIsBetter
                          ? FigureText::tr("Compared as its shortest length, %1.").arg(shown)
                          : FigureText::tr("Compared as its longest length, %1.").arg(shown));
    return f;
}

ComparisonFigure responseFigure(const TermSheet &sheet, qsizetype level, const QLocale &locale)
{
    const auto &support = sheet.terms.support;
    if (!support || level >= support->levels.size())
        return notStated();
    const SupportLevel &l = support->levels[level];
    const Citation citation = l.citation.isEmpty() ? support->citation : l.citation;
    const bool business = l.response.clock == Clock::Business;
    qint64 minutesPerUnit = l.response.unit == ResponseUnit::Minutes ? 1
                            : l.response.unit == ResponseUnit::Hours ? 60
                                                                     : 24 * 60;
    ComparisonFigure f;
    if (l.response.unit == ResponseUnit::Days && business) {
        if (!support->businessHours)
            return unvalued(FigureText::tr("%1 business days; business hours not stated")
                                .arg(l.response.amount),
                            citation);
        minutesPerUnit = openMinutesPerDay(*support->businessHours);
    }
    const Decimal hours = Decimal::fromInt(l.response.amount * minutesPerUnit)
                              .divided(Decimal::fromInt(60), 4, Rounding::HalfAwayFromZero)
                              .normalized();
    const QString name = l.name.isEmpty() ? FigureText::tr("level %1").arg(level + 1) : l.name;
    const QString text =
        business ? FigureText::tr("%1 business hours (%2)").arg(decimalText(hours, locale), name)
                 : FigureText::tr("%1 hours, 24×7 (%2)").arg(decimalText(hours, locale), name);
    f = figure(hours, text, FigureText::tr("hours"), citation);
    f.working.add(FigureText::tr("%1: response within %2 %3 on the %4 clock (%5).")
                      .arg(name)
                      .arg(l.response.amount)
                      .arg(l.response.unit == ResponseUnit::Minutes ? FigureText::tr("minutes")
                           : l.response.unit == ResponseUnit::Hours ? FigureText::tr("hours")
                                                                    : FigureText::tr("days"),
                           business ? FigureText::tr("business") : FigureText::tr("24×7"),
                           citedAs(citation)));
    if (l.response.unit == ResponseUnit::Days)
        f.working.add(business
                          ? FigureText::tr("A business day is the calendar's opening hours: %1 "
                                           "minutes.")
                                .arg(minutesPerUnit)
                          : FigureText::tr("A day is 24 hours."));
    if (business && support->businessHours)
        f.working.add(FigureText::tr("Business hours: %1.")
                          .arg(calendarText(*support->businessHours, locale)));
    return f;
}

void addCapNotes(Working &working, const LiabilityCap &cap)
{
    if (cap.firstYear)
        working.add(FigureText::tr("In the first contract year: %1 × the fees paid for that year.")
                        .arg(cap.multiplier.toCanonicalString()));
    if (cap.insuranceLimited.value_or(false))
        working.add(FigureText::tr("Never more than the insurers pay."));
    if (!cap.carveOuts.isEmpty())
        working.add(
            FigureText::tr("Outside the cap: %1.").arg(cap.carveOuts.join(QStringLiteral("; "))));
}

QString decimalText(const Decimal &value, const QLocale &locale)
{
    return localized(value.toCanonicalString(), locale);
}

QString withUnit(const Decimal &value, const QString &unit, const QLocale &locale)
{
    return FigureText::tr("%1 %2").arg(decimalText(value, locale), unit);
}

QString amountText(const Decimal &amount, const QString &currency, const QLocale &locale)
{
    const int digits = Money::isKnownCurrency(currency) ? Money::minorDigits(currency) : 2;
    const Decimal shown =
        amount.rescaled(std::max(digits, amount.normalized().scale()), Rounding::HalfAwayFromZero);
    return FigureText::tr("%1 %2").arg(localized(shown.toString(), locale), currency);
}

} // namespace termlens::comparison
