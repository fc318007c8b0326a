#include "termtext.h"

#include "money.h"
#include "termrows.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace termlens {

namespace {
struct TermText
{
    Q_DECLARE_TR_FUNCTIONS(TermRows)
};

QString timeText(QTime time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QString localizedDecimal(QString text, const QLocale &locale)
{
    const bool negative = text.startsWith(u'-');
    if (negative)
        text.remove(0, 1);
    const qsizetype point = text.indexOf(u'.');
    const QString whole = point < 0 ? text : text.left(point);
    const QString fraction = point < 0 ? QString() : text.mid(point + 1);
    // Group the whole part through the locale when it fits a qlonglong (it always does for
    // percentages and money amounts); the fraction's digits are kept exactly as they are.
    bool fits = false;
    const qlonglong wholeValue = whole.toLongLong(&fits);
    QString result = fits ? locale.toString(wholeValue) : whole;
    if (!fraction.isEmpty())
        result += locale.decimalPoint() + fraction;
    return negative ? locale.negativeSign() + result : result;
}
} // namespace

QString outageCategoryName(OutageCategory category)
{
    switch (category) {
    case OutageCategory::Unplanned:
        return TermText::tr("unplanned downtime");
    case OutageCategory::ScheduledMaintenance:
        return TermText::tr("scheduled maintenance");
    case OutageCategory::EmergencyMaintenance:
        return TermText::tr("emergency maintenance");
    case OutageCategory::CustomerCause:
        return TermText::tr("customer's cause");
    case OutageCategory::ForceMajeure:
        return TermText::tr("force majeure");
    case OutageCategory::SecurityAttack:
        return TermText::tr("security attacks");
    case OutageCategory::HostingProvider:
        return TermText::tr("hosting provider failures");
    case OutageCategory::Internet:
        return TermText::tr("internet problems");
    case OutageCategory::ThirdParty:
        return TermText::tr("third parties");
    case OutageCategory::Suspension:
        return TermText::tr("suspension");
    }
    return {};
}

QString partyName(Party party)
{
    switch (party) {
    case Party::Customer:
        return TermText::tr("Customer");
    case Party::Vendor:
        return TermText::tr("Vendor");
    case Party::Either:
        return TermText::tr("Either party");
    }
    return {};
}

QString terminationTriggerName(TerminationTrigger trigger)
{
    switch (trigger) {
    case TerminationTrigger::MaterialBreach:
        return TermText::tr("material breach");
    case TerminationTrigger::NonPayment:
        return TermText::tr("non-payment");
    case TerminationTrigger::Insolvency:
        return TermText::tr("insolvency");
    case TerminationTrigger::Convenience:
        return TermText::tr("convenience");
    case TerminationTrigger::Other:
        return TermText::tr("other grounds");
    }
    return {};
}

QString locationRoleName(LocationRole role)
{
    switch (role) {
    case LocationRole::Primary:
        return TermText::tr("Primary location");
    case LocationRole::Failover:
        return TermText::tr("Failover location");
    case LocationRole::Backup:
        return TermText::tr("Backup location");
    case LocationRole::Processing:
        return TermText::tr("Processing location");
    case LocationRole::Support:
        return TermText::tr("Support location");
    }
    return {};
}

QString holidaysExcluded(HolidaySet holidays)
{
    switch (holidays) {
    case HolidaySet::None:
        return TermText::tr("no public holidays excluded");
    case HolidaySet::EnglandAndWales:
        return TermText::tr("England and Wales bank holidays excluded");
    case HolidaySet::UsFederal:
        return TermText::tr("US federal holidays excluded");
    }
    return {};
}

QString weekdaysText(const QList<int> &days, const QLocale &locale)
{
    if (days.isEmpty())
        return TermText::tr("no days");
    if (days.size() == 7)
        return TermText::tr("daily");
    bool contiguous = true;
    for (qsizetype i = 1; i < days.size(); ++i)
        contiguous = contiguous && days[i] == days[i - 1] + 1;
    if (contiguous && days.size() >= 3) {
        return TermText::tr("%1–%2").arg(locale.dayName(days.first(), QLocale::ShortFormat),
                                         locale.dayName(days.last(), QLocale::ShortFormat));
    }
    QStringList names;
    for (int day : days)
        names << locale.dayName(day, QLocale::ShortFormat);
    return names.join(QStringLiteral(", "));
}

QString businessHoursText(const BusinessHours &hours, const QLocale &locale)
{
    return TermText::tr("%1 %2–%3 (%4), %5")
        .arg(weekdaysText(hours.days, locale), timeText(hours.from), timeText(hours.to),
             hours.timeZone, holidaysExcluded(hours.holidays));
}

QString weeklyWindowText(const WeeklyWindow &window, const QLocale &locale)
{
    return TermText::tr("%1 %2–%3 (%4)")
        .arg(weekdaysText(window.days, locale), timeText(window.from), timeText(window.to),
             window.timeZone);
}

QString responseTimeText(const ResponseTime &response)
{
    const qint64 n = response.amount;
    if (response.clock == Clock::Business) {
        switch (response.unit) {
        case ResponseUnit::Minutes:
            return n == 1 ? TermText::tr("1 business minute")
                          : TermText::tr("%1 business minutes").arg(n);
        case ResponseUnit::Hours:
            return n == 1 ? TermText::tr("1 business hour")
                          : TermText::tr("%1 business hours").arg(n);
        case ResponseUnit::Days:
            return n == 1 ? TermText::tr("1 business day")
                          : TermText::tr("%1 business days").arg(n);
        }
    }
    switch (response.unit) {
    case ResponseUnit::Minutes:
        return n == 1 ? TermText::tr("1 minute, 24×7") : TermText::tr("%1 minutes, 24×7").arg(n);
    case ResponseUnit::Hours:
        return n == 1 ? TermText::tr("1 hour, 24×7") : TermText::tr("%1 hours, 24×7").arg(n);
    case ResponseUnit::Days:
        return n == 1 ? TermText::tr("1 day, 24×7") : TermText::tr("%1 days, 24×7").arg(n);
    }
    return {};
}

QString countryText(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    return TermText::tr("%1 (%2)").arg(QLocale::territoryToString(territory), code);
}

QString percentText(const Decimal &value, const QLocale &locale)
{
    return TermText::tr("%1 %").arg(formatDecimal(value, locale));
}

QString amountText(const Decimal &amount, const QString &currency, const QLocale &locale)
{
    const int digits = Money::isKnownCurrency(currency) ? Money::minorDigits(currency) : 2;
    const Decimal shown =
        amount.rescaled(std::max(digits, amount.normalized().scale()), Rounding::HalfAwayFromZero);
    return TermText::tr("%1 %2").arg(localizedDecimal(shown.toString(), locale), currency);
}

QString daysText(qint64 days)
{
    return days == 1 ? TermText::tr("1 day") : TermText::tr("%1 days").arg(days);
}

QString monthsText(qint64 months)
{
    return months == 1 ? TermText::tr("1 month") : TermText::tr("%1 months").arg(months);
}

QString yesNoText(bool value)
{
    return value ? TermText::tr("yes") : TermText::tr("no");
}

QString formatDuration(const Duration &duration)
{
    const qint64 n = duration.amount;
    switch (duration.unit) {
    case DurationUnit::Minutes:
        return n == 1 ? TermText::tr("1 minute") : TermText::tr("%1 minutes").arg(n);
    case DurationUnit::Hours:
        return n == 1 ? TermText::tr("1 hour") : TermText::tr("%1 hours").arg(n);
    case DurationUnit::Days:
        return daysText(n);
    case DurationUnit::BusinessDays:
        return n == 1 ? TermText::tr("1 business day") : TermText::tr("%1 business days").arg(n);
    case DurationUnit::Weeks:
        return n == 1 ? TermText::tr("1 week") : TermText::tr("%1 weeks").arg(n);
    case DurationUnit::Months:
        return monthsText(n);
    case DurationUnit::Years:
        return n == 1 ? TermText::tr("1 year") : TermText::tr("%1 years").arg(n);
    }
    return {};
}

QString formatDecimal(const Decimal &value, const QLocale &locale)
{
    if (!value.isValid())
        return TermText::tr("invalid number");
    return localizedDecimal(value.toCanonicalString(), locale);
}

} // namespace termlens
