#include "filemode.h"
#include "outagerepository.h"
#include "outagescan.h"
#include "schema.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace termlens;
using namespace Qt::StringLiterals;

namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Runs SQL on a file through a plain connection of its own, as another program would.
bool runRaw(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(sql)) {
                qWarning() << sql << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return ok;
}

QVariant pragma(const Workspace &workspace, const QString &name)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(u"PRAGMA "_s + name) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ::umask(022); }
    void createMakesOwnerOnlyFile();
    void createRefusesExistingFile();
    void createInMissingFolderLeavesNothing();
    void openMissingFileCreatesNothing();
    void refusesOtherFiles_data();
    void refusesOtherFiles();
    void refusesNewerSchemaUntouched();
    void refusesDamagedWorkspaceUntouched();
    void damagedOutagePagesAreReportedWhenRead();
    void secondInstanceIsRefused();
    void abandonedLockIsTakenOver_data();
    void abandonedLockIsTakenOver();
    void openRemovesWhatAKilledRunLeft();
    void connectionSettings_data();
    void connectionSettings();
    void connectionsAreNamedAndRemoved();
    void pathsWithUriCharacters_data();
    void pathsWithUriCharacters();
    void settingsRoundTrip();
    void closedWorkspaceReportsError();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestWorkspace::createMakesOwnerOnlyFile()
{
    // umask 022 alone would give 0644; the workspace must be 0600 from its first byte.
    const QString file = path(u"new.termlens"_s);
    StorageResult<Workspace> created = Workspace::create(file);
    QVERIFY2(created.ok(), qPrintable(created.error.toString()));
    QCOMPARE(modeOf(file), 0600u);
    QCOMPARE(pragma(*created.value, u"application_id"_s).toInt(), WorkspaceApplicationId);
    QCOMPARE(pragma(*created.value, u"user_version"_s).toInt(), Migrations().latestVersion());
    QVERIFY(QFileInfo::exists(file + u".lock"_s));
    created.value->close();
    QVERIFY(!QFileInfo::exists(file + u".lock"_s));
    QCOMPARE(modeOf(file), 0600u);
}

void TestWorkspace::createRefusesExistingFile()
{
    const QString file = path(u"existing.txt"_s);
    writeFile(file, "keep me\n");
    const StorageResult<Workspace> created = Workspace::create(file);
    QVERIFY(!created.ok());
    QCOMPARE(created.error.file, file);
    QVERIFY2(created.error.message.contains(u"already exists"_s),
             qPrintable(created.error.message));
    QFile check(file);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("keep me\n"));
    QVERIFY(!QFileInfo::exists(file + u".lock"_s));
}

void TestWorkspace::createInMissingFolderLeavesNothing()
{
    const QString file = path(u"no-such-folder/ws.termlens"_s);
    const StorageResult<Workspace> created = Workspace::create(file);
    QVERIFY(!created.ok());
    QVERIFY(!QFileInfo::exists(path(u"no-such-folder"_s)));
}

void TestWorkspace::openMissingFileCreatesNothing()
{
    QTemporaryDir empty;
    const QString file = empty.filePath(u"typo.termlens"_s);
    const StorageResult<Workspace> opened = Workspace::open(file);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error.file, file);
    QVERIFY2(opened.error.message.contains(u"does not exist"_s), qPrintable(opened.error.message));
    QCOMPARE(QDir(empty.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

void TestWorkspace::refusesOtherFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << u"text"_s << u"is not a TermLens workspace"_s;
    QTest::newRow("PDF") << u"pdf"_s << u"is not a TermLens workspace"_s;
    QTest::newRow("empty file") << u"empty"_s << u"is empty: it is not a TermLens workspace"_s;
    QTest::newRow("first 1 KiB of a workspace") << u"truncated"_s << u"is damaged"_s;
    // Cut at a page boundary: every page left is whole, only the length gives it away.
    QTest::newRow("first half of a workspace") << u"half"_s << u"is damaged"_s;
    QTest::newRow("workspace with a page appended")
        << u"longer"_s << u"cut short or written over"_s;
    QTest::newRow("other program's SQLite") << u"foreign"_s << u"another program"_s;
    QTest::newRow("SQLite without application id") << u"plain"_s << u"another program"_s;
}

void TestWorkspace::refusesOtherFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"input"_s);
    if (kind == u"text") {
        writeFile(file, "Dear vendor,\nour SLA says 99.9%.\n");
    } else if (kind == u"pdf") {
        writeFile(file, QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n"
                                   "endobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"));
    } else if (kind == u"empty") {
        writeFile(file, {});
    } else if (kind == u"truncated" || kind == u"half" || kind == u"longer") {
        const QString whole = dir.filePath(u"whole"_s);
        {
            StorageResult<Workspace> ws = Workspace::create(whole);
            QVERIFY(ws.ok());
            for (int i = 0; i < 200; ++i)
                QVERIFY(ws.value->setSetting(u"key-%1"_s.arg(i), QString(200, u'x')).ok());
        }
        QFile source(whole);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const qint64 pages = source.size() / 4096;
        QVERIFY(pages > 4);
        if (kind == u"truncated")
            writeFile(file, source.read(1024));
        else if (kind == u"half")
            writeFile(file, source.read(pages / 2 * 4096));
        else
            writeFile(file, source.readAll() + QByteArray(4096, '\0'));
        source.close();
        QVERIFY(QFile::remove(whole));
    } else if (kind == u"foreign") {
        QVERIFY(runRaw(file, {u"PRAGMA application_id = 305419896"_s, // 0x12345678
                              u"CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"_s}));
    } else {
        QVERIFY(runRaw(file, {u"CREATE TABLE notes (body TEXT)"_s}));
    }
    const QByteArray before = sha256(file);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);

    const StorageResult<Workspace> opened = Workspace::open(file);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error.file, file);
    QVERIFY2(opened.error.message.contains(expected), qPrintable(opened.error.message));
    QCOMPARE(sha256(file), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
}

void TestWorkspace::refusesNewerSchemaUntouched()
{
    const QString file = path(u"future.termlens"_s);
    QVERIFY(Workspace::create(file).ok());
    QVERIFY(runRaw(file, {u"PRAGMA user_version = 999"_s}));
    const QByteArray before = sha256(file);

    const StorageResult<Workspace> opened = Workspace::open(file);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error.message.contains(u"newer version of TermLens (schema version 999; "
                                           "this version knows up to 2)"_s),
             qPrintable(opened.error.message));
    QCOMPARE(sha256(file), before);
    const QStringList left = QDir(m_dir.path()).entryList({u"future*"_s}, QDir::Files);
    QCOMPARE(left, QStringList{u"future.termlens"_s}); // no backup, journal or lock left
}

void TestWorkspace::refusesDamagedWorkspaceUntouched()
{
    const QString file = path(u"damaged.termlens"_s);
    {
        StorageResult<Workspace> ws = Workspace::create(file);
        QVERIFY(ws.ok());
        for (int i = 0; i < 400; ++i)
            QVERIFY(ws.value->setSetting(u"key-%1"_s.arg(i), QString(300, u'x')).ok());
        QCOMPARE(pragma(*ws.value, u"page_size"_s).toInt(), 4096);
    }
    // Scribble over the header of a page in the middle: page 1 (the file header, with the
    // application id) stays intact, so only quick_check can find the damage.
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadWrite));
    const qint64 pages = raw.size() / 4096;
    QVERIFY(pages > 10);
    QVERIFY(raw.seek((pages / 2) * 4096));
    QCOMPARE(raw.write(QByteArray(64, '\xff')), 64);
    raw.close();
    const QByteArray before = sha256(file);

    const StorageResult<Workspace> opened = Workspace::open(file);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error.file, file);
    QVERIFY2(opened.error.message.contains(u"damaged"_s), qPrintable(opened.error.message));
    QVERIFY(opened.error.toString().startsWith(file));
    QCOMPARE(sha256(file), before);
    QVERIFY(!QFileInfo::exists(file + u".lock"_s));
}

// The open does not read every outage page (openCheck in workspace.cpp): a damaged one is
// reported, as damage, by whatever reads it, and nothing is computed from it.
void TestWorkspace::damagedOutagePagesAreReportedWhenRead()
{
    const QString file = path(u"damaged-outages.termlens"_s);
    QVERIFY(Workspace::create(file).ok());
    QVERIFY(
        runRaw(file, {u"INSERT INTO agreements (id, vendor, currency, time_zone, "
                      "created_utc, updated_utc) VALUES ('a', 'Vendor', 'GBP', 'UTC', 0, 0)"_s,
                      u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                      "WHERE i < 3000) INSERT INTO outages (agreement_id, service, start_utc, "
                      "end_utc, category, notes) SELECT 'a', 'Platform', 1735689600 + i * 600, "
                      "1735689600 + i * 600 + 300, 'unplanned', printf('%.100c', 'n') FROM n"_s}));
    int root = 0;
    {
        StorageResult<Workspace> ws = Workspace::open(file);
        QVERIFY(ws.ok());
        QCOMPARE(*OutageRepository(*ws.value).count(u"a"_s).value, 3000);
        QSqlQuery query(ws.value->database());
        QVERIFY(query.exec(u"SELECT rootpage FROM sqlite_schema WHERE name = 'outages'"_s));
        QVERIFY(query.next());
        root = query.value(0).toInt();
    }
    QVERIFY(root > 1);
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadWrite));
    QVERIFY(raw.seek(qint64(root - 1) * 4096));
    QCOMPARE(raw.write(QByteArray(64, '\xff')), 64);
    raw.close();

    StorageResult<Workspace> ws = Workspace::open(file);
    QVERIFY2(ws.ok(), qPrintable(ws.error.toString()));
    const auto scanned = scanOutages(*ws.value, u"a"_s, 0, 2000000000);
    QVERIFY(!scanned.ok());
    QCOMPARE(scanned.error.file, file);
    QVERIFY2(scanned.error.message.contains(u"The workspace is damaged"_s),
             qPrintable(scanned.error.message));
    const auto listed = OutageRepository(*ws.value).list(u"a"_s);
    QVERIFY(!listed.ok());
    QVERIFY2(listed.error.message.contains(u"The workspace is damaged"_s),
             qPrintable(listed.error.message));
}

void TestWorkspace::secondInstanceIsRefused()
{
    const QString file = path(u"shared.termlens"_s);
    StorageResult<Workspace> first = Workspace::create(file);
    QVERIFY(first.ok());
    const StorageResult<Workspace> second = Workspace::open(file);
    QVERIFY(!second.ok());
    // The lock names its holder: this very process.
    const QString expected = u"in use by %1 (process %2 on "_s.arg(
        QCoreApplication::applicationName(), QString::number(QCoreApplication::applicationPid()));
    QVERIFY2(second.error.message.contains(expected), qPrintable(second.error.message));
    QVERIFY(first.value->isOpen()); // the refused attempt did not take the first one's lock

    first.value->close();
    StorageResult<Workspace> third = Workspace::open(file);
    QVERIFY2(third.ok(), qPrintable(third.error.toString()));
}

void TestWorkspace::abandonedLockIsTakenOver_data()
{
    QTest::addColumn<QByteArray>("lockContent");
    QTest::addColumn<bool>("holderAlive"); // someone holds an flock on the lock file
    QTest::addColumn<QString>("refusal");  // empty when the open must succeed

    const QByteArray host = QSysInfo::machineHostName().toLocal8Bit();
    const QByteArray self = QByteArray::number(QCoreApplication::applicationPid()) + '\n' +
                            QCoreApplication::applicationName().toLocal8Bit() + '\n';
    // Killed between creating the lock file and writing into it (seen in CI's kill trials).
    QTest::newRow("empty, holder gone") << QByteArray() << false << QString();
    // Its process id now belongs to a live program of the same name (here: this test).
    QTest::newRow("this host, pid reused") << self + host + '\n' << false << QString();
    // A holder that has created the file and is about to write into it.
    QTest::newRow("empty, holder alive")
        << QByteArray() << true << u"The workspace is in use by another program."_s;
    // On a shared folder, another machine's holder cannot be seen; its lock stands.
    QTest::newRow("another host") << self + "elsewhere.example\n"
                                  << false
                                  << u"in use by %1 (process %2 on elsewhere.example)"_s.arg(
                                         QCoreApplication::applicationName(),
                                         QString::number(QCoreApplication::applicationPid()));
}

void TestWorkspace::abandonedLockIsTakenOver()
{
    QFETCH(QByteArray, lockContent);
    QFETCH(bool, holderAlive);
    QFETCH(QString, refusal);

    const QString file =
        path(QString::fromLatin1(QTest::currentDataTag()).remove(u',') + u".termlens"_s);
    QVERIFY(Workspace::create(file).ok());
    const QByteArray before = sha256(file);
    const QString lockFile = file + u".lock"_s;
    writeFile(lockFile, lockContent);
    const int holder = ::open(QFile::encodeName(lockFile).constData(), O_RDONLY | O_CLOEXEC);
    QVERIFY(holder >= 0);
    const auto closeHolder = qScopeGuard([holder] { ::close(holder); });
    if (holderAlive)
        QCOMPARE(::flock(holder, LOCK_EX | LOCK_NB), 0);

    StorageResult<Workspace> ws = Workspace::open(file);
    if (refusal.isEmpty()) {
        QVERIFY2(ws.ok(), qPrintable(ws.error.toString()));
        // The abandoned file was removed and this process made its own.
        struct stat abandoned = {};
        struct stat taken = {};
        QCOMPARE(::fstat(holder, &abandoned), 0);
        QCOMPARE(::stat(QFile::encodeName(lockFile).constData(), &taken), 0);
        QVERIFY(abandoned.st_ino != taken.st_ino);
        QFile lock(lockFile);
        QVERIFY(lock.open(QIODevice::ReadOnly));
        QVERIFY(lock.readAll().startsWith(QByteArray::number(QCoreApplication::applicationPid()) +
                                          '\n'));
        ws.value->close();
        QVERIFY(!QFileInfo::exists(lockFile));
    } else {
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error.message.contains(refusal), qPrintable(ws.error.message));
        QCOMPARE(sha256(file), before);
        QFile lock(lockFile);
        QVERIFY(lock.open(QIODevice::ReadOnly));
        QCOMPARE(lock.readAll(), lockContent); // left as it was
    }
}

void TestWorkspace::openRemovesWhatAKilledRunLeft()
{
    // What a SIGKILLed TermLens can leave (R1): an unfinished backup and its VACUUM INTO
    // journal, a journal whose header was never written (SQLite calls it cold and ignores it),
    // and QLockFile's ".rmlock" of a dead process. The next open removes them and nothing else.
    const QString file = path(u"killed.termlens"_s);
    QVERIFY(Workspace::create(file).ok());
    const QByteArray before = sha256(file);
    writeFile(file + u".backup-v1-20260101T000000Z.partial"_s, "half a backup");
    writeFile(file + u".backup-v1-20260101T000000Z.partial-journal"_s, "its journal");
    writeFile(file + u"-journal"_s, QByteArray(512, '\0'));
    // A process of this host that no longer runs (no pid is that large).
    writeFile(file + u".lock.rmlock"_s,
              "999999999\nTermLens\n" + QSysInfo::machineHostName().toLocal8Bit() + '\n');
    writeFile(file + u".backup-v1-20260101T000000Z"_s, "a whole backup is kept");
    writeFile(path(u"other.termlens.backup-v1-x.partial"_s), "another workspace's");
    {
        StorageResult<Workspace> ws = Workspace::open(file);
        QVERIFY2(ws.ok(), qPrintable(ws.error.toString()));
    }
    const QStringList left =
        QDir(m_dir.path())
            .entryList({u"*killed*"_s, u"other*"_s}, QDir::Files | QDir::Hidden, QDir::Name);
    QCOMPARE(left,
             (QStringList{u"killed.termlens"_s, u"killed.termlens.backup-v1-20260101T000000Z"_s,
                          u"other.termlens.backup-v1-x.partial"_s}));
    QCOMPARE(sha256(file), before);
}

void TestWorkspace::connectionSettings_data()
{
    QTest::addColumn<QString>("pragma");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("journal_mode") << u"journal_mode"_s << QVariant(u"delete"_s);
    QTest::newRow("synchronous FULL") << u"synchronous"_s << QVariant(2);
    QTest::newRow("foreign_keys") << u"foreign_keys"_s << QVariant(1);
    QTest::newRow("trusted_schema") << u"trusted_schema"_s << QVariant(0);
    QTest::newRow("application_id 'TLNS'") << u"application_id"_s << QVariant(0x544C4E53);
}

void TestWorkspace::connectionSettings()
{
    QFETCH(QString, pragma);
    QFETCH(QVariant, expected);
    const QString file = path(u"pragmas.termlens"_s);
    if (!QFileInfo::exists(file))
        QVERIFY(Workspace::create(file).ok());
    // Checked on a reopened workspace: these settings live on the connection, not the file.
    StorageResult<Workspace> ws = Workspace::open(file);
    QVERIFY2(ws.ok(), qPrintable(ws.error.toString()));
    QCOMPARE(::pragma(*ws.value, pragma).toString(), expected.toString());
}

void TestWorkspace::connectionsAreNamedAndRemoved()
{
    StorageResult<Workspace> a = Workspace::create(path(u"a.termlens"_s));
    StorageResult<Workspace> b = Workspace::create(path(u"b.termlens"_s));
    QVERIFY(a.ok() && b.ok());
    const QString nameA = a.value->connectionName();
    QVERIFY(!nameA.isEmpty());
    QVERIFY(nameA != b.value->connectionName());
    QVERIFY(QSqlDatabase::contains(nameA));
    Workspace moved = std::move(*a.value); // moving keeps the one connection
    QCOMPARE(moved.connectionName(), nameA);
    moved.close();
    QVERIFY(!QSqlDatabase::contains(nameA));
    QVERIFY(!moved.isOpen());
}

void TestWorkspace::pathsWithUriCharacters_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("plain") << u"plain"_s;
    QTest::newRow("quote and spaces") << u"it's a 'test'"_s;
    QTest::newRow("URI delimiters") << u"a?mode=ro#x%20y&z"_s;
    QTest::newRow("non-ASCII") << u"Zürich – Verträge"_s;
}

void TestWorkspace::pathsWithUriCharacters()
{
    QFETCH(QString, folder);
    QVERIFY(QDir(m_dir.path()).mkdir(folder));
    const QString file = path(folder + u"/ws.termlens"_s);
    {
        StorageResult<Workspace> created = Workspace::create(file);
        QVERIFY2(created.ok(), qPrintable(created.error.toString()));
        QVERIFY(created.value->setSetting(u"k"_s, u"v"_s).ok());
    }
    StorageResult<Workspace> opened = Workspace::open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.error.toString()));
    QCOMPARE(*opened.value->setting(u"k"_s).value, u"v"_s);
    // The data went into this file, not into one named after part of the URI.
    QCOMPARE(QDir(m_dir.filePath(folder)).entryList(QDir::Files | QDir::Hidden),
             (QStringList{u"ws.termlens"_s, u"ws.termlens.lock"_s}));
}

void TestWorkspace::settingsRoundTrip()
{
    StorageResult<Workspace> ws = Workspace::create(path(u"settings.termlens"_s));
    QVERIFY(ws.ok());
    QVERIFY(ws.value->setting(u"missing"_s).value->isNull());
    QVERIFY(ws.value->setSetting(u"theme"_s, u"dark"_s).ok());
    QVERIFY(ws.value->setSetting(u"theme"_s, u"light'; DROP TABLE settings; --"_s).ok());
    QCOMPARE(*ws.value->setting(u"theme"_s).value, u"light'; DROP TABLE settings; --"_s);
}

void TestWorkspace::closedWorkspaceReportsError()
{
    StorageResult<Workspace> ws = Workspace::create(path(u"closed.termlens"_s));
    QVERIFY(ws.ok());
    ws.value->close();
    OutageRepository outages(*ws.value);
    const StorageResult<qint64> n = outages.count(u"x"_s);
    QVERIFY(!n.ok());
    QVERIFY(n.error.message.contains(u"closed"_s));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
