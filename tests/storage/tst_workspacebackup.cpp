// Backups in generations: one per session (skipped when nothing changed), K kept (the
// workspace's "backupGenerations" setting, 5 by default), the oldest pruned, each a whole
// workspace passing integrity_check, mode 0600; and restoring one (File > Restore Backup).

#include "filemode.h"
#include "migrations.h"
#include "rawdatabase.h"
#include "workspace.h"
#include "workspacebackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <sys/stat.h>

using namespace termlens;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString settingIn(const QString &path, const QString &key)
{
    // Keys here are test constants.
    return valueIn(path, u"SELECT value FROM settings WHERE key = '%1'"_s.arg(key));
}

// A workspace of about `mebibytes` MiB (settings of 512 KiB each): several steps of
// copyWorkspaceBackup (4 MiB each).
void fill(Workspace &ws, int mebibytes)
{
    for (int i = 0; i < mebibytes * 2; ++i)
        QVERIFY(
            ws.setSetting(u"filler%1"_s.arg(i), QString(512 * 1024, QChar(u'a' + i % 26))).ok());
}

// Everything in the folder that is not a workspace or a finished backup: partial copies and
// their journals.
QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList({u"*.partial"_s, u"*.partial-journal"_s}, QDir::Files);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestWorkspaceBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ::umask(022); }
    void sessionBackupsKeepFiveGenerations();
    void generationsFollowTheSetting();
    void unchangedWorkspaceIsNotBackedUpAgain();
    void copyReportsProgress();
    void writesDuringTheCopyGoThrough();
    void cancelledCopyLeavesNothing();
    void failedCopyLeavesNothing();
    void listingIgnoresOtherFiles();
    void restoreReplacesFileAndKeepsCurrent();
    void restoreRefusals_data();
    void restoreRefusals();
};

void TestWorkspaceBackup::sessionBackupsKeepFiveGenerations()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"ws.termlens"_s);
    StorageResult<Workspace> ws = Workspace::create(file);
    QVERIFY(ws.ok());
    // Seven sessions, each changing the workspace: seven backups written, five kept.
    for (int round = 1; round <= 7; ++round) {
        QVERIFY(ws.value->setSetting(u"round"_s, QString::number(round)).ok());
        const StorageResult<QString> backup = writeSessionBackup(*ws.value);
        QVERIFY2(backup.ok(), qPrintable(backup.error.toString()));
        QVERIFY(!backup.value->isEmpty());
        QVERIFY(QFile::exists(*backup.value));
    }
    const QList<WorkspaceBackup> backups = listWorkspaceBackups(file);
    QCOMPARE(backups.size(), DefaultBackupGenerations);
    QCOMPARE(DefaultBackupGenerations, 5);
    // Newest first: rounds 7 down to 3; rounds 1 and 2 were pruned.
    for (int i = 0; i < backups.size(); ++i) {
        const WorkspaceBackup &b = backups[i];
        QCOMPARE(settingIn(b.path, u"round"_s), QString::number(7 - i));
        QCOMPARE(b.version, Migrations().latestVersion());
        QCOMPARE(b.size, QFileInfo(b.path).size());
        QVERIFY(b.takenUtc.isValid());
        QVERIFY(qAbs(b.takenUtc.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(valueIn(b.path, u"PRAGMA integrity_check"_s), u"ok"_s);
        QCOMPARE(modeOf(b.path), 0600u);
    }
    QCOMPARE(QDir(dir.path()).entryList({u"*.partial"_s}, QDir::Files), QStringList());
}

void TestWorkspaceBackup::generationsFollowTheSetting()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"two.termlens"_s);
    StorageResult<Workspace> ws = Workspace::create(file);
    QVERIFY(ws.ok());
    QVERIFY(ws.value->setSetting(u"backupGenerations"_s, u"2"_s).ok());
    QCOMPARE(backupGenerations(*ws.value), 2);
    for (int round = 1; round <= 4; ++round) {
        QVERIFY(ws.value->setSetting(u"round"_s, QString::number(round)).ok());
        QVERIFY(writeSessionBackup(*ws.value).ok());
    }
    const QList<WorkspaceBackup> backups = listWorkspaceBackups(file);
    QCOMPARE(backups.size(), 2);
    QCOMPARE(settingIn(backups[0].path, u"round"_s), u"4"_s);
    QCOMPARE(settingIn(backups[1].path, u"round"_s), u"3"_s);
    // Out of range or not a number: the default.
    for (const QString &bad : {u"0"_s, u"-3"_s, u"101"_s, u"many"_s}) {
        QVERIFY(ws.value->setSetting(u"backupGenerations"_s, bad).ok());
        QCOMPARE(backupGenerations(*ws.value), DefaultBackupGenerations);
    }
}

void TestWorkspaceBackup::unchangedWorkspaceIsNotBackedUpAgain()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"same.termlens"_s);
    {
        StorageResult<Workspace> ws = Workspace::create(file);
        QVERIFY(ws.ok());
        const StorageResult<QString> first = writeSessionBackup(*ws.value);
        QVERIFY(first.ok());
        QVERIFY(!first.value->isEmpty());
    }
    // A new session on the unchanged file: nothing new to keep.
    StorageResult<Workspace> ws = Workspace::open(file);
    QVERIFY(ws.ok());
    const StorageResult<QString> second = writeSessionBackup(*ws.value);
    QVERIFY(second.ok());
    QCOMPARE(*second.value, QString());
    QCOMPARE(listWorkspaceBackups(file).size(), 1);
}

// The copy the desktop app makes on a worker thread: SQLite's online backup, step by step.
void TestWorkspaceBackup::copyReportsProgress()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"big.termlens"_s);
    StorageResult<Workspace> ws = Workspace::create(file);
    QVERIFY(ws.ok());
    fill(*ws.value, 10);
    QList<qint64> done;
    qint64 total = 0;
    const StorageResult<QString> backup =
        copyWorkspaceBackup(file, Migrations().latestVersion(), nullptr, [&](qint64 d, qint64 t) {
            done << d;
            total = t;
        });
    QVERIFY2(backup.ok(), qPrintable(backup.error.toString()));
    // 10 MiB and more of 4 KiB pages in steps of 1024 pages: at least three steps, the last
    // one at the total, the file's page count.
    QVERIFY(done.size() >= 3);
    QCOMPARE(done.last(), total);
    QCOMPARE(total * 4096, QFileInfo(file).size());
    QVERIFY(std::is_sorted(done.begin(), done.end()));
    QCOMPARE(valueIn(*backup.value, u"PRAGMA integrity_check"_s), u"ok"_s);
    QCOMPARE(settingIn(*backup.value, u"filler19"_s), QString(512 * 1024, u't'));
    QCOMPARE(modeOf(*backup.value), 0600u);
    QCOMPARE(leftovers(dir.path()), QStringList());
}

// A write to the open workspace while the copy runs neither waits for the copy nor fails, and
// the copy starts again, so the backup is one consistent state: the one with the write.
void TestWorkspaceBackup::writesDuringTheCopyGoThrough()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"busy.termlens"_s);
    StorageResult<Workspace> ws = Workspace::create(file);
    QVERIFY(ws.ok());
    fill(*ws.value, 10);
    int steps = 0;
    bool written = false;
    const StorageResult<QString> backup =
        copyWorkspaceBackup(file, Migrations().latestVersion(), nullptr, [&](qint64, qint64) {
            if (++steps == 1)
                written = ws.value->setSetting(u"during"_s, u"the copy"_s).ok();
        });
    QVERIFY2(backup.ok(), qPrintable(backup.error.toString()));
    QVERIFY(written);
    QVERIFY(steps >= 4); // restarted after the write: more steps than the file has
    QCOMPARE(settingIn(*backup.value, u"during"_s), u"the copy"_s);
    QCOMPARE(valueIn(*backup.value, u"PRAGMA integrity_check"_s), u"ok"_s);
}

void TestWorkspaceBackup::cancelledCopyLeavesNothing()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"cancel.termlens"_s);
    StorageResult<Workspace> ws = Workspace::create(file);
    QVERIFY(ws.ok());
    fill(*ws.value, 10);
    std::atomic<bool> cancel{false};
    int steps = 0;
    const StorageResult<QString> backup =
        copyWorkspaceBackup(file, Migrations().latestVersion(), &cancel, [&](qint64, qint64) {
            ++steps;
            cancel = true;
        });
    QVERIFY(!backup.ok());
    QCOMPARE(steps, 1);
    QVERIFY2(backup.error.message.contains(u"cancelled"_s), qPrintable(backup.error.message));
    QCOMPARE(listWorkspaceBackups(file).size(), 0);
    QCOMPARE(leftovers(dir.path()), QStringList());
}

// Not a database: the copy fails with SQLite's reason, naming the file, and leaves nothing.
void TestWorkspaceBackup::failedCopyLeavesNothing()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"garbage.termlens"_s);
    writeFile(file, QByteArray(64 * 1024, 'x'));
    const StorageResult<QString> backup = copyWorkspaceBackup(file, 2);
    QVERIFY(!backup.ok());
    QCOMPARE(backup.error.file, file);
    QVERIFY2(backup.error.message.contains(u"not a database"_s), qPrintable(backup.error.message));
    QCOMPARE(listWorkspaceBackups(file).size(), 0);
    QCOMPARE(leftovers(dir.path()), QStringList());
}

void TestWorkspaceBackup::listingIgnoresOtherFiles()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"ws.termlens"_s);
    StorageResult<Workspace> ws = Workspace::create(file);
    QVERIFY(ws.ok());
    // Not backups of this workspace: another workspace's, a partial one, a misnamed one.
    const QStringList others = {u"other.termlens.backup-v2-20260101T000000Z"_s,
                                u"ws.termlens.backup-v2-20260101T000000Z.partial"_s,
                                u"ws.termlens.backup-v2-yesterday"_s};
    for (const QString &name : others)
        writeFile(dir.filePath(name), "x");
    writeFile(dir.filePath(u"ws.termlens.backup-v1-20250102T030405Z"_s), "old");
    writeFile(dir.filePath(u"ws.termlens.backup-v1-20250102T030405Z-2"_s), "old, later");
    const QList<WorkspaceBackup> listed = listWorkspaceBackups(file);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(QFileInfo(listed[0].path).fileName(), u"ws.termlens.backup-v1-20250102T030405Z-2"_s);
    QCOMPARE(listed[0].takenUtc, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QCOMPARE(listed[0].version, 1);
    QCOMPARE(listed[0].size, 10);
    QCOMPARE(QFileInfo(listed[1].path).fileName(), u"ws.termlens.backup-v1-20250102T030405Z"_s);
    // Pruning to one removes only this workspace's older backup.
    QCOMPARE(pruneWorkspaceBackups(file, 1), QStringList{listed[1].path});
    for (const QString &name : others)
        QVERIFY(QFile::exists(dir.filePath(name)));
}

void TestWorkspaceBackup::restoreReplacesFileAndKeepsCurrent()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"ws.termlens"_s);
    QString backup;
    {
        StorageResult<Workspace> ws = Workspace::create(file);
        QVERIFY(ws.ok());
        QVERIFY(ws.value->setSetting(u"state"_s, u"before"_s).ok());
        backup = *writeSessionBackup(*ws.value).value;
        QVERIFY(ws.value->setSetting(u"state"_s, u"after"_s).ok());
    }
    const QByteArray current = bytesOf(file);
    // Journals left by a crash of the current file: never to be played into the restored one.
    writeFile(file + u"-journal"_s, "stale journal");
    writeFile(file + u"-wal"_s, "stale wal");

    const StorageResult<QString> kept =
        restoreWorkspaceBackup(backup, file, Migrations().latestVersion());
    QVERIFY2(kept.ok(), qPrintable(kept.error.toString()));
    QVERIFY(!QFile::exists(file + u"-journal"_s));
    QVERIFY(!QFile::exists(file + u"-wal"_s));
    QCOMPARE(modeOf(file), 0600u);
    QVERIFY(bytesOf(file) == bytesOf(backup));
    // The file as it was is now the newest backup, its journals beside it.
    QVERIFY(bytesOf(*kept.value) == current);
    QCOMPARE(bytesOf(*kept.value + u"-journal"_s), QByteArray("stale journal"));
    QCOMPARE(listWorkspaceBackups(file).first().path, *kept.value);
    QVERIFY(QFile::exists(backup)); // the backup restored stays a backup

    StorageResult<Workspace> reopened = Workspace::open(file);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error.toString()));
    QCOMPARE(*reopened.value->setting(u"state"_s).value, u"before"_s);
    // Pruning removes a kept file's journals with it.
    reopened.value->close();
    pruneWorkspaceBackups(file, 0);
    QVERIFY(!QFile::exists(*kept.value));
    QVERIFY(!QFile::exists(*kept.value + u"-journal"_s));
}

void TestWorkspaceBackup::restoreRefusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("workspace still open") << u"open"_s << u"open in a TermLens window"_s;
    QTest::newRow("damaged backup") << u"damaged"_s << u"malformed"_s;
    QTest::newRow("not a database") << u"garbage"_s << u"not a database"_s;
    QTest::newRow("newer backup") << u"newer"_s << u"schema version 9"_s;
}

void TestWorkspaceBackup::restoreRefusals()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"ws.termlens"_s);
    StorageResult<Workspace> ws = Workspace::create(file);
    QVERIFY(ws.ok());
    QVERIFY(ws.value->setSetting(u"state"_s, u"current"_s).ok());
    const QString backup = *writeSessionBackup(*ws.value).value;
    if (kind != u"open")
        ws.value->close();
    if (kind == u"garbage") {
        writeFile(backup, QByteArray(8192, 'x'));
    } else if (kind == u"newer") {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(backup);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"PRAGMA user_version = 9"_s));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"newer"_s);
    } else if (kind == u"damaged") {
        // Page 2 onwards overwritten: the header still reads, the b-trees do not.
        QFile f(backup);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        f.seek(4096);
        f.write(QByteArray(int(f.size() - 4096), '\xff'));
    }
    const QByteArray before = bytesOf(file);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    const StorageResult<QString> restored =
        restoreWorkspaceBackup(backup, file, Migrations().latestVersion());
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error.message.contains(reason, Qt::CaseInsensitive),
             qPrintable(restored.error.message));
    QVERIFY2(restored.error.message.contains(u"left as it was"_s),
             qPrintable(restored.error.message));
    QVERIFY(bytesOf(file) == before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
}

QTEST_GUILESS_MAIN(TestWorkspaceBackup)
#include "tst_workspacebackup.moc"
