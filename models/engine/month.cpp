#include "month.h"

#include "localeformat.h"
#include "localtime.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace termlens {

MonthPeriod monthPeriod(int year, int month, const QString &timeZone, MonthLength length)
{
    MonthPeriod period;
    period.year = year;
    period.month = month;
    period.timeZone = timeZone;
    period.length = length;
    const QTimeZone zone = zoneFromIana(timeZone);
    const QDate first(year, month, 1);
    if (!zone.isValid() || !first.isValid())
        return period;
    // startOfDay, not 00:00: in zones whose DST change happens at midnight 00:00 may not exist.
    period.startUtc = first.startOfDay(zone).toSecsSinceEpoch();
    period.endUtc = first.addMonths(1).startOfDay(zone).toSecsSinceEpoch();
    period.lengthSeconds =
        length == MonthLength::Average ? AverageMonthSeconds : period.endUtc - period.startUtc;
    return period;
}

QString describeMonth(const MonthPeriod &period)
{
    // The month's name in the user's language (English in the C locale, like the source
    // strings); the translation decides the order of the parts.
    const QString monthName = displayMonthName(period.month);
    if (period.length == MonthLength::Average) {
        return QCoreApplication::translate(
                   "Month", "%1 %2 (%3), average month of 43,830 minutes (730.5 hours)")
            .arg(monthName)
            .arg(period.year)
            .arg(period.timeZone);
    }
    const qint64 seconds = period.calendarSeconds();
    const QString hours = Decimal::fromInt(seconds)
                              .divided(Decimal::fromInt(3600), 2, Rounding::HalfAwayFromZero)
                              .toCanonicalString();
    return QCoreApplication::translate("Month",
                                       "%1 %2 (%3), calendar month of %4 minutes (%5 hours)")
        .arg(monthName)
        .arg(period.year)
        .arg(period.timeZone)
        .arg(localizedDecimal(QString::number(seconds / 60)), localizedDecimal(hours));
}

} // namespace termlens
