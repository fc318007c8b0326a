#include "outageledgermodel.h"
#include "outagerepository.h"
#include "workspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace termlens;
using namespace Qt::StringLiterals;

// The ledger model without widgets: edits checked cell by cell, and rows read in pages, never
// all at once.
class TestOutageLedgerModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<Workspace> m_workspace;
    static constexpr int Rows = 10000;

    // Platform, 2026-03-04T10:15:00Z to 11:02:30Z (INTERFACES.md §2's first example row).
    static Outage example()
    {
        Outage o;
        o.id = 7;
        o.agreementId = u"a"_s;
        o.service = u"Platform"_s;
        o.start = 1772619300;
        o.end = 1772622150;
        o.reference = u"INC-1042"_s;
        return o;
    }

private slots:
    void initTestCase();
    void checkEdit_data();
    void checkEdit();
    void durationText_data();
    void durationText();
    void readsPagesOnDemand();
    void setDataAsksForTheEdit();
};

void TestOutageLedgerModel::initTestCase()
{
    StorageResult<Workspace> ws = Workspace::create(m_dir.filePath(u"model.termlens"_s));
    QVERIFY(ws.ok());
    m_workspace.emplace(std::move(*ws.value));
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(u"INSERT INTO agreements (id, vendor, currency, time_zone, created_utc,"
                       " updated_utc) VALUES ('a', 'V', 'GBP', 'UTC', 0, 0)"_s));
    // Outage i starts at 1000 * i and lasts i seconds.
    QList<Outage> outages;
    for (int i = 0; i < Rows; ++i) {
        Outage o;
        o.agreementId = u"a"_s;
        o.service = u"Platform"_s;
        o.start = 1000 * qint64(i);
        o.end = 1000 * qint64(i) + i;
        o.reference = u"R%1"_s.arg(i);
        outages << o;
    }
    QVERIFY(OutageRepository(*m_workspace).addBatch(outages).ok());
}

void TestOutageLedgerModel::checkEdit_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");     // start of the message; empty when accepted
    QTest::addColumn<QString>("reference"); // after an accepted edit
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end"); // -1: ongoing
    QTest::addColumn<int>("category");
    using M = OutageLedgerModel;
    const qint64 s = 1772619300, e = 1772622150;
    const int unplanned = int(OutageCategory::Unplanned);
    QTest::newRow("reference") << int(M::ReferenceColumn) << u" INC-9 "_s << QString() << u"INC-9"_s
                               << s << e << unplanned;
    // 11:15:00+01:00 is 10:15:00Z: the same instant, written in another zone.
    QTest::newRow("start with offset") << int(M::StartColumn) << u"2026-03-04T11:00:00+01:00"_s
                                       << QString() << u"INC-1042"_s << s - 900 << e << unplanned;
    QTest::newRow("start without zone") << int(M::StartColumn) << u"2026-03-04T10:00:00"_s
                                        << u"The start \"2026-03-04T10:00:00\" has no time zone"_s
                                        << QString() << s << e << unplanned;
    QTest::newRow("end before start")
        << int(M::EndColumn) << u"2026-03-04T10:00:00Z"_s
        << u"The end (2026-03-04T10:00:00Z) is not after the start (2026-03-04T10:15:00Z)."_s
        << QString() << s << e << unplanned;
    QTest::newRow("end equal to start")
        << int(M::EndColumn) << u"2026-03-04T10:15:00Z"_s
        << u"The end (2026-03-04T10:15:00Z) is not after the start (2026-03-04T10:15:00Z)."_s
        << QString() << s << e << unplanned;
    QTest::newRow("empty end: ongoing")
        << int(M::EndColumn) << u""_s << QString() << u"INC-1042"_s << s << qint64(-1) << unplanned;
    QTest::newRow("category key") << int(M::CategoryColumn) << u"force-majeure"_s << QString()
                                  << u"INC-1042"_s << s << e << int(OutageCategory::ForceMajeure);
    QTest::newRow("category name, any case")
        << int(M::CategoryColumn) << u"third PARTY"_s << QString() << u"INC-1042"_s << s << e
        << int(OutageCategory::ThirdParty);
    QTest::newRow("unknown category")
        << int(M::CategoryColumn) << u"gremlins"_s
        << u"\"gremlins\" is not an outage category; use one of: unplanned, "
           "scheduled-maintenance,"_s
        << QString() << s << e << unplanned;
    QTest::newRow("notice not a time")
        << int(M::NoticeColumn) << u"last week"_s
        << u"The notice \"last week\" is not a date and time"_s << QString() << s << e << unplanned;
    QTest::newRow("duration is computed")
        << int(M::DurationColumn) << u"1:00:00"_s << u"The duration follows"_s << QString() << s
        << e << unplanned;
}

void TestOutageLedgerModel::checkEdit()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, error);
    QFETCH(QString, reference);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(int, category);
    const OutageEditCheck check = OutageLedgerModel::checkEdit(example(), column, text);
    if (!error.isEmpty()) {
        QVERIFY(!check.outage);
        QVERIFY2(check.error.startsWith(error), qPrintable(check.error));
        return;
    }
    QVERIFY2(check.outage, qPrintable(check.error));
    QCOMPARE(check.outage->id, 7);
    QCOMPARE(check.outage->reference, reference);
    QCOMPARE(check.outage->start, start);
    QCOMPARE(check.outage->end.value_or(-1), end);
    QCOMPARE(int(check.outage->category), category);
}

void TestOutageLedgerModel::durationText_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << u"0:00:00"_s;
    QTest::newRow("47 min 30 s") << qint64(2850) << u"0:47:30"_s;
    QTest::newRow("a day and a half") << qint64(129600) << u"36:00:00"_s;
    QTest::newRow("1 h 1 min 1 s") << qint64(3661) << u"1:01:01"_s;
}

void TestOutageLedgerModel::durationText()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(OutageLedgerModel::durationText(seconds), text);
}

void TestOutageLedgerModel::readsPagesOnDemand()
{
    OutageLedgerModel model;
    model.setWorkspace(&*m_workspace);
    model.setFilter({u"a"_s, {}, {}, OutageRepository::Beginning, OutageRepository::End});
    QCOMPARE(model.rowCount(), Rows);
    QCOMPARE(model.pagesRead(), 0); // counting reads no row
    // The last row: one page, read from the end.
    QCOMPARE(model.index(Rows - 1, OutageLedgerModel::ReferenceColumn).data().toString(),
             u"R9999"_s);
    QCOMPARE(model.pagesRead(), 1);
    QCOMPARE(model.cachedRows(), OutageLedgerModel::PageSize);
    // Every row once: never more than MaxCachedPages pages held.
    for (int row = 0; row < Rows; ++row) {
        if (model.index(row, OutageLedgerModel::ReferenceColumn).data().toString() !=
            u"R%1"_s.arg(row))
            QFAIL(qPrintable(u"row %1"_s.arg(row)));
    }
    QCOMPARE(model.pagesRead(), 1 + Rows / OutageLedgerModel::PageSize);
    QCOMPARE(model.cachedRows(),
             qsizetype(OutageLedgerModel::MaxCachedPages) * OutageLedgerModel::PageSize);
    // Sorted by duration, longest first: outage i lasts i seconds.
    model.sort(OutageLedgerModel::DurationColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, OutageLedgerModel::DurationColumn).data().toString(), u"2:46:39"_s);
    QCOMPARE(model.index(Rows - 1, OutageLedgerModel::ReferenceColumn).data().toString(), u"R0"_s);
    QCOMPARE(model.pagesRead(), 2);
}

void TestOutageLedgerModel::setDataAsksForTheEdit()
{
    OutageLedgerModel model;
    model.setWorkspace(&*m_workspace);
    model.setFilter({u"a"_s, {}, {}, OutageRepository::Beginning, OutageRepository::End});
    QSignalSpy requested(&model, &OutageLedgerModel::editRequested);
    QSignalSpy rejected(&model, &OutageLedgerModel::editRejected);
    // Row 3 starts at 3000 and ends at 3003.
    QVERIFY(model.setData(model.index(3, OutageLedgerModel::NotesColumn), u"checked"_s));
    QCOMPARE(requested.count(), 1);
    const auto before = requested.first().at(0).value<Outage>();
    const auto after = requested.first().at(1).value<Outage>();
    QCOMPARE(before.reference, u"R3"_s);
    QCOMPARE(after.notes, u"checked"_s);
    QCOMPARE(after.id, before.id);
    // The model stores nothing itself: that is the undo command's job.
    QCOMPARE(model.index(3, OutageLedgerModel::NotesColumn).data().toString(), QString());
    QVERIFY(
        !model.setData(model.index(3, OutageLedgerModel::EndColumn), u"1970-01-01T00:00:00Z"_s));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.first().at(0).toString(),
             u"Row 4, End (UTC): The end (1970-01-01T00:00:00Z) is not after the start "
             "(1970-01-01T00:50:00Z)."_s);
    // The same text again changes nothing and asks for nothing.
    QVERIFY(!model.setData(model.index(3, OutageLedgerModel::ReferenceColumn), u"R3"_s));
    QCOMPARE(requested.count(), 1);
}

QTEST_GUILESS_MAIN(TestOutageLedgerModel)
#include "tst_outageledgermodel.moc"
