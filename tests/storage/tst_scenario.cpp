#include "claimdraft.h"
#include "obligations.h"
#include "sampleworkspace.h"
#include "scenario.h"

#include <QTest>

using namespace termlens;
using namespace Qt::StringLiterals;

// What-if scenarios, claim drafts and the obligations calendar on the sample agreements, with
// figures worked out by hand from the agreements' rules.
class TestScenario final : public QObject
{
    Q_OBJECT

private:
    QList<SampleAgreement> m_samples;
    ScenarioAgreement agreement(const QString &id) const
    {
        for (const SampleAgreement &s : m_samples) {
            if (s.sheet.id == id)
                return {s.sheet, s.subscription};
        }
        qFatal("no sample %s", qPrintable(id));
    }

private slots:
    void initTestCase();
    void allowances_data();
    void allowances();
    void logitWorkedExamples_data();
    void logitWorkedExamples();
    void noAvailabilityTermsIsAnError();
    void stepCurveJumpsWhereTheRulesSay();
    void alliantsCountsWholePeriods_data();
    void alliantsCountsWholePeriods();
    void alliantsCurveJumpsAtAPeriodBoundary();
    void allowanceIsTheLastSecondMet_data();
    void allowanceIsTheLastSecondMet();
    void yearTotals();
    void draftIsPlainTextWithEveryIncident();
    void calendarUidsAreStable();
};

void TestScenario::initTestCase()
{
    auto loaded = loadSampleAgreements();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
    m_samples = *loaded.value;
}

void TestScenario::allowances_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("seconds");
    // Logit.io: 0.1 % of the 730.5-hour average month = 2,629.8 s (43.83 min), every month.
    QTest::newRow("logit february") << u"logit-io"_s << 2 << u"2629.8"_s;
    // Identity Automation: 0.1 % of a 31-day month (2,678,400 s) = 2,678.4 s.
    QTest::newRow("identity january") << u"identity-automation"_s << 1 << u"2678.4"_s;
    // Alliants, 5-minute periods, any downtime loses one: 0.05 % of February 2026 (28 days,
    // 2,419,200 s) = 1,209.6 s holds 4 whole periods (1,200 s); a fifth would be 1,500 s.
    QTest::newRow("alliants february") << u"alliants"_s << 2 << u"1200"_s;
    // Europe/London, March 2026 has 743 hours (clocks go forward): 0.05 % of 2,674,800 s =
    // 1,337.4 s, still 4 whole periods.
    QTest::newRow("alliants march dst") << u"alliants"_s << 3 << u"1200"_s;
}

void TestScenario::allowances()
{
    QFETCH(QString, id);
    QFETCH(int, month);
    QFETCH(QString, seconds);
    const auto allowed = allowedDowntimeSeconds(agreement(id).sheet, 2026, month);
    QVERIFY(allowed);
    QCOMPARE(allowed->toCanonicalString(), seconds);
}

void TestScenario::logitWorkedExamples_data()
{
    QTest::addColumn<QString>("minutes");
    QTest::addColumn<bool>("met");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<QString>("amount");
    // Sched. 3 worked example 2: 97 % against 99.9 % → 10 % (of £1,180.00 + £540.00).
    QTest::newRow("97 %") << u"1314.9"_s << false << u"10"_s << u"172.00"_s;
    // Worked example 1's 43.83 min is exactly the allowance: met, nothing owed.
    QTest::newRow("43.83 min") << u"43.83"_s << true << u"0"_s << u"0.00"_s;
    // 100 % down (43,830 min): 99.9 points short → 5 % + 98 × 5 %, capped at 100 %.
    QTest::newRow("whole month") << u"43830"_s << false << u"100"_s << u"1720.00"_s;
}

void TestScenario::logitWorkedExamples()
{
    QFETCH(QString, minutes);
    const ScenarioCredit c = scenarioCredit(agreement(u"logit-io"_s), 2026, 6,
                                            *Decimal::parse(minutes) * Decimal::fromInt(60));
    QVERIFY2(c.ok(), qPrintable(c.error));
    QTEST(c.slaMet, "met");
    QTEST(c.creditPercent.toCanonicalString(), "percent");
    QVERIFY(c.amount);
    QTEST(c.amount->toString(), "amount");
    QCOMPARE(c.currency, u"GBP"_s);
    // The working names each stack (the base is each affected service's fee).
    QVERIFY(c.working.lines().join(u'\n').contains(u"Service Metrics Stack:"_s));
}

void TestScenario::noAvailabilityTermsIsAnError()
{
    ScenarioAgreement bare = agreement(u"logit-io"_s);
    bare.sheet.terms.availability.reset();
    const ScenarioCredit c = scenarioCredit(bare, 2026, 6, Decimal::fromInt(60));
    QVERIFY(!c.ok());
    QVERIFY(c.error.contains(u"logit-io"_s));
    QVERIFY(!allowedDowntimeSeconds(bare.sheet, 2026, 6));
    QVERIFY(scenarioCurve(bare, 2026, 6, 60, 1).percent.isEmpty());
    const ScenarioYear y = scenarioYear(bare, 2026, {});
    QVERIFY(!y.error.isEmpty());
}

void TestScenario::stepCurveJumpsWhereTheRulesSay()
{
    // Identity Automation, June 2026 (43,200 min): 5 % from just over 43.2 min (below 99.9),
    // 10 % from just over 432 min (below 99.0), 15 % from just over 2,160 min (below 95.0).
    const ScenarioCurve curve =
        scenarioCurve(agreement(u"identity-automation"_s), 2026, 6, 2880, 10);
    QList<QPointF> jumps;
    for (int i = 1; i < curve.percent.size(); ++i) {
        if (curve.percent[i].x() == curve.percent[i - 1].x())
            jumps << curve.percent[i];
    }
    QCOMPARE(jumps.size(), 3);
    QCOMPARE(jumps[0], QPointF(43.21, 5));
    QCOMPARE(jumps[1], QPointF(432.01, 10));
    QCOMPARE(jumps[2], QPointF(2160.01, 15));
    QCOMPARE(curve.percent.first(), QPointF(0, 0));
    QCOMPARE(curve.percent.last(), QPointF(2880, 15));
    // Money: 5 % of $4,774.05 = $238.70, PhishID's $1.00 is not greater than $1: $238.70.
    QCOMPARE(curve.money.size(), curve.percent.size());
}

void TestScenario::alliantsCountsWholePeriods_data()
{
    QTest::addColumn<QString>("seconds");
    QTest::addColumn<QString>("availability");
    QTest::addColumn<QString>("amount");
    // Alliants SLA clause 2: 5-minute periods; a period with any downtime is lost; target
    // 99.95 %; flat 10 % of each affected service's fee (Platform £2,400 + Messaging £600).
    // February 2026 has 8,064 periods; 0.05 % of them is 4.032, so 4 lost periods are allowed.
    // One 30-second blip costs a whole period: 1 of 8,064 = 99.9876 %, no credit.
    QTest::newRow("30 s blip") << u"30"_s << u"99.9876"_s << u"0.00"_s;
    // 20 minutes exactly: 4 periods, 99.9504 %, still met.
    QTest::newRow("20 min") << u"1200"_s << u"99.9504"_s << u"0.00"_s;
    // One second more touches a fifth period: 5 of 8,064 lost = 99.9380 % -> 10 % of
    // £2,400 + 10 % of £600 = £300.00. Counted as given (1,201 s), it would still be met.
    QTest::newRow("20 min 1 s") << u"1201"_s << u"99.9380"_s << u"300.00"_s;
}

void TestScenario::alliantsCountsWholePeriods()
{
    QFETCH(QString, seconds);
    QFETCH(QString, availability);
    QFETCH(QString, amount);
    const ScenarioCredit c =
        scenarioCredit(agreement(u"alliants"_s), 2026, 2, *Decimal::parse(seconds));
    QVERIFY2(c.ok(), qPrintable(c.error));
    QCOMPARE(c.availabilityPercent.toString(4), availability);
    QVERIFY(c.amount);
    QCOMPARE(c.amount->toString(), amount);
    QVERIFY2(c.working.lines().join(u'\n').contains(u"5-minute periods"_s),
             qPrintable(c.working.lines().join(u'\n')));
}

void TestScenario::alliantsCurveJumpsAtAPeriodBoundary()
{
    // With whole periods the credit starts just past 20 minutes (the fifth period), not at
    // the 20.16 minutes (1,209.6 s) the percentage alone allows.
    const ScenarioCurve curve = scenarioCurve(agreement(u"alliants"_s), 2026, 2, 30, 1);
    QList<double> jumps;
    for (qsizetype i = 1; i < curve.percent.size(); ++i)
        if (curve.percent[i].x() == curve.percent[i - 1].x() &&
            curve.percent[i].y() != curve.percent[i - 1].y())
            jumps << curve.percent[i].x();
    QCOMPARE(jumps, QList<double>{20.01});
}

void TestScenario::allowanceIsTheLastSecondMet_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("wholePeriodsOnly"); // Alliants read as "unavailable only if whole"
    QTest::addColumn<QString>("seconds");
    // Continuous: 0.1 % of 43,830 min = 2,629.8 s, met at exactly that.
    QTest::newRow("logit continuous") << u"logit-io"_s << false << u"2629.8"_s;
    // Any downtime loses a period: 4 periods of 300 s fit in 1,209.6 s.
    QTest::newRow("alliants any downtime") << u"alliants"_s << false << u"1200"_s;
    // Only whole periods lost: 1,499 s covers 4 whole periods; 1,500 s covers a fifth.
    QTest::newRow("alliants whole periods") << u"alliants"_s << true << u"1499"_s;
}

void TestScenario::allowanceIsTheLastSecondMet()
{
    QFETCH(QString, id);
    QFETCH(bool, wholePeriodsOnly);
    QFETCH(QString, seconds);
    ScenarioAgreement a = agreement(id);
    if (wholePeriodsOnly)
        a.sheet.terms.availability->measurement.unavailableIf = UnavailableIf::WholeInterval;
    const auto allowed = allowedDowntimeSeconds(a.sheet, 2026, 2);
    QVERIFY(allowed);
    QCOMPARE(allowed->toCanonicalString(), seconds);
    // The scenario agrees: met at the allowance, missed one second later.
    QVERIFY(scenarioCredit(a, 2026, 2, *allowed).slaMet);
    QVERIFY(!scenarioCredit(a, 2026, 2, *allowed + Decimal::fromInt(1)).slaMet);
}

void TestScenario::yearTotals()
{
    // 60 minutes in every month of 2026 at Identity Automation: 60 min is over 0.1 % of every
    // month (at most 44.64 min) and under 1 % → 5 % each month: $238.70 (PhishID $1.00 is not
    // greater than $1) × 12 = $2,864.40.
    QList<Decimal> minutes(12, Decimal::fromInt(60));
    const ScenarioYear y = scenarioYear(agreement(u"identity-automation"_s), 2026, minutes);
    QVERIFY2(y.error.isEmpty(), qPrintable(y.error));
    QCOMPARE(y.monthsMissed, 12);
    QVERIFY(y.totalAmount);
    QCOMPARE(y.totalAmount->toString(), u"2864.40"_s);
    QCOMPARE(y.currency, u"USD"_s);
}

void TestScenario::draftIsPlainTextWithEveryIncident()
{
    ScenarioAgreement a = agreement(u"alliants"_s);
    a.sheet.vendor = u"<img src=\"file:///etc/passwd\">"_s;
    // A month with two counted incidents on Platform (hand-made ledger row).
    CreditLedgerRow row;
    row.agreementId = a.sheet.id;
    row.vendor = a.sheet.vendor;
    row.service = u"Platform"_s;
    row.year = 2026;
    row.month = 6;
    row.currency = u"GBP"_s;
    row.claimDeadline = QDate(2026, 7, 31);
    row.hasCreditTerms = true;
    row.credit.availability.period =
        monthPeriod(2026, 6, u"Europe/London"_s, MonthLength::Calendar);
    // 2026-06-03 09:10-09:40 BST = 08:10-08:40 UTC; 2026-06-20 12:00:00-12:00:45 BST.
    const qint64 first = QDateTime(QDate(2026, 6, 3), QTime(8, 10), Qt::UTC).toSecsSinceEpoch();
    const qint64 second = QDateTime(QDate(2026, 6, 20), QTime(11, 0), Qt::UTC).toSecsSinceEpoch();
    row.credit.availability.counted = {{first, first + 1800}, {second, second + 45}};
    row.credit.credit.creditPercent = Decimal::fromInt(10);
    row.credit.credit.slaMet = false;
    row.credit.credit.base = Money(240000, u"GBP"_s);
    row.credit.credit.creditAmount = Money(24000, u"GBP"_s);
    Outage o;
    o.agreementId = a.sheet.id;
    o.service = u"Platform"_s;
    o.start = first + 120;
    o.end = first + 1200;
    o.reference = u"INC-1"_s;
    o.notes = u"=HYPERLINK(\"x\")"_s;
    Outage other = o;
    other.service = u"Messaging"_s;
    other.reference = u"INC-M"_s;
    const ClaimDraft draft = draftClaim(a.sheet, a.subscription, row, {o, other});
    QVERIFY(draft.subject.startsWith(u"SLA Credit Request: <img src=\"file:///etc/passwd\">"_s));
    QVERIFY2(draft.body.contains(u"1. 2026-06-03 09:10 BST (UTC+01:00) to 2026-06-03 09:40 BST "
                                 "(UTC+01:00), duration 0 h 30 min"_s) ||
                 draft.body.contains(u"1. 2026-06-03 09:10 BST (UTC+01:00) to 2026-06-03 09:40 "
                                     "BST (UTC+01:00), duration 30 min"_s),
             qPrintable(draft.body));
    QVERIFY2(draft.body.contains(u"duration 45 s"_s) || draft.body.contains(u"0 min 45 s"_s),
             qPrintable(draft.body));
    QVERIFY(draft.body.contains(u"- INC-1 (Platform): =HYPERLINK(\"x\")"_s));
    QVERIFY(!draft.body.contains(u"INC-M"_s)); // another service's record
    QVERIFY(draft.body.contains(u"Affected account: northwind-analytics"_s));
    QVERIFY(draft.body.contains(u"Service credit: 10 % of 2400.00 GBP = 240.00 GBP"_s));
    QVERIFY(draft.requirements.contains(u"SLA Credit Request"_s));
    QVERIFY(draft.text().startsWith(u"Subject: "_s + draft.subject + u"\n\n"_s));
}

void TestScenario::calendarUidsAreStable()
{
    Obligation o;
    o.agreementId = u"identity-automation"_s;
    o.vendor = u"Identity Automation"_s;
    o.kind = ObligationKind::CreditClaim;
    o.date = QDate(2026, 7, 31);
    o.what = u"Claim; the credit, for May"_s;
    o.clause = u"App. A §4"_s;
    o.key = u"claim-2026-05-Identity Platform"_s;
    const Calendar calendar = obligationsCalendar({o}, 1783252800);
    QCOMPARE(calendar.events.size(), 1);
    QCOMPARE(calendar.events.first().uid,
             u"identity-automation-claim-2026-05-Identity-Platform-20260731@termlens"_s);
    QCOMPARE(calendar.events.first().alarms.size(), 2);
    QCOMPARE(calendar.events.first().alarms.first().trigger, u"-P14D"_s);
    const QByteArray ics = calendarToIcs(calendar);
    QVERIFY(ics.contains("SUMMARY:Identity Automation: Claim\\; the credit\\, for May\r\n"));
}

QTEST_MAIN(TestScenario)
#include "tst_scenario.moc"
