#pragma once

#include "decimal.h"

#include <QString>

#include <optional>

namespace termlens {

// An amount in integer minor units of an ISO 4217 currency (pence, cents). Arithmetic between
// different currencies is a programming error and yields an invalid Money.
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, const QString &currency)
        : m_minor(minorUnits)
        , m_currency(currency)
    {}

    // Fraction digits of the currency's minor unit: 2 for GBP/USD/EUR, 0 for JPY, 3 for KWD.
    static int minorDigits(const QString &currency);
    static bool isKnownCurrency(const QString &currency);

    // Exactly representable amounts only: "12.345" GBP is refused (more digits than pence).
    static std::optional<Money> parse(QStringView text, const QString &currency);
    static std::optional<Money> fromDecimal(const Decimal &amount, const QString &currency,
                                            Rounding mode = Rounding::HalfAwayFromZero);

    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isValid() const { return m_valid && !m_currency.isEmpty(); }
    bool isZero() const { return m_minor == 0; }

    Decimal toDecimal() const;
    // Canonical text with the currency's fraction digits: "1234.50".
    QString toString() const { return toDecimal().toString(); }

    // percent% of this amount, rounded to the minor unit (half away from zero by default).
    Money percentOf(const Decimal &percent, Rounding mode = Rounding::HalfAwayFromZero) const;
    // This amount times a factor, rounded to the minor unit.
    Money multipliedBy(const Decimal &factor, Rounding mode = Rounding::HalfAwayFromZero) const;
    // This amount divided by a whole number, rounded to the minor unit (annual fee / 12).
    Money dividedBy(qint64 divisor, Rounding mode = Rounding::HalfAwayFromZero) const;

    Money operator-() const;
    friend Money operator+(const Money &a, const Money &b);
    friend Money operator-(const Money &a, const Money &b);
    friend bool operator==(const Money &a, const Money &b) = default;
    // Ordering is only meaningful within one currency.
    friend bool operator<(const Money &a, const Money &b) { return a.m_minor < b.m_minor; }
    friend bool operator>(const Money &a, const Money &b) { return b < a; }
    friend bool operator<=(const Money &a, const Money &b) { return !(b < a); }
    friend bool operator>=(const Money &a, const Money &b) { return !(a < b); }

private:
    static Money invalid(const QString &currency);
    static std::optional<Money> fromScaled(const Decimal &scaled, const QString &currency);

    qint64 m_minor = 0;
    QString m_currency;
    bool m_valid = true;
};

} // namespace termlens
