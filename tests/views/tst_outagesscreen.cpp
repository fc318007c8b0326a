#include "mainwindow.h"
#include "outageimport.h"
#include "outageledgermodel.h"
#include "outagesscreen.h"
#include "sampleworkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace termlens;
using namespace Qt::StringLiterals;

// The outage ledger (`termlens --view outages`) over the sample workspace, driven through its
// widgets headless. The sample's "alliants" agreement (Europe/London) has 14 outages
// (resources/sample/alliants.outages.csv); the first by start is MON-AEP-0506, Platform,
// 2026-05-06T10:02:00+01:00 to 10:02:30+01:00 (09:02:00Z to 09:02:30Z), unplanned.
class TestOutagesScreen final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sample;
    std::unique_ptr<MainWindow> m_window;
    OutagesScreen *m_screen = nullptr;

    QTableView *table() const { return m_screen->table(); }
    OutageLedgerModel *model() const { return m_screen->model(); }
    QLabel *message() const { return m_screen->findChild<QLabel *>(u"ledgerMessage"_s); }
    QComboBox *box(const QString &name) const { return m_screen->findChild<QComboBox *>(name); }
    QString cell(int row, int column) const
    {
        return model()->index(row, column).data().toString();
    }
    QString stored(const QString &sql) const
    {
        ImportConnection connection(m_sample);
        if (!connection.open().ok())
            return u"(cannot open)"_s;
        QSqlQuery query(connection.database());
        return query.exec(sql) && query.next() ? query.value(0).toString() : u"(none)"_s;
    }
    // Types into a cell as a user does: double-click, replace the text, Enter.
    void typeInto(int row, int column, const QString &text)
    {
        const QModelIndex index = model()->index(row, column);
        table()->scrollTo(index);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                          table()->visualRect(index).center());
        QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {},
                           table()->visualRect(index).center());
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(editor, "no line editor opened");
        editor->selectAll();
        if (text.isEmpty())
            QTest::keyClick(editor, Qt::Key_Delete);
        else
            QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits and closes the editor through a queued call.
        QTRY_VERIFY(QApplication::focusWidget() != editor);
    }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsAgreementLedger();
    void editThenUndoAndRedo();
    void badEditsAreExplained_data();
    void badEditsAreExplained();
    void emptyEndMakesOutageOngoing();
    void filters_data();
    void filters();
    void sortingByHeader();
    void copiesSelectedRows();
};

void TestOutagesScreen::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestOutagesScreen::init()
{
    // A fresh copy for every test: edits are stored.
    m_sample = m_dir.filePath(
        u"sample-%1-%2.termlens"_s.arg(QString::fromLatin1(QTest::currentTestFunction()),
                                       QString::fromLatin1(QTest::currentDataTag())));
    QFile::remove(m_sample);
    QVERIFY(createSampleWorkspace(m_sample).ok());
    m_window = std::make_unique<MainWindow>();
    m_window->setRemembersSession(false);
    QVERIFY(m_window->openWorkspace(m_sample));
    m_window->resize(1440, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->showScreen(u"outages"_s));
    m_screen = qobject_cast<OutagesScreen *>(m_window->screenPage(u"outages"_s));
    QVERIFY(m_screen);
    QVERIFY(m_screen->selectAgreement(u"alliants"_s));
}

void TestOutagesScreen::cleanup()
{
    m_window.reset();
}

void TestOutagesScreen::showsAgreementLedger()
{
    QCOMPARE(model()->rowCount(), 14);
    QCOMPARE(cell(0, OutageLedgerModel::ServiceColumn), u"Platform"_s);
    QCOMPARE(cell(0, OutageLedgerModel::StartColumn), u"2026-05-06T09:02:00Z"_s);
    QCOMPARE(cell(0, OutageLedgerModel::EndColumn), u"2026-05-06T09:02:30Z"_s);
    QCOMPARE(cell(0, OutageLedgerModel::DurationColumn), u"0:00:30"_s);
    QCOMPARE(cell(0, OutageLedgerModel::ReferenceColumn), u"MON-AEP-0506"_s);
    // The third: Messaging maintenance 22:00 to 01:00 (+01:00), notice 13 May 09:00 (+01:00).
    QCOMPARE(cell(2, OutageLedgerModel::DurationColumn), u"3:00:00"_s);
    QCOMPARE(cell(2, OutageLedgerModel::NoticeColumn), u"2026-05-13T08:00:00Z"_s);
    QVERIFY(m_screen->findChild<QLabel *>(u"ledgerCount"_s)->text().startsWith(u"14 "_s));
    // Services: the subscription's, in its order.
    QCOMPARE(box(u"ledgerService"_s)->count(), 3);
    QCOMPARE(box(u"ledgerService"_s)->itemText(1), u"Platform"_s);
    QCOMPARE(box(u"ledgerService"_s)->itemText(2), u"Messaging"_s);
    // Months: all, then October back to May 2026.
    QCOMPARE(box(u"ledgerMonth"_s)->count(), 7);
    QCOMPARE(box(u"ledgerMonth"_s)->itemData(1).toString(), u"2026-10"_s);
    QCOMPARE(box(u"ledgerMonth"_s)->itemData(6).toString(), u"2026-05"_s);
}

void TestOutagesScreen::editThenUndoAndRedo()
{
    const QString sql = u"SELECT reference FROM outages WHERE agreement_id = 'alliants'"
                        " AND start_utc = 1778058120"_s; // 2026-05-06T09:02:00Z
    QCOMPARE(stored(sql), u"MON-AEP-0506"_s);
    const int commands = m_window->undoStack()->count();
    typeInto(0, OutageLedgerModel::ReferenceColumn, u"MON-EDITED"_s);
    QCOMPARE(stored(sql), u"MON-EDITED"_s);
    QCOMPARE(cell(0, OutageLedgerModel::ReferenceColumn), u"MON-EDITED"_s);
    QCOMPARE(m_window->undoStack()->count(), commands + 1);
    QVERIFY(!message()->isVisible());

    // Edit > Undo, by its shortcut.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(sql), u"MON-AEP-0506"_s);
    QCOMPARE(cell(0, OutageLedgerModel::ReferenceColumn), u"MON-AEP-0506"_s);
    m_window->undoStack()->redo();
    QCOMPARE(stored(sql), u"MON-EDITED"_s);
    QCOMPARE(cell(0, OutageLedgerModel::ReferenceColumn), u"MON-EDITED"_s);

    // Moving the start re-sorts the row; undo puts it back.
    typeInto(0, OutageLedgerModel::StartColumn, u"2026-05-06T10:02:10+01:00"_s);
    QCOMPARE(stored(u"SELECT start_utc FROM outages WHERE reference = 'MON-EDITED'"_s),
             u"1778058130"_s);
    QCOMPARE(cell(0, OutageLedgerModel::DurationColumn), u"0:00:20"_s);
    m_window->undoStack()->undo();
    QCOMPARE(stored(u"SELECT start_utc FROM outages WHERE reference = 'MON-EDITED'"_s),
             u"1778058120"_s);
}

void TestOutagesScreen::badEditsAreExplained_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("time without a zone")
        << int(OutageLedgerModel::StartColumn) << u"2026-05-06T09:02"_s
        << u"Row 1, Start (UTC): The start \"2026-05-06T09:02\" has no time zone"_s;
    QTest::newRow("not a time") << int(OutageLedgerModel::EndColumn) << u"soon"_s
                                << u"Row 1, End (UTC): The end \"soon\" is not a date and time"_s;
    QTest::newRow("end before start")
        << int(OutageLedgerModel::EndColumn) << u"2026-05-06T09:00:00Z"_s
        << u"Row 1, End (UTC): The end (2026-05-06T09:00:00Z) is not after the start "
           "(2026-05-06T09:02:00Z)."_s;
    QTest::newRow("start after end")
        << int(OutageLedgerModel::StartColumn) << u"2026-05-06T10:00:00Z"_s
        << u"Row 1, Start (UTC): The end (2026-05-06T09:02:30Z) is not after the start "
           "(2026-05-06T10:00:00Z)."_s;
    QTest::newRow("unknown category")
        << int(OutageLedgerModel::CategoryColumn) << u"sunspots"_s
        << u"Row 1, Category: \"sunspots\" is not an outage category; use one of: unplanned,"_s;
    QTest::newRow("no service") << int(OutageLedgerModel::ServiceColumn) << u""_s
                                << u"Row 1, Service: Every outage names its service."_s;
}

void TestOutagesScreen::badEditsAreExplained()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const int commands = m_window->undoStack()->count();
    const QString row = u"SELECT service || start_utc || end_utc || category FROM outages"
                        " WHERE reference = 'MON-AEP-0506'"_s;
    const QString before = stored(row);
    typeInto(0, column, text);
    QVERIFY(message()->isVisible());
    QVERIFY2(message()->text().startsWith(expected), qPrintable(message()->text()));
    QCOMPARE(message()->textFormat(), Qt::PlainText);
    QCOMPARE(stored(row), before);
    QCOMPARE(m_window->undoStack()->count(), commands);
}

void TestOutagesScreen::emptyEndMakesOutageOngoing()
{
    typeInto(0, OutageLedgerModel::EndColumn, QString());
    QCOMPARE(stored(u"SELECT COALESCE(end_utc, 'open') FROM outages"
                    " WHERE reference = 'MON-AEP-0506'"_s),
             u"open"_s);
    QCOMPARE(cell(0, OutageLedgerModel::EndColumn), u"ongoing"_s);
    QCOMPARE(cell(0, OutageLedgerModel::DurationColumn), u"ongoing"_s);
    // Category by its shown name works too.
    typeInto(0, OutageLedgerModel::CategoryColumn, u"Scheduled maintenance"_s);
    QCOMPARE(stored(u"SELECT category FROM outages WHERE reference = 'MON-AEP-0506'"_s),
             u"scheduled-maintenance"_s);
}

void TestOutagesScreen::filters_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstReference");
    // Counted by hand from alliants.outages.csv (months in Europe/London).
    QTest::newRow("Messaging") << u"Messaging"_s << QString() << QString() << 5
                               << u"CHG-AEP-0520"_s;
    QTest::newRow("June") << QString() << u"2026-06"_s << QString() << 3 << u"INC-AEP-2606-01"_s;
    // 31 August 23:50 to 1 September 00:20 (London) is in both months.
    QTest::newRow("August") << QString() << u"2026-08"_s << QString() << 2 << u"INC-AEP-2608-01"_s;
    QTest::newRow("September") << QString() << u"2026-09"_s << QString() << 2
                               << u"INC-AEP-2608-02"_s;
    QTest::newRow("unplanned") << QString() << QString() << u"Unplanned"_s << 8
                               << u"MON-AEP-0506"_s;
    QTest::newRow("Messaging in July, third party")
        << u"Messaging"_s << u"2026-07"_s << u"Third party"_s << 1 << u"INC-AEP-2607-01"_s;
    QTest::newRow("Platform, maintenance")
        << u"Platform"_s << QString() << u"Scheduled maintenance"_s << 0 << QString();
}

void TestOutagesScreen::filters()
{
    QFETCH(QString, service);
    QFETCH(QString, month);
    QFETCH(QString, category);
    QFETCH(int, rows);
    QFETCH(QString, firstReference);
    if (!service.isEmpty())
        box(u"ledgerService"_s)->setCurrentIndex(box(u"ledgerService"_s)->findData(service));
    if (!month.isEmpty())
        box(u"ledgerMonth"_s)->setCurrentIndex(box(u"ledgerMonth"_s)->findData(month));
    if (!category.isEmpty()) {
        const int index = box(u"ledgerCategory"_s)->findText(category, Qt::MatchFixedString);
        QVERIFY2(index > 0, qPrintable(category));
        box(u"ledgerCategory"_s)->setCurrentIndex(index);
    }
    QCOMPARE(model()->rowCount(), rows);
    if (rows > 0)
        QCOMPARE(cell(0, OutageLedgerModel::ReferenceColumn), firstReference);
}

void TestOutagesScreen::sortingByHeader()
{
    QHeaderView *header = table()->horizontalHeader();
    const auto click = [&](int column) {
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                   header->height() / 2));
    };
    click(OutageLedgerModel::DurationColumn);
    QCOMPARE(model()->sortKey(), OutageSortKey::Duration);
    // Shortest: 30 s (MON-AEP-0506), then 35 s (MON-AEP-0729).
    const bool ascending = model()->sortOrder() == Qt::AscendingOrder;
    if (!ascending)
        click(OutageLedgerModel::DurationColumn);
    QCOMPARE(cell(0, OutageLedgerModel::ReferenceColumn), u"MON-AEP-0506"_s);
    QCOMPARE(cell(1, OutageLedgerModel::ReferenceColumn), u"MON-AEP-0729"_s);
    click(OutageLedgerModel::DurationColumn);
    QCOMPARE(model()->sortOrder(), Qt::DescendingOrder);
    // Longest: 3 h (CHG-AEP-0520), then 2 h 30 min (CHG-AEP-0616).
    QCOMPARE(cell(0, OutageLedgerModel::ReferenceColumn), u"CHG-AEP-0520"_s);
    QCOMPARE(cell(1, OutageLedgerModel::ReferenceColumn), u"CHG-AEP-0616"_s);
    QCOMPARE(cell(13, OutageLedgerModel::ReferenceColumn), u"MON-AEP-0506"_s);
}

void TestOutagesScreen::copiesSelectedRows()
{
    table()->selectRow(0);
    const QStringList lines = m_screen->selectedRowsText().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), u"Service\tStart (UTC)\tEnd (UTC)\tDuration\tCategory\tNotice Given "
                          "(UTC)\tReference\tNotes"_s);
    QVERIFY2(lines.at(1).startsWith(u"Platform\t2026-05-06T09:02:00Z\t2026-05-06T09:02:30Z\t"
                                    "0:00:30\tUnplanned\t\tMON-AEP-0506\t"_s),
             qPrintable(lines.at(1)));
}

QTEST_MAIN(TestOutagesScreen)
#include "tst_outagesscreen.moc"
