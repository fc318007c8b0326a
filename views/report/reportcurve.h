#pragma once

#include "termsheet.h"

#include <QList>
#include <QPointF>

namespace termlens {

// The what-if curve of one agreement: the credit percent its schedule gives for every minute
// of counted downtime in one month (year, month in the agreement's zone), from 0 to
// `maxMinutes`, as the corners of a step line (x: minutes, y: percent). Computed through the
// same engine as the scenario screen (scenarioCredits); each step is located to within a
// thousandth of the range. Empty when the agreement states no availability terms.
QList<QPointF> creditStepCurve(const TermSheet &sheet, int year, int month, qreal maxMinutes);

// Where the curves stop changing: the downtime (minutes) past the last step of any of the
// agreements within 10 % of the month, with a fifth more room; at least an hour.
qreal creditCurveRange(const QList<TermSheet> &sheets, int year, int month);

} // namespace termlens
