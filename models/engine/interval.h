#pragma once

#include <QList>
#include <QtGlobal>

namespace termlens {

// A half-open span of time [start, end) in seconds since the Unix epoch, UTC.
struct Interval
{
    qint64 start = 0;
    qint64 end = 0;
    qint64 length() const { return end > start ? end - start : 0; }
    bool isEmpty() const { return end <= start; }
    friend bool operator==(const Interval &, const Interval &) = default;
};

// Sorts and merges overlapping or touching intervals; the result is disjoint and ordered.
QList<Interval> mergeIntervals(QList<Interval> intervals);
// The parts of `a` not covered by `b` (both merged).
QList<Interval> subtractIntervals(const QList<Interval> &a, const QList<Interval> &b);
// The parts covered by both (both merged).
QList<Interval> intersectIntervals(const QList<Interval> &a, const QList<Interval> &b);
qint64 totalLength(const QList<Interval> &intervals);

} // namespace termlens
