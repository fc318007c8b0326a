#include "outageledger.h"
#include "outagerepository.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace termlens;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(termlens::OutageSortKey)
Q_DECLARE_METATYPE(termlens::OutageLedgerFilter)

namespace {

Outage outage(const QString &agreement, const QString &service, qint64 start,
              std::optional<qint64> end, OutageCategory category, const QString &reference,
              std::optional<qint64> notice = std::nullopt)
{
    Outage o;
    o.agreementId = agreement;
    o.service = service;
    o.start = start;
    o.end = end;
    o.category = category;
    o.reference = reference;
    o.noticeGiven = notice;
    return o;
}

} // namespace

// The ledger's SQL windows over six outages chosen by hand (ids 1..6 in insert order):
//   1 a Platform [1000, 1600)  unplanned              ref B
//   2 a API      [2000, 2100)  scheduled-maintenance  ref A  notice 500
//   3 a Platform [3000, …)     unplanned (ongoing)    ref C
//   4 a API      [500, 5000)   internet               ref ""
//   5 a Platform [2000, 2300)  third-party            ref D
//   6 b Platform [1500, 1600)  unplanned
class TestOutageLedger final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<Workspace> m_workspace;

    QList<qint64> ids(const QList<Outage> &outages) const
    {
        QList<qint64> result;
        for (const Outage &o : outages)
            result << o.id;
        return result;
    }

private slots:
    void initTestCase();
    void sortedWindows_data();
    void sortedWindows();
    void filteredCounts_data();
    void filteredCounts();
    void indexedOrdersNeedNoSort_data();
    void indexedOrdersNeedNoSort();
    void servicesAndRange();
};

void TestOutageLedger::initTestCase()
{
    StorageResult<Workspace> ws = Workspace::create(m_dir.filePath(u"ledger.termlens"_s));
    QVERIFY2(ws.ok(), qPrintable(ws.error.toString()));
    m_workspace.emplace(std::move(*ws.value));
    QSqlQuery query(m_workspace->database());
    for (const QString &id : {u"a"_s, u"b"_s}) {
        QVERIFY(query.prepare(u"INSERT INTO agreements (id, vendor, currency, time_zone,"
                              " created_utc, updated_utc) VALUES (?, 'V', 'GBP', 'UTC', 0, 0)"_s));
        query.addBindValue(id);
        QVERIFY(query.exec());
    }
    const QList<Outage> outages = {
        outage(u"a"_s, u"Platform"_s, 1000, 1600, OutageCategory::Unplanned, u"B"_s),
        outage(u"a"_s, u"API"_s, 2000, 2100, OutageCategory::ScheduledMaintenance, u"A"_s, 500),
        outage(u"a"_s, u"Platform"_s, 3000, std::nullopt, OutageCategory::Unplanned, u"C"_s),
        outage(u"a"_s, u"API"_s, 500, 5000, OutageCategory::Internet, QString()),
        outage(u"a"_s, u"Platform"_s, 2000, 2300, OutageCategory::ThirdParty, u"D"_s),
        outage(u"b"_s, u"Platform"_s, 1500, 1600, OutageCategory::Unplanned, QString()),
    };
    const auto added = OutageRepository(*m_workspace).addBatch(outages);
    QVERIFY2(added.ok(), qPrintable(added.error.toString()));
    QCOMPARE(added.value->inserted, 6);
}

void TestOutageLedger::sortedWindows_data()
{
    QTest::addColumn<OutageSortKey>("key");
    QTest::addColumn<int>("order");
    QTest::addColumn<QList<qint64>>("expected");
    using K = OutageSortKey;
    const int asc = Qt::AscendingOrder, desc = Qt::DescendingOrder;
    QTest::newRow("start") << K::Start << asc << QList<qint64>{4, 1, 2, 5, 3};
    QTest::newRow("start desc") << K::Start << desc << QList<qint64>{3, 5, 2, 1, 4};
    QTest::newRow("end, ongoing last") << K::End << asc << QList<qint64>{1, 2, 5, 4, 3};
    QTest::newRow("end desc, ongoing first") << K::End << desc << QList<qint64>{3, 4, 5, 2, 1};
    QTest::newRow("duration") << K::Duration << asc << QList<qint64>{2, 5, 1, 4, 3};
    QTest::newRow("service, then start") << K::Service << asc << QList<qint64>{4, 2, 1, 5, 3};
    QTest::newRow("category key, then start") << K::Category << asc << QList<qint64>{4, 2, 5, 1, 3};
    QTest::newRow("reference") << K::Reference << asc << QList<qint64>{4, 2, 1, 3, 5};
    QTest::newRow("notice, none first") << K::Notice << asc << QList<qint64>{1, 3, 4, 5, 2};
}

void TestOutageLedger::sortedWindows()
{
    QFETCH(OutageSortKey, key);
    QFETCH(int, order);
    QFETCH(QList<qint64>, expected);
    const OutageLedgerQuery query(*m_workspace);
    const OutageLedgerFilter filter{
        u"a"_s, {}, {}, OutageRepository::Beginning, OutageRepository::End};
    QCOMPARE(*query.count(filter).value, 5);
    // Every window, read from the front (no total) and from whichever end is nearer (total).
    for (qint64 offset = 0; offset <= 5; ++offset) {
        for (int limit = 1; limit <= 6; ++limit) {
            const QList<qint64> slice = expected.mid(offset, limit);
            for (const qint64 total : {qint64(-1), qint64(5)}) {
                const auto rows =
                    query.window(filter, key, Qt::SortOrder(order), offset, limit, total);
                QVERIFY2(rows.ok(), qPrintable(rows.error.toString()));
                QVERIFY2(
                    ids(*rows.value) == slice,
                    qPrintable(u"offset %1 limit %2 total %3"_s.arg(offset).arg(limit).arg(total)));
            }
        }
    }
}

void TestOutageLedger::filteredCounts_data()
{
    QTest::addColumn<OutageLedgerFilter>("filter");
    QTest::addColumn<QList<qint64>>("expected"); // by start
    const qint64 B = OutageRepository::Beginning, E = OutageRepository::End;
    QTest::newRow("service") << OutageLedgerFilter{u"a"_s, u"Platform"_s, {}, B, E}
                             << QList<qint64>{1, 5, 3};
    QTest::newRow("category") << OutageLedgerFilter{u"a"_s, {}, OutageCategory::Unplanned, B, E}
                              << QList<qint64>{1, 3};
    // [1600, 2050): 1 ends at 1600 (out), 2 and 5 start inside, 4 spans it, 3 starts after.
    QTest::newRow("range") << OutageLedgerFilter{u"a"_s, {}, {}, 1600, 2050}
                           << QList<qint64>{4, 2, 5};
    // From 4000 on: 4 ends at 5000, 3 is still ongoing.
    QTest::newRow("range with ongoing")
        << OutageLedgerFilter{u"a"_s, {}, {}, 4000, 10000} << QList<qint64>{4, 3};
    QTest::newRow("all three") << OutageLedgerFilter{u"a"_s, u"Platform"_s,
                                                     OutageCategory::Unplanned, 0, 2000}
                               << QList<qint64>{1};
    QTest::newRow("other agreement")
        << OutageLedgerFilter{u"b"_s, {}, {}, B, E} << QList<qint64>{6};
    QTest::newRow("unknown agreement")
        << OutageLedgerFilter{u"zzz"_s, {}, {}, B, E} << QList<qint64>{};
    QTest::newRow("empty range") << OutageLedgerFilter{u"a"_s, {}, {}, 2000, 2000}
                                 << QList<qint64>{};
}

void TestOutageLedger::filteredCounts()
{
    QFETCH(OutageLedgerFilter, filter);
    QFETCH(QList<qint64>, expected);
    const OutageLedgerQuery query(*m_workspace);
    QCOMPARE(*query.count(filter).value, expected.size());
    const auto rows =
        query.window(filter, OutageSortKey::Start, Qt::AscendingOrder, 0, 100, expected.size());
    QVERIFY(rows.ok());
    QCOMPARE(ids(*rows.value), expected);
}

void TestOutageLedger::indexedOrdersNeedNoSort_data()
{
    QTest::addColumn<OutageSortKey>("key");
    QTest::addColumn<bool>("indexed");
    QTest::newRow("start") << OutageSortKey::Start << true;
    QTest::newRow("end") << OutageSortKey::End << true;
    QTest::newRow("duration") << OutageSortKey::Duration << true;
    QTest::newRow("service") << OutageSortKey::Service << true;
    QTest::newRow("category") << OutageSortKey::Category << true;
    QTest::newRow("notes (no index)") << OutageSortKey::Notes << false;
}

void TestOutageLedger::indexedOrdersNeedNoSort()
{
    // A page of a million rows is an index walk only when SQLite needs no temporary B-tree to
    // order the rows; the plan says so.
    QFETCH(OutageSortKey, key);
    QFETCH(bool, indexed);
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        QVariantList values;
        const QString sql = OutageLedgerQuery::windowStatement(
            {u"a"_s, {}, {}, OutageRepository::Beginning, OutageRepository::End}, key, order,
            &values);
        values << 10 << 0;
        QSqlQuery plan(m_workspace->database());
        QVERIFY(plan.prepare(u"EXPLAIN QUERY PLAN "_s + sql));
        for (const QVariant &value : std::as_const(values))
            plan.addBindValue(value);
        QVERIFY(plan.exec());
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        const QString text = steps.join(u"; "_s);
        QVERIFY2(text.contains(u"TEMP B-TREE"_s) != indexed, qPrintable(text));
    }
}

void TestOutageLedger::servicesAndRange()
{
    const OutageLedgerQuery query(*m_workspace);
    QCOMPARE(*query.services(u"a"_s).value, (QStringList{u"API"_s, u"Platform"_s}));
    QCOMPARE(*query.services(u"zzz"_s).value, QStringList());
    const auto range = query.startRange(u"a"_s);
    QVERIFY(range.ok() && *range.value);
    QCOMPARE((*range.value)->first, 500);
    QCOMPARE((*range.value)->second, 3000);
    QVERIFY(!*query.startRange(u"zzz"_s).value);
}

QTEST_GUILESS_MAIN(TestOutageLedger)
#include "tst_outageledger.moc"
