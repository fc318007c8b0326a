// The session backup off the GUI thread, driven through the real window headless: opening a
// workspace returns at once with the copy running and its progress in the status bar; it ends
// as a whole backup (0600, integrity_check ok, nothing partial left); closing the window or
// switching workspace while it runs stops it cleanly. And the number of backups kept, set in
// File > Restore Backup, is what the next session's backup keeps.

#include "filemode.h"
#include "mainwindow.h"
#include "rawdatabase.h"
#include "restorebackupdialog.h"
#include "sessionbackup.h"
#include "workspace.h"
#include "workspacebackup.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace termlens;
using namespace Qt::StringLiterals;

namespace {

// A workspace of about `mebibytes` MiB, so the copy takes several steps.
QString makeWorkspace(const QString &file, int mebibytes)
{
    StorageResult<Workspace> ws = Workspace::create(file);
    if (!ws.ok())
        return ws.error.toString();
    for (int i = 0; i < mebibytes * 2; ++i) {
        if (!ws.value->setSetting(u"filler%1"_s.arg(i), QString(512 * 1024, u'f')).ok())
            return u"could not fill"_s;
    }
    return {};
}

QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList({u"*.partial"_s, u"*.partial-journal"_s}, QDir::Files);
}

void flushDeletes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

} // namespace

class TestSessionBackup final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backupRunsBehindTheWindow();
    void closingWhileItRunsLeavesNothingPartial();
    void switchingWorkspaceStopsIt();
    void failureIsReported();
    void generationsSetInTheRestoreDialog();

private:
    QTemporaryDir m_dir;
};

void TestSessionBackup::initTestCase()
{
    ::umask(022);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestSessionBackup::backupRunsBehindTheWindow()
{
    const QString file = m_dir.filePath(u"behind.termlens"_s);
    QCOMPARE(makeWorkspace(file, 12), QString());
    MainWindow window;
    window.show();
    QSignalSpy progressed(window.sessionBackup(), &SessionBackup::progressed);
    QSignalSpy finished(window.sessionBackup(), &SessionBackup::finished);
    QVERIFY(window.openWorkspace(file));
    // openWorkspace returned with the copy still to be delivered: the window shows it running.
    QVERIFY(window.sessionBackup()->isRunning());
    auto *bar = window.findChild<QProgressBar *>(u"backupProgress"_s);
    auto *status = window.findChild<QLabel *>(u"backupStatus"_s);
    QVERIFY(bar && status);
    QVERIFY(bar->isVisible());
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), u"Backing up behind.termlens…"_s);
    QVERIFY(!bar->accessibleName().isEmpty());
    QVERIFY(!bar->statusTip().isEmpty());
    if (const QString shots = qEnvironmentVariable("TERMLENS_SCREENSHOTS"); !shots.isEmpty()) {
        window.resize(1440, 900);
        window.grab().save(shots + u"/session-backup-progress.png"_s, "PNG");
    }

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const auto result = finished.first().first().value<StorageResult<QString>>();
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(!progressed.isEmpty());
    QCOMPARE(progressed.last().first().toInt(), 100);
    QVERIFY(!bar->isVisible());
    QVERIFY(!status->isVisible());
    QVERIFY(!window.sessionBackup()->isRunning());
    QCOMPARE(window.statusBar()->currentMessage(), u"Backed up to %1"_s.arg(*result.value));

    const QList<WorkspaceBackup> backups = listWorkspaceBackups(file);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().path, *result.value);
    QCOMPARE(modeOf(*result.value), 0600u);
    QCOMPARE(valueIn(*result.value, u"PRAGMA integrity_check"_s), u"ok"_s);
    QCOMPARE(valueIn(*result.value, u"SELECT count(*) FROM settings WHERE key LIKE 'filler%'"_s),
             u"24"_s);
    QCOMPARE(leftovers(m_dir.path()), QStringList());
    QVERIFY(!window.findChild<QMessageBox *>(u"errorMessage"_s));
}

// Closed at once: the copy is stopped between two steps (or had just ended); either way no
// partial file is left and any backup there is whole.
void TestSessionBackup::closingWhileItRunsLeavesNothingPartial()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"closed.termlens"_s);
    QCOMPARE(makeWorkspace(file, 40), QString());
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(file));
        QVERIFY(window.sessionBackup()->isRunning());
        QVERIFY(window.close());
        QVERIFY(!window.sessionBackup()->isRunning());
        QVERIFY(!window.findChild<QProgressBar *>(u"backupProgress"_s)->isVisible());
    }
    QCOMPARE(leftovers(dir.path()), QStringList());
    for (const WorkspaceBackup &b : listWorkspaceBackups(file))
        QCOMPARE(valueIn(b.path, u"PRAGMA integrity_check"_s), u"ok"_s);
    // The workspace itself is untouched and opens again.
    QVERIFY(Workspace::open(file).ok());
}

void TestSessionBackup::switchingWorkspaceStopsIt()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(u"first.termlens"_s);
    const QString second = dir.filePath(u"second.termlens"_s);
    QCOMPARE(makeWorkspace(first, 40), QString());
    QCOMPARE(makeWorkspace(second, 1), QString());
    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(first));
    QVERIFY(window.sessionBackup()->isRunning());
    QCOMPARE(window.sessionBackup()->file(), first);
    QVERIFY(window.openWorkspace(second));
    // The first one's copy was stopped before its file was closed; the second one's runs.
    QCOMPARE(window.sessionBackup()->file(), second);
    QCOMPARE(leftovers(dir.path()), QStringList());
    window.waitForBackup();
    QCOMPARE(listWorkspaceBackups(second).size(), 1);
    QCOMPARE(leftovers(dir.path()), QStringList());
    for (const WorkspaceBackup &b : listWorkspaceBackups(first))
        QCOMPARE(valueIn(b.path, u"PRAGMA integrity_check"_s), u"ok"_s);
}

// A copy that fails reports SQLite's reason with the file, and leaves nothing behind.
void TestSessionBackup::failureIsReported()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"notadb.termlens"_s);
    {
        QFile garbage(file);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(64 * 1024, 'x'));
    }
    SessionBackup backup;
    QSignalSpy finished(&backup, &SessionBackup::finished);
    QVERIFY(backup.start(file, 2));
    QVERIFY(!backup.start(file, 2)); // one at a time
    QTRY_COMPARE(finished.size(), 1);
    const auto result = finished.first().first().value<StorageResult<QString>>();
    QVERIFY(!result.ok());
    QCOMPARE(result.error.file, file);
    QVERIFY2(result.error.message.contains(u"not a database"_s), qPrintable(result.error.message));
    QCOMPARE(leftovers(dir.path()), QStringList());
    QVERIFY(listWorkspaceBackups(file).isEmpty());
}

// File > Restore Backup shows where the backups are and how many are kept; the number chosen
// there is stored in the workspace, and the next session's backup keeps exactly that many.
void TestSessionBackup::generationsSetInTheRestoreDialog()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"kept.termlens"_s);
    {
        StorageResult<Workspace> ws = Workspace::create(file);
        QVERIFY(ws.ok());
        for (int round = 1; round <= 5; ++round) {
            QVERIFY(ws.value->setSetting(u"round"_s, QString::number(round)).ok());
            QVERIFY(writeSessionBackup(*ws.value).ok());
        }
        QCOMPARE(listWorkspaceBackups(file).size(), 5);
    }
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(file));
        window.waitForBackup(); // nothing changed since round 5: no new backup
        QCOMPARE(listWorkspaceBackups(file).size(), 5);
        flushDeletes();
        QAction *action = window.findChild<QAction *>(u"restoreBackupAction"_s);
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto *dialog = window.findChild<RestoreBackupDialog *>(u"restoreBackupDialog"_s);
        QVERIFY(dialog);
        auto *folder = dialog->findChild<QLabel *>(u"backupFolder"_s);
        QVERIFY(folder);
        QCOMPARE(folder->text(), QDir::toNativeSeparators(QFileInfo(file).absolutePath()));
        QCOMPARE(folder->textFormat(), Qt::PlainText);
        auto *spin = dialog->findChild<QSpinBox *>(u"backupGenerations"_s);
        QVERIFY(spin);
        QVERIFY(spin->isEnabled());
        QCOMPARE(spin->value(), 5); // the default, DefaultBackupGenerations
        QCOMPARE(spin->minimum(), 1);
        QCOMPARE(spin->maximum(), 100);
        QVERIFY(!spin->accessibleName().isEmpty());
        QVERIFY(!spin->toolTip().isEmpty());
        QVERIFY(!spin->statusTip().isEmpty());
        if (const QString shots = qEnvironmentVariable("TERMLENS_SCREENSHOTS"); !shots.isEmpty())
            dialog->grab().save(shots + u"/restore-backup-settings.png"_s, "PNG");
        // Typed as a user does: the field's text replaced, then Enter.
        spin->setFocus();
        spin->findChild<QLineEdit *>()->selectAll();
        QTest::keyClicks(spin, u"2"_s);
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(spin->value(), 2);
        QCOMPARE(valueIn(file, u"SELECT value FROM settings WHERE key = 'backupGenerations'"_s),
                 u"2"_s);
        // Nothing is removed yet: the next session's backup prunes.
        QCOMPARE(listWorkspaceBackups(file).size(), 5);
        dialog->reject();
        // A change in this session, so the next one has something new to keep.
        QVERIFY(window.close());
    }
    {
        StorageResult<Workspace> ws = Workspace::open(file);
        QVERIFY(ws.ok());
        QCOMPARE(backupGenerations(*ws.value), 2);
        QVERIFY(ws.value->setSetting(u"round"_s, u"6"_s).ok());
    }
    MainWindow window;
    QVERIFY(window.openWorkspace(file));
    window.waitForBackup();
    const QList<WorkspaceBackup> backups = listWorkspaceBackups(file);
    QCOMPARE(backups.size(), 2);
    QCOMPARE(valueIn(backups[0].path, u"SELECT value FROM settings WHERE key = 'round'"_s), u"6"_s);
    QCOMPARE(valueIn(backups[1].path, u"SELECT value FROM settings WHERE key = 'round'"_s), u"5"_s);
    QVERIFY(!window.findChild<QMessageBox *>(u"errorMessage"_s));
}

QTEST_MAIN(TestSessionBackup)
#include "tst_sessionbackup.moc"
