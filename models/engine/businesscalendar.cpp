#include "businesscalendar.h"

#include "holidays.h"
#include "localtime.h"

#include <QCoreApplication>

#include <algorithm>

namespace termlens {

namespace {

// A calendar with no open day in this many days never opens (the longest real run of closed
// days, a long weekend plus a holiday week, is far shorter).
constexpr qint64 SearchDays = 400;
// Beyond a century of minutes the answer is not a deadline anyone can use.
constexpr qint64 MaxMinutes = qint64(100) * 366 * 24 * 60;

// The span that starts on local `date` at `from` and ends at `to`, the next day when `to` is
// not after `from`. Each end is converted on its own date, so DST changes in between shorten
// or lengthen the span by the change.
Interval daySpan(const QTimeZone &zone, QDate date, QTime from, QTime to)
{
    const qint64 start = localToUtc(zone, date, from);
    const qint64 end = localToUtc(zone, to > from ? date : date.addDays(1), to);
    return {start, end};
}

// Spans of the days `isOpen` accepts, clipped to [fromUtc, toUtc) and merged. The scan starts
// a day early so a span running past midnight into the range is included.
template <typename IsOpen>
QList<Interval> clippedSpans(const QTimeZone &zone, QTime from, QTime to, qint64 fromUtc,
                             qint64 toUtc, IsOpen isOpen)
{
    QList<Interval> spans;
    if (!zone.isValid() || toUtc <= fromUtc || !from.isValid() || !to.isValid())
        return spans;
    const QDate last = localDate(zone, toUtc);
    for (QDate d = localDate(zone, fromUtc).addDays(-1); d <= last; d = d.addDays(1)) {
        if (!isOpen(d))
            continue;
        const Interval span = daySpan(zone, d, from, to);
        const Interval clipped{std::max(span.start, fromUtc), std::min(span.end, toUtc)};
        if (!clipped.isEmpty())
            spans.append(clipped);
    }
    return mergeIntervals(spans);
}

QString checkHours(const BusinessHours &hours, const QTimeZone &zone)
{
    if (!zone.isValid())
        return QCoreApplication::translate("termlens::BusinessCalendar",
                                           "The business hours' time zone \"%1\" is not a known "
                                           "IANA time zone.")
            .arg(hours.timeZone);
    if (!hours.from.isValid() || !hours.to.isValid())
        return QCoreApplication::translate("termlens::BusinessCalendar",
                                           "The business hours have no opening or closing time.");
    const bool daysOk = std::all_of(hours.days.begin(), hours.days.end(),
                                    [](int d) { return d >= Qt::Monday && d <= Qt::Sunday; });
    if (hours.days.isEmpty() || !daysOk)
        return QCoreApplication::translate("termlens::BusinessCalendar",
                                           "The business hours list no valid weekdays.");
    return {};
}

} // namespace

BusinessCalendar::BusinessCalendar(const BusinessHours &hours)
    : m_hours(hours)
    , m_zone(zoneFromIana(hours.timeZone))
    , m_problem(checkHours(hours, m_zone))
{}

QDate BusinessCalendar::localDate(qint64 utc) const
{
    return termlens::localDate(m_zone, utc);
}

bool BusinessCalendar::isBusinessDay(QDate local) const
{
    if (!local.isValid() || !m_hours.days.contains(local.dayOfWeek()))
        return false;
    if (m_holidayYear != local.year()) {
        m_holidayYear = local.year();
        m_holidayDates = holidays(m_hours.holidays, m_holidayYear);
    }
    return !m_holidayDates.contains(local);
}

std::optional<Interval> BusinessCalendar::openSpan(QDate local) const
{
    if (!isValid() || !isBusinessDay(local))
        return std::nullopt;
    return daySpan(m_zone, local, m_hours.from, m_hours.to);
}

QList<Interval> BusinessCalendar::openIntervals(qint64 fromUtc, qint64 toUtc) const
{
    if (!isValid())
        return {};
    return clippedSpans(m_zone, m_hours.from, m_hours.to, fromUtc, toUtc,
                        [this](QDate d) { return isBusinessDay(d); });
}

qint64 BusinessCalendar::addBusinessMinutes(qint64 fromUtc, qint64 minutes) const
{
    if (!isValid() || minutes > MaxMinutes)
        return Never;
    qint64 remaining = std::max<qint64>(minutes, 0) * 60;
    QDate lastOpen = localDate(fromUtc).addDays(-1);
    for (QDate d = lastOpen;; d = d.addDays(1)) {
        if (lastOpen.daysTo(d) > SearchDays)
            return Never;
        const std::optional<Interval> span = openSpan(d);
        if (!span || span->isEmpty())
            continue;
        lastOpen = d;
        if (span->end <= fromUtc)
            continue;
        const qint64 start = std::max(span->start, fromUtc);
        if (span->end - start >= remaining)
            return start + remaining;
        remaining -= span->end - start;
    }
}

qint64 BusinessCalendar::nextOpenInstant(qint64 fromUtc) const
{
    return addBusinessMinutes(fromUtc, 0);
}

qint64 BusinessCalendar::addBusinessDays(qint64 fromUtc, int days) const
{
    const qint64 start = nextOpenInstant(fromUtc);
    if (start == Never || days <= 0)
        return start;
    // The business day whose hours hold `start` (a day early for spans past midnight).
    QDate day;
    std::optional<Interval> span;
    const QDate startDate = localDate(start);
    for (QDate d = startDate.addDays(-1); d <= startDate.addDays(1) && !day.isValid();
         d = d.addDays(1)) {
        span = openSpan(d);
        if (span && span->start <= start && start < span->end)
            day = d;
    }
    if (!day.isValid())
        return Never;
    const qint64 offset = start - span->start;
    // From an opening, day D itself is the first full day; from inside it, the Nth day after.
    int left = offset == 0 ? days - 1 : days;
    while (left > 0) {
        const QDate before = day;
        do {
            day = day.addDays(1);
            span = openSpan(day);
            if (before.daysTo(day) > SearchDays)
                return Never;
        } while (!span || span->isEmpty());
        --left;
    }
    return offset == 0 ? span->end : std::min(span->start + offset, span->end);
}

qint64 BusinessCalendar::businessMinutesBetween(qint64 a, qint64 b) const
{
    if (b < a)
        return -businessMinutesBetween(b, a);
    return totalLength(openIntervals(a, b)) / 60;
}

QList<Interval> weeklyWindowIntervals(const WeeklyWindow &window, qint64 fromUtc, qint64 toUtc)
{
    return clippedSpans(zoneFromIana(window.timeZone), window.from, window.to, fromUtc, toUtc,
                        [&window](QDate d) { return window.days.contains(d.dayOfWeek()); });
}

QString describeBusinessHours(const BusinessHours &hours)
{
    return QCoreApplication::translate("termlens::BusinessCalendar", "%1 %2–%3 %4, %5")
        .arg(weekdaysText(hours.days), hours.from.toString(u"HH:mm"), hours.to.toString(u"HH:mm"),
             hours.timeZone, holidaySetName(hours.holidays));
}

} // namespace termlens
