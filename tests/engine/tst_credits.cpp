#include "availability.h"
#include "credits.h"
#include "month.h"

#include <QDateTime>
#include <QTest>

using namespace termlens;

Q_DECLARE_METATYPE(termlens::ShortfallUnit)

// Service credits by each contract's own schedule (DOMAIN.md "Service credits"). Downtimes are
// worked back by hand from the availability each row wants: D = (100 - a) % of the period.
class TestCredits final : public QObject
{
    Q_OBJECT

private slots:
    void logitSteps_data();
    void logitSteps();
    void logitWorkedExample2EndToEnd();
    void logitWholeMonthIsCapped();
    void identityAutomationTiers_data();
    void identityAutomationTiers();
    void identityAutomationMinimum_data();
    void identityAutomationMinimum();
    void alliantsFlat_data();
    void alliantsFlat();
    void alliantsEndToEnd();
    void withoutFeeOnlyPercent();
    void noScheduleNoCredit();
    void errors();
    void tierEdgesByPercent_data();
    void tierEdgesByPercent();
    void unusualSchedules_data();
    void unusualSchedules();
    void bases_data();
    void bases();
};

namespace {

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

Money usd(const char *text)
{
    return *Money::parse(QString::fromLatin1(text), QStringLiteral("USD"));
}

Money gbp(const char *text)
{
    return *Money::parse(QString::fromLatin1(text), QStringLiteral("GBP"));
}

// Logit.io Sched. 3 Part 4: 99.9 %, average month, 5 % for a shortfall up to 1 % of the SLA,
// then 5 % for each further full 1 %, capped at 100 %.
Availability logit(ShortfallUnit unit = ShortfallUnit::Points)
{
    Availability a;
    a.target = dec("99.9");
    a.monthLength = MonthLength::Average;
    Credits c;
    c.schedule.kind = ScheduleKind::Steps;
    c.schedule.firstBand = dec("1");
    c.schedule.firstPercent = dec("5");
    c.schedule.step = dec("1");
    c.schedule.stepPercent = dec("5");
    c.schedule.shortfallUnit = unit;
    c.schedule.citation.clause = QStringLiteral("Sched. 3 Part 4 1.7");
    c.schedule.citation.ambiguity =
        QStringLiteral("Worked example (1) awards a credit for 43.83 minutes, which is inside "
                       "the 99.9 % allowance.");
    c.capPercent = dec("100");
    c.base = CreditBase::MonthlyFee;
    a.credits = c;
    return a;
}

// Identity Automation App. A §3: below 99.9 -> 5 %, below 99.0 -> 10 %, below 95.0 -> 15 % of
// the annual fee / 12, issued only if greater than one dollar.
Availability identityAutomation()
{
    Availability a;
    a.target = dec("99.9");
    Credits c;
    c.schedule.kind = ScheduleKind::Tiers;
    c.schedule.tiers = {
        {dec("99.9"), dec("5")}, {dec("99.0"), dec("10")}, {dec("95.0"), dec("15")}};
    c.base = CreditBase::AnnualFeeTwelfth;
    c.minimumAmount = dec("1.00");
    c.schedule.citation.clause = QStringLiteral("App. A §3");
    a.credits = c;
    return a;
}

// Alliants SLA 2: 99.95 %, flat 10 % of the affected service's fee for the month.
Availability alliants()
{
    Availability a;
    a.target = dec("99.95");
    a.measurement.kind = MeasurementKind::Intervals;
    a.measurement.minutes = 5;
    a.excludedTime = ExcludedTime::RemovedFromPeriod;
    Credits c;
    c.schedule.kind = ScheduleKind::Flat;
    c.schedule.percent = dec("10");
    c.base = CreditBase::AffectedServiceFee;
    a.credits = c;
    return a;
}

const MonthPeriod March2026Average =
    monthPeriod(2026, 3, QStringLiteral("Europe/London"), MonthLength::Average);
const MonthPeriod April2026Chicago =
    monthPeriod(2026, 4, QStringLiteral("America/Chicago"), MonthLength::Calendar);
const MonthPeriod May2026London =
    monthPeriod(2026, 5, QStringLiteral("Europe/London"), MonthLength::Calendar);

CreditResult credit(const Availability &rules, const MonthPeriod &period, const Decimal &downtime,
                    std::optional<Money> fee)
{
    CreditInput in;
    in.rules = &rules;
    in.availability = availabilityFromDowntime(rules, period, downtime);
    in.fee = fee;
    return computeCredit(in);
}

bool mentions(const Working &w, const QString &text)
{
    for (const QString &line : w.lines()) {
        if (line.contains(text))
            return true;
    }
    return false;
}

} // namespace

void TestCredits::logitSteps_data()
{
    QTest::addColumn<ShortfallUnit>("unit");
    QTest::addColumn<QString>("downtime"); // seconds, exact
    QTest::addColumn<bool>("met");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<QString>("shortfall"); // 4 decimals, display

    const auto pts = ShortfallUnit::Points;
    const auto share = ShortfallUnit::ShareOfTarget;
    // The average month is 2,629,800 s; 1 % of it is 26,298 s.
    // Worked example 2: 97 % -> D = 3 % = 78,894 s ("21.92 hours"); s = 2.9 points:
    // 5 % for the first point + 5 % for one further full point; the extra 0.9 earns nothing.
    QTest::newRow("example 2: 97 % -> 10 %") << pts << "78894" << false << "10"
                                             << "2.9000";
    // 43.83 min = 2,629.8 s = 0.1 % exactly: availability is exactly 99.9 %, met, no credit
    // (the contract's worked example 1 says otherwise; it is inconsistent).
    QTest::newRow("43.83 min: exactly 99.9 %, met") << pts << "2629.8" << true << "0"
                                                    << "0";
    // 43.84 min = 2,630.4 s: just over the allowance, s = 0.0000228 points -> 5 %.
    QTest::newRow("43.84 min: missed -> 5 %") << pts << "2630.4" << false << "5"
                                              << "0.0000";
    // a = 98.9 -> D = 1.1 % = 28,927.8 s, s = 1.0 exactly: still the first band -> 5 %.
    QTest::newRow("shortfall exactly 1.0 -> 5 %") << pts << "28927.8" << false << "5"
                                                  << "1.0000";
    // 0.1 s more: s = 1.0000038, no further FULL point -> 5 %.
    QTest::newRow("shortfall just over 1.0 -> 5 %") << pts << "28927.9" << false << "5"
                                                    << "1.0000";
    // a = 97.9 -> D = 2.1 % = 55,225.8 s, s = 2.0: one further full point -> 10 %.
    QTest::newRow("shortfall exactly 2.0 -> 10 %") << pts << "55225.8" << false << "10"
                                                   << "2.0000";
    // a = 97.901 -> D = 2.099 % = 55,199.502 s, s = 1.999: not yet a full further point -> 5 %.
    QTest::newRow("shortfall 1.999 -> 5 %") << pts << "55199.502" << false << "5"
                                            << "1.9990";
    // a = 96.9 -> D = 3.1 % = 81,523.8 s, s = 3.0 -> 5 + 2 x 5 = 15 %.
    QTest::newRow("shortfall exactly 3.0 -> 15 %") << pts << "81523.8" << false << "15"
                                                   << "3.0000";
    // Share of target: s' = 100 x 1.999 / 99.9 = 2.001001... -> 10 % (points gave 5 %).
    QTest::newRow("share: 1.999 points = 2.0010 % -> 10 %") << share << "55199.502" << false << "10"
                                                            << "2.0010";
    // Share of target, 97 %: s' = 100 x 2.9 / 99.9 = 2.902902... -> 10 %.
    QTest::newRow("share: 97 % -> 10 %") << share << "78894" << false << "10"
                                         << "2.9029";
    // s' exactly 1: s = 0.999 points, a = 98.901, D = 1.099 % = 28,901.502 s -> 5 %.
    QTest::newRow("share: exactly 1 -> 5 %") << share << "28901.502" << false << "5"
                                             << "1.0000";
    // s' exactly 2: s = 1.998, a = 97.902, D = 2.098 % = 55,173.204 s -> 10 %.
    QTest::newRow("share: exactly 2 -> 10 %") << share << "55173.204" << false << "10"
                                              << "2.0000";
    // and just under 2 (0.001 s less) -> 5 %.
    QTest::newRow("share: just under 2 -> 5 %") << share << "55173.203" << false << "5"
                                                << "2.0000";
}

void TestCredits::logitSteps()
{
    QFETCH(ShortfallUnit, unit);
    QFETCH(QString, downtime);
    QFETCH(bool, met);
    QFETCH(QString, percent);
    QFETCH(QString, shortfall);
    const Availability rules = logit(unit);
    const CreditResult r = credit(rules, March2026Average, *Decimal::parse(downtime), std::nullopt);
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.slaMet, met);
    QCOMPARE(r.creditPercent, *Decimal::parse(percent));
    QCOMPARE(r.shortfall, *Decimal::parse(shortfall));
    QVERIFY(!r.capApplied);
    QVERIFY(!r.creditAmount.has_value());
    // The contradiction in the contract is shown, not silently resolved.
    QVERIFY(mentions(r.working, QStringLiteral("Worked example (1)")));
}

void TestCredits::logitWorkedExample2EndToEnd()
{
    // One record of 21 h 54 min 54 s = 78,894 s in March 2026 (GMT): 97 % of the average month.
    const Availability rules = logit();
    Outage o;
    o.service = QStringLiteral("Stack");
    o.start = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    o.end = o.start + 78894;
    AvailabilityInput in;
    in.rules = &rules;
    in.period = March2026Average;
    in.service = QStringLiteral("Stack");
    in.nowUtc = March2026Average.endUtc;
    const QList<Outage> outages{o};
    CreditInput ci;
    ci.rules = &rules;
    ci.availability = computeAvailability(in, outages);
    QCOMPARE(ci.availability.availabilityPercent.toString(), QStringLiteral("97.0000"));
    ci.fee = gbp("500.00");
    const CreditResult r = computeCredit(ci);
    // 10 % of the month's 500.00 = 50.00.
    QCOMPARE(r.creditPercent, dec("10"));
    QCOMPARE(r.creditAmount, gbp("50.00"));
    QVERIFY2(mentions(r.working, QStringLiteral("percentage points")),
             qPrintable(r.working.lines().join(u'\n')));
    QVERIFY2(mentions(r.working, QStringLiteral("the remaining 0.9 point(s) earns nothing")),
             qPrintable(r.working.lines().join(u'\n')));
    QVERIFY(mentions(r.working, QStringLiteral("Sched. 3 Part 4 1.7")));
}

void TestCredits::logitWholeMonthIsCapped()
{
    // Down for the whole average month: a = 0, s = 99.9 points -> 5 + floor(98.9) x 5 = 495 %,
    // capped at 100 % of the 500.00 fee = 500.00.
    const Availability rules = logit();
    const CreditResult r =
        credit(rules, March2026Average, Decimal::fromInt(2629800), gbp("500.00"));
    QCOMPARE(r.uncappedPercent, dec("495"));
    QCOMPARE(r.creditPercent, dec("100"));
    QVERIFY(r.capApplied);
    QCOMPARE(r.creditAmount, gbp("500.00"));
    // A record longer than the average month (the calendar March of 743 h) is capped at the
    // period: availability 0 %, same credit.
    const CreditResult longer =
        credit(rules, March2026Average, Decimal::fromInt(743 * 3600), gbp("500.00"));
    QCOMPARE(longer.creditPercent, dec("100"));
    QVERIFY(longer.capApplied);
}

void TestCredits::identityAutomationTiers_data()
{
    QTest::addColumn<qint64>("downtime");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<QString>("amount"); // annual fee 12,000.00 -> 1,000.00 a month

    // April 2026 in Chicago: 30 days = 2,592,000 s; 0.1 % = 2,592 s, 1 % = 25,920 s.
    // Exactly 99.9 % (D = 2,592 s) is not "less than 99.9 %": nothing.
    QTest::newRow("exactly 99.9 -> 0 %") << qint64(2592) << "0"
                                         << "0.00";
    QTest::newRow("just below 99.9 -> 5 %") << qint64(2593) << "5"
                                            << "50.00";
    // Exactly 99.0 (D = 25,920 s) is "less than 99.9 % but equal to or greater than 99.0 %".
    QTest::newRow("exactly 99.0 -> 5 %") << qint64(25920) << "5"
                                         << "50.00";
    QTest::newRow("just below 99.0 -> 10 %") << qint64(25921) << "10"
                                             << "100.00";
    // Exactly 95.0 (D = 5 % = 129,600 s) -> 10 %; one second more -> 15 %.
    QTest::newRow("exactly 95.0 -> 10 %") << qint64(129600) << "10"
                                          << "100.00";
    QTest::newRow("just below 95.0 -> 15 %") << qint64(129601) << "15"
                                             << "150.00";
    QTest::newRow("whole month down -> 15 %") << qint64(2592000) << "15"
                                              << "150.00";
}

void TestCredits::identityAutomationTiers()
{
    QFETCH(qint64, downtime);
    QFETCH(QString, percent);
    QFETCH(QString, amount);
    const Availability rules = identityAutomation();
    const CreditResult r =
        credit(rules, April2026Chicago, Decimal::fromInt(downtime), usd("12000.00"));
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.creditPercent, *Decimal::parse(percent));
    QCOMPARE(r.creditAmount, *Money::parse(amount, QStringLiteral("USD")));
    if (r.creditPercent.isZero())
        QVERIFY(r.slaMet);
    else
        QCOMPARE(r.base, usd("1000.00"));
}

void TestCredits::identityAutomationMinimum_data()
{
    QTest::addColumn<QString>("annualFee");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<bool>("belowMinimum");

    // 5 % tier throughout (D = 2,593 s).
    // 240.00 / 12 = 20.00; 5 % = 1.00, not "greater than one dollar": nothing issued.
    QTest::newRow("exactly 1.00 -> nothing") << "240.00"
                                             << "20.00"
                                             << "0.00" << true;
    // 242.40 / 12 = 20.20; 5 % = 1.01 -> issued.
    QTest::newRow("1.01 -> issued") << "242.40"
                                    << "20.20"
                                    << "1.01" << false;
    // 100.00 / 12 = 8.3333 -> 8.33; 5 % = 0.4165 -> 0.42 (half away), below the minimum.
    QTest::newRow("0.42 -> nothing") << "100.00"
                                     << "8.33"
                                     << "0.00" << true;
    // 0.30 / 12 = 0.025 -> 0.03 (half away from zero, not half even 0.02).
    QTest::newRow("twelfth rounds half away") << "0.30"
                                              << "0.03"
                                              << "0.00" << true;
    // 241.20 / 12 = 20.10; 5 % = 1.005 -> 1.01 (half away) > 1.00 -> issued.
    QTest::newRow("1.005 rounds to 1.01 -> issued") << "241.20"
                                                    << "20.10"
                                                    << "1.01" << false;
}

void TestCredits::identityAutomationMinimum()
{
    QFETCH(QString, annualFee);
    QFETCH(QString, base);
    QFETCH(QString, amount);
    QFETCH(bool, belowMinimum);
    const Availability rules = identityAutomation();
    const auto fee = Money::parse(annualFee, QStringLiteral("USD"));
    const CreditResult r = credit(rules, April2026Chicago, Decimal::fromInt(2593), fee);
    QCOMPARE(r.creditPercent, dec("5"));
    QCOMPARE(r.base, Money::parse(base, QStringLiteral("USD")));
    QCOMPARE(r.creditAmount, Money::parse(amount, QStringLiteral("USD")));
    QCOMPARE(r.belowMinimum, belowMinimum);
    if (belowMinimum)
        QVERIFY(mentions(r.working, QStringLiteral("only if it is greater than 1.00 USD")));
}

void TestCredits::alliantsFlat_data()
{
    QTest::addColumn<qint64>("downtime");
    QTest::addColumn<QString>("amount");

    // May 2026: 8,928 five-minute periods; allowance 0.05 % = 4.464 periods = 1,339.2 s.
    QTest::newRow("4 periods: met") << qint64(4 * 300) << "0.00";
    QTest::newRow("5 periods: 10 %") << qint64(5 * 300) << "35.00";
    // However far below, still a flat 10 % of the affected service's 350.00.
    QTest::newRow("a day down: still 10 %") << qint64(86400) << "35.00";
}

void TestCredits::alliantsFlat()
{
    QFETCH(qint64, downtime);
    QFETCH(QString, amount);
    const Availability rules = alliants();
    const CreditResult r = credit(rules, May2026London, Decimal::fromInt(downtime), gbp("350.00"));
    QCOMPARE(r.creditAmount, Money::parse(amount, QStringLiteral("GBP")));
    QCOMPARE(r.slaMet, amount == u"0.00");
}

void TestCredits::alliantsEndToEnd()
{
    // Five 30-second blips in five different periods: 5 x 300 s lost -> missed -> 10 % of
    // the Messaging fee of 350.00 = 35.00.
    const Availability rules = alliants();
    QList<Outage> outages;
    for (int day = 1; day <= 5; ++day) {
        Outage o;
        o.service = QStringLiteral("Messaging");
        o.start = QDateTime(QDate(2026, 5, day * 5), QTime(10, 1), Qt::UTC).toSecsSinceEpoch();
        o.end = o.start + 30;
        outages.append(o);
    }
    AvailabilityInput in;
    in.rules = &rules;
    in.period = May2026London;
    in.service = QStringLiteral("Messaging");
    in.nowUtc = May2026London.endUtc;
    CreditInput ci;
    ci.rules = &rules;
    ci.availability = computeAvailability(in, outages);
    QCOMPARE(ci.availability.downtimeSeconds, Decimal::fromInt(1500));
    ci.fee = gbp("350.00");
    const CreditResult r = computeCredit(ci);
    QCOMPARE(r.creditPercent, dec("10"));
    QCOMPARE(r.creditAmount, gbp("35.00"));
    QVERIFY(mentions(r.working, QStringLiteral("affected service")));
    // One blip fewer: 4 periods, met.
    outages.removeLast();
    ci.availability = computeAvailability(in, outages);
    QCOMPARE(computeCredit(ci).creditAmount, gbp("0.00"));
}

void TestCredits::withoutFeeOnlyPercent()
{
    const Availability rules = identityAutomation();
    const CreditResult r = credit(rules, April2026Chicago, Decimal::fromInt(25921), std::nullopt);
    QCOMPARE(r.creditPercent, dec("10"));
    QVERIFY(!r.creditAmount.has_value());
    QVERIFY(!r.base.has_value());
}

void TestCredits::noScheduleNoCredit()
{
    // Alliantist's support policy: 99.5 % "expected", no remedy.
    Availability rules;
    rules.target = dec("99.5");
    const CreditResult r = credit(rules, May2026London, Decimal::fromInt(86400), gbp("100.00"));
    QVERIFY(!r.slaMet);
    QCOMPARE(r.creditPercent, dec("0"));
    QCOMPARE(r.creditAmount, gbp("0.00"));
    QVERIFY(mentions(r.working, QStringLiteral("sets no credit")));
}

void TestCredits::errors()
{
    CreditInput in;
    QVERIFY(!computeCredit(in).isValid());
    const Availability rules = logit();
    in.rules = &rules;
    AvailabilityInput bad;
    bad.rules = &rules;
    in.availability = computeAvailability(bad, {}); // no period
    QVERIFY(!in.availability.isValid());
    const CreditResult r = computeCredit(in);
    QVERIFY(!r.isValid());
    QCOMPARE(r.error, in.availability.error);
}

void TestCredits::tierEdgesByPercent_data()
{
    QTest::addColumn<QString>("downtime");
    QTest::addColumn<bool>("unsorted");
    QTest::addColumn<QString>("percent");

    // April 2026 in Chicago: 30 days = 2,592,000 s; availability a needs D = (100 - a) % of it.
    // One unit of the last shown digit (0.01) either side of each bound, tiers as written and
    // given in another order (the engine must not depend on it).
    for (const bool unsorted : {false, true}) {
        const char *order = unsorted ? "unsorted" : "as written";
        // 99.91: D = 0.09 % = 2,332.8 s, target met -> 0.
        QTest::addRow("99.91 -> 0 (%s)", order) << "2332.8" << unsorted << "0";
        // 99.89: D = 0.11 % = 2,851.2 s -> below 99.9 only -> 5.
        QTest::addRow("99.89 -> 5 (%s)", order) << "2851.2" << unsorted << "5";
        // 99.01: D = 0.99 % = 25,660.8 s -> 5.
        QTest::addRow("99.01 -> 5 (%s)", order) << "25660.8" << unsorted << "5";
        // 98.99: D = 1.01 % = 26,179.2 s -> below 99.0 -> 10.
        QTest::addRow("98.99 -> 10 (%s)", order) << "26179.2" << unsorted << "10";
        // 95.01: D = 4.99 % = 129,340.8 s -> 10.
        QTest::addRow("95.01 -> 10 (%s)", order) << "129340.8" << unsorted << "10";
        // 94.99: D = 5.01 % = 129,859.2 s -> below 95.0 -> 15.
        QTest::addRow("94.99 -> 15 (%s)", order) << "129859.2" << unsorted << "15";
    }
}

void TestCredits::tierEdgesByPercent()
{
    QFETCH(QString, downtime);
    QFETCH(bool, unsorted);
    QFETCH(QString, percent);
    Availability rules = identityAutomation();
    if (unsorted)
        rules.credits->schedule.tiers = {
            {dec("95.0"), dec("15")}, {dec("99.9"), dec("5")}, {dec("99.0"), dec("10")}};
    const CreditResult r = credit(rules, April2026Chicago, *Decimal::parse(downtime), std::nullopt);
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.creditPercent, *Decimal::parse(percent));
    // The tier line gives the exact reason in time. 98.99: 26,179.2 s = 436.32 min is more
    // than the 1 % of 2,592,000 s = 25,920 s = 432 min that 99.0 % allows.
    if (downtime == u"26179.2")
        QVERIFY2(mentions(r.working, QStringLiteral("counted downtime 436.32 min is more than "
                                                    "the 432 min that 99 % allows")),
                 qPrintable(r.working.lines().join(u'\n')));
}

void TestCredits::unusualSchedules_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("downtime");
    QTest::addColumn<QString>("uncapped");
    QTest::addColumn<QString>("percent");

    // Average month, 2,629,800 s. Steps whose first band (2 points, 10 %) is larger than the
    // step (1 point, 5 %), target 99.9: D = (0.1 + s) % of the month for a shortfall s.
    // s = 2.0 exactly: D = 2.1 % = 55,225.8 s -> still the first band, 10 %.
    QTest::newRow("wide first band: s = 2.0") << "steps"
                                              << "99.9"
                                              << "55225.8"
                                              << "10"
                                              << "10";
    // s = 2.9 (97 %): D = 78,894 s -> 0.9 beyond the band, no full step: 10 %.
    QTest::newRow("wide first band: s = 2.9") << "steps"
                                              << "99.9"
                                              << "78894"
                                              << "10"
                                              << "10";
    // s = 3.0: D = 3.1 % = 81,523.8 s -> one full step: 15 %.
    QTest::newRow("wide first band: s = 3.0") << "steps"
                                              << "99.9"
                                              << "81523.8"
                                              << "15"
                                              << "15";
    // s = 4.5: D = 4.6 % = 120,970.8 s -> two full steps (2.5 beyond the band): 20 %.
    QTest::newRow("wide first band: s = 4.5") << "steps"
                                              << "99.9"
                                              << "120970.8"
                                              << "20"
                                              << "20";
    // s = 10: D = 10.1 % = 265,609.8 s -> eight full steps: 10 + 40 = 50 %, capped at 25 %.
    QTest::newRow("wide first band: capped") << "steps"
                                             << "99.9"
                                             << "265609.8"
                                             << "50"
                                             << "25";
    // Target 100 %: any downtime misses it. One second: flat 10 %; steps: s = 100 / 2,629,800
    // points, inside the first band: 10 %; tiers (below 100 -> 5 %): 5 %.
    QTest::newRow("target 100, 1 s: flat") << "flat"
                                           << "100"
                                           << "1"
                                           << "10"
                                           << "10";
    QTest::newRow("target 100, 1 s: steps") << "steps"
                                            << "100"
                                            << "1"
                                            << "10"
                                            << "10";
    QTest::newRow("target 100, 1 s: tiers") << "tiers"
                                            << "100"
                                            << "1"
                                            << "5"
                                            << "5";
    QTest::newRow("target 100, none: met") << "flat"
                                           << "100"
                                           << "0"
                                           << "0"
                                           << "0";
}

void TestCredits::unusualSchedules()
{
    QFETCH(QString, kind);
    QFETCH(QString, target);
    QFETCH(QString, downtime);
    QFETCH(QString, uncapped);
    QFETCH(QString, percent);
    Availability rules;
    rules.target = *Decimal::parse(target);
    rules.monthLength = MonthLength::Average;
    Credits c;
    c.capPercent = dec("25");
    if (kind == u"steps") {
        c.schedule.kind = ScheduleKind::Steps;
        c.schedule.firstBand = dec("2");
        c.schedule.firstPercent = dec("10");
        c.schedule.step = dec("1");
        c.schedule.stepPercent = dec("5");
    } else if (kind == u"flat") {
        c.schedule.kind = ScheduleKind::Flat;
        c.schedule.percent = dec("10");
    } else {
        c.schedule.kind = ScheduleKind::Tiers;
        c.schedule.tiers = {{dec("100"), dec("5")}, {dec("90"), dec("20")}};
    }
    rules.credits = c;
    const CreditResult r = credit(rules, March2026Average, *Decimal::parse(downtime), std::nullopt);
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.uncappedPercent, *Decimal::parse(uncapped));
    QCOMPARE(r.creditPercent, *Decimal::parse(percent));
    QCOMPARE(r.capApplied, r.uncappedPercent > r.creditPercent);
}

void TestCredits::bases_data()
{
    QTest::addColumn<int>("base");
    QTest::addColumn<QString>("fee");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<QString>("amount");

    const int monthly = int(CreditBase::MonthlyFee);
    const int twelfth = int(CreditBase::AnnualFeeTwelfth);
    const int service = int(CreditBase::AffectedServiceFee);
    // 5 % of 123.45 = 6.1725 -> 6.17.
    QTest::newRow("monthly fee") << monthly << "123.45"
                                 << "5"
                                 << "6.17";
    // 5 % of 0.50 = 0.025 -> 0.03 half away from zero (half even would give 0.02).
    QTest::newRow("monthly fee, half away") << monthly << "0.50"
                                            << "5"
                                            << "0.03";
    // The affected service's fee: 10 % of 35.55 = 3.555 -> 3.56.
    QTest::newRow("affected service fee") << service << "35.55"
                                          << "10"
                                          << "3.56";
    // 5 % of 2,400.00 / 12 = 5 % of 200.00 = 10.00.
    QTest::newRow("annual / 12, divisible") << twelfth << "2400.00"
                                            << "5"
                                            << "10.00";
    // Not divisible by 12: 2,401.19 x 5 / 1200 = 10.0049583... -> 10.00. Rounding the twelfth
    // first (200.0991... -> 200.10) and then 5 % (10.005 -> 10.01) would round twice.
    QTest::newRow("annual / 12, not divisible") << twelfth << "2401.19"
                                                << "5"
                                                << "10.00";
    // 1,000.00 x 15 / 1200 = 12.5 -> 12.50 exactly.
    QTest::newRow("annual / 12, 15 %") << twelfth << "1000.00"
                                       << "15"
                                       << "12.50";
    // 0.06 x 50 / 1200 = 0.0025 -> 0.00 (the twelfth 0.005 -> 0.01 then 50 % -> 0.005 -> 0.01
    // would be double rounding).
    QTest::newRow("annual / 12, tiny") << twelfth << "0.06"
                                       << "50"
                                       << "0.00";
}

void TestCredits::bases()
{
    QFETCH(int, base);
    QFETCH(QString, fee);
    QFETCH(QString, percent);
    QFETCH(QString, amount);
    Availability rules;
    rules.target = dec("99.9");
    Credits c;
    c.schedule.kind = ScheduleKind::Flat;
    c.schedule.percent = *Decimal::parse(percent);
    c.base = CreditBase(base);
    rules.credits = c;
    // A day down in April (Chicago): missed, so the flat percent applies.
    const CreditResult r = credit(rules, April2026Chicago, Decimal::fromInt(86400),
                                  Money::parse(fee, QStringLiteral("USD")));
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.creditAmount, Money::parse(amount, QStringLiteral("USD")));
    QVERIFY2(mentions(r.working, QStringLiteral("rounded half away from zero")),
             qPrintable(r.working.lines().join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCredits)
#include "tst_credits.moc"
