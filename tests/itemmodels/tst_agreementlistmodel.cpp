#include "agreementlistmodel.h"
#include "roles.h"
#include "samplesheets.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace termlens;
using namespace Qt::StringLiterals;

class TestAgreementListModel final : public QObject
{
    Q_OBJECT

private:
    static QList<TermSheet> samples()
    {
        QList<TermSheet> sheets;
        for (const QString &id : sampleIds())
            sheets << loadSampleSheet(id);
        return sheets;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void passesModelTester();
    void cells_data();
    void cells();
    void sortsNumbersAsNumbers();
    void filterMatchesAnyColumn();
    void lookups();
    void absentTermIsItalic();
};

void TestAgreementListModel::passesModelTester()
{
    AgreementListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setAgreements(samples(), QLocale::c());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(AgreementListModel::ColumnCount));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QVERIFY(!model.data(model.index(4, 0)).isValid());
    QVERIFY(!model.data(model.index(0, AgreementListModel::ColumnCount)).isValid());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.setAgreements(samples(), QLocale::c());
    QCOMPARE(reset.count(), 3);
}

void TestAgreementListModel::cells_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    using M = AgreementListModel;
    // From the term sheets' vendor/product fields and the clauses: Logit.io 13.5 (125 %),
    // Identity Automation 7.1-7.2 (1-year renewals, 90 days' notice).
    QTest::newRow("logit vendor") << u"logit-io"_s << int(M::VendorColumn) << u"Logit.io Ltd"_s;
    QTest::newRow("logit product")
        << u"logit-io"_s << int(M::ProductColumn) << u"Logit.io Platform"_s;
    QTest::newRow("logit cap") << u"logit-io"_s << int(M::LiabilityColumn)
                               << u"1.25 × fees of previous contract year"_s;
    QTest::newRow("alliants target") << u"alliants"_s << int(M::TargetColumn) << u"99.95 %"_s;
    QTest::newRow("alliants cap absent")
        << u"alliants"_s << int(M::LiabilityColumn) << u"not stated"_s;
    QTest::newRow("identity renewal") << u"identity-automation"_s << int(M::RenewalColumn)
                                      << u"Fixed 12 months; notice 90 days"_s;
    QTest::newRow("alliantist renewal")
        << u"alliantist-isms"_s << int(M::RenewalColumn) << u"Rolling; notice 30 days"_s;
}

void TestAgreementListModel::cells()
{
    QFETCH(QString, id);
    QFETCH(int, column);
    QFETCH(QString, text);
    AgreementListModel model;
    model.setAgreements(samples(), QLocale::c());
    const int row = model.rowOfId(id);
    QVERIFY(row >= 0);
    QCOMPARE(model.data(model.index(row, column)).toString(), text);
    QCOMPARE(model.data(model.index(row, column), AgreementIdRole).toString(), id);
}

void TestAgreementListModel::sortsNumbersAsNumbers()
{
    AgreementListModel model;
    TermSheet hundred;
    hundred.id = QStringLiteral("hundred");
    hundred.vendor = QStringLiteral("Hundred");
    hundred.terms.availability = Availability{};
    hundred.terms.availability->target = Decimal::fromInt(100);
    QList<TermSheet> sheets = samples();
    sheets << hundred;
    model.setAgreements(sheets, QLocale::c());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(SortRole);
    proxy.sort(AgreementListModel::TargetColumn, Qt::AscendingOrder);
    // 99.5 (Alliantist) < 99.9 (Identity, Logit) < 99.95 (Alliants) < 100: as text "100" would
    // sort first.
    QStringList order;
    for (int r = 0; r < proxy.rowCount(); ++r)
        order << proxy.index(r, 0).data(AgreementIdRole).toString();
    QCOMPARE(order.first(), QStringLiteral("alliantist-isms"));
    QCOMPARE(order.at(3), QStringLiteral("alliants"));
    QCOMPARE(order.last(), QStringLiteral("hundred"));

    // Liability: Alliants states no cap (first), 1 x (Alliantist, Identity), 1.25 x (Logit),
    // Hundred states none either.
    proxy.sort(AgreementListModel::LiabilityColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(AgreementIdRole).toString(), QStringLiteral("logit-io"));
}

void TestAgreementListModel::filterMatchesAnyColumn()
{
    AgreementListModel model;
    model.setAgreements(samples(), QLocale::c());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("LOGIT"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(QStringLiteral("rolling")); // renewal column only
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(AgreementIdRole).toString(), QStringLiteral("alliantist-isms"));
    proxy.setFilterFixedString(QStringLiteral("99.9 %")); // Identity Automation, Logit.io
    QCOMPARE(proxy.rowCount(), 2);
}

void TestAgreementListModel::lookups()
{
    AgreementListModel model;
    model.setAgreements(samples(), QLocale::c());
    QCOMPARE(model.rowOfId(QStringLiteral("nobody")), -1);
    QVERIFY(!model.agreement(-1));
    QVERIFY(!model.agreement(4));
    const int row = model.rowOfId(QStringLiteral("alliants"));
    QVERIFY(model.agreement(row));
    QCOMPARE(model.agreement(row)->vendor, QStringLiteral("Alliants"));
    QVERIFY(!model.agreement(row)->documents.first().text.isEmpty());
}

void TestAgreementListModel::absentTermIsItalic()
{
    AgreementListModel model;
    model.setAgreements(samples(), QLocale::c());
    const int row = model.rowOfId(QStringLiteral("alliants"));
    QVERIFY(model.index(row, AgreementListModel::LiabilityColumn)
                .data(Qt::FontRole)
                .value<QFont>()
                .italic());
    QVERIFY(!model.index(row, AgreementListModel::TargetColumn).data(Qt::FontRole).isValid());
}

QTEST_GUILESS_MAIN(TestAgreementListModel)
#include "tst_agreementlistmodel.moc"
