#pragma once

#include "playbookreading.h"

#include <QCoreApplication>

// Building blocks shared by the readers of playbookreading.cpp and playbookreadingparts.cpp.
namespace termlens::reading {

constexpr qint64 MinutesPerDay = 24 * 60;
constexpr qint64 MinutesPerHour = 60;
// Decimal places kept when a reading divides (a duration in days, a fee per month).
constexpr int Scale = 12;

struct PlaybookReadingText
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookReading)
};

QString describeDuration(const Duration &d);
TermReading notStated(const QString &note = {});
TermReading number(const Decimal &value, const QString &text, const Citation &citation);
TermReading special(TermReading::State state, const QString &text, const Citation &citation);
TermReading flag(std::optional<bool> value, const Citation &citation);
TermReading codes(const QStringList &list, int unstated, const Citation &citation);
// A duration measured in units of `minutesPerUnit` minutes (1440: days, 60: hours), as the
// range of real lengths it can have.
TermReading duration(const Duration &d, qint64 minutesPerUnit, const Citation &citation);
// The same for a number of minutes already known, possibly as a range.
TermReading minutesRange(qint64 shortest, qint64 longest, qint64 minutesPerUnit,
                         const QString &text, const Citation &citation);

// The terms read from support, data, sub-processors, law and changes.
TermReading otherTerm(PlaybookTerm term, const TermSheet &sheet);

} // namespace termlens::reading
