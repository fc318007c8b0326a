#pragma once

#include "decimal.h"
#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace termlens {

// Display text of numbers, money and dates in the user's language (the default QLocale, which
// installTranslations() sets to the chosen language). Only for what people read on screen, in
// the CLI's text output and in the PDF report: files, CSV/TSV exports, JSON and .ics keep the
// canonical, locale-independent forms (Decimal::toString(), ISO dates).
//
// Digits are never converted through binary floating point: the exact digits of the canonical
// text are kept, only the separators change. In the C locale (tests, --json) every number is
// the canonical text, ungrouped ("1234567.5"), and dates are ISO ("2026-03-31").

// "-1234567.50" -> "-1,234,567.50" (en), "-1.234.567,50" (de), "-1 234 567,50" (fr, with the
// locale's narrow no-break space). Text that is not a canonical decimal is returned unchanged.
QString localizedDecimal(QStringView canonical, const QLocale &locale = QLocale());
// The value with the digits it holds ("1.50" stays "1,50" in German).
QString displayDecimal(const Decimal &value, const QLocale &locale = QLocale());
// The shortest digits for the value ("99.9000" -> "99,9").
QString displayNumber(const Decimal &value, const QLocale &locale = QLocale());
// The amount's digits with its currency's minor unit: "2,864.40" / "2.864,40" / "2 864,40".
QString displayAmount(const Money &amount, const QLocale &locale = QLocale());
// The amount and its ISO currency code: "2,864.40 USD", "2.864,40 USD".
QString displayMoney(const Money &amount, const QLocale &locale = QLocale());
// A percentage as "99.8814 %" / "99,8814 %" (the digits held; a no-break space in German
// and French, as their typography wants it before the sign).
QString displayPercent(const Decimal &value, const QLocale &locale = QLocale());
// A calendar date: "2026-03-31" (English and every other language: unambiguous ISO),
// "31.03.2026" (German), "31/03/2026" (French). Empty for an invalid date.
QString displayDate(QDate date, const QLocale &locale = QLocale());
// The QDate::toString() pattern of displayDate(), for date editors: "yyyy-MM-dd",
// "dd.MM.yyyy", "dd/MM/yyyy".
QString displayDateFormat(const QLocale &locale = QLocale());
// A date and a time of day to the minute, in the same style: "2026-03-31 14:05",
// "31.03.2026 14:05".
QString displayDateTime(const QDateTime &local, const QLocale &locale = QLocale());
// The full name of a month in the locale's language ("March", "März", "mars"); English in C.
QString displayMonthName(int month, const QLocale &locale = QLocale());

// A number typed by the user: the canonical form ("1234.5") or the locale's own ("1.234,5",
// "1 234,5", "1234,5" in German and French). Group separators must stand between groups of
// three digits. Nothing for anything else.
std::optional<Decimal> parseDisplayDecimal(QStringView text, const QLocale &locale = QLocale());

} // namespace termlens
