#include "money.h"

#include <QStringList>

namespace termlens {
namespace {

struct CurrencyDigits
{
    const char16_t *code;
    int digits;
};

// ISO 4217 currencies whose minor unit is not two digits; every other valid code has two.
constexpr CurrencyDigits kNonTwoDigit[] = {
    {u"BHD", 3}, {u"CLP", 0}, {u"IQD", 3}, {u"ISK", 0}, {u"JOD", 3}, {u"JPY", 0},
    {u"KRW", 0}, {u"KWD", 3}, {u"LYD", 3}, {u"OMR", 3}, {u"PYG", 0}, {u"TND", 3},
    {u"UGX", 0}, {u"VND", 0}, {u"XAF", 0}, {u"XOF", 0},
};

} // namespace

int Money::minorDigits(const QString &currency)
{
    for (const auto &c : kNonTwoDigit) {
        if (currency == QStringView(c.code))
            return c.digits;
    }
    return 2;
}

bool Money::isKnownCurrency(const QString &currency)
{
    if (currency.size() != 3)
        return false;
    for (const QChar c : currency) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

Money Money::invalid(const QString &currency)
{
    Money m(0, currency);
    m.m_valid = false;
    return m;
}

std::optional<Money> Money::fromScaled(const Decimal &scaled, const QString &currency)
{
    const Decimal::Int128 m = scaled.mantissa();
    if (!scaled.isValid() || m > std::numeric_limits<qint64>::max() ||
        m < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return Money(static_cast<qint64>(m), currency);
}

std::optional<Money> Money::parse(QStringView text, const QString &currency)
{
    const auto d = Decimal::parse(text);
    if (!d || !isKnownCurrency(currency))
        return std::nullopt;
    const int digits = minorDigits(currency);
    // Refuse amounts finer than the minor unit instead of rounding them silently.
    if (d->normalized().scale() > digits)
        return std::nullopt;
    return fromScaled(d->rescaled(digits, Rounding::TowardZero), currency);
}

std::optional<Money> Money::fromDecimal(const Decimal &amount, const QString &currency,
                                        Rounding mode)
{
    if (!isKnownCurrency(currency))
        return std::nullopt;
    return fromScaled(amount.rescaled(minorDigits(currency), mode), currency);
}

Decimal Money::toDecimal() const
{
    return Decimal::fromParts(m_minor, minorDigits(m_currency));
}

Money Money::percentOf(const Decimal &percent, Rounding mode) const
{
    const Decimal exact = toDecimal() * percent;
    const Decimal hundred = Decimal::fromInt(100);
    return fromScaled(exact.divided(hundred, minorDigits(m_currency), mode), m_currency)
        .value_or(invalid(m_currency));
}

Money Money::multipliedBy(const Decimal &factor, Rounding mode) const
{
    return fromScaled((toDecimal() * factor).rescaled(minorDigits(m_currency), mode), m_currency)
        .value_or(invalid(m_currency));
}

Money Money::dividedBy(qint64 divisor, Rounding mode) const
{
    return fromScaled(toDecimal().divided(Decimal::fromInt(divisor), minorDigits(m_currency), mode),
                      m_currency)
        .value_or(invalid(m_currency));
}

Money Money::operator-() const
{
    Money m = *this;
    m.m_minor = -m.m_minor;
    return m;
}

Money operator+(const Money &a, const Money &b)
{
    qint64 sum;
    if (!a.m_valid || !b.m_valid || a.m_currency != b.m_currency ||
        __builtin_add_overflow(a.m_minor, b.m_minor, &sum))
        return Money::invalid(a.m_currency);
    return Money(sum, a.m_currency);
}

Money operator-(const Money &a, const Money &b)
{
    return a + (-b);
}

} // namespace termlens
