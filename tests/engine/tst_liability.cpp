#include "liability.h"
#include "payments.h"
#include "termsheetjson.h"

#include <QFile>
#include <QTest>

using namespace termlens;

// Liability caps at a claim date and the payments CSV, worked by hand from DOMAIN.md
// "Liability cap at a claim date", Logit.io 13.5, Alliantist 5.5 and Identity Automation 11.2.
class TestLiability final : public QObject
{
    Q_OBJECT

private slots:
    void previousContractYear_data();
    void previousContractYear();
    void leapYearStart();
    void twelveMonthsBeforeClaim();
    void fixedAmount();
    void edges_data();
    void edges();
    void sampleCaps();
    void failures_data();
    void failures();
    void csvValid();
    void csvErrors_data();
    void csvErrors();
};

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Payment pay(const char *date, qint64 minor, const char *currency = "GBP")
{
    return Payment{d(date), Money(minor, QString::fromLatin1(currency)), {}};
}

// Logit.io 13.5: 125 % of Charges paid in the immediately preceding Contract Year; in the first
// Contract Year, 125 % of Charges paid for the first year; never more than insurers pay.
LiabilityCap logitCap()
{
    LiabilityCap cap;
    cap.multiplier = *Decimal::parse(u"1.25");
    cap.basis = LiabilityBasis::FeesPaidPreviousContractYear;
    cap.firstYear = FirstYearBasis::FeesPaidFirstContractYear;
    cap.carveOuts = {QStringLiteral("Death or personal injury caused by negligence (13.3.1)")};
    cap.insuranceLimited = true;
    cap.citation.clause = QStringLiteral("13.5");
    return cap;
}

// Contract years from 2024-03-01: year 1 is 2024-03-01 .. 2025-02-28, year 2 2025-03-01 ..
// 2026-02-28, year 3 from 2026-03-01. Payments on both sides of each anniversary; a payment
// on the anniversary belongs to the year that begins that day.
QList<Payment> logitPayments()
{
    return {pay("2025-03-01", 120000),  // year 2, on the anniversary (listed out of order)
            pay("2024-03-01", 100000),  // year 1, first day
            pay("2024-09-01", 100000),  // year 1
            pay("2025-02-28", 50000),   // year 1, last day
            pay("2025-09-01", 120000),  // year 2
            pay("2026-03-01", 130000)}; // year 3, on the anniversary
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *w : list)
        result << QString::fromUtf8(w);
    return result;
}

} // namespace

void TestLiability::previousContractYear_data()
{
    QTest::addColumn<bool>("firstYearRule");
    QTest::addColumn<QDate>("claim");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<qint64>("paid");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<int>("count");

    // Year 2 claim: window year 1 = 1000 + 1000 + 500 = 2500.00; x 1.25 = 3125.00.
    QTest::newRow("claim in year 2") << true << d("2026-01-10") << d("2024-03-01")
                                     << d("2025-02-28") << qint64(250000) << qint64(312500) << 3;
    QTest::newRow("claim on the last day of year 2")
        << true << d("2026-02-28") << d("2024-03-01") << d("2025-02-28") << qint64(250000)
        << qint64(312500) << 3;
    // Year 3 claim on its first day: window year 2 = 1200 + 1200 = 2400.00; x 1.25 = 3000.00.
    // The 2026-03-01 payment is in year 3, not in the window.
    QTest::newRow("claim on the anniversary starting year 3")
        << true << d("2026-03-01") << d("2025-03-01") << d("2026-02-28") << qint64(240000)
        << qint64(300000) << 2;
    // First year with the first-year rule: paid up to the claim date 2024-10-15 = 1000 + 1000 =
    // 2000.00; x 1.25 = 2500.00.
    QTest::newRow("Logit.io first contract year")
        << true << d("2024-10-15") << d("2024-03-01") << d("2024-10-15") << qint64(200000)
        << qint64(250000) << 2;
    QTest::newRow("first contract year, claim on the start date")
        << true << d("2024-03-01") << d("2024-03-01") << d("2024-03-01") << qint64(100000)
        << qint64(125000) << 1;
    // Without a first-year rule (Alliantist 5.5) there is no previous year: nothing, cap zero.
    QTest::newRow("first contract year, no first-year rule")
        << false << d("2024-10-15") << QDate() << QDate() << qint64(0) << qint64(0) << 0;
}

void TestLiability::previousContractYear()
{
    QFETCH(bool, firstYearRule);
    QFETCH(QDate, claim);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(qint64, paid);
    QFETCH(qint64, cap);
    QFETCH(int, count);

    LiabilityCap terms = logitCap();
    if (!firstYearRule)
        terms.firstYear.reset();
    const auto r =
        liabilityCap(terms, QStringLiteral("GBP"), d("2024-03-01"), logitPayments(), claim);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->windowFrom, from);
    QCOMPARE(r.value->windowTo, to);
    QCOMPARE(r.value->paidInWindow, Money(paid, QStringLiteral("GBP")));
    QCOMPARE(r.value->paymentsInWindow.size(), count);
    QCOMPARE(r.value->cap, Money(cap, QStringLiteral("GBP")));
    QCOMPARE(r.value->multiplier, *Decimal::parse(u"1.25"));
    QCOMPARE(r.value->insuranceLimited, true);
    QCOMPARE(r.value->carveOuts, terms.carveOuts);
    QCOMPARE(r.value->firstYearRule, firstYearRule && claim < d("2025-03-01"));
    // Payments in the window come in date order.
    for (qsizetype i = 1; i < r.value->paymentsInWindow.size(); ++i)
        QVERIFY(r.value->paymentsInWindow[i - 1].date <= r.value->paymentsInWindow[i].date);
    const QString working = r.value->working.lines().join(u'\n');
    QVERIFY2(working.contains(QStringLiteral("13.5")), qPrintable(working));
    if (!firstYearRule)
        QVERIFY2(working.contains(QStringLiteral("window is empty")), qPrintable(working));
}

void TestLiability::leapYearStart()
{
    // Start 29 Feb 2024: year 1 ends the day before 28 Feb 2025 (the clamped anniversary), so
    // 27 Feb 2025 is in year 1 and 28 Feb 2025 starts year 2. Claim 2025-03-10 is in year 2.
    LiabilityCap terms;
    terms.basis = LiabilityBasis::FeesPaidPreviousContractYear;
    terms.multiplier = Decimal::fromInt(1);
    const QList<Payment> payments = {pay("2024-02-29", 1000), pay("2025-02-27", 2000),
                                     pay("2025-02-28", 4000)};
    const auto r =
        liabilityCap(terms, QStringLiteral("GBP"), d("2024-02-29"), payments, d("2025-03-10"));
    QVERIFY(r.ok());
    QCOMPARE(r.value->windowFrom, d("2024-02-29"));
    QCOMPARE(r.value->windowTo, d("2025-02-27"));
    QCOMPARE(r.value->cap, Money(3000, QStringLiteral("GBP")));
    // Rounding: 1.25 x 1000.02 = 1250.025, half away from zero: 1250.03.
    LiabilityCap logit = logitCap();
    const auto rounded = liabilityCap(logit, QStringLiteral("GBP"), d("2024-03-01"),
                                      {pay("2024-05-01", 100002)}, d("2025-06-01"));
    QVERIFY(rounded.ok());
    QCOMPARE(rounded.value->cap, Money(125003, QStringLiteral("GBP")));
}

void TestLiability::twelveMonthsBeforeClaim()
{
    // Identity Automation 11.2: 100 % of fees paid in the 12 months preceding the claim.
    // Claim 2025-03-10: window 2024-03-10 .. 2025-03-09, both days included; the claim day
    // itself is outside. In: 6000.00 + 100.50 = 6100.50; cap = 6100.50 USD.
    LiabilityCap terms;
    terms.basis = LiabilityBasis::FeesPaid12MonthsBeforeClaim;
    terms.multiplier = *Decimal::parse(u"1.0");
    terms.carveOuts = {QStringLiteral("Duty to indemnify (8.2)")};
    const QList<Payment> payments = {
        pay("2024-03-09", 500000, "USD"), pay("2024-03-10", 600000, "USD"),
        pay("2025-03-09", 10050, "USD"), pay("2025-03-10", 700000, "USD")};
    const auto r = liabilityCap(terms, QStringLiteral("USD"), QDate(), payments, d("2025-03-10"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->windowFrom, d("2024-03-10"));
    QCOMPARE(r.value->windowTo, d("2025-03-09"));
    QCOMPARE(r.value->paymentsInWindow.size(), 2);
    QCOMPARE(r.value->paidInWindow, Money(610050, QStringLiteral("USD")));
    QCOMPARE(r.value->cap, Money(610050, QStringLiteral("USD")));
    QCOMPARE(r.value->insuranceLimited, false);
    QVERIFY(r.value->working.lines().join(u'\n').contains(QStringLiteral("Outside the cap")));
    // Claim on 29 Feb 2024: 29 Feb 2023 does not exist, so the window opens on 28 Feb 2023.
    const auto leap =
        liabilityCap(terms, QStringLiteral("USD"), QDate(), payments, d("2024-02-29"));
    QVERIFY(leap.ok());
    QCOMPARE(leap.value->windowFrom, d("2023-02-28"));
    QCOMPARE(leap.value->windowTo, d("2024-02-28"));
    QCOMPARE(leap.value->cap, Money(0, QStringLiteral("USD")));
    // A refund of 250.00 and no payment in the window (claim 2025-06-01: 2024-06-01 ..
    // 2025-05-31): net -250.00 paid, but the cap is never below zero.
    const auto refunds = liabilityCap(terms, QStringLiteral("USD"), QDate(),
                                      {pay("2025-01-10", -25000, "USD")}, d("2025-06-01"));
    QVERIFY(refunds.ok());
    QCOMPARE(refunds.value->paidInWindow, Money(-25000, QStringLiteral("USD")));
    QCOMPARE(refunds.value->cap, Money(0, QStringLiteral("USD")));
    QVERIFY(refunds.value->working.lines().join(u'\n').contains(QStringLiteral("Refunds")));
}

void TestLiability::fixedAmount()
{
    LiabilityCap terms;
    terms.basis = LiabilityBasis::FixedAmount;
    terms.amount = *Decimal::parse(u"250000");
    auto r = liabilityCap(terms, QStringLiteral("GBP"), QDate(), {pay("2024-01-01", 1)},
                          d("2025-01-01"));
    QVERIFY(r.ok());
    QCOMPARE(r.value->cap, Money(25000000, QStringLiteral("GBP")));
    QVERIFY(!r.value->windowFrom.isValid());
    QVERIFY(r.value->paymentsInWindow.isEmpty());
    // 2 x 250000 = 500000.00.
    terms.multiplier = Decimal::fromInt(2);
    r = liabilityCap(terms, QStringLiteral("GBP"), QDate(), {}, d("2025-01-01"));
    QVERIFY(r.ok());
    QCOMPARE(r.value->cap, Money(50000000, QStringLiteral("GBP")));
}

namespace {

// "2025-03-01:100000 2026-02-28:-500" -> payments in GBP minor units.
QList<Payment> payments(const char *list)
{
    QList<Payment> result;
    const QStringList parts = QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList dateAmount = part.split(u':');
        result << Payment{QDate::fromString(dateAmount[0], Qt::ISODate),
                          Money(dateAmount[1].toLongLong(), QStringLiteral("GBP")),
                          {}};
    }
    return result;
}

} // namespace

void TestLiability::edges_data()
{
    QTest::addColumn<int>("basis");
    QTest::addColumn<QString>("multiplier");
    QTest::addColumn<bool>("firstYear");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("claim");
    QTest::addColumn<QList<Payment>>("paid");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<qint64>("inWindow");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<int>("count");
    const int previous = int(LiabilityBasis::FeesPaidPreviousContractYear);
    const int twelve = int(LiabilityBasis::FeesPaid12MonthsBeforeClaim);

    // Alliantist 5.5 (x1, no first-year rule), start 2025-03-01. Claim on the anniversary
    // 2026-03-01 opens year 2, window year 1 = 2025-03-01 .. 2026-02-28 with both edges in:
    // 1000.00 + 500.00; the 2026-03-01 payment (year 2) and one before the start are out.
    QTest::newRow("previous year, claim on the anniversary, payments on both edges")
        << previous << "1" << false << d("2025-03-01") << d("2026-03-01")
        << payments("2025-02-28:30000 2025-03-01:100000 2026-02-28:50000 2026-03-01:70000")
        << d("2025-03-01") << d("2026-02-28") << qint64(150000) << qint64(150000) << 2;
    // The last day of year 1: no previous year, no first-year rule: nothing counts.
    QTest::newRow("previous year, last day of the first year, no rule")
        << previous << "1" << false << d("2025-03-01") << d("2026-02-28")
        << payments("2025-03-01:100000") << QDate() << QDate() << qint64(0) << qint64(0) << 0;
    // Logit.io 13.5 (x1.25, first-year rule), start 29 Feb 2024: year 1 ends 2025-02-27 (the
    // anniversary clamps to 28 Feb). Claim on 2025-02-27: first-year rule, start .. claim:
    // 1000.01 + 0.01 = 1000.02; x 1.25 = 1250.025 -> 1250.03 (half away from zero).
    QTest::newRow("Logit first year from 29 Feb, claim on its last day")
        << previous << "1.25" << true << d("2024-02-29") << d("2025-02-27")
        << payments("2024-02-29:100001 2025-02-27:1 2025-02-28:5000") << d("2024-02-29")
        << d("2025-02-27") << qint64(100002) << qint64(125003) << 2;
    // Claim on 2025-02-28 is in year 2: window year 1, the same two payments.
    QTest::newRow("Logit from 29 Feb, claim on the clamped anniversary")
        << previous << "1.25" << true << d("2024-02-29") << d("2025-02-28")
        << payments("2024-02-29:100001 2025-02-27:1 2025-02-28:5000") << d("2024-02-29")
        << d("2025-02-27") << qint64(100002) << qint64(125003) << 2;
    // Claim 2028-02-29 opens the fifth contract year (start + 48 months); the window is the
    // fourth, 2027-02-28 .. 2028-02-28: 20.00 + 40.00 = 60.00; x 1.25 = 75.00.
    QTest::newRow("Logit from 29 Feb, claim on 29 Feb 2028")
        << previous << "1.25" << true << d("2024-02-29") << d("2028-02-29")
        << payments("2027-02-27:1000 2027-02-28:2000 2028-02-28:4000 2028-02-29:8000")
        << d("2027-02-28") << d("2028-02-28") << qint64(6000) << qint64(7500) << 2;
    // A day earlier is still the fourth year: the window is the third, 2026-02-28 ..
    // 2027-02-27: 10.00 x 1.25 = 12.50.
    QTest::newRow("Logit from 29 Feb, claim on 28 Feb 2028")
        << previous << "1.25" << true << d("2024-02-29") << d("2028-02-28")
        << payments("2027-02-27:1000 2027-02-28:2000 2028-02-28:4000 2028-02-29:8000")
        << d("2026-02-28") << d("2027-02-27") << qint64(1000) << qint64(1250) << 1;
    QTest::newRow("previous year, no payments")
        << previous << "1.25" << true << d("2024-03-01") << d("2025-06-01") << payments("")
        << d("2024-03-01") << d("2025-02-28") << qint64(0) << qint64(0) << 0;
    // 1.25 x 0.01 = 0.0125 -> 0.01; 1.25 x 0.02 = 0.025 -> 0.03; 1.25 x 0.06 = 0.075 -> 0.08.
    QTest::newRow("x1.25 of 0.01 rounds down")
        << previous << "1.25" << true << d("2024-03-01") << d("2025-06-01")
        << payments("2024-05-01:1") << d("2024-03-01") << d("2025-02-28") << qint64(1) << qint64(1)
        << 1;
    QTest::newRow("x1.25 of 0.02 rounds half up")
        << previous << "1.25" << true << d("2024-03-01") << d("2025-06-01")
        << payments("2024-05-01:2") << d("2024-03-01") << d("2025-02-28") << qint64(2) << qint64(3)
        << 1;
    QTest::newRow("x1.25 of 0.06 rounds half up")
        << previous << "1.25" << true << d("2024-03-01") << d("2025-06-01")
        << payments("2024-05-01:6") << d("2024-03-01") << d("2025-02-28") << qint64(6) << qint64(8)
        << 1;
    // A refund larger than the window's payments: -50.00 on balance; a cap is never negative.
    QTest::newRow("refunds outweigh payments: cap zero")
        << previous << "1.25" << true << d("2024-03-01") << d("2025-06-01")
        << payments("2024-05-01:10000 2024-06-01:-15000") << d("2024-03-01") << d("2025-02-28")
        << qint64(-5000) << qint64(0) << 2;
    // Identity Automation 11.2 (x1): claim 2026-01-01, window 2025-01-01 .. 2025-12-31, both
    // edges in (2.00 + 4.00), the day before the window and the claim day out.
    QTest::newRow("12 months, claim on New Year's Day")
        << twelve << "1" << false << QDate() << d("2026-01-01")
        << payments("2024-12-31:100 2025-01-01:200 2025-12-31:400 2026-01-01:800")
        << d("2025-01-01") << d("2025-12-31") << qint64(600) << qint64(600) << 2;
    // Claim 31 Mar 2025: 12 months earlier is 31 Mar 2024; the window ends 30 Mar 2025.
    QTest::newRow("12 months, claim at a month end")
        << twelve << "1" << false << QDate() << d("2025-03-31")
        << payments("2024-03-30:100 2024-03-31:200 2025-03-30:400 2025-03-31:800")
        << d("2024-03-31") << d("2025-03-30") << qint64(600) << qint64(600) << 2;
    QTest::newRow("12 months, no payments")
        << twelve << "1" << false << QDate() << d("2025-06-01") << payments("") << d("2024-06-01")
        << d("2025-05-31") << qint64(0) << qint64(0) << 0;
}

void TestLiability::edges()
{
    QFETCH(int, basis);
    QFETCH(QString, multiplier);
    QFETCH(bool, firstYear);
    QFETCH(QDate, start);
    QFETCH(QDate, claim);
    QFETCH(QList<Payment>, paid);
    LiabilityCap terms;
    terms.basis = LiabilityBasis(basis);
    terms.multiplier = *Decimal::parse(multiplier);
    if (firstYear)
        terms.firstYear = FirstYearBasis::FeesPaidFirstContractYear;
    terms.citation.clause = QStringLiteral("5.5");
    const auto r = liabilityCap(terms, QStringLiteral("GBP"), start, paid, claim);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QTEST(r.value->windowFrom, "from");
    QTEST(r.value->windowTo, "to");
    QFETCH(qint64, inWindow);
    QFETCH(qint64, cap);
    QCOMPARE(r.value->paidInWindow, Money(inWindow, QStringLiteral("GBP")));
    QCOMPARE(r.value->cap, Money(cap, QStringLiteral("GBP")));
    QTEST(int(r.value->paymentsInWindow.size()), "count");
    const QString working = r.value->working.lines().join(u'\n');
    QVERIFY2(working.contains(QStringLiteral("5.5")), qPrintable(working));
    // Each window says its edges are inside it.
    if (r.value->windowFrom.isValid())
        QVERIFY2(working.contains(QStringLiteral("both days included")), qPrintable(working));
    if (inWindow < 0)
        QVERIFY2(working.contains(QStringLiteral("Refunds in the window exceed its payments")),
                 qPrintable(working));
}

void TestLiability::sampleCaps()
{
    // The sample term sheets' caps: carve-outs listed, the insurance limit only for Logit.io.
    struct Case
    {
        const char *id;
        const char *carveOut;
        bool insurance;
    };
    for (const Case &c : {Case{"logit-io", "Fraud or fraudulent misrepresentation", true},
                          Case{"alliantist-isms", "IP indemnity (5.4)", false},
                          Case{"identity-automation", "(8.2)", false}}) {
        QFile file(QStringLiteral(TERMLENS_TEST_DATA "/../../resources/sample/%1.termsheet.json")
                       .arg(QLatin1StringView(c.id)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const TermSheetParseResult parsed = parseTermSheet(file.readAll());
        QVERIFY(parsed.sheet && parsed.sheet->terms.liabilityCap);
        const auto r = liabilityCap(*parsed.sheet->terms.liabilityCap, QStringLiteral("GBP"),
                                    d("2024-03-01"), {pay("2024-04-01", 100000)}, d("2025-03-10"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value->insuranceLimited, c.insurance);
        const QString working = r.value->working.lines().join(u'\n');
        QVERIFY2(working.contains(QStringLiteral("Outside the cap: ")), qPrintable(working));
        QVERIFY2(working.contains(QString::fromUtf8(c.carveOut)), qPrintable(working));
        QCOMPARE(working.contains(QStringLiteral("insurers")), c.insurance);
    }
}

void TestLiability::failures_data()
{
    QTest::addColumn<int>("basis");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("claim");
    QTest::addColumn<bool>("foreignPayment");
    QTest::addColumn<QString>("mentions");

    const int previous = int(LiabilityBasis::FeesPaidPreviousContractYear);
    QTest::newRow("payment in another currency")
        << previous << "GBP" << d("2024-03-01") << d("2025-06-01") << true << "2024-06-01";
    QTest::newRow("claim before the start")
        << previous << "GBP" << d("2024-03-01") << d("2024-02-01") << false << "2024-02-01";
    QTest::newRow("no start date for contract years")
        << previous << "GBP" << QDate() << d("2025-06-01") << false << "start";
    QTest::newRow("unknown currency")
        << previous << "pounds" << d("2024-03-01") << d("2025-06-01") << false << "pounds";
    QTest::newRow("fixed amount not stated") << int(LiabilityBasis::FixedAmount) << "GBP" << QDate()
                                             << d("2025-06-01") << false << "fixed amount";
    QTest::newRow("invalid claim date") << int(LiabilityBasis::FeesPaid12MonthsBeforeClaim) << "GBP"
                                        << QDate() << QDate() << false << "claim date";
}

void TestLiability::failures()
{
    QFETCH(int, basis);
    QFETCH(QString, currency);
    QFETCH(QDate, start);
    QFETCH(QDate, claim);
    QFETCH(bool, foreignPayment);
    QFETCH(QString, mentions);
    LiabilityCap terms;
    terms.basis = LiabilityBasis(basis);
    QList<Payment> payments = {pay("2024-04-01", 1000)};
    if (foreignPayment)
        payments << pay("2024-06-01", 1000, "EUR");
    const auto r = liabilityCap(terms, currency, start, payments, claim);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
}

void TestLiability::csvValid()
{
    // CRLF, a final line without a break, whole and decimal amounts, a refund.
    auto r = parsePaymentsCsv("date,amount\r\n2024-03-01,1000.00\r\n2024-04-01,1000\r\n"
                              "2024-05-01,-50.5",
                              QStringLiteral("GBP"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->size(), 3);
    QCOMPARE(r.value->at(0), pay("2024-03-01", 100000));
    QCOMPARE(r.value->at(1), pay("2024-04-01", 100000));
    QCOMPARE(r.value->at(2), pay("2024-05-01", -5050));
    // BOM, columns in another order, a reference, quoted fields, upper-case header.
    r = parsePaymentsCsv("\xEF\xBB\xBF"
                         "Amount,Date,Reference\n\"12.50\",2024-01-01,\"INV-1, part\"\n",
                         QStringLiteral("GBP"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->size(), 1);
    QCOMPARE(r.value->first().amount, Money(1250, QStringLiteral("GBP")));
    QCOMPARE(r.value->first().reference, QStringLiteral("INV-1, part"));
    // Yen have no minor unit: 1000 is 1000 minor units.
    r = parsePaymentsCsv("date,amount\n2024-01-01,1000\n", QStringLiteral("JPY"));
    QVERIFY(r.ok());
    QCOMPARE(r.value->first().amount, Money(1000, QStringLiteral("JPY")));
    // No header when line 1 starts with a date: date, amount and optionally reference.
    r = parsePaymentsCsv("2024-03-01,1000.00,INV-1\r\n2024-04-01,-50,refund\r\n",
                         QStringLiteral("GBP"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->size(), 2);
    QCOMPARE(r.value->at(0).amount, Money(100000, QStringLiteral("GBP")));
    QCOMPARE(r.value->at(1).reference, QStringLiteral("refund"));
    // A header alone is an empty, valid list.
    r = parsePaymentsCsv("date,amount\n", QStringLiteral("GBP"));
    QVERIFY(r.ok());
    QVERIFY(r.value->isEmpty());
}

void TestLiability::csvErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("empty file") << QByteArray() << "GBP" << words({"line 1", "empty"});
    QTest::newRow("no amount column") << QByteArray("date,value\n2024-01-01,5\n") << "GBP"
                                      << words({"line 1", "unknown column \"value\""});
    QTest::newRow("column twice") << QByteArray("date,amount,date\n") << "GBP"
                                  << words({"line 1", "twice"});
    QTest::newRow("30 February") << QByteArray("date,amount\n2024-02-30,10.00\n") << "GBP"
                                 << words({"line 2, column date", "2024-02-30"});
    QTest::newRow("day-first date")
        << QByteArray("date,amount\n01/02/2024,10.00\n") << "GBP" << words({"line 2, column date"});
    QTest::newRow("finer than pence") << QByteArray("date,amount\n2024-02-01,10.005\n") << "GBP"
                                      << words({"line 2, column amount", "10.005"});
    QTest::newRow("grouping separator") << QByteArray("date,amount\n2024-02-01,\"1,000.00\"\n")
                                        << "GBP" << words({"line 2, column amount"});
    QTest::newRow("currency symbol")
        << QByteArray("date,amount\n2024-02-01,£10\n") << "GBP" << words({"line 2, column amount"});
    QTest::newRow("yen with decimals") << QByteArray("date,amount\n2024-02-01,10.5\n") << "JPY"
                                       << words({"line 2, column amount", "JPY"});
    QTest::newRow("no header, impossible date on line 1")
        << QByteArray("2024-02-30,10.00\n") << "GBP" << words({"line 1, column date"});
    QTest::newRow("no header, four fields")
        << QByteArray("2024-02-01,10.00,a,b\n") << "GBP" << words({"line 1", "found 4 fields"});
    QTest::newRow("missing field") << QByteArray("date,amount\n2024-01-01\n") << "GBP"
                                   << words({"line 2", "expected 2 fields"});
    QTest::newRow("every bad row named")
        << QByteArray("date,amount\n2024-13-01,1\n2024-01-02,2\n2024-01-03,x\n") << "GBP"
        << words({"line 2, column date", "line 4, column amount"});
    QTest::newRow("unterminated quote")
        << QByteArray("date,amount\n2024-01-01,\"10\n") << "GBP" << words({"line 2"});
    QTest::newRow("invalid UTF-8")
        << QByteArray("date,amount\n2024-01-01,1\xff\n") << "GBP" << words({"line 2", "UTF-8"});
}

void TestLiability::csvErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, currency);
    QFETCH(QStringList, mentions);
    const auto r = parsePaymentsCsv(csv, currency);
    QVERIFY(!r.ok());
    for (const QString &m : mentions)
        QVERIFY2(r.error.contains(m), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestLiability)
#include "tst_liability.moc"
