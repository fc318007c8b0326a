#include "decimal.h"

#include <QByteArray>
#include <QLocale>

#include <cmath>

namespace termlens {
namespace {

using Int128 = Decimal::Int128;

Int128 pow10(int n)
{
    Int128 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

// Brings both mantissas to the larger scale; false if that overflows.
bool align(const Decimal &a, const Decimal &b, Int128 &ma, Int128 &mb, int &scale)
{
    scale = std::max(a.scale(), b.scale());
    return !__builtin_mul_overflow(a.mantissa(), pow10(scale - a.scale()), &ma) &&
           !__builtin_mul_overflow(b.mantissa(), pow10(scale - b.scale()), &mb);
}

QString int128ToString(Int128 v)
{
    if (v == 0)
        return QStringLiteral("0");
    const bool negative = v < 0;
    QString digits;
    while (v != 0) {
        const int d = static_cast<int>(v % 10);
        digits.prepend(QChar(u'0' + (negative ? -d : d)));
        v /= 10;
    }
    if (negative)
        digits.prepend(u'-');
    return digits;
}

} // namespace

Int128 roundedDivide(Int128 numerator, Int128 denominator, Rounding mode)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    Int128 q = numerator / denominator; // truncates toward zero
    const Int128 r = numerator % denominator;
    if (r == 0)
        return q;
    const int sign = numerator < 0 ? -1 : 1;
    const Int128 twiceRemainder = (r < 0 ? -r : r) * 2;
    bool away = false;
    switch (mode) {
    case Rounding::HalfAwayFromZero:
        away = twiceRemainder >= denominator;
        break;
    case Rounding::HalfEven:
        away = twiceRemainder > denominator || (twiceRemainder == denominator && (q % 2) != 0);
        break;
    case Rounding::TowardZero:
        away = false;
        break;
    case Rounding::AwayFromZero:
        away = true;
        break;
    case Rounding::Floor:
        away = sign < 0;
        break;
    case Rounding::Ceiling:
        away = sign > 0;
        break;
    }
    return away ? q + sign : q;
}

Decimal Decimal::invalid()
{
    Decimal d;
    d.m_valid = false;
    return d;
}

Decimal Decimal::fromParts(qint64 mantissa, int scale)
{
    return Decimal(mantissa, std::clamp(scale, 0, MaxScale));
}

std::optional<Decimal> Decimal::parse(QStringView text)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && text[i] == u'-') {
        negative = true;
        ++i;
    }
    Int128 mantissa = 0;
    int intDigits = 0;
    int fracDigits = 0;
    bool seenPoint = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.' && !seenPoint) {
            if (intDigits == 0)
                return std::nullopt; // ".5" is not canonical
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        if (seenPoint) {
            if (++fracDigits > MaxScale)
                return std::nullopt;
        } else if (++intDigits > 24) {
            return std::nullopt;
        }
        mantissa = mantissa * 10 + (c.unicode() - u'0');
    }
    if (intDigits == 0 || (seenPoint && fracDigits == 0))
        return std::nullopt;
    return Decimal(negative ? -mantissa : mantissa, fracDigits);
}

std::optional<Decimal> Decimal::fromJsonDouble(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    // Shortest text that reads back as the same double: the number as it was written.
    QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    if (text == u"-0")
        text = QStringLiteral("0");
    return parse(text);
}

QString Decimal::toString() const
{
    if (!m_valid)
        return QStringLiteral("NaN");
    const Int128 magnitude = m_mantissa < 0 ? -m_mantissa : m_mantissa;
    QString digits = int128ToString(magnitude);
    if (m_scale > 0) {
        if (digits.size() <= m_scale)
            digits.prepend(QString(m_scale - digits.size() + 1, u'0'));
        digits.insert(digits.size() - m_scale, u'.');
    }
    if (m_mantissa < 0)
        digits.prepend(u'-');
    return digits;
}

QString Decimal::toString(int decimals, Rounding mode) const
{
    return rescaled(decimals, mode).toString();
}

Decimal Decimal::normalized() const
{
    if (!m_valid)
        return *this;
    Decimal d = *this;
    while (d.m_scale > 0 && d.m_mantissa % 10 == 0) {
        d.m_mantissa /= 10;
        --d.m_scale;
    }
    return d;
}

Decimal Decimal::rescaled(int scale, Rounding mode) const
{
    if (!m_valid)
        return *this;
    scale = std::clamp(scale, 0, MaxScale);
    if (scale >= m_scale) {
        Int128 m;
        if (__builtin_mul_overflow(m_mantissa, pow10(scale - m_scale), &m))
            return invalid();
        return Decimal(m, scale);
    }
    return Decimal(roundedDivide(m_mantissa, pow10(m_scale - scale), mode), scale);
}

qint64 Decimal::toInteger(Rounding mode) const
{
    return static_cast<qint64>(rescaled(0, mode).m_mantissa);
}

Decimal Decimal::abs() const
{
    return isNegative() ? -*this : *this;
}

Decimal Decimal::operator-() const
{
    Decimal d = *this;
    d.m_mantissa = -d.m_mantissa;
    return d;
}

Decimal operator+(const Decimal &a, const Decimal &b)
{
    Int128 ma, mb, sum;
    int scale;
    if (!a.m_valid || !b.m_valid || !align(a, b, ma, mb, scale) ||
        __builtin_add_overflow(ma, mb, &sum))
        return Decimal::invalid();
    return Decimal(sum, scale);
}

Decimal operator-(const Decimal &a, const Decimal &b)
{
    return a + (-b);
}

Decimal operator*(const Decimal &a, const Decimal &b)
{
    Int128 product;
    if (!a.m_valid || !b.m_valid || __builtin_mul_overflow(a.m_mantissa, b.m_mantissa, &product))
        return Decimal::invalid();
    int scale = a.m_scale + b.m_scale;
    if (scale > Decimal::MaxScale) {
        // Only digits beyond 10^-18 are dropped; no input here carries that many.
        product =
            roundedDivide(product, pow10(scale - Decimal::MaxScale), Rounding::HalfAwayFromZero);
        scale = Decimal::MaxScale;
    }
    return Decimal(product, scale);
}

Decimal Decimal::divided(const Decimal &divisor, int scale, Rounding mode) const
{
    if (!m_valid || !divisor.m_valid || divisor.m_mantissa == 0)
        return invalid();
    scale = std::clamp(scale, 0, MaxScale);
    // value = (m1 / 10^s1) / (m2 / 10^s2); result mantissa = m1 * 10^(scale + s2 - s1) / m2
    const int shift = scale + divisor.m_scale - m_scale;
    Int128 numerator = m_mantissa;
    Int128 denominator = divisor.m_mantissa;
    if (shift >= 0) {
        if (__builtin_mul_overflow(numerator, pow10(shift), &numerator))
            return invalid();
    } else if (__builtin_mul_overflow(denominator, pow10(-shift), &denominator)) {
        return invalid();
    }
    return Decimal(roundedDivide(numerator, denominator, mode), scale);
}

bool operator==(const Decimal &a, const Decimal &b)
{
    return (a <=> b) == std::partial_ordering::equivalent;
}

std::partial_ordering operator<=>(const Decimal &a, const Decimal &b)
{
    Int128 ma, mb;
    int scale;
    if (!a.m_valid || !b.m_valid)
        return std::partial_ordering::unordered;
    if (!align(a, b, ma, mb, scale)) {
        // Too large to align exactly: the signs and integer parts decide.
        const Int128 ia = a.m_mantissa / pow10(a.m_scale);
        const Int128 ib = b.m_mantissa / pow10(b.m_scale);
        return ia <=> ib;
    }
    return ma <=> mb;
}

} // namespace termlens
