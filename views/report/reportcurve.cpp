#include "reportcurve.h"

#include "monthlycredits.h"

#include <algorithm>

namespace termlens {

namespace {

constexpr int Samples = 160;
constexpr int Refinements = 10;
constexpr qreal LongestMinutes = 4383; // 10 % of the average month

qreal creditAt(const TermSheet &sheet, int year, int month, qreal minutes)
{
    // Whole hundredths of a second: exact in Decimal, finer than any schedule's threshold.
    const qint64 centiseconds = qRound64(minutes * 6000);
    const Decimal seconds = Decimal::fromInt(centiseconds)
                                .divided(Decimal::fromInt(100), 2, Rounding::HalfAwayFromZero);
    const Outcome<MonthlyCredits> credits =
        scenarioCredits(sheet, year, month, seconds, CreditFee{}, {});
    if (!credits.ok() || credits.value->services.isEmpty())
        return 0;
    return credits.value->services.first().credit.creditPercent.toString().toDouble();
}

// The first downtime in (low, high] where the credit is no longer `value`.
qreal locateStep(const TermSheet &sheet, int year, int month, qreal low, qreal high, qreal value)
{
    for (int i = 0; i < Refinements; ++i) {
        const qreal middle = (low + high) / 2;
        if (creditAt(sheet, year, month, middle) == value)
            low = middle;
        else
            high = middle;
    }
    return high;
}

} // namespace

QList<QPointF> creditStepCurve(const TermSheet &sheet, int year, int month, qreal maxMinutes)
{
    QList<QPointF> corners;
    if (!sheet.terms.availability)
        return corners;
    qreal previousX = 0;
    qreal previous = creditAt(sheet, year, month, 0);
    corners << QPointF(0, previous);
    for (int i = 1; i <= Samples; ++i) {
        const qreal x = maxMinutes * i / Samples;
        const qreal value = creditAt(sheet, year, month, x);
        if (value != previous) {
            const qreal step = locateStep(sheet, year, month, previousX, x, previous);
            const qreal reached = creditAt(sheet, year, month, step);
            corners << QPointF(step, previous) << QPointF(step, reached);
            previous = reached;
            // A second step inside the same sample is found on the next pass.
            if (reached != value) {
                corners << QPointF(x, reached) << QPointF(x, value);
                previous = value;
            }
        }
        previousX = x;
    }
    corners << QPointF(maxMinutes, previous);
    return corners;
}

qreal creditCurveRange(const QList<TermSheet> &sheets, int year, int month)
{
    qreal last = 0;
    for (const TermSheet &sheet : sheets) {
        const QList<QPointF> coarse = creditStepCurve(sheet, year, month, LongestMinutes);
        for (qsizetype i = 1; i + 1 < coarse.size(); ++i) {
            if (coarse.at(i).y() != coarse.at(i - 1).y())
                last = std::max(last, coarse.at(i).x());
        }
    }
    return std::clamp(last * 1.2, qreal(60), LongestMinutes);
}

} // namespace termlens
