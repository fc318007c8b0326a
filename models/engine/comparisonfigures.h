#pragma once

#include "comparison.h"
#include "playbookreading.h"

#include <QLocale>
#include <QString>

// Building blocks of comparison.cpp: figures, their texts and the readings they come from.
namespace termlens::comparison {

ComparisonFigure notStated();
// Stated with a comparable value.
ComparisonFigure figure(const Decimal &value, const QString &text, const QString &unit,
                        const Citation &citation);
// Stated, but with no figure that can be compared (`text` says why).
ComparisonFigure unvalued(const QString &text, const Citation &citation);
// A playbook reading (playbookreading.h) as a figure: the length least favourable to the
// customer of a duration with no single length, the reading's note in the working.
ComparisonFigure fromReading(const TermReading &reading, ComparisonDirection direction,
                             const QString &unit, const QLocale &locale);
// The Nth support level's response time in hours of its own clock; not stated when the
// agreement lists fewer levels.
ComparisonFigure responseFigure(const TermSheet &sheet, qsizetype level, const QLocale &locale);
// Carve-outs, the first-year rule and the insurance limit, as working lines.
void addCapNotes(Working &working, const LiabilityCap &cap);

// "1.25", "43,83": the locale's digits, the shortest form.
QString decimalText(const Decimal &value, const QLocale &locale);
// "43.83 minutes", "99.9 %".
QString withUnit(const Decimal &value, const QString &unit, const QLocale &locale);
// "12,500.00 GBP": the currency's minor-unit digits.
QString amountText(const Decimal &amount, const QString &currency, const QLocale &locale);

} // namespace termlens::comparison
