#include "filemode.h"
#include "migrations.h"
#include "rawdatabase.h"
#include "schema.h"
#include "sqltransaction.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace termlens;
using namespace Qt::StringLiterals;

namespace {

// A workspace as an imagined version 0 of TermLens left it: our application id, schema
// version 0, and data of its own.
void writeVersion0(const QString &path)
{
    RawDatabase raw(path);
    QVERIFY(raw.isOpen());
    QVERIFY(raw.exec(u"PRAGMA application_id = %1"_s.arg(WorkspaceApplicationId)));
    QVERIFY(raw.exec(u"CREATE TABLE legacy_notes (note TEXT NOT NULL)"_s));
    QVERIFY(raw.exec(u"INSERT INTO legacy_notes VALUES ('written by v0')"_s));
}

QList<MigrationStep> withStep(const MigrationStep &step)
{
    QList<MigrationStep> steps = workspaceSchema();
    steps << step;
    return steps;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ::umask(022); }
    void newFileReachesLatestWithoutBackup();
    void schemaUsesPortableTypes();
    void backupBeforeMigratingOldWorkspace_data();
    void backupBeforeMigratingOldWorkspace();
    void upToDateWorkspaceIsNotBackedUp();
    void failingStatementRollsBackStep();
    void failedCommitRollsBackStep();
    void failedCommitLeavesNoOpenTransaction();
    void stepsOutOfOrderAreRefused();
    void laterStepsApplyInOrder();
    void version1UpgradesWithOutagesIntact();

private:
    QTemporaryDir m_dir;
};

void TestMigrations::newFileReachesLatestWithoutBackup()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"fresh.termlens"_s);
    {
        StorageResult<Workspace> ws = Workspace::create(file);
        QVERIFY2(ws.ok(), qPrintable(ws.error.toString()));
        QCOMPARE(ws.value->migration().fromVersion, 0);
        QCOMPARE(ws.value->migration().toVersion, 2);
        QCOMPARE(ws.value->migration().backupPath, QString()); // an empty file needs none
    }
    RawDatabase raw(file);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 2);
    const QStringList expected = {
        u"agreements"_s,     u"credit_claims"_s, u"documents"_s,
        u"import_batches"_s, u"outages"_s,       u"payments"_s,
        u"playbooks"_s,      u"settings"_s,      u"subscription_services"_s,
        u"subscriptions"_s,  u"term_values"_s};
    QCOMPARE(raw.tables(), expected);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"fresh.termlens"_s});
}

void TestMigrations::schemaUsesPortableTypes()
{
    // Every declared column type is TEXT or INTEGER, so PostgreSQL can take the same schema.
    QTemporaryDir dir;
    StorageResult<Workspace> ws = Workspace::create(dir.filePath(u"types.termlens"_s));
    QVERIFY(ws.ok());
    QSqlQuery tables(ws.value->database());
    QVERIFY(tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s));
    int columns = 0;
    while (tables.next()) {
        QSqlQuery info(ws.value->database());
        // pragma_table_info() takes the table name as a bound value.
        QVERIFY(info.prepare(u"SELECT name, type FROM pragma_table_info(?)"_s));
        info.addBindValue(tables.value(0).toString());
        QVERIFY(info.exec());
        while (info.next()) {
            ++columns;
            const QString type = info.value(1).toString();
            QVERIFY2(type == u"TEXT" || type == u"INTEGER",
                     qPrintable(tables.value(0).toString() + u'.' + info.value(0).toString() +
                                u' ' + type));
        }
    }
    // Columns of schema.cpp counted by hand, table by table: agreements 8, documents 8,
    // term_values 8, subscriptions 5, subscription_services 4, payments 5, outages 10,
    // credit_claims 5, playbooks 3, import_batches 6, settings 2 = 64.
    QCOMPARE(columns, 64);
}

void TestMigrations::backupBeforeMigratingOldWorkspace_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("plain folder") << u"plain"_s;
    // The backup's name goes to VACUUM INTO as a bound value, so a quote cannot break it.
    QTest::newRow("quote in the name") << u"o'brien's 'files'"_s;
    QTest::newRow("URI characters") << u"a?b#c%41"_s;
}

void TestMigrations::backupBeforeMigratingOldWorkspace()
{
    QFETCH(QString, folder);
    QVERIFY(QDir(m_dir.path()).mkpath(folder));
    const QString file = m_dir.filePath(folder + u"/old.termlens"_s);
    writeVersion0(file);

    QString backup;
    {
        StorageResult<Workspace> ws = Workspace::open(file);
        QVERIFY2(ws.ok(), qPrintable(ws.error.toString()));
        QCOMPARE(ws.value->migration().fromVersion, 0);
        QCOMPARE(ws.value->migration().toVersion, 2);
        backup = ws.value->migration().backupPath;
    }
    const QRegularExpression name(
        u"^%1\\.backup-v0-\\d{8}T\\d{6}Z$"_s.arg(QRegularExpression::escape(file)));
    QVERIFY2(name.match(backup).hasMatch(), qPrintable(backup));
    QCOMPARE(modeOf(backup), 0600u);
    QCOMPARE(QDir(m_dir.filePath(folder)).entryList({u"*.partial"_s}, QDir::Files), QStringList());
    {
        // The backup is the workspace as it was: version 0, its data, none of version 1.
        RawDatabase old(backup);
        QCOMPARE(old.value(u"PRAGMA user_version"_s).toInt(), 0);
        QCOMPARE(old.value(u"PRAGMA application_id"_s).toInt(), WorkspaceApplicationId);
        QCOMPARE(old.value(u"SELECT note FROM legacy_notes"_s).toString(), u"written by v0"_s);
        QCOMPARE(old.tables(), QStringList{u"legacy_notes"_s});
    }
    RawDatabase now(file);
    QCOMPARE(now.value(u"PRAGMA user_version"_s).toInt(), 2);
    QCOMPARE(now.value(u"SELECT note FROM legacy_notes"_s).toString(), u"written by v0"_s);
    QVERIFY(now.tables().contains(u"outages"_s));
}

void TestMigrations::upToDateWorkspaceIsNotBackedUp()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"current.termlens"_s);
    QVERIFY(Workspace::create(file).ok());
    StorageResult<Workspace> ws = Workspace::open(file);
    QVERIFY(ws.ok());
    QCOMPARE(ws.value->migration().fromVersion, 2);
    QCOMPARE(ws.value->migration().backupPath, QString());
    QCOMPARE(QDir(dir.path()).entryList({u"*backup*"_s}, QDir::Files), QStringList());
}

void TestMigrations::failingStatementRollsBackStep()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"fail.termlens"_s);
    QVERIFY(Workspace::create(file).ok());
    // The first statement succeeds; the second fails: the first must not survive.
    const Migrations broken(withStep(
        {3, {u"CREATE TABLE extra (x INTEGER)"_s, u"INSERT INTO no_such_table VALUES (1)"_s}}));
    const StorageResult<Workspace> ws = Workspace::open(file, broken);
    QVERIFY(!ws.ok());
    QVERIFY2(ws.error.message.contains(u"version 3"_s), qPrintable(ws.error.message));
    QVERIFY2(ws.error.message.contains(u"no such table: no_such_table"_s),
             qPrintable(ws.error.message));

    RawDatabase raw(file);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 2);
    QVERIFY(!raw.tables().contains(u"extra"_s));
    // The workspace is as it was, so the backup written before the attempt is an identical copy
    // and is removed: each failed attempt would otherwise leave one more copy beside it.
    QCOMPARE(QDir(dir.path()).entryList({u"fail.termlens.backup-v2-*"_s}, QDir::Files),
             QStringList());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"fail.termlens"_s});
}

void TestMigrations::failedCommitRollsBackStep()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"commit.termlens"_s);
    QVERIFY(Workspace::create(file).ok());
    // A deferred foreign key is checked at COMMIT: every statement succeeds, COMMIT fails.
    const Migrations broken(withStep(
        {3,
         {u"CREATE TABLE parent (id INTEGER PRIMARY KEY)"_s,
          u"CREATE TABLE child (p INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)"_s,
          u"INSERT INTO child VALUES (42)"_s}}));
    const StorageResult<Workspace> ws = Workspace::open(file, broken);
    QVERIFY(!ws.ok());
    QVERIFY2(ws.error.message.contains(u"FOREIGN KEY constraint failed"_s),
             qPrintable(ws.error.message));

    RawDatabase raw(file);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 2);
    QVERIFY(!raw.tables().contains(u"parent"_s));
    QVERIFY(!raw.tables().contains(u"child"_s));
}

void TestMigrations::failedCommitLeavesNoOpenTransaction()
{
    // After a failed COMMIT SQLite keeps the transaction open; writes made afterwards would
    // vanish with its eventual rollback. SqlTransaction must have rolled back.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"raw.db"_s);
    {
        RawDatabase raw(file);
        QVERIFY(raw.exec(u"PRAGMA foreign_keys = ON"_s));
        QVERIFY(raw.exec(u"CREATE TABLE parent (id INTEGER PRIMARY KEY)"_s));
        QVERIFY(raw.exec(u"CREATE TABLE child (p INTEGER REFERENCES parent (id)"
                         " DEFERRABLE INITIALLY DEFERRED)"_s));
        QVERIFY(raw.exec(u"CREATE TABLE log (line TEXT)"_s));
        SqlTransaction transaction(raw.db(), file);
        QVERIFY(transaction.begin().ok());
        QVERIFY(raw.exec(u"INSERT INTO child VALUES (7)"_s));
        const StorageStatus committed = transaction.commit();
        QVERIFY(!committed.ok());
        QVERIFY(!transaction.isActive());
        QVERIFY(raw.exec(u"INSERT INTO log VALUES ('after')"_s)); // autocommit again
    }
    RawDatabase reopened(file);
    QCOMPARE(reopened.value(u"SELECT count(*) FROM child"_s).toInt(), 0);
    QCOMPARE(reopened.value(u"SELECT count(*) FROM log"_s).toInt(), 1);
}

void TestMigrations::stepsOutOfOrderAreRefused()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"order.termlens"_s);
    QVERIFY(Workspace::create(file).ok());
    const Migrations unordered({{1, {u"CREATE TABLE a (x INTEGER)"_s}},
                                {3, {u"CREATE TABLE b (x INTEGER)"_s}},
                                {2, {u"CREATE TABLE c (x INTEGER)"_s}}});
    const StorageResult<Workspace> ws = Workspace::open(file, unordered);
    QVERIFY(!ws.ok());
    QVERIFY2(ws.error.message.contains(u"out of order"_s), qPrintable(ws.error.message));
}

void TestMigrations::laterStepsApplyInOrder()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"later.termlens"_s);
    QVERIFY(Workspace::create(file).ok());
    QList<MigrationStep> steps = workspaceSchema();
    steps << MigrationStep{3, {u"CREATE TABLE v3 (x INTEGER)"_s}}
          << MigrationStep{4, {u"INSERT INTO v3 VALUES (4)"_s}};
    {
        StorageResult<Workspace> ws = Workspace::open(file, Migrations(steps));
        QVERIFY2(ws.ok(), qPrintable(ws.error.toString()));
        QCOMPARE(ws.value->migration().fromVersion, 2);
        QCOMPARE(ws.value->migration().toVersion, 4);
        QVERIFY(ws.value->migration().backupPath.contains(u".backup-v2-"_s));
    }
    RawDatabase raw(file);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 4);
    QCOMPARE(raw.value(u"SELECT x FROM v3"_s).toInt(), 4);
}

void TestMigrations::version1UpgradesWithOutagesIntact()
{
    // A workspace as version 1 wrote it, with two outages (one ongoing), upgraded to version 2:
    // the rows are unchanged and the ledger's three sort indexes exist.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"v1.termlens"_s);
    writeVersion0(file);
    {
        StorageResult<Workspace> ws =
            Workspace::open(file, Migrations({workspaceSchema().constFirst()}));
        QVERIFY2(ws.ok(), qPrintable(ws.error.toString()));
        QCOMPARE(ws.value->migration().toVersion, 1);
    }
    {
        RawDatabase raw(file);
        QVERIFY(raw.exec(u"INSERT INTO agreements VALUES ('a', 'Vendor', NULL, 'GBP',"
                         " 'Europe/London', NULL, 0, 0)"_s));
        QVERIFY(raw.exec(u"INSERT INTO outages (agreement_id, service, start_utc, end_utc,"
                         " category, reference) VALUES ('a', 'Platform', 100, 160, 'unplanned',"
                         " 'INC-1'), ('a', 'Platform', 200, NULL, 'scheduled-maintenance', '')"_s));
    }
    {
        StorageResult<Workspace> ws = Workspace::open(file);
        QVERIFY2(ws.ok(), qPrintable(ws.error.toString()));
        QCOMPARE(ws.value->migration().fromVersion, 1);
        QCOMPARE(ws.value->migration().toVersion, 2);
        QVERIFY(ws.value->migration().backupPath.contains(u".backup-v1-"_s));
    }
    RawDatabase raw(file);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 2);
    QCOMPARE(raw.value(u"SELECT group_concat(service || '/' || start_utc || '/' ||"
                       " COALESCE(end_utc, 'open') || '/' || category || '/' || reference, ';')"
                       " FROM (SELECT * FROM outages ORDER BY id)"_s)
                 .toString(),
             u"Platform/100/160/unplanned/INC-1;Platform/200/open/scheduled-maintenance/"_s);
    QCOMPARE(raw.value(u"SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master"
                       " WHERE type = 'index' AND name IN ('outages_by_end',"
                       " 'outages_by_duration', 'outages_by_category') ORDER BY name)"_s)
                 .toString(),
             u"outages_by_category,outages_by_duration,outages_by_end"_s);
    QCOMPARE(raw.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
