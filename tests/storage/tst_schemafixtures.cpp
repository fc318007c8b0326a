// R4 schema evolution against stored fixtures: tests/data/schema/v<N>.termlens is a workspace
// as schema version N left it (how they were made: tests/data/schema/README.md). Each one
// upgrades to the current schema with its user data intact; a failure injected mid-migration
// leaves the file byte for byte as it was; a newer file is refused untouched.

#include "creditclaimrepository.h"
#include "migrations.h"
#include "rawdatabase.h"
#include "sampleworkspace.h"
#include "schema.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace termlens;
using namespace Qt::StringLiterals;

namespace {

const QString FixtureFolder = QStringLiteral(TERMLENS_TEST_DATA "/schema");

// The agreements the fixtures hold, out of the built-in sample.
const QStringList FixtureAgreements = {u"alliantist-isms"_s, u"alliants"_s};

// The user data of a workspace as one canonical text: every table but SQLite's own, by name;
// its rows as SQLite's quote() of each column (type and value exactly), sorted. Indexes and
// the schema itself are not user data and may change between versions.
struct Dump
{
    QString text;
    QMap<QString, int> rows; // per table
    QString sha256() const
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
    }
};

Dump dumpUserData(const RawDatabase &raw)
{
    Dump dump;
    const QStringList tables = raw.column(u"SELECT name FROM sqlite_master WHERE type = 'table'"
                                          " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                                          " ORDER BY name"_s);
    for (const QString &table : tables) {
        QSqlQuery info(raw.db());
        info.prepare(u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s);
        info.addBindValue(table);
        info.exec();
        QStringList quoted;
        QStringList names;
        while (info.next()) {
            names << info.value(0).toString();
            // Names from sqlite_master of a test fixture, double-quoted as identifiers.
            quoted << u"quote(\"%1\")"_s.arg(info.value(0).toString());
        }
        QStringList rows =
            raw.column(u"SELECT %1 FROM \"%2\""_s.arg(quoted.join(u" || ',' || "_s), table));
        rows.sort();
        dump.rows.insert(table, int(rows.size()));
        dump.text += u"table %1 (%2)\n"_s.arg(table, names.join(u',')) + rows.join(u'\n') + u'\n';
    }
    return dump;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A private copy of a fixture to work on (the committed file is never opened for writing).
QString copyFixture(const QTemporaryDir &dir, int version)
{
    const QString source = FixtureFolder + u"/v%1.termlens"_s.arg(version);
    const QString target = dir.filePath(u"v%1.termlens"_s.arg(version));
    if (!QFile::copy(source, target))
        return {};
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

// Fills an open workspace with the fixture's data through the repositories of this program.
void fillFixture(Workspace &workspace)
{
    const StorageResult<QList<SampleAgreement>> samples = loadSampleAgreements();
    QVERIFY2(samples.ok(), qPrintable(samples.error.toString()));
    // A fixed import time: 2026-07-01T00:00:00Z.
    const qint64 imported = 1782864000;
    for (const SampleAgreement &sample : *samples.value) {
        if (!FixtureAgreements.contains(sample.sheet.id))
            continue;
        const StorageStatus stored = storeSample(workspace, sample, imported);
        QVERIFY2(stored.ok(), qPrintable(stored.error.toString()));
    }
    QVERIFY(CreditClaimRepository(workspace)
                .mark({u"alliants"_s, u"Platform"_s, u"2026-05"_s, QDate(2026, 6, 3),
                       u"CLAIM-AEP-2605"_s})
                .ok());
    QVERIFY(workspace.setSetting(u"fixture"_s, u"R4 schema fixture"_s).ok());
}

// Expected rows per table, counted by hand from resources/sample for alliants and
// alliantist-isms: documents 1 + 2; terms 2 + 13; services 2 + 1; payments 10 + 4; outage CSV
// lines less the header 14 + 12; one import batch each; the one credit claim and one setting
// fillFixture adds; no playbooks.
const QMap<QString, int> ExpectedRows = {
    {u"agreements"_s, 2},     {u"credit_claims"_s, 1}, {u"documents"_s, 3},
    {u"import_batches"_s, 2}, {u"outages"_s, 26},      {u"payments"_s, 14},
    {u"playbooks"_s, 0},      {u"settings"_s, 1},      {u"subscription_services"_s, 3},
    {u"subscriptions"_s, 2},  {u"term_values"_s, 15},
};

} // namespace

class TestSchemaFixtures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ::umask(022); }
    void writeFixtures();
    void fixtureUpgradesIntact_data();
    void fixtureUpgradesIntact();
    void faultMidMigrationLeavesFileUntouched_data();
    void faultMidMigrationLeavesFileUntouched();
    void newerVersionIsRefusedUntouched();
};

// Regenerates the fixtures (never in a normal run): TERMLENS_WRITE_SCHEMA_FIXTURES=<folder>.
void TestSchemaFixtures::writeFixtures()
{
    const QString folder = qEnvironmentVariable("TERMLENS_WRITE_SCHEMA_FIXTURES");
    if (folder.isEmpty())
        QSKIP("set TERMLENS_WRITE_SCHEMA_FIXTURES=<folder> to write the fixtures");
    const QList<MigrationStep> schema = workspaceSchema();
    for (int version = 1; version <= schema.size(); ++version) {
        const QString file = QDir(folder).filePath(u"v%1.termlens"_s.arg(version));
        QVERIFY(!QFile::exists(file));
        {
            // An empty TermLens file, then exactly the steps up to `version`.
            RawDatabase raw(file);
            QVERIFY(raw.isOpen());
            QVERIFY(raw.exec(u"PRAGMA application_id = %1"_s.arg(WorkspaceApplicationId)));
        }
        {
            StorageResult<Workspace> ws = Workspace::open(file, Migrations(schema.mid(0, version)));
            QVERIFY2(ws.ok(), qPrintable(ws.error.toString()));
            QCOMPARE(ws.value->migration().toVersion, version);
            fillFixture(*ws.value);
        }
        RawDatabase raw(file);
        QVERIFY(raw.exec(u"VACUUM"_s));
    }
}

void TestSchemaFixtures::fixtureUpgradesIntact_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("expectedHash");
    // The hashes of the committed fixtures' user data (tests/data/schema/README.md); a changed
    // fixture changes them.
    QTest::newRow("v1") << 1
                        << u"82debf769a7fd8f37107de63badd25394923b5e5a90ae4e6c36c3a11b17985b5"_s;
    QTest::newRow("v2") << 2
                        << u"d188aab0047680108ef20dd777be0fcbe7a52678772ebecca2b7484fb8df4785"_s;
}

void TestSchemaFixtures::fixtureUpgradesIntact()
{
    QFETCH(int, version);
    QFETCH(QString, expectedHash);
    QTemporaryDir dir;
    const QString file = copyFixture(dir, version);
    QVERIFY(!file.isEmpty());

    Dump before;
    {
        RawDatabase raw(file, true);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), version);
        before = dumpUserData(raw);
    }
    QCOMPARE(before.rows, ExpectedRows);
    QCOMPARE(before.sha256(), expectedHash);

    const int latest = Migrations().latestVersion();
    {
        StorageResult<Workspace> ws = Workspace::open(file);
        QVERIFY2(ws.ok(), qPrintable(ws.error.toString()));
        QCOMPARE(ws.value->migration().fromVersion, version);
        QCOMPARE(ws.value->migration().toVersion, latest);
        // A backup before every migration, none when there is nothing to migrate.
        QCOMPARE(ws.value->migration().backupPath.isEmpty(), version == latest);
    }
    RawDatabase raw(file, true);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), latest);
    QCOMPARE(raw.column(u"PRAGMA integrity_check"_s), QStringList{u"ok"_s});
    QCOMPARE(raw.column(u"PRAGMA foreign_key_check"_s), QStringList());
    const Dump after = dumpUserData(raw);
    QCOMPARE(after.text, before.text);
    QCOMPARE(after.sha256(), expectedHash);
    // Data that must read back exactly, picked by hand from the sample files.
    QCOMPARE(raw.column(u"SELECT vendor FROM agreements ORDER BY id"_s),
             QStringList({u"Alliantist"_s, u"Alliants"_s}));
    QCOMPARE(raw.value(u"SELECT reference FROM outages WHERE agreement_id = 'alliants'"
                       " ORDER BY start_utc LIMIT 1"_s)
                 .toString(),
             u"MON-AEP-0506"_s);
}

void TestSchemaFixtures::faultMidMigrationLeavesFileUntouched_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("failingStep");
    QTest::addColumn<bool>("failInsideStep"); // else a later step fails after this one succeeded
    QTest::newRow("v1, statement fails inside step 2") << 1 << 2 << true;
    QTest::newRow("v1, step 2 done, step 3 fails") << 1 << 3 << false;
    QTest::newRow("v2, step 3 fails") << 2 << 3 << false;
}

void TestSchemaFixtures::faultMidMigrationLeavesFileUntouched()
{
    QFETCH(int, version);
    QFETCH(int, failingStep);
    QFETCH(bool, failInsideStep);
    QTemporaryDir dir;
    const QString file = copyFixture(dir, version);
    QVERIFY(!file.isEmpty());
    const QByteArray original = bytesOf(file);
    QVERIFY(!original.isEmpty());

    // The fault: a statement that fails half way through a step, after statements that
    // succeeded (an index is created, then a table that does not exist is written).
    QList<MigrationStep> steps = workspaceSchema();
    const QStringList failing = {u"CREATE TABLE injected (x INTEGER)"_s,
                                 u"INSERT INTO no_such_table VALUES (1)"_s};
    if (failInsideStep) {
        QStringList &statements = steps[failingStep - 1].statements;
        statements.insert(1, failing.constLast());
        statements.insert(1, failing.constFirst());
    } else {
        steps << MigrationStep{failingStep, failing};
    }
    const StorageResult<Workspace> ws = Workspace::open(file, Migrations(steps));
    QVERIFY(!ws.ok());
    QVERIFY2(ws.error.message.contains(u"left at version %1"_s.arg(version)),
             qPrintable(ws.error.message));
    QVERIFY2(ws.error.message.contains(u"no such table: no_such_table"_s),
             qPrintable(ws.error.message));

    QVERIFY(bytesOf(file) == original);
    QVERIFY(!QFile::exists(file + u"-journal"_s));
    RawDatabase raw(file, true);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), version);
}

void TestSchemaFixtures::newerVersionIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString file = copyFixture(dir, 2);
    {
        RawDatabase raw(file);
        QVERIFY(raw.exec(u"PRAGMA user_version = 3"_s));
    }
    const QByteArray original = bytesOf(file);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);

    const StorageResult<Workspace> ws = Workspace::open(file);
    QVERIFY(!ws.ok());
    // The message names the file and both versions.
    QCOMPARE(ws.error.file, file);
    QVERIFY2(ws.error.toString().contains(file), qPrintable(ws.error.toString()));
    QVERIFY2(ws.error.message.contains(u"schema version 3"_s), qPrintable(ws.error.message));
    QVERIFY2(ws.error.message.contains(u"knows up to 2"_s), qPrintable(ws.error.message));
    QVERIFY(bytesOf(file) == original);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
}

QTEST_GUILESS_MAIN(TestSchemaFixtures)
#include "tst_schemafixtures.moc"
