#include "downtimecollector.h"

#include "businesscalendar.h"
#include "localeformat.h"
#include "localtime.h"
#include "vocabulary.h"

#include <QCoreApplication>

#include <algorithm>

namespace termlens {
namespace {

constexpr qint64 SecondsPerHour = 3600;
// Windows are asked for from two days before the month so that one running past midnight
// into the 1st (23:00-04:00) is not lost; the records are clipped to the month anyway.
constexpr qint64 WindowLead = 2 * 86400;

quint32 categoryBit(OutageCategory category)
{
    return 1u << static_cast<int>(category);
}

QString windowsText(const QList<WeeklyWindow> &windows)
{
    QStringList parts;
    for (const WeeklyWindow &w : windows) {
        parts << AvailabilityText::tr("%1–%2 %3, %4")
                     .arg(w.from.toString(u"HH:mm"), w.to.toString(u"HH:mm"), w.timeZone,
                          weekdaysText(w.days));
    }
    return parts.join(AvailabilityText::tr("; "));
}

// The intervals of a sorted, merged list that overlap `span`: intersecting or subtracting the
// month's windows for one record needs only these (the others add nothing to either result).
QList<Interval> overlapping(const QList<Interval> &sorted, Interval span)
{
    const auto first = std::partition_point(sorted.cbegin(), sorted.cend(),
                                            [&](const Interval &i) { return i.end <= span.start; });
    const auto last = std::partition_point(first, sorted.cend(),
                                           [&](const Interval &i) { return i.start < span.end; });
    return sorted.mid(first - sorted.cbegin(), last - first);
}

QString hoursText(qint64 seconds)
{
    return AvailabilityText::tr("%1 h %2 min")
        .arg(seconds / SecondsPerHour)
        .arg(seconds % SecondsPerHour / 60);
}

} // namespace

QString minutesText(const Decimal &seconds)
{
    const Decimal minutes =
        seconds.divided(Decimal::fromInt(60), 4, Rounding::HalfAwayFromZero).normalized();
    return AvailabilityText::tr("%1 min").arg(displayDecimal(minutes));
}

QString minutesText(qint64 seconds)
{
    return minutesText(Decimal::fromInt(seconds));
}

QString clauseText(const Citation &citation)
{
    if (citation.clause.isEmpty())
        return AvailabilityText::tr("the availability clause");
    return AvailabilityText::tr("clause %1").arg(citation.clause);
}

void noteAmbiguity(Working &working, const Citation &citation)
{
    if (!citation.ambiguity.isEmpty())
        working.add(AvailabilityText::tr("Note on this term (%1): %2")
                        .arg(clauseText(citation), citation.ambiguity));
}

bool DowntimeCollector::LineBudget::take(qint64 seconds)
{
    if (listed < limit) {
        ++listed;
        return true;
    }
    ++skipped;
    skippedSeconds += seconds;
    return false;
}

DowntimeCollector::DowntimeCollector(const AvailabilityInput &input,
                                     std::span<const Outage> outages, Working &working)
    : m_input(input)
    , m_rules(*input.rules)
    , m_outages(outages)
    , m_working(working)
{
    for (OutageCategory c : m_rules.exclusions)
        m_excludedCategories |= categoryBit(c);
    m_clipEnd = std::min(input.nowUtc, input.period.endUtc);
    m_countedLines.limit = m_excludedLines.limit = m_overlapLines.limit = input.itemisedLimit;
}

void DowntimeCollector::run()
{
    m_countedParts.reserve(qsizetype(m_outages.size()));
    for (qsizetype i = 0; i < qsizetype(m_outages.size()); ++i)
        classify(i);
    m_countedInOrder = m_countedParts.size();
    m_excludedInOrder = m_excludedParts.size();
    if (!m_maintenance.isEmpty())
        noteAmbiguity(m_working, m_rules.maintenance->citation);
    for (qsizetype k = 0; k < m_maintenance.size(); ++k)
        splitMaintenance(m_maintenance[k], m_maintenanceParts[k]);
    summariseSkipped();
    m_counted = mergeSide(m_countedParts, m_countedInOrder, true);
    m_excluded = mergeSide(m_excludedParts, m_excludedInOrder, false);
    if (m_overlapLines.skipped > 0) {
        m_working.add(
            AvailabilityText::tr("%1 more overlaps between records (%2) are not listed one by one; "
                                 "each is counted once.")
                .arg(m_overlapLines.skipped)
                .arg(minutesText(m_overlapLines.skippedSeconds)));
    }
    removeExcludedOverlap();
}

void DowntimeCollector::classify(qsizetype index)
{
    const Outage &o = m_outages[size_t(index)];
    // The store hands out one shared string per service, so most records match by pointer.
    if (!m_input.service.isEmpty() && o.service.constData() != m_input.service.constData() &&
        o.service != m_input.service)
        return;
    const qint64 end = o.end ? *o.end : m_clipEnd;
    const Interval part{std::max(o.start, m_input.period.startUtc),
                        std::min(end, m_input.period.endUtc)};
    if (part.isEmpty()) {
        // Named, not dropped silently: a record of this month that ends where (or before) it
        // starts has no length, so even in fixed periods it makes none unavailable.
        if (o.end && *o.end <= o.start && o.start >= m_input.period.startUtc &&
            o.start < m_input.period.endUtc && m_countedLines.take(0)) {
            m_working.add(
                AvailabilityText::tr("%1 (%2, %3 to %4) has no length, so nothing of "
                                     "it counts.")
                    .arg(label(index), categoryText(o), formatUtc(o.start), formatUtc(*o.end)));
        }
        return;
    }
    if ((m_excludedCategories & categoryBit(o.category)) == 0) {
        count(part, index);
        if (!m_countedLines.take(part.length()))
            return;
        if (o.end) {
            m_working.add(
                AvailabilityText::tr("%1 (%2, %3 to %4): %5 in this period counts as downtime.")
                    .arg(label(index), categoryText(o), formatUtc(o.start), formatUtc(*o.end),
                         minutesText(part.length())));
        } else {
            m_working.add(AvailabilityText::tr(
                              "%1 (%2, from %3, still ongoing): counted up to %4, %5 in this "
                              "period counts as downtime.")
                              .arg(label(index), categoryText(o), formatUtc(o.start),
                                   formatUtc(part.end), minutesText(part.length())));
        }
        return;
    }
    if (o.category == OutageCategory::ScheduledMaintenance && m_rules.maintenance) {
        m_maintenance.append(index);
        m_maintenanceParts.append(part);
        return;
    }
    exclude(part, index);
    if (m_excludedLines.take(part.length())) {
        m_working.add(
            AvailabilityText::tr("%1 (%2, %3 to %4): %5 excluded; the agreement lists %2 as an "
                                 "exclusion (%6).")
                .arg(label(index), categoryText(o), formatUtc(o.start),
                     o.end ? formatUtc(*o.end) : formatUtc(part.end), minutesText(part.length()),
                     clauseText(m_rules.citation)));
    }
}

// Scheduled maintenance is excluded only as far as the agreement's conditions hold
// (termsheet-format.md): enough notice, inside the allowed windows, outside business hours
// where maintenance there counts.
void DowntimeCollector::splitMaintenance(qsizetype index, Interval part)
{
    const Outage &o = m_outages[size_t(index)];
    const Maintenance &m = *m_rules.maintenance;
    if (noticeFails(index, part.length())) {
        count(part, index);
        return;
    }
    prepareCalendars();
    const bool itemise = m_excludedLines.take(part.length());
    if (itemise && m.noticeHours) {
        m_working.add(AvailabilityText::tr(
                          "%1 (scheduled maintenance, from %2): notice was given %3 before the "
                          "start, meeting the %4 hours required (%5).")
                          .arg(label(index), formatUtc(o.start),
                               hoursText(o.start - o.noticeGiven.value_or(o.start)))
                          .arg(*m.noticeHours)
                          .arg(clauseText(m.citation)));
    }
    QList<Interval> inside{part};
    if (!m.windows.isEmpty()) {
        const QList<Interval> windows = overlapping(m_windows, part);
        inside = intersectIntervals(inside, windows);
        const QList<Interval> outside = subtractIntervals({part}, windows);
        for (const Interval &piece : outside)
            count(piece, index);
        if (itemise) {
            m_working.add(AvailabilityText::tr(
                              "%1 (scheduled maintenance, %2 to %3): %4 inside the allowed "
                              "maintenance windows (%5); %6 outside them counts as downtime.")
                              .arg(label(index), formatUtc(part.start), formatUtc(part.end),
                                   minutesText(totalLength(inside)), windowsText(m.windows),
                                   minutesText(totalLength(outside))));
        }
    }
    if (m.countsInBusinessHours && m.businessHours) {
        const QList<Interval> hours = overlapping(m_businessHours, part);
        const QList<Interval> open = intersectIntervals(inside, hours);
        for (const Interval &piece : open)
            count(piece, index);
        inside = subtractIntervals(inside, hours);
        if (itemise && !open.isEmpty()) {
            m_working.add(AvailabilityText::tr(
                              "%1: %2 fell inside Normal Business Hours (%3 %4, %5) and counts as "
                              "downtime: maintenance there is downtime unless it is emergency "
                              "maintenance or asked for by the customer (%6).")
                              .arg(label(index), minutesText(totalLength(open)),
                                   m.businessHours->from.toString(u"HH:mm") + QStringLiteral("–") +
                                       m.businessHours->to.toString(u"HH:mm"),
                                   m.businessHours->timeZone, weekdaysText(m.businessHours->days),
                                   clauseText(m.citation)));
        }
    }
    for (const Interval &piece : inside)
        exclude(piece, index);
    if (itemise) {
        m_working.add(
            AvailabilityText::tr("%1 (scheduled maintenance, %2 to %3): %4 excluded as scheduled "
                                 "maintenance (%5).")
                .arg(label(index), formatUtc(part.start), formatUtc(part.end),
                     minutesText(totalLength(inside)), clauseText(m.citation)));
    }
}

// True (and the whole record counts) when the notice condition is not met.
bool DowntimeCollector::noticeFails(qsizetype index, qint64 inPeriod)
{
    const Outage &o = m_outages[size_t(index)];
    const Maintenance &m = *m_rules.maintenance;
    if (!m.noticeHours)
        return false;
    const qint64 required = qint64(*m.noticeHours) * SecondsPerHour;
    if (o.noticeGiven && o.start - *o.noticeGiven >= required)
        return false;
    if (!m_countedLines.take(inPeriod))
        return true;
    if (!o.noticeGiven) {
        m_working.add(AvailabilityText::tr(
                          "%1 (scheduled maintenance, from %2): no notice time is recorded, so "
                          "the %3 hours' notice the agreement requires (%4) is not shown; all %5 "
                          "in this period count as downtime.")
                          .arg(label(index), formatUtc(o.start))
                          .arg(*m.noticeHours)
                          .arg(clauseText(m.citation), minutesText(inPeriod)));
    } else if (*o.noticeGiven > o.start) {
        m_working.add(AvailabilityText::tr(
                          "%1 (scheduled maintenance, from %2): notice was given at %3, after the "
                          "maintenance had started, so the %4 hours' notice required (%5) was not "
                          "given; all %6 in this period count as downtime.")
                          .arg(label(index), formatUtc(o.start), formatUtc(*o.noticeGiven))
                          .arg(*m.noticeHours)
                          .arg(clauseText(m.citation), minutesText(inPeriod)));
    } else {
        m_working.add(
            AvailabilityText::tr(
                "%1 (scheduled maintenance, from %2): notice was given %3 before the "
                "start, less than the %4 hours required (%5); all %6 in this period "
                "count as downtime.")
                .arg(label(index), formatUtc(o.start), hoursText(o.start - *o.noticeGiven))
                .arg(*m.noticeHours)
                .arg(clauseText(m.citation), minutesText(inPeriod)));
    }
    return true;
}

// Built once per month and only when a maintenance record needs them: zone conversions stay
// out of the per-record path.
void DowntimeCollector::prepareCalendars()
{
    if (m_calendarsReady)
        return;
    m_calendarsReady = true;
    const Maintenance &m = *m_rules.maintenance;
    const qint64 from = m_input.period.startUtc - WindowLead;
    const qint64 to = m_input.period.endUtc + WindowLead;
    // Every service of an agreement's month asks for the same calendars, one after the other:
    // the last ones built (per thread) are used again when the windows, hours and span match.
    struct Calendars
    {
        QList<WeeklyWindow> windowRules;
        std::optional<BusinessHours> hours; // only when maintenance there counts
        qint64 from = 0;
        qint64 to = 0;
        QList<Interval> windows;
        QList<Interval> businessHours;
    };
    thread_local std::optional<Calendars> last;
    const std::optional<BusinessHours> hours =
        m.countsInBusinessHours ? m.businessHours : std::nullopt;
    if (!last || last->from != from || last->to != to || last->windowRules != m.windows ||
        last->hours != hours) {
        Calendars built{m.windows, hours, from, to, {}, {}};
        QList<Interval> windows;
        for (const WeeklyWindow &w : m.windows)
            windows.append(weeklyWindowIntervals(w, from, to));
        built.windows = mergeIntervals(std::move(windows));
        if (hours)
            built.businessHours = mergeIntervals(BusinessCalendar(*hours).openIntervals(from, to));
        last = std::move(built);
    }
    m_windows = last->windows;
    m_businessHours = last->businessHours;
}

// Merges one side, naming in the working the records that overlap. Records come from the
// store in start order, so the parts usually are in order already, or in two ordered runs (the
// maintenance pieces come last): then nothing is sorted.
QList<Interval> DowntimeCollector::mergeSide(QList<Part> &parts, qsizetype inOrder,
                                             bool countedSide)
{
    const auto before = [](const Part &a, const Part &b) {
        return a.interval.start < b.interval.start ||
               (a.interval.start == b.interval.start && a.interval.end < b.interval.end);
    };
    if (!std::is_sorted(parts.cbegin(), parts.cend(), before)) {
        const auto middle = parts.begin() + inOrder;
        if (std::is_sorted(parts.begin(), middle, before) &&
            std::is_sorted(middle, parts.end(), before))
            std::inplace_merge(parts.begin(), middle, parts.end(), before);
        else
            std::stable_sort(parts.begin(), parts.end(), before);
    }
    QList<Interval> merged;
    merged.reserve(parts.size());
    const QList<Part> &in = std::as_const(parts);
    qsizetype holder = -1; // the part reaching furthest so far
    for (qsizetype k = 0; k < in.size(); ++k) {
        const Interval &p = in[k].interval;
        if (p.isEmpty())
            continue;
        if (holder >= 0 && p.start < in[holder].interval.end && in[k].record != in[holder].record) {
            const qint64 overlap = std::min(p.end, in[holder].interval.end) - p.start;
            if (m_overlapLines.take(overlap))
                describeOverlap(in[holder].record, in[k].record, overlap, countedSide);
        }
        if (holder < 0 || p.end > in[holder].interval.end)
            holder = k;
        // Touching parts are merged too: a fixed interval covered by two of them is wholly down.
        if (!merged.isEmpty() && p.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, p.end);
        else
            merged.append(p);
    }
    return merged;
}

void DowntimeCollector::describeOverlap(qsizetype first, qsizetype second, qint64 overlap,
                                        bool countedSide)
{
    const QString line =
        countedSide ? AvailabilityText::tr("%1 and %2 overlap by %3; that time is counted once.")
                    : AvailabilityText::tr("Excluded records %1 and %2 overlap by %3; that time is "
                                           "excluded once.");
    m_working.add(line.arg(label(first), label(second), minutesText(overlap)));
}

// Rule 3: where excluded time overlaps counted time, the overlap is excluded.
void DowntimeCollector::removeExcludedOverlap()
{
    if (m_excluded.isEmpty() || m_counted.isEmpty())
        return;
    const QList<Interval> overlap = intersectIntervals(m_counted, m_excluded);
    if (overlap.isEmpty())
        return;
    m_counted = subtractIntervals(m_counted, m_excluded);
    m_working.add(
        AvailabilityText::tr(
            "%1 of outage time that would count overlaps excluded time (%2 stretch(es), "
            "first %3 to %4); the overlap is excluded, not counted: where an excluded record "
            "overlaps a counted one, the overlap is excluded.")
            .arg(minutesText(totalLength(overlap)))
            .arg(overlap.size())
            .arg(formatUtc(overlap.first().start), formatUtc(overlap.first().end)));
}

void DowntimeCollector::summariseSkipped()
{
    if (m_countedLines.skipped > 0) {
        m_working.add(AvailabilityText::tr(
                          "%1 more counted records (%2 in this period) are not listed one by one.")
                          .arg(m_countedLines.skipped)
                          .arg(minutesText(m_countedLines.skippedSeconds)));
    }
    if (m_excludedLines.skipped > 0) {
        m_working.add(AvailabilityText::tr(
                          "%1 more excluded records (%2 in this period) are not listed one by one.")
                          .arg(m_excludedLines.skipped)
                          .arg(minutesText(m_excludedLines.skippedSeconds)));
    }
}

void DowntimeCollector::count(Interval part, qsizetype record)
{
    m_countedParts.append({part, record});
}

void DowntimeCollector::exclude(Interval part, qsizetype record)
{
    m_excludedParts.append({part, record});
}

QString DowntimeCollector::label(qsizetype record) const
{
    const Outage &o = m_outages[size_t(record)];
    if (!o.reference.isEmpty())
        return AvailabilityText::tr("Record %1").arg(o.reference);
    if (o.id != 0)
        return AvailabilityText::tr("Record #%1").arg(o.id);
    return AvailabilityText::tr("Record %1 of the list").arg(record + 1);
}

QString DowntimeCollector::categoryText(const Outage &outage) const
{
    return keyOf(outage.category);
}

} // namespace termlens
