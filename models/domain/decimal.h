#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace termlens {

// The one named place where rounding happens. Money rounds HalfAwayFromZero (DOMAIN.md).
enum class Rounding
{
    HalfAwayFromZero,
    HalfEven,
    TowardZero,
    AwayFromZero,
    Floor,
    Ceiling,
};

// An exact decimal number: mantissa x 10^-scale, with a 128-bit mantissa and 0 <= scale <= 18.
// Percentages, thresholds and amounts are held as Decimal or Money, never as binary floating
// point. Equality and ordering compare values, so 1.0 == 1.00.
class Decimal
{
public:
    static constexpr int MaxScale = 18;
    __extension__ typedef __int128 Int128;

    constexpr Decimal() = default;
    static Decimal fromInt(qint64 value) { return Decimal(value, 0); }
    // mantissa x 10^-scale; scale is clamped to [0, MaxScale].
    static Decimal fromParts(qint64 mantissa, int scale);

    // Canonical decimal text: optional '-', digits, optional '.' and digits. No exponent, no
    // grouping separators, no '+', no spaces. At most 24 integer and 18 fraction digits.
    static std::optional<Decimal> parse(QStringView text);
    // A JSON number as QJsonValue holds it: converted through its shortest round-trip text,
    // so the 99.95 written in a file is the Decimal 99.95. Non-finite values are refused.
    static std::optional<Decimal> fromJsonDouble(double value);

    int scale() const { return m_scale; }
    Int128 mantissa() const { return m_mantissa; }
    bool isZero() const { return m_mantissa == 0; }
    bool isNegative() const { return m_mantissa < 0; }
    // False once an operation overflowed; an invalid value propagates and compares unordered.
    bool isValid() const { return m_valid; }

    // Text at the scale held ("1.00" stays "1.00").
    QString toString() const;
    // Text with exactly `decimals` fraction digits, rounded by `mode`.
    QString toString(int decimals, Rounding mode = Rounding::HalfAwayFromZero) const;
    // Shortest text for the same value ("1.50" -> "1.5", "100.00" -> "100").
    QString toCanonicalString() const { return normalized().toString(); }

    Decimal normalized() const;
    Decimal rescaled(int scale, Rounding mode) const;
    // Whole units, rounded by mode (for counts of steps, minutes, and so on).
    qint64 toInteger(Rounding mode) const;
    Decimal abs() const;

    Decimal operator-() const;
    friend Decimal operator+(const Decimal &a, const Decimal &b);
    friend Decimal operator-(const Decimal &a, const Decimal &b);
    friend Decimal operator*(const Decimal &a, const Decimal &b);
    // a / b to `scale` fraction digits, rounded by mode; dividing by zero gives an invalid value.
    Decimal divided(const Decimal &divisor, int scale, Rounding mode) const;

    friend bool operator==(const Decimal &a, const Decimal &b);
    friend std::partial_ordering operator<=>(const Decimal &a, const Decimal &b);

private:
    constexpr Decimal(Int128 mantissa, int scale)
        : m_mantissa(mantissa)
        , m_scale(scale)
    {}
    static Decimal invalid();

    Int128 m_mantissa = 0;
    int m_scale = 0;
    bool m_valid = true;
};

// Divides an integer by a power of ten with the given rounding (shared by Decimal and Money).
Decimal::Int128 roundedDivide(Decimal::Int128 numerator, Decimal::Int128 denominator,
                              Rounding mode);

} // namespace termlens
