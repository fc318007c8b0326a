#include "creditledgermodel.h"
#include "obligationlistmodel.h"
#include "roles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace termlens;
using namespace Qt::StringLiterals;

// The credits ledger and deadline list models: claim status by hand-picked dates, display text,
// sort values, and Qt's model tester over resets and changes.
class TestCreditLedgerModel final : public QObject
{
    Q_OBJECT

private:
    // A month whose target was missed with a 5 % credit of £59.00, claim by 10 June 2026.
    static CreditLedgerRow owed(const QString &service = u"Production Logs Stack"_s)
    {
        CreditLedgerRow row;
        row.agreementId = u"logit-io"_s;
        row.vendor = u"Logit.io Ltd"_s;
        row.service = service;
        row.year = 2026;
        row.month = 5;
        row.currency = u"GBP"_s;
        row.claimDeadline = QDate(2026, 6, 10);
        row.hasCreditTerms = true;
        row.credit.service = service;
        row.credit.availability.availabilityPercent = *Decimal::parse(u"99.8814");
        row.credit.availability.target = *Decimal::parse(u"99.9");
        row.credit.availability.targetMet = false;
        row.credit.availability.downtimeSeconds = Decimal::fromInt(3120);
        row.credit.credit.slaMet = false;
        row.credit.credit.creditPercent = Decimal::fromInt(5);
        row.credit.credit.creditAmount = Money(5900, u"GBP"_s);
        row.credit.credit.working.add(u"Steps: 5 %."_s);
        row.credit.working.add(u"Fee line"_s);
        row.credit.working.append(row.credit.credit.working);
        return row;
    }

private slots:
    void claimStatusByDate_data();
    void claimStatusByDate();
    void displayAndSort();
    void modelTester();
};

void TestCreditLedgerModel::claimStatusByDate_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("claimed");
    QTest::addColumn<bool>("met");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<QString>("text");
    // Claim by 10 June: on 1 June 9 days are left, on 10 June the last day, on 11 June it is
    // one day past.
    QTest::newRow("open") << QDate(2026, 6, 1) << false << false << int(ClaimState::Open) << 9
                          << u"Open, 9 days left"_s;
    QTest::newRow("last day") << QDate(2026, 6, 10) << false << false << int(ClaimState::Open) << 0
                              << u"Open, last day today"_s;
    QTest::newRow("expired") << QDate(2026, 6, 11) << false << false << int(ClaimState::Expired)
                             << -1 << u"Expired 1 day ago"_s;
    QTest::newRow("claimed after deadline counts as claimed")
        << QDate(2026, 7, 1) << true << false << int(ClaimState::Claimed) << 0
        << u"Claimed 2026-06-09 (LOG-17)"_s;
    QTest::newRow("met") << QDate(2026, 6, 1) << false << true << int(ClaimState::NothingOwed) << 0
                         << u"Target met"_s;
}

void TestCreditLedgerModel::claimStatusByDate()
{
    QFETCH(QDate, today);
    QFETCH(bool, claimed);
    QFETCH(bool, met);
    QFETCH(int, state);
    QFETCH(int, daysLeft);
    CreditLedgerRow row = owed();
    if (met) {
        row.credit.credit.slaMet = true;
        row.credit.credit.creditPercent = Decimal::fromInt(0);
        row.credit.credit.creditAmount = Money(0, u"GBP"_s);
    }
    CreditLedgerModel model;
    model.setRows({row});
    model.setToday(today);
    if (claimed)
        model.setClaims({{u"logit-io"_s, u"Production Logs Stack"_s, u"2026-05"_s,
                          QDate(2026, 6, 9), u"LOG-17"_s}});
    QCOMPARE(int(model.status(0).state), state);
    if (model.status(0).daysLeft)
        QCOMPARE(*model.status(0).daysLeft, daysLeft);
    QFETCH(QString, text);
    QCOMPARE(model.statusText(0), text);
    QCOMPARE(model.index(0, CreditLedgerModel::StatusColumn).data().toString(), text);
}

void TestCreditLedgerModel::displayAndSort()
{
    CreditLedgerModel model;
    CreditLedgerRow big = owed(u"Metrics Stack"_s);
    big.credit.credit.creditAmount = Money(12000, u"GBP"_s);
    model.setRows({owed(), big});
    model.setToday(QDate(2026, 6, 1));
    QCOMPARE(model.index(0, CreditLedgerModel::AvailabilityColumn).data().toString(),
             u"99.8814 %"_s);
    QCOMPARE(model.index(0, CreditLedgerModel::CreditAmountColumn).data().toString(),
             u"59.00 GBP"_s);
    QCOMPARE(model.index(0, CreditLedgerModel::DowntimeColumn).data().toString(), u"52"_s);
    QCOMPARE(model.index(0, CreditLedgerModel::MonthColumn).data().toString(), u"2026-05"_s);
    // Amounts sort as numbers: 59.00 < 120.00 although "59" > "120" as text.
    QVERIFY(model.index(0, CreditLedgerModel::CreditAmountColumn).data(SortRole).toLongLong() <
            model.index(1, CreditLedgerModel::CreditAmountColumn).data(SortRole).toLongLong());
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"Steps: 5 %."_s), true);
    QCOMPARE(model.rowOf(u"logit-io"_s, u"2026-05"_s, u"Metrics Stack"_s), 1);
    QCOMPARE(model.rowOf(u"logit-io"_s, u"2026-06"_s, u"Metrics Stack"_s), -1);
    // A claim with no service covers every service of the month.
    model.setClaims({{u"logit-io"_s, QString(), u"2026-05"_s, QDate(2026, 6, 2), QString()}});
    QCOMPARE(model.statusText(1), u"Claimed 2026-06-02"_s);
}

void TestCreditLedgerModel::modelTester()
{
    CreditLedgerModel ledger;
    QAbstractItemModelTester ledgerTester(&ledger,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    ledger.setRows({owed(), owed(u"Metrics Stack"_s)});
    ledger.setToday(QDate(2026, 6, 20));
    ledger.setClaims({});
    ledger.setRows({});

    ObligationListModel obligations;
    QAbstractItemModelTester obligationTester(
        &obligations, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Obligation notice;
    notice.agreementId = u"identity-automation"_s;
    notice.vendor = u"Identity Automation"_s;
    notice.kind = ObligationKind::RenewalNotice;
    notice.date = QDate(2027, 1, 30);
    notice.what = u"Last day to give notice"_s;
    notice.clause = u"7.2"_s;
    Obligation claim = notice;
    claim.kind = ObligationKind::CreditClaim;
    claim.date = QDate(2026, 6, 10);
    obligations.setObligations({claim, notice}, QDate(2026, 7, 5));
    // 5 July 2026 → 30 January 2027: 26 + 31 + 30 + 31 + 30 + 31 + 30 = 209 days.
    QCOMPARE(obligations.index(1, ObligationListModel::CountdownColumn).data().toString(),
             u"In 209 days"_s);
    QCOMPARE(obligations.index(0, ObligationListModel::CountdownColumn).data().toString(),
             u"Overdue by 25 days"_s);
    QCOMPARE(obligations.index(0, ObligationListModel::KindColumn).data().toString(),
             u"Credit claim"_s);
    QVERIFY(obligations.index(0, 1).data(Qt::ForegroundRole).isValid());
    QVERIFY(!obligations.index(1, 1).data(Qt::ForegroundRole).isValid());
    QCOMPARE(obligations.index(1, ObligationListModel::CountdownColumn).data(SortRole).toInt(),
             209);
    obligations.setObligations({}, QDate(2026, 7, 5));
}

QTEST_MAIN(TestCreditLedgerModel)
#include "tst_creditledgermodel.moc"
