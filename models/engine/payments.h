#pragma once

#include "subscription.h"
#include "working.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace termlens {

// Reads a payments CSV (INTERFACES.md `liability --payments FILE.csv`): UTF-8, RFC 4180, a
// header row naming the columns `date` and `amount` in any order, and optionally `reference`;
// or no header, when the first field of line 1 is shaped like a date (YYYY-MM-DD): then the
// columns are date, amount and optionally reference, in that order.
// Dates are YYYY-MM-DD; amounts are plain decimals in the agreement's currency with no more
// fraction digits than its minor unit ("1250.00", "-50" for a refund; no grouping, no symbol).
// All-or-nothing: on any problem nothing is returned and the error lists every problem, one
// per line, each naming the line of the file and the column ("line 3, column amount: ...").
Outcome<QList<Payment>> parsePaymentsCsv(const QByteArray &csv, const QString &currency);

} // namespace termlens
