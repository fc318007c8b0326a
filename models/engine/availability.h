#pragma once

#include "decimal.h"
#include "interval.h"
#include "month.h"
#include "outage.h"
#include "termsheet.h"
#include "working.h"

#include <QList>
#include <QString>

#include <span>

namespace termlens {

struct AvailabilityInput
{
    const Availability *rules = nullptr;
    MonthPeriod period;
    // Only records of this service count; empty: every record, merged as one service.
    QString service;
    // Ongoing outages (no end) are counted up to min(nowUtc, period end).
    qint64 nowUtc = 0;
    // At most this many working lines per kind of record (counted, excluded, overlapping);
    // the rest are summed up in one line each, so a month of 100,000 records stays readable
    // and fast.
    int itemisedLimit = 200;
};

// The availability of one service in one month (DOMAIN.md "Availability in a period").
// The exact figures are downtimeSeconds and periodSeconds; availabilityPercent is for display
// only and must never decide a threshold: use availabilityBelow() / meetsTarget instead.
struct AvailabilityResult
{
    QString error; // set when the inputs could not be used; the figures are then meaningless
    MonthPeriod period;
    qint64 periodSeconds = 0;   // denominator used: the month's length, less removed time
    Decimal downtimeSeconds;    // counted downtime; whole seconds from outage records
    qint64 excludedSeconds = 0; // outage time that did not count (merged, clipped)
    Decimal target;
    bool targetMet = true;              // exact: availability >= target
    Decimal availabilityPercent;        // rounded to 4 decimals, half away from zero: display only
    QList<Interval> counted;            // counted outage time, merged, after excluded overlaps
    QList<Interval> excluded;           // excluded outage time, merged
    QList<Interval> unavailablePeriods; // fixed-interval measurement: the periods lost
    Working working;
    bool isValid() const { return error.isEmpty(); }
};

AvailabilityResult computeAvailability(const AvailabilityInput &input,
                                       std::span<const Outage> outages);

// The last step on its own: availability from a counted downtime (what-if scenarios pass a
// downtime directly; "43.83 minutes" is 2629.8 seconds, held exactly). excludedSeconds is
// removed from the period when the rules say "removed-from-period". `reading` (how a scenario's
// downtime was measured: measuredScenarioDowntime) follows the period's lines in the working.
AvailabilityResult availabilityFromDowntime(const Availability &rules, const MonthPeriod &period,
                                            const Decimal &downtimeSeconds,
                                            qint64 excludedSeconds = 0,
                                            const Working &reading = {});

// What-if scenarios: a hypothetical outage of `seconds` as the rules measure it. Continuous
// measurement counts it as it is. Fixed periods (Alliants' 5 minutes) count whole periods: an
// outage that starts at a period boundary makes ceil(seconds / P) periods unavailable when any
// downtime counts, floor(seconds / P) when only whole periods do (one that starts inside a
// period can touch one more). Adds the reading to `working`.
Decimal measuredScenarioDowntime(const Availability &rules, const Decimal &seconds,
                                 Working &working);

// Exact: is the availability strictly below `percent`? Decided as
// 100 x (period - downtime) < percent x period, never on the rounded percentage.
bool availabilityBelow(const AvailabilityResult &result, const Decimal &percent);

} // namespace termlens
