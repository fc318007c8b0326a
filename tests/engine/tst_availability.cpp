#include "availability.h"
#include "month.h"

#include <QDateTime>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace termlens;

Q_DECLARE_METATYPE(termlens::Outage)

// Availability of one service in one month (DOMAIN.md rules 1-7). Every expected figure is
// worked by hand in the row's comment from the contract words and the calendar.
class TestAvailability final : public QObject
{
    Q_OBJECT

private slots:
    void clipping_data();
    void clipping();
    void overlappingRecordsCountOnce();
    void excludedOverlapWins();
    void removedFromPeriod();
    void identityAutomationMaintenance_data();
    void identityAutomationMaintenance();
    void logitBusinessHours_data();
    void logitBusinessHours();
    void alliantsIntervals_data();
    void alliantsIntervals();
    void alliantsRemovedTimeInsideLostPeriod();
    void wholeInterval_data();
    void wholeInterval();
    void displayPercentIsRounded();
    void exactTarget();
    void longWorkingIsSummarised();
    void errors();
    void zonesAndLocalMonths_data();
    void zonesAndLocalMonths();
    void mergingInAnyOrder();
    void identityAutomationAcrossDst_data();
    void identityAutomationAcrossDst();
    void businessHoursAndHolidays_data();
    void businessHoursAndHolidays();
    void alliantsMaintenanceBeyondFourHours();
    void fixedPeriodEdges_data();
    void fixedPeriodEdges();
    void readingsAreNamed();
};

namespace {

qint64 utc(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t.toSecsSinceEpoch();
}

Outage rec(const char *reference, const char *start, const char *end,
           OutageCategory category = OutageCategory::Unplanned, const char *notice = nullptr,
           const char *service = "Platform")
{
    Outage o;
    o.service = QString::fromLatin1(service);
    o.reference = QString::fromLatin1(reference);
    o.start = utc(start);
    if (end)
        o.end = utc(end);
    o.category = category;
    if (notice)
        o.noticeGiven = utc(notice);
    return o;
}

// A plain rule set: 99.9 %, continuous, calendar month, force majeure excluded.
Availability plainRules()
{
    Availability a;
    a.target = Decimal::fromParts(999, 1);
    a.exclusions = {OutageCategory::ForceMajeure};
    a.citation.clause = QStringLiteral("9.1");
    return a;
}

// Identity Automation App. A: 99.9 %, calendar month in Central time, scheduled maintenance
// excluded only inside 23:00-04:00 CT every day and with 72 hours' notice.
Availability identityAutomation()
{
    Availability a;
    a.target = Decimal::fromParts(999, 1);
    a.exclusions = {OutageCategory::ScheduledMaintenance, OutageCategory::EmergencyMaintenance,
                    OutageCategory::ForceMajeure, OutageCategory::CustomerCause};
    Maintenance m;
    m.noticeHours = 72;
    m.windows = {WeeklyWindow{
        {1, 2, 3, 4, 5, 6, 7}, QTime(23, 0), QTime(4, 0), QStringLiteral("America/Chicago")}};
    m.citation.clause = QStringLiteral("App. A, Scheduled Maintenance");
    a.maintenance = m;
    return a;
}

// Logit.io Sched. 3: maintenance is excluded, but maintenance in Normal Business Hours
// (09:00-17:00 UK time on Business Days) is downtime unless it is emergency maintenance.
Availability logit()
{
    Availability a;
    a.target = Decimal::fromParts(999, 1);
    a.monthLength = MonthLength::Average;
    a.exclusions = {OutageCategory::ScheduledMaintenance, OutageCategory::EmergencyMaintenance,
                    OutageCategory::CustomerCause, OutageCategory::ForceMajeure};
    Maintenance m;
    m.countsInBusinessHours = true;
    m.businessHours = BusinessHours{{1, 2, 3, 4, 5},
                                    QTime(9, 0),
                                    QTime(17, 0),
                                    QStringLiteral("Europe/London"),
                                    HolidaySet::EnglandAndWales,
                                    {}};
    a.maintenance = m;
    return a;
}

// Alliants SLA 2: 99.95 % per calendar month (UK time) in 5-minute periods, a period lost if
// any downtime touches it; Scheduled Downtime with 5 days' notice removed from the period.
Availability alliants()
{
    Availability a;
    a.target = Decimal::fromParts(9995, 2);
    a.measurement.kind = MeasurementKind::Intervals;
    a.measurement.minutes = 5;
    a.excludedTime = ExcludedTime::RemovedFromPeriod;
    a.exclusions = {OutageCategory::ScheduledMaintenance, OutageCategory::CustomerCause};
    Maintenance m;
    m.noticeHours = 120;
    a.maintenance = m;
    return a;
}

AvailabilityResult run(const Availability &rules, const MonthPeriod &period,
                       const QList<Outage> &outages, qint64 now = 0)
{
    AvailabilityInput in;
    in.rules = &rules;
    in.period = period;
    in.service = QStringLiteral("Platform");
    in.nowUtc = now ? now : period.endUtc + 86400;
    return computeAvailability(in, outages);
}

bool workingMentions(const AvailabilityResult &r, const QString &text)
{
    for (const QString &line : r.working.lines()) {
        if (line.contains(text))
            return true;
    }
    return false;
}

QString dump(const AvailabilityResult &r)
{
    return r.working.lines().join(u'\n');
}

const MonthPeriod March2026London =
    monthPeriod(2026, 3, QStringLiteral("Europe/London"), MonthLength::Calendar);

} // namespace

void TestAvailability::clipping_data()
{
    QTest::addColumn<Outage>("outage");
    QTest::addColumn<int>("month");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("downtime");

    const qint64 later = utc("2026-06-01T00:00:00Z");
    // 23:00 28 Feb to 01:00 1 March UTC; London is on GMT, so the boundary is 00:00 UTC:
    // one hour in February, one in March.
    const Outage acrossStart = rec("A", "2026-02-28T23:00:00Z", "2026-03-01T01:00:00Z");
    QTest::newRow("crossing into March: March part") << acrossStart << 3 << later << qint64(3600);
    QTest::newRow("crossing into March: February part")
        << acrossStart << 2 << later << qint64(3600);
    // March ends at 23:00 UTC on 31 March (00:00 BST): 22:30-23:00 in March = 1,800 s, the
    // rest (23:00-00:30 UTC = 5,400 s) in April.
    const Outage acrossEnd = rec("B", "2026-03-31T22:30:00Z", "2026-04-01T00:30:00Z");
    QTest::newRow("crossing out of March: March part") << acrossEnd << 3 << later << qint64(1800);
    QTest::newRow("crossing out of March: April part") << acrossEnd << 4 << later << qint64(5400);
    // Ongoing since 10:00 UTC on 20 March, now 12:00: 2 h so far.
    const Outage ongoing = rec("C", "2026-03-20T10:00:00Z", nullptr);
    QTest::newRow("ongoing, counted to now")
        << ongoing << 3 << utc("2026-03-20T12:00:00Z") << qint64(7200);
    // Now is after the month: counted to the month end, 20 March 10:00 to 31 March 23:00 UTC =
    // 11 days 13 h = 277 h = 997,200 s.
    QTest::newRow("ongoing, counted to month end") << ongoing << 3 << later << qint64(997200);
    QTest::newRow("ongoing, now before it started")
        << ongoing << 3 << utc("2026-03-20T09:00:00Z") << qint64(0);
    QTest::newRow("outside the month")
        << rec("D", "2026-04-02T10:00:00Z", "2026-04-02T11:00:00Z") << 3 << later << qint64(0);
    QTest::newRow("other service ignored")
        << rec("E", "2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z", OutageCategory::Unplanned,
               nullptr, "Messaging")
        << 3 << later << qint64(0);
    QTest::newRow("end before start counts nothing")
        << rec("F", "2026-03-02T11:00:00Z", "2026-03-02T10:00:00Z") << 3 << later << qint64(0);
}

void TestAvailability::clipping()
{
    QFETCH(Outage, outage);
    QFETCH(int, month);
    QFETCH(qint64, now);
    QFETCH(qint64, downtime);
    const Availability rules = plainRules();
    const MonthPeriod p =
        monthPeriod(2026, month, QStringLiteral("Europe/London"), MonthLength::Calendar);
    const AvailabilityResult r = run(rules, p, {outage}, now);
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.downtimeSeconds, Decimal::fromInt(downtime));
    QCOMPARE(r.periodSeconds, p.calendarSeconds());
}

void TestAvailability::overlappingRecordsCountOnce()
{
    // 10:00-11:00 and 10:30-11:30 overlap by 30 minutes: 10:00-11:30 = 5,400 s, not 7,200.
    // A third record touching the end (11:30-11:40) adds 600 s without overlapping.
    const Availability rules = plainRules();
    const AvailabilityResult r =
        run(rules, March2026London,
            {rec("INC-1", "2026-03-04T10:00:00Z", "2026-03-04T11:00:00Z"),
             rec("INC-3", "2026-03-04T11:30:00Z", "2026-03-04T11:40:00Z"),
             rec("INC-2", "2026-03-04T10:30:00Z", "2026-03-04T11:30:00Z")});
    QCOMPARE(r.downtimeSeconds, Decimal::fromInt(6000));
    QCOMPARE(r.counted.size(), 1);
    QCOMPARE(r.counted.first(),
             (Interval{utc("2026-03-04T10:00:00Z"), utc("2026-03-04T11:40:00Z")}));
    QVERIFY2(workingMentions(r, QStringLiteral("Record INC-1 and Record INC-2 overlap by 30 min")),
             qPrintable(dump(r)));
    QVERIFY2(!workingMentions(r, QStringLiteral("INC-3 overlap")), qPrintable(dump(r)));
}

void TestAvailability::excludedOverlapWins()
{
    // Unplanned 10:00-11:00 counted; force majeure 10:30-12:00 excluded. The overlap
    // 10:30-11:00 is excluded: counted 10:00-10:30 = 1,800 s; excluded 10:30-12:00 = 5,400 s.
    const Availability rules = plainRules();
    const AvailabilityResult r = run(rules, March2026London,
                                     {rec("INC-7", "2026-03-04T10:00:00Z", "2026-03-04T11:00:00Z"),
                                      rec("FM-1", "2026-03-04T10:30:00Z", "2026-03-04T12:00:00Z",
                                          OutageCategory::ForceMajeure)});
    QCOMPARE(r.downtimeSeconds, Decimal::fromInt(1800));
    QCOMPARE(r.excludedSeconds, qint64(5400));
    QVERIFY2(
        workingMentions(r, QStringLiteral("the agreement lists force-majeure as an exclusion")),
        qPrintable(dump(r)));
    QVERIFY2(workingMentions(r, QStringLiteral("30 min of outage time that would count overlaps "
                                               "excluded time")),
             qPrintable(dump(r)));
    // Not downtime, but still part of the period: 743 h.
    QCOMPARE(r.periodSeconds, qint64(743) * 3600);
}

void TestAvailability::removedFromPeriod()
{
    // Same records, excluded time removed from the period: 743 h x 3600 - 5,400 = 2,669,400 s.
    Availability rules = plainRules();
    rules.excludedTime = ExcludedTime::RemovedFromPeriod;
    const AvailabilityResult r = run(rules, March2026London,
                                     {rec("INC-7", "2026-03-04T10:00:00Z", "2026-03-04T11:00:00Z"),
                                      rec("FM-1", "2026-03-04T10:30:00Z", "2026-03-04T12:00:00Z",
                                          OutageCategory::ForceMajeure)});
    QCOMPARE(r.periodSeconds, qint64(2669400));
    QCOMPARE(r.downtimeSeconds, Decimal::fromInt(1800));
    // 100 x (1 - 1800 / 2669400) = 100 - 0.067431... = 99.932568... -> 99.9326.
    QCOMPARE(r.availabilityPercent.toString(), QStringLiteral("99.9326"));
}

void TestAvailability::identityAutomationMaintenance_data()
{
    QTest::addColumn<Outage>("outage");
    QTest::addColumn<qint64>("downtime");
    QTest::addColumn<qint64>("excluded");
    QTest::addColumn<QString>("mention");

    using C = OutageCategory;
    // April 2026 in Chicago is CDT (UTC-5) throughout; the window is 23:00-04:00 CDT.
    // 23:30-01:30 CDT, notice exactly 72 h before 23:30 on the 14th: wholly inside, excluded.
    QTest::newRow("inside window, 72 h notice: excluded")
        << rec("CHG-1", "2026-04-14T23:30:00-05:00", "2026-04-15T01:30:00-05:00",
               C::ScheduledMaintenance, "2026-04-11T23:30:00-05:00")
        << qint64(0) << qint64(7200) << "meeting the 72 hours required";
    // Notice 71 h before: too short, all 2 h count.
    QTest::newRow("inside window, 71 h notice: counts")
        << rec("CHG-2", "2026-04-14T23:30:00-05:00", "2026-04-15T01:30:00-05:00",
               C::ScheduledMaintenance, "2026-04-12T00:30:00-05:00")
        << qint64(7200) << qint64(0) << "notice was given 71 h 0 min before the start";
    // One second short of 72 h still fails.
    QTest::newRow("inside window, 72 h less 1 s: counts")
        << rec("CHG-2b", "2026-04-14T23:30:00-05:00", "2026-04-15T01:30:00-05:00",
               C::ScheduledMaintenance, "2026-04-11T23:30:01-05:00")
        << qint64(7200) << qint64(0) << "less than the 72 hours required";
    // No notice time recorded: fails the notice condition, all 2 h count.
    QTest::newRow("no notice time: counts")
        << rec("CHG-3", "2026-04-14T23:30:00-05:00", "2026-04-15T01:30:00-05:00",
               C::ScheduledMaintenance)
        << qint64(7200) << qint64(0) << "no notice time is recorded";
    // Notice recorded after the start (a data-entry slip or a late notice): fails, and the
    // working says so plainly rather than "-1 h before".
    QTest::newRow("notice after the start: counts")
        << rec("CHG-3b", "2026-04-14T23:30:00-05:00", "2026-04-15T01:30:00-05:00",
               C::ScheduledMaintenance, "2026-04-15T00:30:00-05:00")
        << qint64(7200) << qint64(0) << "after the maintenance had started";
    // 03:00-05:00 CDT with 80 h notice: 03:00-04:00 inside (excluded), 04:00-05:00 counts.
    QTest::newRow("runs past the window end: outside part counts")
        << rec("CHG-4", "2026-04-15T03:00:00-05:00", "2026-04-15T05:00:00-05:00",
               C::ScheduledMaintenance, "2026-04-11T19:00:00-05:00")
        << qint64(3600) << qint64(3600) << "outside them counts as downtime";
    // 22:00-00:00 CDT: 22:00-23:00 before the window counts, 23:00-00:00 excluded.
    QTest::newRow("starts before the window: early part counts")
        << rec("CHG-5", "2026-04-20T22:00:00-05:00", "2026-04-21T00:00:00-05:00",
               C::ScheduledMaintenance, "2026-04-10T12:00:00-05:00")
        << qint64(3600) << qint64(3600) << "inside the allowed maintenance windows";
    // Midday maintenance is wholly outside the window: all 30 min count.
    QTest::newRow("wholly outside the window: counts")
        << rec("CHG-6", "2026-04-21T12:00:00-05:00", "2026-04-21T12:30:00-05:00",
               C::ScheduledMaintenance, "2026-04-10T12:00:00-05:00")
        << qint64(1800) << qint64(0) << "0 min inside the allowed maintenance windows";
    // Emergency maintenance is listed as an exclusion on its own: no notice, no window needed.
    QTest::newRow("emergency maintenance: excluded by category")
        << rec("EM-1", "2026-04-21T12:00:00-05:00", "2026-04-21T12:30:00-05:00",
               C::EmergencyMaintenance)
        << qint64(0) << qint64(1800) << "emergency-maintenance as an exclusion";
    QTest::newRow("unplanned counts")
        << rec("INC-9", "2026-04-21T12:00:00-05:00", "2026-04-21T12:30:00-05:00") << qint64(1800)
        << qint64(0) << "counts as downtime";
}

void TestAvailability::identityAutomationMaintenance()
{
    QFETCH(Outage, outage);
    QFETCH(qint64, downtime);
    QFETCH(qint64, excluded);
    QFETCH(QString, mention);
    const Availability rules = identityAutomation();
    const MonthPeriod april =
        monthPeriod(2026, 4, QStringLiteral("America/Chicago"), MonthLength::Calendar);
    const AvailabilityResult r = run(rules, april, {outage});
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.downtimeSeconds, Decimal::fromInt(downtime));
    QCOMPARE(r.excludedSeconds, excluded);
    QVERIFY2(workingMentions(r, mention), qPrintable(dump(r)));
}

void TestAvailability::logitBusinessHours_data()
{
    QTest::addColumn<Outage>("outage");
    QTest::addColumn<qint64>("downtime");
    QTest::addColumn<qint64>("excluded");

    using C = OutageCategory;
    // Tuesday 10 March 2026, GMT: 08:00-10:00 maintenance; 09:00-10:00 is inside Normal Business
    // Hours and counts, 08:00-09:00 is excluded.
    QTest::newRow("maintenance into business hours")
        << rec("M-1", "2026-03-10T08:00:00Z", "2026-03-10T10:00:00Z", C::ScheduledMaintenance)
        << qint64(3600) << qint64(3600);
    // Saturday 14 March: no business hours, all 2 h excluded.
    QTest::newRow("maintenance on a Saturday")
        << rec("M-2", "2026-03-14T10:00:00Z", "2026-03-14T12:00:00Z", C::ScheduledMaintenance)
        << qint64(0) << qint64(7200);
    // Tuesday 16:30-18:00: 16:30-17:00 counts (1,800 s), 17:00-18:00 excluded (3,600 s).
    QTest::newRow("maintenance past the close")
        << rec("M-3", "2026-03-10T16:30:00Z", "2026-03-10T18:00:00Z", C::ScheduledMaintenance)
        << qint64(1800) << qint64(3600);
    // Emergency maintenance in business hours is not downtime.
    QTest::newRow("emergency maintenance in business hours")
        << rec("E-1", "2026-03-10T10:00:00Z", "2026-03-10T11:00:00Z", C::EmergencyMaintenance)
        << qint64(0) << qint64(3600);
    // Good Friday 3 April 2026 is an England and Wales bank holiday: not a Business Day.
    // 10:00-11:00 BST = 09:00-10:00 UTC, all excluded.
    QTest::newRow("maintenance on Good Friday")
        << rec("M-4", "2026-04-03T09:00:00Z", "2026-04-03T10:00:00Z", C::ScheduledMaintenance)
        << qint64(0) << qint64(3600);
    // Thursday 2 April 10:00-11:00 BST is in business hours: counts.
    QTest::newRow("maintenance on a BST weekday")
        << rec("M-5", "2026-04-02T09:00:00Z", "2026-04-02T10:00:00Z", C::ScheduledMaintenance)
        << qint64(3600) << qint64(0);
}

void TestAvailability::logitBusinessHours()
{
    QFETCH(Outage, outage);
    QFETCH(qint64, downtime);
    QFETCH(qint64, excluded);
    const Availability rules = logit();
    const QDate day = QDateTime::fromSecsSinceEpoch(outage.start, Qt::UTC).date();
    const MonthPeriod p =
        monthPeriod(day.year(), day.month(), QStringLiteral("Europe/London"), MonthLength::Average);
    const AvailabilityResult r = run(rules, p, {outage});
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.downtimeSeconds, Decimal::fromInt(downtime));
    QCOMPARE(r.excludedSeconds, excluded);
    // Average month: the denominator is 43,830 minutes whatever the month.
    QCOMPARE(r.periodSeconds, qint64(2629800));
    if (downtime > 0)
        QVERIFY2(workingMentions(r, QStringLiteral("inside Normal Business Hours")),
                 qPrintable(dump(r)));
}

void TestAvailability::alliantsIntervals_data()
{
    QTest::addColumn<QList<Outage>>("outages");
    QTest::addColumn<qint64>("downtime");
    QTest::addColumn<bool>("met");

    // May 2026 in London starts 00:00 BST = 23:00 UTC on 30 April; 5-minute periods run from
    // there, so they sit on whole 5 minutes of the UTC clock too. 31 days = 8,928 periods.
    // A 30-second blip costs its whole period: 300 s.
    QTest::newRow("30 s blip: one period")
        << QList<Outage>{rec("B1", "2026-05-10T12:01:00Z", "2026-05-10T12:01:30Z")} << qint64(300)
        << true;
    // 12:04:45-12:05:15 touches 12:00-12:05 and 12:05-12:10: two periods, 600 s.
    QTest::newRow("blip across a boundary: two periods")
        << QList<Outage>{rec("B2", "2026-05-10T12:04:45Z", "2026-05-10T12:05:15Z")} << qint64(600)
        << true;
    // Exactly 12:05-12:10 (half-open) is one period, not two.
    QTest::newRow("exactly one period")
        << QList<Outage>{rec("B3", "2026-05-10T12:05:00Z", "2026-05-10T12:10:00Z")} << qint64(300)
        << true;
    // Two blips in one period: still one period.
    QTest::newRow("two blips, same period")
        << QList<Outage>{rec("B4", "2026-05-10T12:01:00Z", "2026-05-10T12:01:10Z"),
                         rec("B5", "2026-05-10T12:03:00Z", "2026-05-10T12:03:10Z")}
        << qint64(300) << true;
    // The allowance is 0.05 % of 8,928 periods = 4.464 periods: four blips in four periods
    // (1,200 s) meet the target ...
    QTest::newRow("4 periods: met")
        << QList<Outage>{rec("C1", "2026-05-03T01:00:00Z", "2026-05-03T01:00:30Z"),
                         rec("C2", "2026-05-10T01:00:00Z", "2026-05-10T01:00:30Z"),
                         rec("C3", "2026-05-17T01:00:00Z", "2026-05-17T01:00:30Z"),
                         rec("C4", "2026-05-24T01:00:00Z", "2026-05-24T01:00:30Z")}
        << qint64(1200) << true;
    // ... five (1,500 s) miss it: 100 x 1500 = 150,000 > 0.05 x 2,678,400 = 133,920.
    QTest::newRow("5 periods: missed")
        << QList<Outage>{rec("C1", "2026-05-03T01:00:00Z", "2026-05-03T01:00:30Z"),
                         rec("C2", "2026-05-10T01:00:00Z", "2026-05-10T01:00:30Z"),
                         rec("C3", "2026-05-17T01:00:00Z", "2026-05-17T01:00:30Z"),
                         rec("C4", "2026-05-24T01:00:00Z", "2026-05-24T01:00:30Z"),
                         rec("C5", "2026-05-31T01:00:00Z", "2026-05-31T01:00:30Z")}
        << qint64(1500) << false;
    // The first period of the month starts 23:00 UTC on 30 April: a blip at 22:59:50-23:00:10
    // UTC is clipped to 23:00:00-23:00:10 and costs only the first period.
    QTest::newRow("blip at the month start")
        << QList<Outage>{rec("D1", "2026-04-30T22:59:50Z", "2026-04-30T23:00:10Z")} << qint64(300)
        << true;
    // The last period ends at the month end, 23:00 UTC on 31 May.
    QTest::newRow("blip at the month end")
        << QList<Outage>{rec("D2", "2026-05-31T22:59:50Z", "2026-05-31T23:00:10Z")} << qint64(300)
        << true;
}

void TestAvailability::alliantsIntervals()
{
    QFETCH(QList<Outage>, outages);
    QFETCH(qint64, downtime);
    QFETCH(bool, met);
    const Availability rules = alliants();
    const MonthPeriod may =
        monthPeriod(2026, 5, QStringLiteral("Europe/London"), MonthLength::Calendar);
    QCOMPARE(may.lengthSeconds, qint64(8928) * 300);
    const AvailabilityResult r = run(rules, may, outages);
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.downtimeSeconds, Decimal::fromInt(downtime));
    QCOMPARE(r.targetMet, met);
    QVERIFY2(workingMentions(r, QStringLiteral("8928 periods")), qPrintable(dump(r)));
}

void TestAvailability::alliantsRemovedTimeInsideLostPeriod()
{
    // Notified maintenance 12:00-12:02 (excluded, removed from the period), then an unplanned
    // blip 12:02-12:02:30: the period 12:00-12:05 is lost, but its 120 s of excluded time are
    // out of the period, so downtime = 300 - 120 = 180 s and the period 2,678,400 - 120.
    const Availability rules = alliants();
    const MonthPeriod may =
        monthPeriod(2026, 5, QStringLiteral("Europe/London"), MonthLength::Calendar);
    const AvailabilityResult r =
        run(rules, may,
            {rec("CHG-1", "2026-05-10T12:00:00Z", "2026-05-10T12:02:00Z",
                 OutageCategory::ScheduledMaintenance, "2026-05-01T12:00:00Z"),
             rec("INC-1", "2026-05-10T12:02:00Z", "2026-05-10T12:02:30Z")});
    QCOMPARE(r.excludedSeconds, qint64(120));
    QCOMPARE(r.periodSeconds, qint64(2678400 - 120));
    QCOMPARE(r.downtimeSeconds, Decimal::fromInt(180));
    QCOMPARE(r.unavailablePeriods.size(), 1);
    // With only 4 days' notice (96 h < 120 h) the maintenance counts: one period, 300 s.
    const AvailabilityResult late =
        run(rules, may,
            {rec("CHG-1", "2026-05-10T12:00:00Z", "2026-05-10T12:02:00Z",
                 OutageCategory::ScheduledMaintenance, "2026-05-06T12:00:00Z"),
             rec("INC-1", "2026-05-10T12:02:00Z", "2026-05-10T12:02:30Z")});
    QCOMPARE(late.downtimeSeconds, Decimal::fromInt(300));
    QCOMPARE(late.periodSeconds, qint64(2678400));
}

void TestAvailability::wholeInterval_data()
{
    QTest::addColumn<QList<Outage>>("outages");
    QTest::addColumn<qint64>("downtime");

    // Whole-interval reading: only periods wholly down count.
    QTest::newRow("30 s blip: nothing")
        << QList<Outage>{rec("W1", "2026-05-10T12:01:00Z", "2026-05-10T12:01:30Z")} << qint64(0);
    // 12:04-12:16 covers 12:05-12:10 and 12:10-12:15 wholly: 600 s.
    QTest::newRow("12 minutes: two whole periods")
        << QList<Outage>{rec("W2", "2026-05-10T12:04:00Z", "2026-05-10T12:16:00Z")} << qint64(600);
    // Two touching records 12:05-12:07:30 and 12:07:30-12:10 together cover one period.
    QTest::newRow("touching records cover a period")
        << QList<Outage>{rec("W3", "2026-05-10T12:05:00Z", "2026-05-10T12:07:30Z"),
                         rec("W4", "2026-05-10T12:07:30Z", "2026-05-10T12:10:00Z")}
        << qint64(300);
}

void TestAvailability::wholeInterval()
{
    QFETCH(QList<Outage>, outages);
    QFETCH(qint64, downtime);
    Availability rules = alliants();
    rules.measurement.unavailableIf = UnavailableIf::WholeInterval;
    const MonthPeriod may =
        monthPeriod(2026, 5, QStringLiteral("Europe/London"), MonthLength::Calendar);
    const AvailabilityResult r = run(rules, may, outages);
    QCOMPARE(r.downtimeSeconds, Decimal::fromInt(downtime));
}

void TestAvailability::displayPercentIsRounded()
{
    // 1 h down in 743 h: 100 x (1 - 3600 / 2,674,800) = 100 - 0.134589... = 99.865410... ->
    // 99.8654 (4 decimals).
    const Availability rules = plainRules();
    const AvailabilityResult r =
        run(rules, March2026London, {rec("INC-1", "2026-03-04T10:00:00Z", "2026-03-04T11:00:00Z")});
    QCOMPARE(r.availabilityPercent.toString(), QStringLiteral("99.8654"));
    QVERIFY(!r.targetMet);
    // Half away from zero at the 5th decimal: 37 s in a 31-day UTC month (2,678,400 s):
    // 100 x 37 / 2,678,400 = 0.0013814... -> 99.9986185... -> 99.9986.
    const MonthPeriod jan = monthPeriod(2026, 1, QStringLiteral("UTC"), MonthLength::Calendar);
    const AvailabilityResult small =
        run(rules, jan, {rec("INC-2", "2026-01-04T10:00:00Z", "2026-01-04T10:00:37Z")});
    QCOMPARE(small.availabilityPercent.toString(), QStringLiteral("99.9986"));
}

void TestAvailability::exactTarget()
{
    // Logit.io's table: 99.9 % of the average month allows 43.83 minutes = 2,629.8 s.
    Availability rules = logit();
    const MonthPeriod p =
        monthPeriod(2026, 3, QStringLiteral("Europe/London"), MonthLength::Average);
    const AvailabilityResult at = availabilityFromDowntime(rules, p, *Decimal::parse(u"2629.8"));
    QVERIFY(at.targetMet);
    QCOMPARE(at.availabilityPercent.toString(), QStringLiteral("99.9000"));
    QVERIFY(!availabilityBelow(at, rules.target));
    const AvailabilityResult over = availabilityFromDowntime(rules, p, *Decimal::parse(u"2629.81"));
    QVERIFY(!over.targetMet);
    // 100 × (1 − 2629.81 / 2,629,800) = 99.89999962...: 4 decimals would round it up to the
    // 99.9 it misses, so it is shown to 5, rounded down: 99.89999.
    QCOMPARE(over.availabilityPercent.toString(), QStringLiteral("99.89999"));
    QVERIFY(over.working.lines().join(u'\n').contains(
        QStringLiteral("= 99.89999 % (shown to 5 decimals, rounded down")));
    // Whole seconds from records: 2,629 s meets it (99.90003802... → 99.9000), 2,630 s does not
    // (99.89999239... → 99.89999).
    const AvailabilityResult met =
        run(rules, p, {rec("A", "2026-03-04T10:00:00Z", "2026-03-04T10:43:49Z")});
    QVERIFY(met.targetMet);
    QCOMPARE(met.availabilityPercent.toString(), QStringLiteral("99.9000"));
    const AvailabilityResult missed =
        run(rules, p, {rec("A", "2026-03-04T10:00:00Z", "2026-03-04T10:43:50Z")});
    QVERIFY(!missed.targetMet);
    QCOMPARE(missed.availabilityPercent.toString(), QStringLiteral("99.89999"));
}

void TestAvailability::longWorkingIsSummarised()
{
    // 300 separate one-minute outages, limit 200 lines: 200 itemised, one summary line for the
    // other 100 (100 min).
    const Availability rules = plainRules();
    QList<Outage> outages;
    for (int i = 0; i < 300; ++i) {
        Outage o;
        o.service = QStringLiteral("Platform");
        o.id = i + 1;
        o.start = March2026London.startUtc + qint64(i) * 3600;
        o.end = o.start + 60;
        outages.append(o);
    }
    const AvailabilityResult r = run(rules, March2026London, outages);
    QCOMPARE(r.downtimeSeconds, Decimal::fromInt(300 * 60));
    QVERIFY2(
        workingMentions(r, QStringLiteral("100 more counted records (100 min in this period)")),
        qPrintable(dump(r)));
    QVERIFY(workingMentions(r, QStringLiteral("Record #200 (")));
    QVERIFY(!workingMentions(r, QStringLiteral("Record #201 (")));
}

void TestAvailability::errors()
{
    AvailabilityInput in;
    in.period = March2026London;
    QVERIFY(!computeAvailability(in, {}).isValid());
    const Availability rules = plainRules();
    in.rules = &rules;
    in.period = monthPeriod(2026, 3, QStringLiteral("Mars/Olympus_Mons"), MonthLength::Calendar);
    QVERIFY(!in.period.isValid());
    QVERIFY(!computeAvailability(in, {}).isValid());
    in.period = monthPeriod(2026, 13, QStringLiteral("UTC"), MonthLength::Calendar);
    QVERIFY(!computeAvailability(in, {}).isValid());
    Availability bad = plainRules();
    bad.target = Decimal::fromInt(101);
    in.rules = &bad;
    in.period = March2026London;
    QVERIFY(!computeAvailability(in, {}).isValid());
    QVERIFY(!availabilityFromDowntime(rules, March2026London, Decimal::fromInt(-1)).isValid());
    // Maintenance conditions that cannot be applied are refused, never silently dropped.
    Availability noHours = logit();
    noHours.maintenance->businessHours.reset();
    in.rules = &noHours;
    QVERIFY(computeAvailability(in, {}).error.contains(u"no business hours are stated"));
    Availability badHoursZone = logit();
    badHoursZone.maintenance->businessHours->timeZone = QStringLiteral("Mars/Olympus_Mons");
    in.rules = &badHoursZone;
    QVERIFY(computeAvailability(in, {}).error.contains(u"Mars/Olympus_Mons"));
    Availability badWindow = identityAutomation();
    badWindow.maintenance->windows[0].timeZone = QStringLiteral("Central");
    in.rules = &badWindow;
    QVERIFY(computeAvailability(in, {}).error.contains(u"maintenance window (Central)"));
    // No records at all: 100 %, met.
    const AvailabilityResult none = run(rules, March2026London, {});
    QCOMPARE(none.availabilityPercent, Decimal::fromInt(100));
    QVERIFY(none.targetMet);
}

void TestAvailability::zonesAndLocalMonths_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("month");
    QTest::addColumn<bool>("average");
    QTest::addColumn<Outage>("outage");
    QTest::addColumn<qint64>("downtime");
    QTest::addColumn<qint64>("period");

    // All in 2026. Europe/London: BST from 29 March 01:00 UTC to 25 October 01:00 UTC.
    // 31 March 23:30 BST - 1 April 00:30 BST = 22:30-23:30 UTC: one UTC day, but it straddles
    // the local month boundary (1 April 00:00 BST = 31 March 23:00 UTC). 30 min in each month.
    const Outage londonEdge = rec("L1", "2026-03-31T22:30:00Z", "2026-03-31T23:30:00Z");
    // March: 31 x 24 - 1 = 743 h = 2,674,800 s.
    QTest::newRow("London March, local edge: March part")
        << "Europe/London" << 3 << false << londonEdge << qint64(1800) << qint64(2674800);
    // April: 30 x 24 = 720 h = 2,592,000 s.
    QTest::newRow("London April, local edge: April part")
        << "Europe/London" << 4 << false << londonEdge << qint64(1800) << qint64(2592000);
    // 25 October: 01:30 BST (00:30 UTC) to 01:30 GMT (01:30 UTC): the clock reads the same
    // time, yet an hour passed: 3,600 s. October 31 x 24 + 1 = 745 h = 2,682,000 s.
    QTest::newRow("London October, the repeated hour")
        << "Europe/London" << 10 << false
        << rec("L2", "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z") << qint64(3600)
        << qint64(2682000);
    // Average month: the same edge record, the denominator 43,830 min = 2,629,800 s.
    QTest::newRow("London March average, local edge")
        << "Europe/London" << 3 << true << londonEdge << qint64(1800) << qint64(2629800);
    // America/Chicago: CDT from 8 March 08:00 UTC (02:00 CST -> 03:00 CDT). 01:00 CST (07:00
    // UTC) to 04:00 CDT (09:00 UTC) reads 3 h on the wall, lasts 2 h = 7,200 s. March 743 h.
    QTest::newRow("Chicago March, across spring forward")
        << "America/Chicago" << 3 << false
        << rec("C1", "2026-03-08T07:00:00Z", "2026-03-08T09:00:00Z") << qint64(7200)
        << qint64(2674800);
    // 1 November 07:00 UTC: 02:00 CDT -> 01:00 CST. 01:30 CDT (06:30 UTC) to 01:30 CST (07:30
    // UTC) is 3,600 s. November 30 x 24 + 1 = 721 h = 2,595,600 s.
    QTest::newRow("Chicago November, across fall back")
        << "America/Chicago" << 11 << false
        << rec("C2", "2026-11-01T06:30:00Z", "2026-11-01T07:30:00Z") << qint64(3600)
        << qint64(2595600);
    // 30 November 23:00 CST (1 December 05:00 UTC) to 1 December 01:00 CST (07:00 UTC): both
    // ends are December in UTC, but the first hour is November in Chicago (the month ends at
    // 06:00 UTC).
    const Outage chicagoEdge = rec("C3", "2026-12-01T05:00:00Z", "2026-12-01T07:00:00Z");
    QTest::newRow("Chicago November, local edge: November part")
        << "America/Chicago" << 11 << false << chicagoEdge << qint64(3600) << qint64(2595600);
    // December 31 x 24 = 744 h = 2,678,400 s.
    QTest::newRow("Chicago December, local edge: December part")
        << "America/Chicago" << 12 << false << chicagoEdge << qint64(3600) << qint64(2678400);
    // Asia/Kolkata, +05:30 all year: March starts 28 February 18:30 UTC. 18:00-19:00 UTC on
    // 28 February: 30 min in March. 744 h.
    QTest::newRow("Kolkata March, half-hour offset")
        << "Asia/Kolkata" << 3 << false << rec("K1", "2026-02-28T18:00:00Z", "2026-02-28T19:00:00Z")
        << qint64(1800) << qint64(2678400);
    // Australia/Lord_Howe: +11 in summer, +10:30 in winter (a 30-minute DST change). Summer
    // time ends Sunday 5 April 2026 02:00 (+11) = 4 April 15:00 UTC, clocks back to 01:30.
    // April is 30 days + 30 min = 2,593,800 s. 01:45 (+11) = 14:45 UTC to 01:45 (+10:30) =
    // 15:15 UTC: 1,800 s.
    QTest::newRow("Lord Howe April, 30-minute fall back")
        << "Australia/Lord_Howe" << 4 << false
        << rec("H1", "2026-04-04T14:45:00Z", "2026-04-04T15:15:00Z") << qint64(1800)
        << qint64(2593800);
    // Summer time starts Sunday 4 October 2026 02:00 (+10:30) -> 02:30 (+11): October is
    // 31 days - 30 min = 2,676,600 s. The month ends 1 November 00:00 +11 = 31 October 13:00
    // UTC; a record 12:30-13:30 UTC has 30 min in October.
    QTest::newRow("Lord Howe October, 30-minute spring forward")
        << "Australia/Lord_Howe" << 10 << false
        << rec("H2", "2026-10-31T12:30:00Z", "2026-10-31T13:30:00Z") << qint64(1800)
        << qint64(2676600);
}

void TestAvailability::zonesAndLocalMonths()
{
    QFETCH(QString, zone);
    QFETCH(int, month);
    QFETCH(bool, average);
    QFETCH(Outage, outage);
    QFETCH(qint64, downtime);
    QFETCH(qint64, period);
    const Availability rules = plainRules();
    const MonthPeriod p =
        monthPeriod(2026, month, zone, average ? MonthLength::Average : MonthLength::Calendar);
    QVERIFY(p.isValid());
    const AvailabilityResult r = run(rules, p, {outage});
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.downtimeSeconds, Decimal::fromInt(downtime));
    QCOMPARE(r.periodSeconds, period);
}

void TestAvailability::mergingInAnyOrder()
{
    // March 2026, London (GMT on the 4th). Counted: A 10:00-11:00, B 10:30-11:30 (overlaps A),
    // E 10:40-10:50 (inside A), C 11:30-11:40 (touches B), Z 12:00-12:00 (zero length).
    // Excluded: F force majeure 11:20-11:35 (overlaps B and C).
    // Counted merged: 10:00-11:40 = 6,000 s; less F's overlap 11:20-11:35 (900 s) = 5,100 s.
    // Excluded: 900 s. Every one of the 6! = 720 orders must give the same figures.
    QList<Outage> records{
        rec("A", "2026-03-04T10:00:00Z", "2026-03-04T11:00:00Z"),
        rec("B", "2026-03-04T10:30:00Z", "2026-03-04T11:30:00Z"),
        rec("E", "2026-03-04T10:40:00Z", "2026-03-04T10:50:00Z"),
        rec("C", "2026-03-04T11:30:00Z", "2026-03-04T11:40:00Z"),
        rec("Z", "2026-03-04T12:00:00Z", "2026-03-04T12:00:00Z"),
        rec("F", "2026-03-04T11:20:00Z", "2026-03-04T11:35:00Z", OutageCategory::ForceMajeure)};
    const QList<Interval> counted{{utc("2026-03-04T10:00:00Z"), utc("2026-03-04T11:20:00Z")},
                                  {utc("2026-03-04T11:35:00Z"), utc("2026-03-04T11:40:00Z")}};
    std::vector<int> order{0, 1, 2, 3, 4, 5};
    int runs = 0;
    do {
        QList<Outage> list;
        for (int i : order)
            list.append(records[i]);
        const AvailabilityResult r = run(plainRules(), March2026London, list);
        QCOMPARE(r.downtimeSeconds, Decimal::fromInt(5100));
        QCOMPARE(r.excludedSeconds, qint64(900));
        QCOMPARE(r.counted, counted);
        QVERIFY2(workingMentions(r, QStringLiteral("the overlap is excluded")),
                 qPrintable(dump(r)));
        QVERIFY2(workingMentions(r, QStringLiteral("Record Z (unplanned, 2026-03-04T12:00:00Z to "
                                                   "2026-03-04T12:00:00Z) has no length")),
                 qPrintable(dump(r)));
        // Touching is not overlapping: B and C share only the instant 11:30.
        QVERIFY2(!workingMentions(r, QStringLiteral("Record B and Record C overlap")) &&
                     !workingMentions(r, QStringLiteral("Record C and Record B overlap")),
                 qPrintable(dump(r)));
        ++runs;
    } while (std::next_permutation(order.begin(), order.end()));
    QCOMPARE(runs, 720);
}

void TestAvailability::identityAutomationAcrossDst_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<Outage>("outage");
    QTest::addColumn<qint64>("downtime");
    QTest::addColumn<qint64>("excluded");

    using C = OutageCategory;
    // The window 23:00-04:00 Central on the night of 7-8 March 2026 opens at 23:00 CST (05:00
    // UTC) and closes at 04:00 CDT (09:00 UTC): 4 h of real time, not 5. Notice a week ahead.
    QTest::newRow("March: the whole shortened window")
        << 3
        << rec("M1", "2026-03-08T05:00:00Z", "2026-03-08T09:00:00Z", C::ScheduledMaintenance,
               "2026-03-01T00:00:00Z")
        << qint64(0) << qint64(14400);
    // 01:00 CST (07:00 UTC) to 05:00 CDT (10:00 UTC): 07:00-09:00 UTC inside, 09:00-10:00 UTC
    // (04:00-05:00 CDT) outside and counted.
    QTest::newRow("March: runs past 04:00 CDT")
        << 3
        << rec("M2", "2026-03-08T07:00:00Z", "2026-03-08T10:00:00Z", C::ScheduledMaintenance,
               "2026-03-01T00:00:00Z")
        << qint64(3600) << qint64(7200);
    // The night of 31 October - 1 November: 23:00 CDT (04:00 UTC) to 04:00 CST (10:00 UTC) is
    // 6 h of real time, all inside the window. November starts at 00:00 CDT (05:00 UTC), so
    // November holds 5 h of it (00:00 CDT - 04:00 CST) and October the first hour.
    const Outage night = rec("N1", "2026-11-01T04:00:00Z", "2026-11-01T10:00:00Z",
                             C::ScheduledMaintenance, "2026-10-20T00:00:00Z");
    QTest::newRow("November: the lengthened window") << 11 << night << qint64(0) << qint64(18000);
    QTest::newRow("October: its first hour") << 10 << night << qint64(0) << qint64(3600);
    // 03:30-04:30 CST = 09:30-10:30 UTC: half inside, half counted.
    QTest::newRow("November: 03:30-04:30 CST")
        << 11
        << rec("N2", "2026-11-01T09:30:00Z", "2026-11-01T10:30:00Z", C::ScheduledMaintenance,
               "2026-10-20T00:00:00Z")
        << qint64(1800) << qint64(1800);
    // Notice is 72 hours of real time. Maintenance 8 March 23:30 CDT = 9 March 04:30 UTC;
    // notice 6 March 04:30 UTC (5 March 22:30 CST, 73 h on the wall clock) is exactly 72 h.
    QTest::newRow("March: exactly 72 h across the change")
        << 3
        << rec("M3", "2026-03-09T04:30:00Z", "2026-03-09T05:30:00Z", C::ScheduledMaintenance,
               "2026-03-06T04:30:00Z")
        << qint64(0) << qint64(3600);
    // One second less: 71 h 59 min 59 s, the whole hour counts.
    QTest::newRow("March: 72 h less 1 s across the change")
        << 3
        << rec("M4", "2026-03-09T04:30:00Z", "2026-03-09T05:30:00Z", C::ScheduledMaintenance,
               "2026-03-06T04:30:01Z")
        << qint64(3600) << qint64(0);
    // A window running over the month boundary: 31 March 23:00 CDT (1 April 04:00 UTC) to
    // 1 April 00:30 CDT (05:30 UTC). April starts 05:00 UTC: its 30 min are inside the window.
    const Outage edge = rec("E1", "2026-04-01T04:00:00Z", "2026-04-01T05:30:00Z",
                            C::ScheduledMaintenance, "2026-03-20T00:00:00Z");
    QTest::newRow("April: window from 31 March") << 4 << edge << qint64(0) << qint64(1800);
    QTest::newRow("March: its first hour") << 3 << edge << qint64(0) << qint64(3600);
}

void TestAvailability::identityAutomationAcrossDst()
{
    QFETCH(int, month);
    QFETCH(Outage, outage);
    QFETCH(qint64, downtime);
    QFETCH(qint64, excluded);
    const Availability rules = identityAutomation();
    const MonthPeriod p =
        monthPeriod(2026, month, QStringLiteral("America/Chicago"), MonthLength::Calendar);
    const AvailabilityResult r = run(rules, p, {outage});
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.downtimeSeconds, Decimal::fromInt(downtime));
    QCOMPARE(r.excludedSeconds, excluded);
}

void TestAvailability::businessHoursAndHolidays_data()
{
    QTest::addColumn<bool>("alliantist");
    QTest::addColumn<Outage>("outage");
    QTest::addColumn<qint64>("downtime");
    QTest::addColumn<qint64>("excluded");

    using C = OutageCategory;
    // Logit.io 1.1: Normal Business Hours 09:00-17:00 UK time on Business Days (no weekend, no
    // England and Wales bank holiday). All 10:00-11:00 GMT unless said.
    // Friday 25 December 2026, Christmas Day: not a Business Day, excluded.
    QTest::newRow("Logit: Christmas Day")
        << false
        << rec("X1", "2026-12-25T10:00:00Z", "2026-12-25T11:00:00Z", C::ScheduledMaintenance)
        << qint64(0) << qint64(3600);
    // Monday 28 December 2026: the substitute day for Boxing Day (Saturday 26th). Excluded.
    QTest::newRow("Logit: Boxing Day substitute")
        << false
        << rec("X2", "2026-12-28T10:00:00Z", "2026-12-28T11:00:00Z", C::ScheduledMaintenance)
        << qint64(0) << qint64(3600);
    // Tuesday 29 December 2026: a Business Day, counts.
    QTest::newRow("Logit: 29 December")
        << false
        << rec("X3", "2026-12-29T10:00:00Z", "2026-12-29T11:00:00Z", C::ScheduledMaintenance)
        << qint64(3600) << qint64(0);
    // Monday 31 August 2026, Summer bank holiday, 10:00-11:00 BST = 09:00-10:00 UTC: excluded.
    QTest::newRow("Logit: Summer bank holiday")
        << false
        << rec("X4", "2026-08-31T09:00:00Z", "2026-08-31T10:00:00Z", C::ScheduledMaintenance)
        << qint64(0) << qint64(3600);
    // Monday 1 June 2026 08:30-09:30 BST = 07:30-08:30 UTC: 30 min before the opening
    // excluded, 30 min after it counted.
    QTest::newRow("Logit: across the BST opening")
        << false
        << rec("X5", "2026-06-01T07:30:00Z", "2026-06-01T08:30:00Z", C::ScheduledMaintenance)
        << qint64(1800) << qint64(1800);
    // Alliantist support policy 6.5: Business Hours 09:00-18:00 GMT on weekdays, read as
    // GMT all year. Monday 15 June 2026 17:30-18:30 BST = 16:30-17:30 GMT: wholly inside,
    // counts although it is after 17:30 on the UK clock.
    QTest::newRow("Alliantist: summer evening, GMT hours")
        << true
        << rec("Y1", "2026-06-15T16:30:00Z", "2026-06-15T17:30:00Z", C::ScheduledMaintenance)
        << qint64(3600) << qint64(0);
    // 18:30-19:30 BST = 17:30-18:30 GMT: 30 min counted, 30 min excluded.
    QTest::newRow("Alliantist: across 18:00 GMT")
        << true
        << rec("Y2", "2026-06-15T17:30:00Z", "2026-06-15T18:30:00Z", C::ScheduledMaintenance)
        << qint64(1800) << qint64(1800);
    // 09:30-10:00 BST = 08:30-09:00 GMT: before 09:00 GMT, excluded.
    QTest::newRow("Alliantist: summer morning, before 09:00 GMT")
        << true
        << rec("Y3", "2026-06-15T08:30:00Z", "2026-06-15T09:00:00Z", C::ScheduledMaintenance)
        << qint64(0) << qint64(1800);
    // Monday 25 May 2026, Spring bank holiday, 11:00-12:00 GMT: excluded.
    QTest::newRow("Alliantist: Spring bank holiday")
        << true
        << rec("Y4", "2026-05-25T11:00:00Z", "2026-05-25T12:00:00Z", C::ScheduledMaintenance)
        << qint64(0) << qint64(3600);
}

void TestAvailability::businessHoursAndHolidays()
{
    QFETCH(bool, alliantist);
    QFETCH(Outage, outage);
    QFETCH(qint64, downtime);
    QFETCH(qint64, excluded);
    Availability rules = logit();
    if (alliantist) {
        // Alliantist: 99.5 % "expected", calendar month; maintenance outside Business Hours
        // (09:00-18:00 GMT, weekdays, UK holidays) excluded.
        rules.target = Decimal::fromParts(995, 1);
        rules.monthLength = MonthLength::Calendar;
        rules.maintenance->businessHours = BusinessHours{{1, 2, 3, 4, 5},
                                                         QTime(9, 0),
                                                         QTime(18, 0),
                                                         QStringLiteral("Etc/GMT"),
                                                         HolidaySet::EnglandAndWales,
                                                         {}};
    }
    const QDate day = QDateTime::fromSecsSinceEpoch(outage.start, Qt::UTC).date();
    const MonthPeriod p =
        monthPeriod(day.year(), day.month(), QStringLiteral("Europe/London"), rules.monthLength);
    const AvailabilityResult r = run(rules, p, {outage});
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.downtimeSeconds, Decimal::fromInt(downtime));
    QCOMPARE(r.excludedSeconds, excluded);
}

void TestAvailability::alliantsMaintenanceBeyondFourHours()
{
    // Alliants SLA 2: "commercially reasonable efforts to limit such Scheduled Downtime to
    // under 4 hours per calendar month" is an aim, not a condition (the term sheet's reading):
    // 5 h of maintenance notified 6 days ahead is excluded in full and removed from the
    // period: 2,678,400 - 18,000 = 2,660,400 s, no downtime.
    const Availability rules = alliants();
    const MonthPeriod may =
        monthPeriod(2026, 5, QStringLiteral("Europe/London"), MonthLength::Calendar);
    const AvailabilityResult r =
        run(rules, may,
            {rec("CHG-5", "2026-05-10T01:00:00Z", "2026-05-10T06:00:00Z",
                 OutageCategory::ScheduledMaintenance, "2026-05-04T01:00:00Z")});
    QCOMPARE(r.excludedSeconds, qint64(18000));
    QCOMPARE(r.periodSeconds, qint64(2660400));
    QCOMPARE(r.downtimeSeconds, Decimal::fromInt(0));
    QVERIFY(r.targetMet);
    // Exactly 120 h of notice passes; 120 h less 1 s fails and all 5 h count (60 periods).
    const AvailabilityResult late =
        run(rules, may,
            {rec("CHG-6", "2026-05-10T01:00:00Z", "2026-05-10T06:00:00Z",
                 OutageCategory::ScheduledMaintenance, "2026-05-05T01:00:01Z")});
    QCOMPARE(late.downtimeSeconds, Decimal::fromInt(18000));
    QCOMPARE(late.periodSeconds, qint64(2678400));
    QVERIFY(!late.targetMet);
    const AvailabilityResult onTime =
        run(rules, may,
            {rec("CHG-7", "2026-05-10T01:00:00Z", "2026-05-10T06:00:00Z",
                 OutageCategory::ScheduledMaintenance, "2026-05-05T01:00:00Z")});
    QCOMPARE(onTime.downtimeSeconds, Decimal::fromInt(0));
}

void TestAvailability::fixedPeriodEdges_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<bool>("whole");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("month");
    QTest::addColumn<bool>("average");
    QTest::addColumn<QList<Outage>>("outages");
    QTest::addColumn<qint64>("downtime");
    QTest::addColumn<qint64>("periods");

    const QString london = QStringLiteral("Europe/London");
    // May 2026 London starts 30 April 23:00 UTC; 5-minute periods sit on whole 5 UTC minutes.
    // A blip starting exactly at a boundary touches only the period it starts: 300 s.
    QTest::newRow("5 min: blip from a boundary")
        << 5 << false << london << 5 << false
        << QList<Outage>{rec("B1", "2026-05-10T12:05:00Z", "2026-05-10T12:05:30Z")} << qint64(300)
        << qint64(8928);
    // A blip ending exactly at a boundary (half-open): only the period before: 300 s.
    QTest::newRow("5 min: blip up to a boundary")
        << 5 << false << london << 5 << false
        << QList<Outage>{rec("B2", "2026-05-10T12:04:30Z", "2026-05-10T12:05:00Z")} << qint64(300)
        << qint64(8928);
    // Average month with fixed periods: one period lost, over 43,830 min.
    QTest::newRow("5 min: average month")
        << 5 << false << london << 5 << true
        << QList<Outage>{rec("B3", "2026-05-10T12:01:00Z", "2026-05-10T12:01:30Z")} << qint64(300)
        << qint64(8928);
    // 90-minute periods (they divide a day) in March 2026, London: 743 h = 44,580 min =
    // 495 x 90 + 30, so the last period is 30 min, 31 March 22:30-23:00 UTC (from 00:00 UTC
    // on 1 March, 495 x 90 min = 742.5 h). 496 periods. A blip in it costs 30 min.
    QTest::newRow("90 min: blip in the short last period")
        << 90 << false << london << 3 << false
        << QList<Outage>{rec("P1", "2026-03-31T22:40:00Z", "2026-03-31T22:40:30Z")} << qint64(1800)
        << qint64(496);
    // Whole-interval: 22:30-23:00 covers the short last period: 1,800 s.
    QTest::newRow("90 min, whole: the short last period covered")
        << 90 << true << london << 3 << false
        << QList<Outage>{rec("P2", "2026-03-31T22:30:00Z", "2026-03-31T23:30:00Z")} << qint64(1800)
        << qint64(496);
    // 22:31 onwards does not cover it: nothing.
    QTest::newRow("90 min, whole: the short last period not covered")
        << 90 << true << london << 3 << false
        << QList<Outage>{rec("P3", "2026-03-31T22:31:00Z", "2026-03-31T23:30:00Z")} << qint64(0)
        << qint64(496);
    // 21:00-23:00 covers period 495 (21:00-22:30) and the short one: 5,400 + 1,800 s.
    QTest::newRow("90 min, whole: last full and short periods")
        << 90 << true << london << 3 << false
        << QList<Outage>{rec("P4", "2026-03-31T21:00:00Z", "2026-03-31T23:00:00Z")} << qint64(7200)
        << qint64(496);
    // Lord Howe, October 2026 (2,676,600 s = 743.5 h) in 60-minute periods: 744 periods, the
    // last 30 min long (31 October 12:30-13:00 UTC). A blip in it costs 1,800 s.
    QTest::newRow("60 min, Lord Howe: blip in the short last period")
        << 60 << false << QStringLiteral("Australia/Lord_Howe") << 10 << false
        << QList<Outage>{rec("H1", "2026-10-31T12:45:00Z", "2026-10-31T12:45:30Z")} << qint64(1800)
        << qint64(744);
}

void TestAvailability::fixedPeriodEdges()
{
    QFETCH(int, minutes);
    QFETCH(bool, whole);
    QFETCH(QString, zone);
    QFETCH(int, month);
    QFETCH(bool, average);
    QFETCH(QList<Outage>, outages);
    QFETCH(qint64, downtime);
    QFETCH(qint64, periods);
    Availability rules = alliants();
    rules.measurement.minutes = minutes;
    rules.measurement.unavailableIf =
        whole ? UnavailableIf::WholeInterval : UnavailableIf::AnyDowntime;
    rules.monthLength = average ? MonthLength::Average : MonthLength::Calendar;
    const MonthPeriod p = monthPeriod(2026, month, zone, rules.monthLength);
    const AvailabilityResult r = run(rules, p, outages);
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.downtimeSeconds, Decimal::fromInt(downtime));
    QCOMPARE(r.periodSeconds, average ? AverageMonthSeconds : p.calendarSeconds());
    QVERIFY2(workingMentions(r, QStringLiteral("(%1 periods;").arg(periods)), qPrintable(dump(r)));
}

void TestAvailability::readingsAreNamed()
{
    // The term sheet's recorded ambiguities are the readings chosen: the working names them
    // (the maintenance one only when a maintenance record needed its conditions).
    Availability rules = identityAutomation();
    rules.citation.clause = QStringLiteral("App. A §3");
    rules.citation.ambiguity = QStringLiteral("Only commercially reasonable efforts.");
    rules.measurement.citation.ambiguity = QStringLiteral("No measuring method is stated.");
    rules.maintenance->citation.ambiguity =
        QStringLiteral("72 hours read as before the maintenance starts, not the window.");
    const MonthPeriod april =
        monthPeriod(2026, 4, QStringLiteral("America/Chicago"), MonthLength::Calendar);
    const AvailabilityResult plain =
        run(rules, april, {rec("INC-1", "2026-04-21T12:00:00-05:00", "2026-04-21T12:30:00-05:00")});
    QVERIFY2(workingMentions(plain, QStringLiteral("Note on this term (clause App. A §3): Only "
                                                   "commercially reasonable efforts.")),
             qPrintable(dump(plain)));
    QVERIFY(workingMentions(plain, QStringLiteral("No measuring method is stated.")));
    QVERIFY(!workingMentions(plain, QStringLiteral("72 hours read as")));
    const AvailabilityResult maintenance =
        run(rules, april,
            {rec("CHG-1", "2026-04-14T23:30:00-05:00", "2026-04-15T01:30:00-05:00",
                 OutageCategory::ScheduledMaintenance, "2026-04-11T23:30:00-05:00")});
    QVERIFY2(
        workingMentions(maintenance, QStringLiteral("Note on this term (clause App. A, Scheduled "
                                                    "Maintenance): 72 hours read as")),
        qPrintable(dump(maintenance)));
    // What-if scenarios name them too.
    const AvailabilityResult scenario =
        availabilityFromDowntime(rules, april, Decimal::fromInt(60));
    QVERIFY(workingMentions(scenario, QStringLiteral("No measuring method is stated.")));
}

QTEST_GUILESS_MAIN(TestAvailability)
#include "tst_availability.moc"
