#include "availability.h"
#include "credits.h"
#include "month.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <vector>

using namespace termlens;

// Properties over random inputs with a fixed seed, so a failure can be replayed: more downtime
// never lowers a credit nor raises availability, credits never pass the cap, merging does not
// depend on record order, and the interval arithmetic agrees with a minute-by-minute count.
class TestCreditProperties final : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithMinuteByMinuteCount();
    void moreDowntimeNeverHelps();
    void creditNeverExceedsCap();
    void orderDoesNotMatter();
    void throughput();
};

namespace {

constexpr quint32 Seed = 20260301;

const MonthPeriod Month =
    monthPeriod(2026, 3, QStringLiteral("Europe/London"), MonthLength::Calendar);

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

// The rule sets the properties run over: each contract's schedule, each measurement, each
// treatment of excluded time.
QList<Availability> ruleSets()
{
    QList<Availability> sets;
    Availability steps; // Logit.io
    steps.target = dec("99.9");
    steps.monthLength = MonthLength::Average;
    steps.exclusions = {OutageCategory::ForceMajeure, OutageCategory::CustomerCause};
    Credits sc;
    sc.schedule.kind = ScheduleKind::Steps;
    sc.schedule.firstBand = sc.schedule.step = dec("1");
    sc.schedule.firstPercent = sc.schedule.stepPercent = dec("5");
    sc.capPercent = dec("100");
    steps.credits = sc;
    sets << steps;
    steps.credits->schedule.shortfallUnit = ShortfallUnit::ShareOfTarget;
    sets << steps;
    Availability tiers = steps; // Identity Automation
    tiers.monthLength = MonthLength::Calendar;
    Credits tc;
    tc.schedule.kind = ScheduleKind::Tiers;
    tc.schedule.tiers = {
        {dec("99.9"), dec("5")}, {dec("99.0"), dec("10")}, {dec("95.0"), dec("15")}};
    tc.base = CreditBase::AnnualFeeTwelfth;
    tc.minimumAmount = dec("1.00");
    tiers.credits = tc;
    sets << tiers;
    Availability flat = tiers; // Alliants
    flat.target = dec("99.95");
    flat.measurement.kind = MeasurementKind::Intervals;
    flat.measurement.minutes = 5;
    flat.excludedTime = ExcludedTime::RemovedFromPeriod;
    Credits fc;
    fc.schedule.kind = ScheduleKind::Flat;
    fc.schedule.percent = dec("10");
    flat.credits = fc;
    sets << flat;
    flat.measurement.unavailableIf = UnavailableIf::WholeInterval;
    flat.excludedTime = ExcludedTime::NotDowntime;
    sets << flat;
    // Caps that bite on the tiers and the flat schedule too.
    Availability cappedTiers = tiers;
    cappedTiers.credits->capPercent = dec("12");
    cappedTiers.excludedTime = ExcludedTime::RemovedFromPeriod;
    sets << cappedTiers;
    Availability cappedFlat = flat;
    cappedFlat.credits->capPercent = dec("7.5");
    cappedFlat.monthLength = MonthLength::Average;
    cappedFlat.measurement.unavailableIf = UnavailableIf::AnyDowntime;
    sets << cappedFlat;
    // Scheduled maintenance with conditions: Identity Automation's 72 h notice and 23:00-04:00
    // Central window (across the 8 March DST change), and Logit.io's business-hours rule.
    Availability windows = cappedTiers;
    windows.exclusions << OutageCategory::ScheduledMaintenance;
    Maintenance ia;
    ia.noticeHours = 72;
    ia.windows = {WeeklyWindow{
        {1, 2, 3, 4, 5, 6, 7}, QTime(23, 0), QTime(4, 0), QStringLiteral("America/Chicago")}};
    windows.maintenance = ia;
    sets << windows;
    Availability hours = steps;
    hours.exclusions << OutageCategory::ScheduledMaintenance;
    Maintenance logit;
    logit.countsInBusinessHours = true;
    logit.businessHours = BusinessHours{{1, 2, 3, 4, 5},
                                        QTime(9, 0),
                                        QTime(17, 0),
                                        QStringLiteral("Europe/London"),
                                        HolidaySet::EnglandAndWales,
                                        {}};
    hours.maintenance = logit;
    sets << hours;
    Availability intervalsWithWindows = windows;
    intervalsWithWindows.measurement = flat.measurement;
    intervalsWithWindows.measurement.unavailableIf = UnavailableIf::AnyDowntime;
    sets << intervalsWithWindows;
    return sets;
}

// Records on whole minutes, a few crossing the month's edges, some excluded, some ongoing.
QList<Outage> randomOutages(QRandomGenerator &rng, int count)
{
    static const OutageCategory categories[] = {
        OutageCategory::Unplanned, OutageCategory::Unplanned, OutageCategory::ForceMajeure,
        OutageCategory::CustomerCause, OutageCategory::ScheduledMaintenance};
    const qint64 minutes = Month.calendarSeconds() / 60;
    QList<Outage> list;
    for (int i = 0; i < count; ++i) {
        Outage o;
        o.id = i + 1;
        o.service = rng.bounded(10) == 0 ? QStringLiteral("Other") : QStringLiteral("Platform");
        const qint64 startMinute = qint64(rng.bounded(int(minutes) + 240)) - 120;
        const qint64 length = rng.bounded(4) == 0 ? rng.bounded(3000) : rng.bounded(1, 20);
        o.start = Month.startUtc + startMinute * 60;
        if (rng.bounded(20) != 0)
            o.end = o.start + length * 60;
        o.category = categories[rng.bounded(5)];
        // Notice from none to 6 days ahead, on whole hours, so 72 h exactly happens too.
        if (o.category == OutageCategory::ScheduledMaintenance && rng.bounded(4) != 0)
            o.noticeGiven = o.start - qint64(rng.bounded(145)) * 3600;
        list.append(o);
    }
    return list;
}

AvailabilityResult availability(const Availability &rules, const QList<Outage> &outages, qint64 now)
{
    AvailabilityInput in;
    in.rules = &rules;
    in.period = monthPeriod(2026, 3, QStringLiteral("Europe/London"), rules.monthLength);
    in.service = QStringLiteral("Platform");
    in.nowUtc = now;
    in.itemisedLimit = 5;
    return computeAvailability(in, outages);
}

CreditResult credit(const Availability &rules, const AvailabilityResult &a)
{
    CreditInput in;
    in.rules = &rules;
    in.availability = a;
    return computeCredit(in);
}

// The reference: one flag per minute of the month, no intervals at all.
struct MinuteCount
{
    qint64 downtime = 0;
    qint64 period = 0;
};

// Per minute of the month, read off the local clock with QDateTime (not the engine's
// calendars): inside 23:00-04:00 Chicago time; inside 09:00-17:00 London time on a weekday
// (March 2026 has no England and Wales bank holiday).
struct MinuteClock
{
    std::vector<char> chicagoNight;
    std::vector<char> londonOpen;
};

const MinuteClock &minuteClock()
{
    static const MinuteClock clock = [] {
        MinuteClock c;
        const QTimeZone chicago("America/Chicago");
        const QTimeZone london("Europe/London");
        const qint64 n = Month.calendarSeconds() / 60;
        for (qint64 m = 0; m < n; ++m) {
            const qint64 t = Month.startUtc + m * 60;
            const QDateTime c1 = QDateTime::fromSecsSinceEpoch(t, chicago);
            const QDateTime l1 = QDateTime::fromSecsSinceEpoch(t, london);
            const int h = c1.time().hour();
            c.chicagoNight.push_back(h >= 23 || h < 4);
            const int lh = l1.time().hour();
            c.londonOpen.push_back(l1.date().dayOfWeek() <= 5 && lh >= 9 && lh < 17);
        }
        return c;
    }();
    return clock;
}

MinuteCount countMinutes(const Availability &rules, const QList<Outage> &outages, qint64 now)
{
    const qint64 n = Month.calendarSeconds() / 60;
    std::vector<char> down(size_t(n), 0), excluded(size_t(n), 0);
    const MinuteClock &clock = minuteClock();
    for (const Outage &o : outages) {
        if (o.service != u"Platform")
            continue;
        const bool isExcluded = rules.exclusions.contains(o.category);
        const bool conditional =
            isExcluded && o.category == OutageCategory::ScheduledMaintenance && rules.maintenance;
        const Maintenance m = conditional ? *rules.maintenance : Maintenance{};
        const bool noticeFails =
            conditional && m.noticeHours &&
            (!o.noticeGiven || o.start - *o.noticeGiven < qint64(*m.noticeHours) * 3600);
        const qint64 end = o.end ? *o.end : std::min(now, Month.endUtc);
        for (qint64 t = std::max(o.start, Month.startUtc); t < std::min(end, Month.endUtc);
             t += 60) {
            const size_t minute = size_t((t - Month.startUtc) / 60);
            bool excludes = isExcluded && !noticeFails;
            if (excludes && conditional) {
                if (!m.windows.isEmpty() && !clock.chicagoNight[minute])
                    excludes = false;
                if (m.countsInBusinessHours && clock.londonOpen[minute])
                    excludes = false;
            }
            (excludes ? excluded : down)[minute] = 1;
        }
    }
    qint64 excludedMinutes = 0;
    for (qint64 m = 0; m < n; ++m) {
        excludedMinutes += excluded[size_t(m)];
        if (excluded[size_t(m)])
            down[size_t(m)] = 0; // excluded time wins
    }
    const bool removed = rules.excludedTime == ExcludedTime::RemovedFromPeriod;
    MinuteCount c;
    const qint64 length =
        rules.monthLength == MonthLength::Average ? AverageMonthSeconds : Month.calendarSeconds();
    c.period = length - (removed ? excludedMinutes * 60 : 0);
    if (rules.measurement.kind == MeasurementKind::Continuous) {
        for (qint64 m = 0; m < n; ++m)
            c.downtime += down[size_t(m)] * 60;
    } else {
        const bool any = rules.measurement.unavailableIf == UnavailableIf::AnyDowntime;
        for (qint64 b = 0; b < n; b += 5) {
            int hits = 0, excl = 0;
            for (qint64 m = b; m < b + 5; ++m) {
                hits += down[size_t(m)];
                excl += excluded[size_t(m)];
            }
            if (any ? hits > 0 : hits == 5)
                c.downtime += 300 - (removed ? excl * 60 : 0);
        }
    }
    c.downtime = std::min(c.downtime, c.period);
    return c;
}

} // namespace

void TestCreditProperties::agreesWithMinuteByMinuteCount()
{
    QRandomGenerator rng(Seed);
    const QList<Availability> sets = ruleSets();
    int cases = 0;
    for (int round = 0; round < 300; ++round) {
        const QList<Outage> outages = randomOutages(rng, rng.bounded(1, 40));
        const qint64 now =
            Month.startUtc + qint64(rng.bounded(int(Month.calendarSeconds() / 60 + 60))) * 60;
        for (const Availability &rules : sets) {
            const AvailabilityResult r = availability(rules, outages, now);
            const MinuteCount ref = countMinutes(rules, outages, now);
            QCOMPARE(r.periodSeconds, ref.period);
            QCOMPARE(r.downtimeSeconds, Decimal::fromInt(ref.downtime));
            ++cases;
        }
    }
    qInfo("%d cases agree with the minute-by-minute count", cases);
}

void TestCreditProperties::moreDowntimeNeverHelps()
{
    QRandomGenerator rng(Seed + 1);
    const QList<Availability> sets = ruleSets();
    int cases = 0;
    for (int round = 0; round < 400; ++round) {
        QList<Outage> outages = randomOutages(rng, rng.bounded(0, 30));
        QList<Outage> more = outages;
        Outage extra = randomOutages(rng, 1).first();
        extra.service = QStringLiteral("Platform");
        extra.category = OutageCategory::Unplanned;
        more.append(extra);
        for (const Availability &rules : sets) {
            const AvailabilityResult a = availability(rules, outages, Month.endUtc);
            const AvailabilityResult b = availability(rules, more, Month.endUtc);
            QCOMPARE(a.periodSeconds, b.periodSeconds);
            QVERIFY(b.downtimeSeconds >= a.downtimeSeconds);
            QVERIFY(b.availabilityPercent <= a.availabilityPercent);
            QVERIFY(!(a.targetMet == false && b.targetMet == true));
            QVERIFY(credit(rules, b).creditPercent >= credit(rules, a).creditPercent);
            ++cases;
        }
    }
    // Downtime given directly, exact to the millisecond, over the whole range.
    for (const Availability &rules : sets) {
        const MonthPeriod p =
            monthPeriod(2026, 3, QStringLiteral("Europe/London"), rules.monthLength);
        Decimal previousPercent = Decimal::fromInt(0);
        Decimal previousAvailability = Decimal::fromInt(101);
        qint64 ms = 0;
        while (ms < p.lengthSeconds * 1000) {
            const AvailabilityResult a =
                availabilityFromDowntime(rules, p, Decimal::fromParts(ms, 3));
            const CreditResult c = credit(rules, a);
            QVERIFY(c.creditPercent >= previousPercent);
            QVERIFY(a.availabilityPercent <= previousAvailability);
            previousPercent = c.creditPercent;
            previousAvailability = a.availabilityPercent;
            ms += rng.bounded(1, 4000000);
            ++cases;
        }
    }
    qInfo("%d cases: more downtime never lowered a credit nor raised availability", cases);
}

void TestCreditProperties::creditNeverExceedsCap()
{
    QRandomGenerator rng(Seed + 2);
    int cases = 0;
    int capped = 0;
    for (const Availability &rules : ruleSets()) {
        if (!rules.credits->capPercent)
            continue;
        const Decimal cap = *rules.credits->capPercent;
        const MonthPeriod p =
            monthPeriod(2026, 3, QStringLiteral("Europe/London"), rules.monthLength);
        for (int i = 0; i < 2000; ++i) {
            // Up to 1.2 months of downtime, in milliseconds, most of it short (u^3).
            const double u = rng.generateDouble();
            const qint64 ms =
                qint64(u * u * u * 1.2 * double(p.lengthSeconds)) * 1000 + rng.bounded(1000);
            CreditInput in;
            in.rules = &rules;
            in.availability = availabilityFromDowntime(rules, p, Decimal::fromParts(ms, 3));
            in.fee = Money(rng.bounded(1, 10000000), QStringLiteral("USD"));
            const CreditResult c = computeCredit(in);
            QVERIFY(c.creditPercent <= cap);
            QCOMPARE(c.capApplied, c.uncappedPercent > cap);
            // The amount never passes the cap either (annual fee: cap % of a twelfth, rounded).
            const Money most = rules.credits->base == CreditBase::AnnualFeeTwelfth
                                   ? *Money::fromDecimal((in.fee->toDecimal() * cap)
                                                             .divided(Decimal::fromInt(1200), 2,
                                                                      Rounding::HalfAwayFromZero),
                                                         QStringLiteral("USD"))
                                   : in.fee->percentOf(cap);
            QVERIFY(*c.creditAmount <= most);
            capped += c.capApplied ? 1 : 0;
            ++cases;
        }
    }
    QVERIFY(capped > 0); // the caps were reached, so the property was really tested
    qInfo("%d cases (%d capped): the credit never exceeded the cap", cases, capped);
}

void TestCreditProperties::orderDoesNotMatter()
{
    QRandomGenerator rng(Seed + 3);
    const QList<Availability> sets = ruleSets();
    int cases = 0;
    for (int round = 0; round < 300; ++round) {
        const QList<Outage> outages = randomOutages(rng, rng.bounded(1, 50));
        QList<Outage> shuffled = outages;
        std::shuffle(shuffled.begin(), shuffled.end(), rng);
        for (const Availability &rules : sets) {
            const AvailabilityResult a = availability(rules, outages, Month.endUtc);
            const AvailabilityResult b = availability(rules, shuffled, Month.endUtc);
            QCOMPARE(b.downtimeSeconds, a.downtimeSeconds);
            QCOMPARE(b.excludedSeconds, a.excludedSeconds);
            QCOMPARE(b.counted, a.counted);
            QCOMPARE(b.excluded, a.excluded);
            QCOMPARE(b.unavailablePeriods, a.unavailablePeriods);
            ++cases;
        }
    }
    qInfo("%d cases: the result did not depend on record order", cases);
}

void TestCreditProperties::throughput()
{
    // Not a timed test (a slow machine must not fail): prints the rate for the record. The
    // benchmark program measures P2 properly.
    const Availability rules = ruleSets().first();
    QList<Outage> outages;
    const int n = 1000000;
    outages.reserve(n);
    for (int i = 0; i < n; ++i) {
        Outage o;
        o.service = QStringLiteral("Platform");
        o.start = Month.startUtc + qint64(i) * 2;
        o.end = o.start + 1;
        outages.append(o);
    }
    QElapsedTimer timer;
    timer.start();
    const AvailabilityResult r = availability(rules, outages, Month.endUtc);
    qint64 ns = std::max<qint64>(1, timer.nsecsElapsed());
    QCOMPARE(r.downtimeSeconds, Decimal::fromInt(n));
    qInfo("%d disjoint records in one month: %.1f ms, %.1f M records/s (this build's "
          "optimisation level)",
          n, double(ns) / 1e6, double(n) * 1e3 / double(ns));
    // The P2 shape: 50 agreements x 12 months share the records, about 1,667 a month.
    const qsizetype chunk = n / 600;
    AvailabilityInput in;
    in.rules = &rules;
    in.period = monthPeriod(2026, 3, QStringLiteral("Europe/London"), rules.monthLength);
    in.service = QStringLiteral("Platform");
    in.nowUtc = Month.endUtc;
    in.itemisedLimit = 5;
    qint64 total = 0;
    timer.restart();
    for (qsizetype k = 0; k + chunk <= n; k += chunk) {
        const std::span<const Outage> month(outages.constData() + k, size_t(chunk));
        total += computeAvailability(in, month).downtimeSeconds.toInteger(Rounding::TowardZero);
    }
    ns = std::max<qint64>(1, timer.nsecsElapsed());
    QCOMPARE(total, qint64(chunk) * 600);
    qInfo("600 months of %lld records: %.1f ms, %.1f M records/s", qlonglong(chunk),
          double(ns) / 1e6, double(chunk) * 600 * 1e3 / double(ns));
}

QTEST_GUILESS_MAIN(TestCreditProperties)
#include "tst_creditproperties.moc"
