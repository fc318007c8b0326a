#include "localeformat.h"

#include <QDateTime>

namespace termlens {

namespace {

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Groups of three from the right with the locale's separator, as QLocale does for a whole
// number (used when the number does not fit a qlonglong).
QString grouped(QStringView digits, const QLocale &locale)
{
    if (locale.numberOptions().testFlag(QLocale::OmitGroupSeparator))
        return digits.toString();
    QString result;
    const qsizetype size = digits.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (i > 0 && (size - i) % 3 == 0)
            result += locale.groupSeparator();
        result += digits.at(i);
    }
    return result;
}

bool isEnglishOrC(const QLocale &locale)
{
    return locale.language() == QLocale::C || locale.language() == QLocale::English;
}

} // namespace

QString localizedDecimal(QStringView canonical, const QLocale &locale)
{
    // The C locale (tests, scripts, --json) reads like the canonical text, ungrouped, whatever
    // number options the process's default C locale carries.
    if (locale.language() == QLocale::C)
        return canonical.toString();
    QStringView text = canonical;
    const bool negative = text.startsWith(u'-');
    if (negative)
        text = text.mid(1);
    const qsizetype point = text.indexOf(u'.');
    const QStringView whole = point < 0 ? text : text.left(point);
    const QStringView fraction = point < 0 ? QStringView() : text.mid(point + 1);
    if (!isDigits(whole) || (point >= 0 && !isDigits(fraction)))
        return canonical.toString();
    bool fits = false;
    const qlonglong wholeValue = whole.toLongLong(&fits);
    // QLocale knows the locale's grouping rules (a minimum of digits before grouping in some
    // languages); the fraction's digits are kept exactly as written.
    QString result = fits ? locale.toString(wholeValue) : grouped(whole, locale);
    if (point >= 0)
        result += locale.decimalPoint() + fraction.toString();
    return negative ? locale.negativeSign() + result : result;
}

QString displayDecimal(const Decimal &value, const QLocale &locale)
{
    return localizedDecimal(value.toString(), locale);
}

QString displayNumber(const Decimal &value, const QLocale &locale)
{
    return localizedDecimal(value.toCanonicalString(), locale);
}

QString displayAmount(const Money &amount, const QLocale &locale)
{
    return localizedDecimal(amount.toString(), locale);
}

QString displayMoney(const Money &amount, const QLocale &locale)
{
    return displayAmount(amount, locale) + u' ' + amount.currency();
}

QString displayPercent(const Decimal &value, const QLocale &locale)
{
    const QString number = displayDecimal(value, locale);
    // English keeps the app's "99.9 %" (the source strings' own form); German and French put
    // a no-break space before the sign so that a line never breaks between the two.
    return isEnglishOrC(locale) ? number + QStringLiteral(" %")
                                : number + QStringLiteral("\u00a0%");
}

QString displayDateFormat(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::German:
        return QStringLiteral("dd.MM.yyyy");
    case QLocale::French:
        return QStringLiteral("dd/MM/yyyy");
    default:
        return QStringLiteral("yyyy-MM-dd");
    }
}

QString displayDate(QDate date, const QLocale &locale)
{
    return date.isValid() ? date.toString(displayDateFormat(locale)) : QString();
}

QString displayDateTime(const QDateTime &local, const QLocale &locale)
{
    if (!local.isValid())
        return {};
    return displayDate(local.date(), locale) + u' ' + local.time().toString(u"HH:mm");
}

QString displayMonthName(int month, const QLocale &locale)
{
    const QLocale names = isEnglishOrC(locale) ? QLocale::c() : locale;
    return names.standaloneMonthName(month, QLocale::LongFormat);
}

std::optional<Decimal> parseDisplayDecimal(QStringView text, const QLocale &locale)
{
    if (std::optional<Decimal> canonical = Decimal::parse(text))
        return canonical;
    if (locale.language() == QLocale::C || locale.decimalPoint() == QStringLiteral("."))
        return std::nullopt;
    // German and French: a decimal comma, and groups of three separated by the locale's
    // separator (a plain or no-break space is taken for the French narrow one).
    QString number = text.toString();
    const QString point = locale.decimalPoint();
    const qsizetype at = number.indexOf(point);
    QString whole = at < 0 ? number : number.left(at);
    const QString fraction = at < 0 ? QString() : number.mid(at + point.size());
    QStringList separators{locale.groupSeparator()};
    if (locale.groupSeparator().at(0).isSpace())
        separators << QStringLiteral(" ") << QStringLiteral("\u00a0") << QStringLiteral("\u202f");
    for (const QString &separator : std::as_const(separators)) {
        if (!whole.contains(separator))
            continue;
        const QStringList groups = whole.split(separator);
        for (qsizetype i = 1; i < groups.size(); ++i) {
            if (groups.at(i).size() != 3)
                return std::nullopt;
        }
        whole = groups.join(QString());
    }
    return Decimal::parse(at < 0 ? whole : whole + u'.' + fraction);
}

} // namespace termlens
