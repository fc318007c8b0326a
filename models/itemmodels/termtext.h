#pragma once

#include "termsheet.h"

#include <QLocale>
#include <QString>

namespace termlens {

// Words for the values of a term sheet, shared by termrows.cpp and later screens (outage
// categories, parties). All translated (context "TermRows"), all plain text.
// Between the items of one cell's list ("Mon 09:00-17:00; Tue ...").
constexpr QStringView ListSeparator = u"; ";

QString outageCategoryName(OutageCategory category);
QString partyName(Party party);
QString terminationTriggerName(TerminationTrigger trigger);
QString locationRoleName(LocationRole role);
QString holidaysExcluded(HolidaySet holidays);
// "Mon–Fri", "Mon, Wed, Fri", "daily" in the locale's short day names.
QString weekdaysText(const QList<int> &days, const QLocale &locale);
// "Mon–Fri 09:00–17:30 (Europe/London), England and Wales bank holidays excluded".
QString businessHoursText(const BusinessHours &hours, const QLocale &locale);
QString weeklyWindowText(const WeeklyWindow &window, const QLocale &locale);
// "15 minutes, 24×7", "10 business hours", "2 business days".
QString responseTimeText(const ResponseTime &response);
// "United Kingdom (GB)"; an unknown code is shown as written.
QString countryText(const QString &code);
QString percentText(const Decimal &value, const QLocale &locale);
// "1.00 USD", "12,500.00 GBP": the currency's minor-unit digits, the locale's separators.
QString amountText(const Decimal &amount, const QString &currency, const QLocale &locale);
QString daysText(qint64 days);
QString monthsText(qint64 months);
QString yesNoText(bool value);

} // namespace termlens
