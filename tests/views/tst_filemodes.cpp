// R5: every file TermLens writes is private (0600) under the usual umask 022, including when
// it replaces a file that was 0644: the workspace and its journal, session backups, a restored
// workspace, Save a Copy, the PDF report and the deadlines calendar (.ics). (CLI outputs:
// tests/cli/tst_cli_filemodes.cpp; copied tables go to the clipboard, not to files.)

#include "deadlinesscreen.h"
#include "filemode.h"
#include "mainwindow.h"
#include "reportoptions.h"
#include "reportwriter.h"
#include "sampleworkspace.h"
#include "sqltransaction.h"
#include "workspace.h"
#include "workspacebackup.h"
#include "workspacecopy.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace termlens;
using namespace Qt::StringLiterals;

namespace {

// A file left by someone else, readable by all: replacing it must not keep its mode.
void writePublicFile(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("old");
    file.close();
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    QCOMPARE(modeOf(path), 0644u);
}

} // namespace

class TestFileModes final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workspaceAndJournal();
    void backupsAndRestore();
    void saveCopy();
    void pdfReport();
    void deadlinesCalendar();

private:
    QTemporaryDir m_dir;
    QString m_sample;
};

void TestFileModes::initTestCase()
{
    ::umask(022);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_sample = m_dir.filePath(u"sample.termlens"_s);
    StorageResult<Workspace> created = createSampleWorkspace(m_sample);
    QVERIFY2(created.ok(), qPrintable(created.error.toString()));
}

void TestFileModes::workspaceAndJournal()
{
    const QString file = m_dir.filePath(u"new.termlens"_s);
    StorageResult<Workspace> ws = Workspace::create(file);
    QVERIFY(ws.ok());
    QCOMPARE(modeOf(file), 0600u);
    // The rollback journal exists while a write transaction runs; it takes the file's mode.
    SqlTransaction transaction(ws.value->database(), file);
    QVERIFY(transaction.begin().ok());
    QSqlQuery query(ws.value->database());
    QVERIFY(query.exec(u"INSERT INTO settings (key, value) VALUES ('k', 'v')"_s));
    QVERIFY(QFile::exists(file + u"-journal"_s));
    QCOMPARE(modeOf(file + u"-journal"_s), 0600u);
    QVERIFY(transaction.commit().ok());
    QVERIFY(!QFile::exists(file + u"-journal"_s));
}

void TestFileModes::backupsAndRestore()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"ws.termlens"_s);
    QVERIFY(Workspace::create(file).ok());
    QString backup;
    {
        // The window's session backup.
        MainWindow window;
        QVERIFY(window.openWorkspace(file));
        window.waitForBackup(); // written on a worker thread
        const QList<WorkspaceBackup> backups = listWorkspaceBackups(file);
        QCOMPARE(backups.size(), 1);
        backup = backups.first().path;
        QCOMPARE(modeOf(backup), 0600u);
        // Restored: the new file and the kept one are private too.
        QVERIFY(window.restoreBackup(backup));
    }
    QCOMPARE(modeOf(file), 0600u);
    for (const WorkspaceBackup &b : listWorkspaceBackups(file))
        QCOMPARE(modeOf(b.path), 0600u);
}

void TestFileModes::saveCopy()
{
    StorageResult<Workspace> ws = Workspace::open(m_sample);
    QVERIFY2(ws.ok(), qPrintable(ws.error.toString()));
    const QString fresh = m_dir.filePath(u"copy.termlens"_s);
    QVERIFY(saveWorkspaceCopy(*ws.value, fresh).ok());
    QCOMPARE(modeOf(fresh), 0600u);
    const QString replaced = m_dir.filePath(u"replaced.termlens"_s);
    writePublicFile(replaced);
    QVERIFY(saveWorkspaceCopy(*ws.value, replaced).ok());
    QCOMPARE(modeOf(replaced), 0600u);
}

void TestFileModes::pdfReport()
{
    StorageResult<Workspace> ws = Workspace::open(m_sample);
    QVERIFY2(ws.ok(), qPrintable(ws.error.toString()));
    for (const QString &name : {u"fresh.pdf"_s, u"replaced.pdf"_s}) {
        const QString path = m_dir.filePath(name);
        if (name == u"replaced.pdf")
            writePublicFile(path);
        ReportOptions options;
        options.outputFile = path;
        options.agreementIds = {u"alliants"_s};
        options.appendix = false;
        const ReportStatus written = exportReport(*ws.value, options, {});
        QVERIFY2(written.ok(), qPrintable(name));
        QCOMPARE(modeOf(path), 0600u);
    }
}

void TestFileModes::deadlinesCalendar()
{
    MainWindow window;
    window.setRemembersSession(false);
    QVERIFY(window.openWorkspace(m_sample));
    auto *screen = qobject_cast<DeadlinesScreen *>(window.screenPage(u"deadlines"_s));
    QVERIFY(screen);
    for (const QString &name : {u"fresh.ics"_s, u"replaced.ics"_s}) {
        const QString path = m_dir.filePath(name);
        if (name == u"replaced.ics")
            writePublicFile(path);
        QVERIFY(screen->exportCalendar(path));
        QCOMPARE(modeOf(path), 0600u);
    }
}

QTEST_MAIN(TestFileModes)
#include "tst_filemodes.moc"
