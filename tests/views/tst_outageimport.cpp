#include "mainwindow.h"
#include "mappingpresetstore.h"
#include "outageimport.h"
#include "outageimportcontroller.h"
#include "outageimportdialog.h"
#include "outageledgermodel.h"
#include "outagesscreen.h"
#include "sampleworkspace.h"
#include "workspace.h"
#include "workspaceevents.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace termlens;
using namespace Qt::StringLiterals;

// Outage imports through the real dialog (File > Import Outages, or a file dropped on the
// window) into a copy of the sample workspace, headless. The sample's "alliants" agreement
// (services Platform and Messaging) holds 14 outages, all in 2026; the files here are in 2027.
class TestOutageImport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QString freshSample()
    {
        const QString path = m_dir.filePath(u"sample-%1.termlens"_s.arg(++m_serial));
        if (!createSampleWorkspace(path).ok())
            qFatal("no sample workspace");
        return path;
    }
    // Read through a connection of its own, as another reader of the file would.
    static qint64 scalar(const QString &workspace, const QString &sql)
    {
        ImportConnection connection(workspace);
        if (!connection.open().ok())
            return -1;
        QSqlQuery query(connection.database());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }
    static qint64 alliantsOutages(const QString &workspace)
    {
        return scalar(workspace, u"SELECT count(*) FROM outages WHERE agreement_id = 'alliants'"_s);
    }
    static QString rows(const QString &workspace, const QString &where)
    {
        ImportConnection connection(workspace);
        if (!connection.open().ok())
            return {};
        QSqlQuery query(connection.database());
        query.exec(u"SELECT service || ' ' || start_utc || '-' || COALESCE(end_utc, 'open') ||"
                   " ' ' || category FROM outages WHERE agreement_id = 'alliants' AND %1"
                   " ORDER BY start_utc, service"_s.arg(where));
        QStringList lines;
        while (query.next())
            lines << query.value(0).toString();
        return lines.join(u"; "_s);
    }
    // Drops the file on the window's import path and waits for the dialog's preview.
    static OutageImportDialog *openDialog(MainWindow &window, const QString &file)
    {
        window.importFiles({file});
        auto *controller = window.findChild<OutageImportController *>(u"outageImportController"_s);
        OutageImportDialog *dialog = controller ? controller->currentDialog() : nullptr;
        if (!dialog)
            return nullptr;
        auto *agreement = dialog->findChild<QComboBox *>(u"agreement"_s);
        agreement->setCurrentIndex(agreement->findData(u"alliants"_s));
        return dialog;
    }
    static bool previewReady(OutageImportDialog *dialog)
    {
        return !dialog->runner()->isRunning() && dialog->runner()->preview() &&
               !dialog->findChild<QLabel *>(u"status"_s)->text().startsWith(u"Reading"_s);
    }
    static QString summary(OutageImportDialog *dialog)
    {
        return dialog->findChild<QLabel *>(u"summary"_s)->text();
    }
    // TERMLENS_SCREENSHOTS=DIR saves the dialog as it looks, for people to check the layout.
    static void screenshot(QWidget *dialog, const QString &name)
    {
        const QString dir = qEnvironmentVariable("TERMLENS_SCREENSHOTS");
        if (!dir.isEmpty())
            dialog->grab().save(dir + u'/' + name + u".png"_s, "PNG");
    }
    static QPushButton *button(OutageImportDialog *dialog, const QString &name)
    {
        return dialog->findChild<QPushButton *>(name);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void nativeCsvImportsAndReimportAddsNothing();
    void statuspageJsonImports();
    void mappedCsvThroughSavedPreset();
    void problemsAreListedAndNothingStored();
    void cancelHalfWayStoresNothing();
};

void TestOutageImport::nativeCsvImportsAndReimportAddsNothing()
{
    const QString workspace = freshSample();
    const QString file = write(
        u"native.csv"_s, "service,start,end,category,notice_given,reference,notes\n"
                         "Platform,2027-02-01T10:00:00Z,2027-02-01T10:30:00Z,unplanned,,"
                         "T-1,first\n"
                         "Messaging,2027-02-02T08:00:00+01:00,2027-02-02T09:00:00+01:00,"
                         "scheduled-maintenance,2027-01-25T09:00:00Z,T-2,\n"
                         "Platform,2027-02-03T00:00:00Z,,unplanned,,T-3,\"ongoing, still\"\n");
    MainWindow window;
    window.setRemembersSession(false);
    QVERIFY(window.openWorkspace(workspace));
    window.resize(1440, 900);
    window.show();
    QVERIFY(window.showScreen(u"outages"_s));
    auto *screen = qobject_cast<OutagesScreen *>(window.screenPage(u"outages"_s));
    QVERIFY(screen->selectAgreement(u"alliants"_s));
    QCOMPARE(screen->model()->rowCount(), 14);

    OutageImportDialog *dialog = openDialog(window, file);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(previewReady(dialog), 20000);
    QCOMPARE(dialog->findChild<QComboBox *>(u"format"_s)->currentData().toInt(),
             int(OutageFileFormat::NativeCsv));
    const QString text = summary(dialog);
    QVERIFY2(text.contains(u"3 records read: 3 outages to import, 0 left out"_s), qPrintable(text));
    // 10:00Z is the first start; 09:00+01:00 = 08:00Z the latest end; one still ongoing.
    QVERIFY2(text.contains(u"1 still ongoing"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Services: Messaging (1), Platform (2)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"None of them is stored yet."_s), qPrintable(text));
    screenshot(dialog, u"import-preview"_s);
    QCOMPARE(alliantsOutages(workspace), 14); // a preview stores nothing

    QSignalSpy imported(dialog, &OutageImportDialog::imported);
    QTest::mouseClick(button(dialog, u"import"_s), Qt::LeftButton);
    QVERIFY(imported.wait(20000));
    QCOMPARE(imported.first().at(1).value<qsizetype>(), 3);
    QCOMPARE(alliantsOutages(workspace), 17);
    QCOMPARE(rows(workspace, u"reference LIKE 'T-%'"_s),
             u"Platform 1801476000-1801477800 unplanned; "
             "Messaging 1801551600-1801555200 scheduled-maintenance; "
             "Platform 1801612800-open unplanned"_s);
    // The ledger heard of it and shows the three new rows.
    QTRY_COMPARE(screen->model()->rowCount(), 17);

    // The same file again: the preview says so, and importing adds nothing.
    QTRY_VERIFY(!window.findChild<OutageImportController *>()->currentDialog());
    dialog = openDialog(window, file);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(previewReady(dialog), 20000);
    QVERIFY2(summary(dialog).contains(u"Already stored: 3 of them"_s), qPrintable(summary(dialog)));
    QSignalSpy again(dialog, &OutageImportDialog::imported);
    QTest::mouseClick(button(dialog, u"import"_s), Qt::LeftButton);
    QVERIFY(again.wait(20000));
    QCOMPARE(again.first().at(1).value<qsizetype>(), 0);
    QCOMPARE(again.first().at(2).value<qsizetype>(), 3);
    QCOMPARE(alliantsOutages(workspace), 17);
    QCOMPARE(scalar(workspace, u"SELECT count(*) FROM import_batches WHERE file_name ="
                               " 'native.csv'"_s),
             1);
}

void TestOutageImport::statuspageJsonImports()
{
    const QString workspace = freshSample();
    // One incident on two components (two outages), one finished maintenance (one outage,
    // notice = when it was announced), one maintenance still only scheduled (nothing).
    const QString file = write(u"incidents.json"_s,
                               R"({"page": {"id": "p", "name": "Alliants"}, "incidents": [
  {"id": "inc1", "name": "Both down", "status": "resolved", "impact": "major",
   "created_at": "2027-02-10T10:05:00Z", "started_at": "2027-02-10T10:00:00Z",
   "resolved_at": "2027-02-10T10:45:00Z", "components": [{"name": "Platform"}, {"name": "Messaging"}]},
  {"id": "mnt1", "name": "Upgrade", "status": "completed", "impact": "maintenance",
   "created_at": "2027-02-01T09:00:00Z", "scheduled_for": "2027-02-12T22:00:00Z",
   "started_at": "2027-02-12T22:00:00Z", "resolved_at": "2027-02-12T23:00:00Z",
   "components": [{"name": "Platform"}]},
  {"id": "mnt2", "name": "Later", "status": "scheduled", "impact": "maintenance",
   "created_at": "2027-02-01T09:00:00Z", "scheduled_for": "2027-03-01T22:00:00Z",
   "components": [{"name": "Platform"}]}
]})");
    MainWindow window;
    window.setRemembersSession(false);
    QVERIFY(window.openWorkspace(workspace));
    OutageImportDialog *dialog = openDialog(window, file);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(previewReady(dialog), 20000);
    QCOMPARE(dialog->findChild<QComboBox *>(u"format"_s)->currentData().toInt(),
             int(OutageFileFormat::Statuspage));
    const QString text = summary(dialog);
    QVERIFY2(text.contains(u"3 outages to import, 1 left out"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Services: Messaging (1), Platform (2)"_s), qPrintable(text));
    QSignalSpy imported(dialog, &OutageImportDialog::imported);
    QTest::mouseClick(button(dialog, u"import"_s), Qt::LeftButton);
    QVERIFY(imported.wait(20000));
    QCOMPARE(alliantsOutages(workspace), 17);
    // 2027-02-10T10:00Z = 1802253600, +45 min; 2027-02-12T22:00Z = 1802469600, +1 h.
    QCOMPARE(rows(workspace, u"start_utc >= 1802253600"_s),
             u"Messaging 1802253600-1802256300 unplanned; "
             "Platform 1802253600-1802256300 unplanned; "
             "Platform 1802469600-1802473200 scheduled-maintenance"_s);
    QCOMPARE(scalar(workspace, u"SELECT notice_utc FROM outages WHERE reference = 'mnt1'"_s),
             1801472400); // 2027-02-01T09:00:00Z
}

void TestOutageImport::mappedCsvThroughSavedPreset()
{
    const QString workspace = freshSample();
    {
        // The user's own mapping for a monitoring tool, saved by name in the workspace.
        StorageResult<Workspace> ws = Workspace::open(workspace);
        QVERIFY(ws.ok());
        MappingPreset preset;
        preset.name = u"Acme monitor"_s;
        preset.startColumn = u"Went down"_s;
        preset.durationColumn = u"Minutes"_s;
        preset.durationUnit = MappedDuration::Minutes;
        preset.timeFormats = {u"yyyy-MM-dd HH:mm"_s};
        preset.timeZone = u"Europe/London"_s;
        preset.serviceColumn = u"Monitor"_s;
        preset.categoryColumn = u"Why"_s;
        preset.categoryMap = {{u"crash"_s, u"unplanned"_s},
                              {u"planned"_s, u"scheduled-maintenance"_s}};
        preset.referenceColumn = u"Ticket"_s;
        const StorageStatus saved = MappingPresetStore(*ws.value).save(preset);
        QVERIFY2(saved.ok(), qPrintable(saved.error.toString()));
    }
    // London is on GMT in early March 2027 (summer time starts on the 28th) and on BST in
    // April: 09:00 on 1 March is 09:00Z, 22:00 on 2 April is 21:00Z.
    const QString file = write(u"acme.csv"_s, "Monitor,Went down,Minutes,Why,Ticket\n"
                                              "Platform,2027-03-01 09:00,30,crash,A-1\n"
                                              "Messaging,2027-04-02 22:00,90,Planned,A-2\n");
    MainWindow window;
    window.setRemembersSession(false);
    QVERIFY(window.openWorkspace(workspace));
    OutageImportDialog *dialog = openDialog(window, file);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(previewReady(dialog), 20000);
    QCOMPARE(dialog->findChild<QComboBox *>(u"format"_s)->currentData().toInt(),
             int(OutageFileFormat::MappedCsv));
    // The header matches the saved preset, which the dialog picks by itself.
    QCOMPARE(dialog->findChild<QComboBox *>(u"mapping"_s)->currentText(), u"Acme monitor"_s);
    QVERIFY2(summary(dialog).contains(u"2 outages to import"_s), qPrintable(summary(dialog)));
    QSignalSpy imported(dialog, &OutageImportDialog::imported);
    QTest::mouseClick(button(dialog, u"import"_s), Qt::LeftButton);
    QVERIFY(imported.wait(20000));
    // 2027-03-01T09:00Z = 1803891600 (+30 min); 2027-04-02T21:00Z = 1806699600 (+90 min).
    QCOMPARE(rows(workspace, u"reference LIKE 'A-%'"_s),
             u"Platform 1803891600-1803893400 unplanned; "
             "Messaging 1806699600-1806705000 scheduled-maintenance"_s);
}

void TestOutageImport::problemsAreListedAndNothingStored()
{
    const QString workspace = freshSample();
    const QString file =
        write(u"bad.csv"_s, "service,start,end,category,notice_given,reference,notes\n"
                            "Platform,2027-02-01T10:00:00Z,2027-02-01T09:00:00Z,unplanned,,,\n"
                            "Platform,2027-02-01T10:00:00,,unplanned,,,\n"
                            "Platform,2027-02-01T10:00:00Z,,sunspots,,,\n");
    MainWindow window;
    window.setRemembersSession(false);
    QVERIFY(window.openWorkspace(workspace));
    OutageImportDialog *dialog = openDialog(window, file);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(previewReady(dialog), 20000);
    QVERIFY(!button(dialog, u"import"_s)->isEnabled());
    screenshot(dialog, u"import-problems"_s);
    const QString problems = dialog->problemsText();
    const QStringList lines = problems.split(u'\n');
    QCOMPARE(lines.size(), 3);
    // Line numbers count the header as line 1.
    QVERIFY2(lines.at(0).startsWith(u"2\tend\t"_s), qPrintable(problems));
    QVERIFY2(lines.at(1).startsWith(u"3\tstart\t"_s), qPrintable(problems));
    QVERIFY2(lines.at(2).startsWith(u"4\tcategory\t"_s), qPrintable(problems));
    QCOMPARE(alliantsOutages(workspace), 14);
}

void TestOutageImport::cancelHalfWayStoresNothing()
{
    const QString workspace = freshSample();
    // 200,000 distinct outages: long enough that Stop arrives while rows are being inserted.
    const qint64 base = 1801476000; // 2027-02-01T10:00:00Z
    QByteArray csv = "service,start,end,category,notice_given,reference,notes\n";
    for (int i = 0; i < 200000; ++i) {
        const qint64 start = base + qint64(i) * 600;
        csv += "Platform," +
               QDateTime::fromSecsSinceEpoch(start, QTimeZone::utc())
                   .toString(Qt::ISODate)
                   .toLatin1() +
               ',' +
               QDateTime::fromSecsSinceEpoch(start + 60, QTimeZone::utc())
                   .toString(Qt::ISODate)
                   .toLatin1() +
               ",unplanned,,BIG-" + QByteArray::number(i) + ",\n";
    }
    const QString file = write(u"big.csv"_s, csv);
    const qint64 batchesBefore = scalar(workspace, u"SELECT count(*) FROM import_batches"_s);
    MainWindow window;
    window.setRemembersSession(false);
    QVERIFY(window.openWorkspace(workspace));
    OutageImportDialog *dialog = openDialog(window, file);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(previewReady(dialog), 120000);
    QVERIFY2(summary(dialog).contains(u"200,000 outages to import"_s), qPrintable(summary(dialog)));

    QSignalSpy abandoned(dialog, &OutageImportDialog::importAbandoned);
    QSignalSpy imported(dialog, &OutageImportDialog::imported);
    qint64 stoppedAt = -1;
    connect(dialog->runner(), &OutageImportRunner::progress, dialog,
            [&](qint64 done, qint64 total) {
                if (stoppedAt < 0 && done > 0 && done < total) {
                    stoppedAt = done;
                    // The button the user sees: "Stop Import" while importing.
                    QTest::mouseClick(button(dialog, u"cancel"_s), Qt::LeftButton);
                }
            });
    QTest::mouseClick(button(dialog, u"import"_s), Qt::LeftButton);
    QCOMPARE(button(dialog, u"cancel"_s)->text(), u"&Stop Import"_s);
    QVERIFY(abandoned.wait(120000));
    QVERIFY(stoppedAt > 0 && stoppedAt < 200000);
    QCOMPARE(imported.count(), 0);
    QCOMPARE(abandoned.first().at(0).toString(), u"Import stopped: nothing was stored."_s);
    QVERIFY(dialog->isVisible()); // it stays to say so
    QCOMPARE(alliantsOutages(workspace), 14);
    QCOMPARE(scalar(workspace, u"SELECT count(*) FROM import_batches"_s), batchesBefore);
    QCOMPARE(scalar(workspace, u"SELECT count(*) FROM outages WHERE reference LIKE 'BIG-%'"_s), 0);
}

QTEST_MAIN(TestOutageImport)
#include "tst_outageimport.moc"
