#include "activeplaybook.h"
#include "comparisonfiltermodel.h"
#include "comparisongrid.h"
#include "comparisonmodel.h"
#include "roles.h"
#include "samplesheets.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace termlens;
using namespace Qt::StringLiterals;

// The comparison grid's item models over the four sample agreements: Qt's model tester through
// every change a user can make, the row filter, the sort, and the marks of the agreements shown.
class TestComparisonModel final : public QObject
{
    Q_OBJECT

private:
    static QList<ComparisonInput> inputs()
    {
        QList<ComparisonInput> list;
        for (const QString &id : sampleIds())
            list.append({loadSampleSheet(id), std::nullopt, std::nullopt, {}});
        return list;
    }
    static ComparisonOptions options()
    {
        ComparisonOptions o;
        o.claimDate = QDate(2026, 10, 1);
        o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        return o;
    }
    static QModelIndex at(const ComparisonModel &model, const QString &key, const QString &id)
    {
        return model.index(model.rowOfKey(key), model.columnOf(id));
    }

private slots:
    void passesModelTester();
    void filterByWordsGroupAndDifference_data();
    void filterByWordsGroupAndDifference();
    void sortsNumbersWithNotStatedLast();
    void marksOnlyTheAgreementsShown();
};

void TestComparisonModel::passesModelTester()
{
    ComparisonModel model;
    ComparisonFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAgreements(inputs(), defaultPlaybook(), options());
    QCOMPARE(model.columnCount(), 5);
    QVERIFY(model.rowCount() > 20);
    model.setShownAgreements({u"logit-io"_s, u"alliants"_s});
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.agreementAt(1), u"logit-io"_s);
    model.setShownAgreements({u"nope"_s}); // unknown ids are ignored: no columns left
    QCOMPARE(model.columnCount(), 1);
    model.setShownAgreements({});
    QCOMPARE(model.columnCount(), 5);
    proxy.setText(u"cap"_s);
    proxy.setGroup(int(TermGroup::Availability));
    proxy.setOnlyDifferent(true);
    proxy.sort(2, Qt::DescendingOrder);
    proxy.setText({});
    proxy.setGroup(-1);
    proxy.setOnlyDifferent(false);
    proxy.sort(-1);
    model.setAgreements(inputs().mid(1), defaultPlaybook(), options());
    QCOMPARE(model.columnCount(), 4);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestComparisonModel::filterByWordsGroupAndDifference_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("group");
    QTest::addColumn<bool>("onlyDifferent");
    QTest::addColumn<QStringList>("mustHave");
    QTest::addColumn<QStringList>("mustNotHave");

    QTest::newRow("words in the term")
        << u"LIABILITY CAP"_s << -1 << false
        << QStringList{u"playbook"_s, u"liability.cap"_s, u"liability.cap.multiple"_s,
                       u"liability.cap.money"_s}
        << QStringList{u"availability.target"_s};
    // "Dover" is only in Identity Automation's arbitration seat.
    QTest::newRow("words in a value")
        << u"dover"_s << -1 << false << QStringList{u"playbook"_s, u"law.governing"_s}
        << QStringList{u"liability.cap"_s, u"availability.target"_s};
    QTest::newRow("one group") << QString() << int(TermGroup::Credits) << false
                               << QStringList{u"credits.at99"_s, u"credits.at95"_s}
                               << QStringList{u"availability.target"_s, u"liability.cap"_s};
    QTest::newRow("nothing matches")
        << u"no such words anywhere"_s << -1 << false << QStringList{u"playbook"_s}
        << QStringList{u"availability.target"_s};
}

void TestComparisonModel::filterByWordsGroupAndDifference()
{
    QFETCH(QString, text);
    QFETCH(int, group);
    QFETCH(bool, onlyDifferent);
    QFETCH(QStringList, mustHave);
    QFETCH(QStringList, mustNotHave);
    ComparisonModel model;
    model.setAgreements(inputs(), defaultPlaybook(), options());
    ComparisonFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setText(text);
    proxy.setGroup(group);
    proxy.setOnlyDifferent(onlyDifferent);
    QStringList keys;
    for (int r = 0; r < proxy.rowCount(); ++r)
        keys << proxy.index(r, 0).data(TermKeyRole).toString();
    QCOMPARE(keys.first(), u"playbook"_s); // the summary stays on top
    for (const QString &key : mustHave)
        QVERIFY2(keys.contains(key), qPrintable(key + u" in "_s + keys.join(u' ')));
    for (const QString &key : mustNotHave)
        QVERIFY2(!keys.contains(key), qPrintable(key));
}

void TestComparisonModel::sortsNumbersWithNotStatedLast()
{
    ComparisonModel model;
    model.setAgreements(inputs(), defaultPlaybook(), options());
    ComparisonFilterModel proxy;
    proxy.setSourceModel(&model);
    // Only the availability figures, sorted by Identity Automation's column (99.9 %, 43.2
    // minutes, 5 % and 10 % of credits...): text rows sort after numbers in their own way, so
    // check the order of the numbers and that the summary stays first in both directions.
    proxy.setGroup(int(TermGroup::Availability));
    const int column = model.columnOf(u"identity-automation"_s);
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        proxy.sort(column, order);
        QCOMPARE(proxy.index(0, 0).data(TermKeyRole).toString(), u"playbook"_s);
        QList<qlonglong> numbers;
        for (int r = 1; r < proxy.rowCount(); ++r) {
            const QVariant v = proxy.index(r, column).data(SortRole);
            if (v.typeId() == QMetaType::LongLong)
                numbers << v.toLongLong();
        }
        QVERIFY(numbers.size() >= 2);
        QList<qlonglong> sorted = numbers;
        std::sort(sorted.begin(), sorted.end());
        if (order == Qt::DescendingOrder)
            std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(numbers, sorted);
    }
    // "Not stated" after every stated value, whichever way the column is sorted.
    proxy.setGroup(-1);
    const int alliants = model.columnOf(u"alliants"_s);
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        proxy.sort(alliants, order);
        bool seenNotStated = false;
        for (int r = 1; r < proxy.rowCount(); ++r) {
            const bool stated = proxy.index(r, alliants).data(StatedRole).toBool();
            QVERIFY2(!(seenNotStated && stated), qPrintable(QString::number(r)));
            seenNotStated = seenNotStated || !stated;
        }
        QVERIFY(seenNotStated);
    }
}

void TestComparisonModel::marksOnlyTheAgreementsShown()
{
    ComparisonModel model;
    model.setAgreements(inputs(), defaultPlaybook(), options());
    // All four: Alliants' 99.95 % is the best target, Alliantist's 99.5 % the worst.
    QCOMPARE(
        at(model, u"availability.target"_s, u"alliants"_s).data(ComparisonModel::MarkRole).toInt(),
        int(ComparisonMark::Best));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setShownAgreements({u"identity-automation"_s, u"alliantist-isms"_s});
    QCOMPARE(reset.size(), 1);
    // Between the two shown: 99.9 % best, 99.5 % worst; Alliants' cell is not shown.
    QCOMPARE(at(model, u"availability.target"_s, u"identity-automation"_s)
                 .data(ComparisonModel::MarkRole)
                 .toInt(),
             int(ComparisonMark::Best));
    QVERIFY(at(model, u"availability.target"_s, u"identity-automation"_s)
                .data()
                .toString()
                .contains(u"▲ best"_s));
    QCOMPARE(at(model, u"availability.target"_s, u"alliantist-isms"_s)
                 .data(ComparisonModel::MarkRole)
                 .toInt(),
             int(ComparisonMark::Worst));
    // The same value in both shown columns: nothing to choose between (1 x a year's fees).
    QCOMPARE(at(model, u"liability.cap.multiple"_s, u"identity-automation"_s)
                 .data(ComparisonModel::MarkRole)
                 .toInt(),
             int(ComparisonMark::None));
    // A single agreement is never best or worst.
    model.setShownAgreements({u"logit-io"_s});
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, 1).data(ComparisonModel::MarkRole).toInt(),
                 int(ComparisonMark::None));
}

QTEST_MAIN(TestComparisonModel)
#include "tst_comparisonmodel.moc"
