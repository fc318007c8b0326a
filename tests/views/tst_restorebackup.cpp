// File > Restore Backup driven through the real dialogs, headless: the dialog lists the open
// workspace's backups (taken, schema version, size), restoring one asks first, keeps the
// current state as a backup, removes a stale journal and reopens the restored file.

#include "agreementrepository.h"
#include "mainwindow.h"
#include "restorebackupdialog.h"
#include "termsheetfile.h"
#include "workspace.h"
#include "workspacebackup.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace termlens;
using namespace Qt::StringLiterals;

namespace {

TermSheet sampleSheet(const QString &id)
{
    const TermSheetFileResult read = readTermSheetFile(u":/sample/%1.termsheet.json"_s.arg(id));
    if (!read.sheet)
        qFatal("sample %s does not load", qPrintable(id));
    return *read.sheet;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int agreementRows(const MainWindow &window)
{
    return window.findChild<QTableView *>(u"agreementList"_s)->model()->rowCount();
}

// TERMLENS_SCREENSHOTS=<folder>: saves what the dialogs look like.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("TERMLENS_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s, "PNG");
}

void flushDeletes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

} // namespace

class TestRestoreBackup final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void dialogListsBackups();
    void cancellingTheQuestionChangesNothing();
    void restoreThroughTheDialogs();
    void noWorkspaceNoRestore();

private:
    RestoreBackupDialog *openDialog(MainWindow &window);

    QTemporaryDir m_dir;
    QString m_file;
    QString m_olderBackup; // one agreement
};

void TestRestoreBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

// A workspace whose older backup holds one agreement, and which now holds two.
void TestRestoreBackup::init()
{
    static int n = 0;
    m_file = m_dir.filePath(u"ws%1.termlens"_s.arg(++n));
    StorageResult<Workspace> ws = Workspace::create(m_file);
    QVERIFY(ws.ok());
    QVERIFY(AgreementRepository(*ws.value).save(sampleSheet(u"alliants"_s)).ok());
    const StorageResult<QString> backup = writeSessionBackup(*ws.value);
    QVERIFY(backup.ok());
    m_olderBackup = *backup.value;
    QVERIFY(AgreementRepository(*ws.value).save(sampleSheet(u"logit-io"_s)).ok());
}

RestoreBackupDialog *TestRestoreBackup::openDialog(MainWindow &window)
{
    flushDeletes();
    QAction *action = window.findChild<QAction *>(u"restoreBackupAction"_s);
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    return window.findChild<RestoreBackupDialog *>(u"restoreBackupDialog"_s);
}

void TestRestoreBackup::dialogListsBackups()
{
    MainWindow window;
    QVERIFY(window.openWorkspace(m_file));
    window.show();
    window.waitForBackup(); // written on a worker thread
    // Opening wrote this session's backup (the file changed since the older one).
    const QList<WorkspaceBackup> backups = listWorkspaceBackups(m_file);
    QCOMPARE(backups.size(), 2);
    RestoreBackupDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *table = dialog->findChild<QTableWidget *>(u"backupList"_s);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->horizontalHeaderItem(0)->text(), u"Taken"_s);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), u"Schema version"_s);
    QCOMPARE(table->horizontalHeaderItem(2)->text(), u"Size"_s);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(table->item(row, 1)->text(), u"2"_s);
        // Sizes as the locale writes them: whole pages of 4096 bytes, in KiB (C locale: "KiB").
        QVERIFY2(table->item(row, 2)->text().endsWith(u"KiB"_s),
                 qPrintable(table->item(row, 2)->text()));
    }
    // Newest first and selected: this session's backup.
    QCOMPARE(dialog->selectedBackup(), backups.first().path);
    screenshot(dialog, u"restore-backup"_s);
    table->selectRow(1);
    QCOMPARE(dialog->selectedBackup(), m_olderBackup);
    dialog->reject();
}

void TestRestoreBackup::cancellingTheQuestionChangesNothing()
{
    MainWindow window;
    QVERIFY(window.openWorkspace(m_file));
    window.show();
    window.waitForBackup();
    const QByteArray before = bytesOf(m_file);
    const int backupsBefore = int(listWorkspaceBackups(m_file).size());
    RestoreBackupDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    dialog->findChild<QTableWidget *>(u"backupList"_s)->selectRow(1);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"restoreBackupButton"_s), Qt::LeftButton);
    auto *box = window.findChild<QMessageBox *>(u"confirmRestore"_s);
    QVERIFY(box);
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY(box->text().contains(QFileInfo(m_file).fileName()));
    screenshot(box, u"restore-confirm"_s);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    flushDeletes();
    QCOMPARE(agreementRows(window), 2);
    QCOMPARE(window.workspacePath(), m_file);
    QVERIFY(bytesOf(m_file) == before);
    QCOMPARE(int(listWorkspaceBackups(m_file).size()), backupsBefore);
}

void TestRestoreBackup::restoreThroughTheDialogs()
{
    MainWindow window;
    QVERIFY(window.openWorkspace(m_file));
    window.show();
    window.waitForBackup();
    QCOMPARE(agreementRows(window), 2);
    window.undoStack()->push(new QUndoCommand(u"an edit"_s));
    const QByteArray current = bytesOf(m_file);
    // A stale journal beside the file (as a crash of another program might leave): it must not
    // be played into the restored workspace.
    {
        QFile stale(m_file + u"-journal"_s);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(QByteArray(512, '\0'));
    }

    RestoreBackupDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    dialog->findChild<QTableWidget *>(u"backupList"_s)->selectRow(1);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"restoreBackupButton"_s), Qt::LeftButton);
    auto *box = window.findChild<QMessageBox *>(u"confirmRestore"_s);
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmRestoreButton"_s), Qt::LeftButton);
    flushDeletes();

    // The workspace is the older backup again, open, with one agreement and no undo history.
    QCOMPARE(window.workspacePath(), m_file);
    QCOMPARE(agreementRows(window), 1);
    QCOMPARE(window.undoStack()->count(), 0);
    QVERIFY(!window.findChild<QMessageBox *>(u"errorMessage"_s));
    QVERIFY(!QFile::exists(m_file + u"-journal"_s));
    // The state before the restore is kept among the backups, byte for byte.
    bool keptFound = false;
    for (const WorkspaceBackup &b : listWorkspaceBackups(m_file))
        keptFound = keptFound || bytesOf(b.path) == current;
    QVERIFY(keptFound);
}

void TestRestoreBackup::noWorkspaceNoRestore()
{
    MainWindow window;
    QAction *action = window.findChild<QAction *>(u"restoreBackupAction"_s);
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
}

QTEST_MAIN(TestRestoreBackup)
#include "tst_restorebackup.moc"
