#include "interval.h"

#include <algorithm>

namespace termlens {

QList<Interval> mergeIntervals(QList<Interval> intervals)
{
    intervals.removeIf([](const Interval &i) { return i.isEmpty(); });
    // Outages come from the store in start order: sorting is then only a check.
    const auto byStart = [](const Interval &a, const Interval &b) { return a.start < b.start; };
    if (!std::is_sorted(intervals.cbegin(), intervals.cend(), byStart))
        std::sort(intervals.begin(), intervals.end(), byStart);
    QList<Interval> merged;
    merged.reserve(intervals.size());
    for (const Interval &i : std::as_const(intervals)) {
        if (!merged.isEmpty() && i.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, i.end);
        else
            merged.append(i);
    }
    return merged;
}

QList<Interval> subtractIntervals(const QList<Interval> &a, const QList<Interval> &b)
{
    QList<Interval> result;
    qsizetype j = 0;
    for (Interval cur : a) {
        while (j < b.size() && b[j].end <= cur.start)
            ++j;
        qsizetype k = j;
        while (k < b.size() && b[k].start < cur.end) {
            if (b[k].start > cur.start)
                result.append({cur.start, b[k].start});
            cur.start = std::max(cur.start, b[k].end);
            if (cur.isEmpty())
                break;
            ++k;
        }
        if (!cur.isEmpty())
            result.append(cur);
    }
    return result;
}

QList<Interval> intersectIntervals(const QList<Interval> &a, const QList<Interval> &b)
{
    QList<Interval> result;
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const qint64 start = std::max(a[i].start, b[j].start);
        const qint64 end = std::min(a[i].end, b[j].end);
        if (start < end)
            result.append({start, end});
        if (a[i].end < b[j].end)
            ++i;
        else
            ++j;
    }
    return result;
}

qint64 totalLength(const QList<Interval> &intervals)
{
    qint64 total = 0;
    for (const Interval &i : intervals)
        total += i.length();
    return total;
}

} // namespace termlens
