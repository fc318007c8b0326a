// Backups in generations: one per session (skipped when nothing changed), K kept (the
// workspace's "backupGenerations" setting, 5 by default), the oldest pruned, each a whole
// workspace passing integrity_check, mode 0600; and restoring one (File > Restore Backup).

#include "filemode.h"
#include "migrations.h"
#include "workspace.h"
#include "workspacebackup.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace termlens;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One value read from a database file on a read-only connection of its own.
QString valueIn(const QString &path, const QString &sql)
{
    const QString name = u"read-%1"_s.arg(path);
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QString settingIn(const QString &path, const QString &key)
{
    // Keys here are test constants.
    return valueIn(path, u"SELECT value FROM settings WHERE key = '%1'"_s.arg(key));
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
