#include "availability.h"

#include "businesscalendar.h"
#include "downtimecollector.h"
#include "localeformat.h"
#include "localtime.h"

#include <QCoreApplication>

namespace termlens {
namespace {

// The maintenance conditions must be usable: otherwise a window or business-hours rule that
// cannot be built would silently let all maintenance count (or none of it).
QString validateMaintenance(const Availability &rules)
{
    if (!rules.maintenance)
        return {};
    const Maintenance &m = *rules.maintenance;
    for (const WeeklyWindow &w : m.windows) {
        if (!zoneFromIana(w.timeZone).isValid() || !w.from.isValid() || !w.to.isValid())
            return AvailabilityText::tr("A maintenance window (%1) cannot be used: it needs a "
                                        "known time zone and start and end times.")
                .arg(w.timeZone);
    }
    if (!m.countsInBusinessHours)
        return {};
    if (!m.businessHours)
        return AvailabilityText::tr("Maintenance in business hours is said to count as "
                                    "downtime, but no business hours are stated.");
    const BusinessCalendar calendar(*m.businessHours);
    if (!calendar.isValid())
        return AvailabilityText::tr("The business hours of the maintenance rule cannot be used: "
                                    "%1")
            .arg(calendar.problem());
    return {};
}

QString validateAvailabilityInput(const AvailabilityInput &input)
{
    if (!input.rules)
        return AvailabilityText::tr("The agreement states no availability terms.");
    if (!input.period.isValid())
        return AvailabilityText::tr(
                   "The month %1-%2 in time zone \"%3\" cannot be used: unknown time zone or "
                   "month.")
            .arg(input.period.year)
            .arg(input.period.month)
            .arg(input.period.timeZone);
    const Decimal &target = input.rules->target;
    if (!target.isValid() || target <= Decimal::fromInt(0) || target > Decimal::fromInt(100))
        return AvailabilityText::tr("The availability target %1 % is not between 0 and 100.")
            .arg(target.toString());
    if (input.rules->measurement.kind == MeasurementKind::Intervals &&
        input.rules->measurement.minutes <= 0)
        return AvailabilityText::tr(
            "The measurement in fixed intervals states no interval length.");
    return validateMaintenance(*input.rules);
}

// Rule 5, fixed intervals: the month is cut into periods of `length` seconds from its start
// (the last one may be shorter). Any-downtime marks every period counted time touches;
// whole-interval only the periods counted time covers completely. Runs over the merged
// intervals, never over minutes or periods one by one.
QList<Interval> unavailablePeriods(const QList<Interval> &counted, const MonthPeriod &period,
                                   qint64 length, UnavailableIf rule)
{
    QList<Interval> lost;
    lost.reserve(counted.size());
    const qint64 origin = period.startUtc;
    for (const Interval &c : counted) {
        qint64 from, to; // period boundaries, clipped to the month below
        if (rule == UnavailableIf::AnyDowntime) {
            from = origin + (c.start - origin) / length * length;
            to = origin + ((c.end - origin + length - 1) / length) * length;
        } else {
            from = origin + ((c.start - origin + length - 1) / length) * length;
            to = origin + (c.end - origin) / length * length;
            if (c.end == period.endUtc)
                to = c.end; // the shorter last period is whole if counted time reaches the end
        }
        to = std::min(to, period.endUtc);
        if (from >= to)
            continue;
        if (!lost.isEmpty() && from <= lost.last().end)
            lost.last().end = std::max(lost.last().end, to);
        else
            lost.append({from, to});
    }
    return lost;
}

qint64 measureIntervals(AvailabilityResult &r, const Availability &rules)
{
    const Measurement &m = rules.measurement;
    const qint64 length = qint64(m.minutes) * 60;
    r.unavailablePeriods = unavailablePeriods(r.counted, r.period, length, m.unavailableIf);
    const qint64 periods = (r.period.calendarSeconds() + length - 1) / length;
    const qint64 lost = (totalLength(r.unavailablePeriods) + length - 1) / length;
    const QString rule =
        m.unavailableIf == UnavailableIf::AnyDowntime
            ? AvailabilityText::tr("a period is unavailable if any counted downtime touches it")
            : AvailabilityText::tr(
                  "a period is unavailable only if counted downtime covers all of it");
    qint64 downtime = totalLength(r.unavailablePeriods);
    r.working.add(AvailabilityText::tr(
                      "Measured in %1-minute periods from the start of the month (%2 periods; "
                      "%3): %n period(s) unavailable, %4 (%5).",
                      nullptr, int(lost))
                      .arg(m.minutes)
                      .arg(periods)
                      .arg(rule, minutesText(downtime), clauseText(m.citation)));
    if (rules.excludedTime == ExcludedTime::RemovedFromPeriod && !r.excluded.isEmpty()) {
        // Excluded time is out of the period, so it cannot be downtime inside a lost period.
        const qint64 overlap = totalLength(intersectIntervals(r.unavailablePeriods, r.excluded));
        if (overlap > 0) {
            downtime -= overlap;
            r.working.add(AvailabilityText::tr(
                              "%1 of the unavailable periods is excluded time, which is removed "
                              "from the period, so %2 counts as downtime.")
                              .arg(minutesText(overlap), minutesText(downtime)));
        }
    }
    return downtime;
}

qint64 measure(AvailabilityResult &r, const Availability &rules)
{
    if (rules.measurement.kind == MeasurementKind::Intervals)
        return measureIntervals(r, rules);
    const qint64 downtime = totalLength(r.counted);
    r.working.add(AvailabilityText::tr(
                      "Continuous measurement: counted downtime is the total length of the counted "
                      "outage time, %1.")
                      .arg(minutesText(downtime)));
    return downtime;
}

void describePeriod(AvailabilityResult &r, const Availability &rules, const QString &service)
{
    r.working.add(AvailabilityText::tr("Period: %1, from %2 to %3 (%4).")
                      .arg(describeMonth(r.period), formatUtc(r.period.startUtc),
                           formatUtc(r.period.endUtc), clauseText(rules.citation)));
    if (!service.isEmpty())
        r.working.add(AvailabilityText::tr("Service: %1; records of other services are ignored.")
                          .arg(service));
    // The readings chosen where the words are loose, as the term sheet records them.
    noteAmbiguity(r.working, rules.citation);
    noteAmbiguity(r.working, rules.measurement.citation);
}

// Rules 6 and 7: the period used, then the percentage and the verdict in exact arithmetic.
void finish(AvailabilityResult &r, const Availability &rules, Decimal downtime, qint64 excluded)
{
    r.target = rules.target;
    r.excludedSeconds = excluded;
    const qint64 month = r.period.lengthSeconds;
    if (rules.excludedTime == ExcludedTime::RemovedFromPeriod) {
        r.periodSeconds = std::max<qint64>(0, month - excluded);
        r.working.add(
            AvailabilityText::tr(
                "Excluded time is removed from the period (\"excluding\" read strictly): "
                "%1 − %2 = %3.")
                .arg(minutesText(month), minutesText(excluded), minutesText(r.periodSeconds)));
    } else {
        r.periodSeconds = month;
        if (excluded > 0) {
            r.working.add(
                AvailabilityText::tr("Excluded time (%1) is not downtime; the period stays %2.")
                    .arg(minutesText(excluded), minutesText(month)));
        }
    }
    const Decimal period = Decimal::fromInt(r.periodSeconds);
    if (downtime > period) {
        r.working.add(AvailabilityText::tr(
                          "Counted downtime %1 is longer than the period used (%2): it is capped "
                          "at the period, so availability does not go below 0 %.")
                          .arg(minutesText(downtime), minutesText(period)));
        downtime = period;
    }
    r.downtimeSeconds = downtime;
    const Decimal hundred = Decimal::fromInt(100);
    if (r.periodSeconds == 0) {
        r.availabilityPercent = hundred;
        r.working.add(
            AvailabilityText::tr("No time is left in the period once excluded time is removed; "
                                 "availability is taken as 100 %."));
    }
    r.targetMet = !availabilityBelow(r, rules.target);
    if (r.periodSeconds != 0) {
        const Decimal up = hundred * (period - downtime);
        r.availabilityPercent = up.divided(period, 4, Rounding::HalfAwayFromZero);
        // A missed target never reads as the target: 43 min 50 s of Logit.io's 43,830-minute
        // month is 99.899992...%, "99.9" to 4 decimals. More decimals, rounded down, until the
        // figure shows it below (5 always do for a target of up to 4 decimals).
        int scale = 4;
        while (!r.targetMet && r.availabilityPercent >= rules.target && scale < Decimal::MaxScale)
            r.availabilityPercent = up.divided(period, ++scale, Rounding::Floor);
        const QString down = minutesText(downtime);
        const QString length = minutesText(period);
        const QString shown = displayDecimal(r.availabilityPercent);
        r.working.add(scale == 4
                          ? AvailabilityText::tr("Availability = 100 × (1 − %1 ÷ %2) = %3 % (shown "
                                                 "to 4 decimals; thresholds are decided on the "
                                                 "exact figures).")
                                .arg(down, length, shown)
                          : AvailabilityText::tr("Availability = 100 × (1 − %1 ÷ %2) = %3 % (shown "
                                                 "to %4 decimals, rounded down: to 4 decimals it "
                                                 "would read as the target it misses; thresholds "
                                                 "are decided on the exact figures).")
                                .arg(down, length, shown, QString::number(scale)));
    }
    // The allowance (100 - target) % of the period, exact: the scale grows by two digits at most.
    const Decimal allowance =
        ((hundred - rules.target) * period)
            .divided(hundred, rules.target.scale() + 2, Rounding::HalfAwayFromZero);
    const QString line =
        r.targetMet
            ? AvailabilityText::tr(
                  "Target %1 % (%2): met; counted downtime %3 is within the allowance of %4.")
            : AvailabilityText::tr("Target %1 % (%2): missed; counted downtime %3 is more than the "
                                   "allowance of %4.");
    r.working.add(line.arg(displayNumber(rules.target), clauseText(rules.citation),
                           minutesText(downtime), minutesText(allowance)));
}

} // namespace

AvailabilityResult computeAvailability(const AvailabilityInput &input,
                                       std::span<const Outage> outages)
{
    AvailabilityResult r;
    r.period = input.period;
    r.error = validateAvailabilityInput(input);
    if (!r.isValid())
        return r;
    const Availability &rules = *input.rules;
    describePeriod(r, rules, input.service);
    DowntimeCollector collector(input, outages, r.working);
    collector.run();
    r.counted = collector.counted();
    r.excluded = collector.excluded();
    const qint64 downtime = measure(r, rules);
    finish(r, rules, Decimal::fromInt(downtime), totalLength(r.excluded));
    return r;
}

AvailabilityResult availabilityFromDowntime(const Availability &rules, const MonthPeriod &period,
                                            const Decimal &downtimeSeconds, qint64 excludedSeconds,
                                            const Working &reading)
{
    AvailabilityResult r;
    r.period = period;
    AvailabilityInput input;
    input.rules = &rules;
    input.period = period;
    r.error = validateAvailabilityInput(input);
    if (r.isValid() && (!downtimeSeconds.isValid() || downtimeSeconds.isNegative()))
        r.error = AvailabilityText::tr("The downtime %1 is not a length of time.")
                      .arg(downtimeSeconds.toString());
    if (r.isValid() && excludedSeconds < 0)
        r.error = AvailabilityText::tr("The excluded time is negative.");
    if (!r.isValid())
        return r;
    describePeriod(r, rules, {});
    r.working.append(reading);
    r.working.add(
        AvailabilityText::tr("Counted downtime given: %1.").arg(minutesText(downtimeSeconds)));
    finish(r, rules, downtimeSeconds, excludedSeconds);
    return r;
}

bool availabilityBelow(const AvailabilityResult &result, const Decimal &percent)
{
    const Decimal period = Decimal::fromInt(result.periodSeconds);
    return Decimal::fromInt(100) * (period - result.downtimeSeconds) < percent * period;
}

Decimal measuredScenarioDowntime(const Availability &rules, const Decimal &seconds,
                                 Working &working)
{
    const Measurement &m = rules.measurement;
    if (m.kind != MeasurementKind::Intervals || m.minutes <= 0 || !seconds.isValid() ||
        seconds.isNegative())
        return seconds;
    const qint64 length = qint64(m.minutes) * 60;
    const bool any = m.unavailableIf == UnavailableIf::AnyDowntime;
    const qint64 periods =
        seconds.divided(Decimal::fromInt(length), 0, any ? Rounding::Ceiling : Rounding::Floor)
            .toInteger(Rounding::TowardZero);
    const Decimal counted = Decimal::fromInt(periods * length);
    working.add(
        (any ? AvailabilityText::tr("Measured in %1-minute periods: an outage of %2 that starts "
                                    "at the start of a period touches %n period(s), so %3 counts "
                                    "(starting inside a period, it could touch one more) (%4).",
                                    nullptr, int(periods))
             : AvailabilityText::tr("Measured in %1-minute periods: an outage of %2 that starts "
                                    "at the start of a period covers %n whole period(s), so %3 "
                                    "counts (%4).",
                                    nullptr, int(periods)))
            .arg(m.minutes)
            .arg(minutesText(seconds), minutesText(counted), clauseText(m.citation)));
    return counted;
}

} // namespace termlens
