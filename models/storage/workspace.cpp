#include "workspace.h"

#include "schema.h"
#include "sqlerror.h"
#include "workspacebackup.h"
#include "workspacelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <sqlite3.h>

namespace termlens {

namespace {

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("termlens-workspace-%1").arg(++counter);
}

StorageStatus fail(const QString &file, const QString &message)
{
    return StorageStatus::failure({file, message});
}

// One writer per workspace; a lock is taken over only when its holder is gone (workspacelock.h).
StorageStatus acquireLock(QLockFile &lock, const QString &file)
{
    // QLockFile keeps no reason; errno still holds the one of its failed open() or write().
    errno = 0;
    if (tryLockWorkspaceFile(lock))
        return storageOk();
    const int reason = errno;
    if (lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        if (!lock.getLockInfo(&pid, &host, &app))
            return fail(file, QCoreApplication::translate(
                                  "Workspace", "The workspace is in use by another program."));
        if (app.isEmpty())
            app = QCoreApplication::translate("Workspace", "another program");
        return fail(file, QCoreApplication::translate(
                              "Workspace",
                              "The workspace is in use by %1 (process %2 on %3). Close it there "
                              "first.")
                              .arg(app)
                              .arg(pid)
                              .arg(host));
    }
    return fail(
        file,
        QCoreApplication::translate(
            "Workspace", "Could not create the lock file %1 (%2): TermLens needs to write in "
                         "the workspace's folder.")
            .arg(lock.fileName(), reason != 0 ? qt_error_string(reason)
                                              : QCoreApplication::translate(
                                                    "Workspace", "the system gave no reason")));
}

// mode=rw: SQLite opens the file read-write and never creates it, whatever Qt's flags say.
QString sqliteUri(const QString &absolutePath)
{
    const QByteArray encoded = QUrl::toPercentEncoding(absolutePath, "/");
    return QStringLiteral("file://%1?mode=rw").arg(QString::fromLatin1(encoded));
}

StorageStatus connect(const QString &connection, const QString &file)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    if (!db.isValid())
        return fail(file, QCoreApplication::translate(
                              "Workspace",
                              "Qt's SQLite driver is not installed (package libqt6sql6-sqlite)."));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
    db.setDatabaseName(sqliteUri(file));
    if (!db.open())
        return StorageStatus::failure(sqlError(file, db.lastError()));
    return storageOk();
}

// The first read of the header: a file that is not SQLite fails here, before any write.
StorageStatus checkIdentity(const QSqlDatabase &db, const QString &file)
{
    const StorageResult<QVariant> id =
        queryValue(db, file, QStringLiteral("PRAGMA application_id"));
    if (!id.ok())
        return StorageStatus::failure(id.error);
    const qint32 found = id.value->toInt();
    if (found == WorkspaceApplicationId)
        return storageOk();
    return fail(file, QCoreApplication::translate(
                          "Workspace",
                          "This file is not a TermLens workspace: it is an SQLite database of "
                          "another program (application id 0x%1).")
                          .arg(QString::number(quint32(found), 16).rightJustified(8, u'0')));
}

StorageStatus damaged(const QString &file, const QStringList &problems)
{
    return fail(file, QCoreApplication::translate(
                          "Workspace",
                          "The workspace is damaged (%1). It was left untouched; restore it from "
                          "a backup.")
                          .arg(problems.join(QStringLiteral("; "))));
}

// `pragma` is "PRAGMA quick_check" or "PRAGMA quick_check(<table>)"; its first five problems.
StorageStatus runQuickCheck(const QSqlDatabase &db, const QString &file, const QString &pragma,
                            QStringList &problems)
{
    QSqlQuery query(db);
    if (const StorageStatus s = execStatement(query, file, pragma); !s.ok())
        return s;
    while (query.next() && problems.size() < 5) {
        const QString line = query.value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    return finishedCleanly(query, file);
}

// The whole file, every page: before a migration rewrites the schema (and backs the file up).
StorageStatus fullCheck(const QSqlDatabase &db, const QString &file)
{
    QStringList problems;
    if (const StorageStatus s =
            runQuickCheck(db, file, QStringLiteral("PRAGMA quick_check"), problems);
        !s.ok())
        return s;
    return problems.isEmpty() ? storageOk() : damaged(file, problems);
}

// The check made at every open. A full PRAGMA quick_check reads every page: 0.36 s for a
// workspace of a million outages (231 MB), a third of the time TARGETS.md P2 allows for opening
// it AND computing every credit. So the open checks what a damaged, cut-off or foreign file gets
// wrong, cheaply:
//  - the header's page count times the page size is the file's size: a truncated file (a copy
//    cut short, a full disk) or one with bytes appended fails here, whatever its size;
//  - the application id and the schema version (checkIdentity, before this);
//  - quick_check of the schema and of every table except `outages` with their indexes:
//    agreements, term sheets, subscriptions, claims, settings (milliseconds, whatever the
//    number of outages).
// Outage pages are checked as they are read: SQLite checks every b-tree page it loads and
// fails the statement with SQLITE_CORRUPT, which the repositories and the outage scan report
// as "The workspace is damaged ...". A full quick_check runs before every migration
// (fullCheck). An unclean shutdown needs no full check: with journal_mode DELETE and
// synchronous FULL a half-written transaction is rolled back from its journal at the next
// open (SQLite does that at the first read, in checkIdentity), which leaves a consistent file.
StorageStatus openCheck(const QSqlDatabase &db, const QString &file)
{
    const StorageResult<QVariant> pages = queryValue(db, file, QStringLiteral("PRAGMA page_count"));
    if (!pages.ok())
        return StorageStatus::failure(pages.error);
    const StorageResult<QVariant> pageSize =
        queryValue(db, file, QStringLiteral("PRAGMA page_size"));
    if (!pageSize.ok())
        return StorageStatus::failure(pageSize.error);
    const qint64 expected = pages.value->toLongLong() * pageSize.value->toLongLong();
    const qint64 size = QFileInfo(file).size();
    if (expected != size) {
        return damaged(file,
                       {QCoreApplication::translate(
                            "Workspace", "the file is %1 bytes long, its header says %2 pages of "
                                         "%3 bytes: it was cut short or written over")
                            .arg(size)
                            .arg(pages.value->toLongLong())
                            .arg(pageSize.value->toLongLong())});
    }
    QSqlQuery tables(db);
    if (const StorageStatus s = execStatement(
            tables, file,
            QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"
                           " AND name NOT LIKE 'sqlite%' AND name <> 'outages' ORDER BY name"));
        !s.ok())
        return s;
    QStringList names{QStringLiteral("sqlite_schema")};
    while (tables.next())
        names << tables.value(0).toString();
    if (const StorageStatus s = finishedCleanly(tables, file); !s.ok())
        return s;
    QStringList problems;
    for (const QString &name : std::as_const(names)) {
        // A PRAGMA takes no bound values: the table name goes in as a quoted identifier.
        QString quoted = name;
        quoted.replace(u'"', QStringLiteral("\"\""));
        const QString pragma = QStringLiteral("PRAGMA quick_check(\"%1\")").arg(quoted);
        if (const StorageStatus s = runQuickCheck(db, file, pragma, problems); !s.ok())
            return s;
    }
    return problems.isEmpty() ? storageOk() : damaged(file, problems);
}

// Per-connection settings (none of them is stored in the file except the journal mode).
StorageStatus applyConnectionSettings(const QSqlDatabase &db, const QString &file)
{
    for (const QString &sql :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA trusted_schema = OFF"),
          QStringLiteral("PRAGMA synchronous = FULL")}) {
        QSqlQuery query(db);
        if (const StorageStatus s = execStatement(query, file, sql); !s.ok())
            return s;
    }
    const StorageResult<QVariant> mode =
        queryValue(db, file, QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (!mode.ok())
        return StorageStatus::failure(mode.error);
    const StorageResult<QVariant> keys =
        queryValue(db, file, QStringLiteral("PRAGMA foreign_keys"));
    if (!keys.ok())
        return StorageStatus::failure(keys.error);
    if (mode.value->toString().compare(u"delete", Qt::CaseInsensitive) != 0 ||
        keys.value->toInt() != 1)
        return fail(file,
                    QCoreApplication::translate(
                        "Workspace", "The workspace could not be opened with safe settings."));
    return storageOk();
}

// What a killed TermLens can leave beside a workspace, removed once this process holds its lock
// and SQLite has rolled back any hot journal (quick_check read the file first): QLockFile's
// ".rmlock" of a lock taken over at the moment of the kill, unfinished migration backups
// ("<file>.backup-v*.partial" and its "-journal", written only under this lock), and a journal
// that holds nothing
// to roll back (SQLite leaves one whose header was never written, e.g. after a kill before the
// first page was synced). The journal is only removed inside BEGIN EXCLUSIVE, so no other
// connection can be using it; SQLite itself calls such a journal cold when its first byte is 0.
void removeLeftovers(const QSqlDatabase &db, const QString &file, const QLockFile &lock)
{
    const QFileInfo info(file);
    const QDir folder = info.absoluteDir();
    // ".rmlock" files nest (taking over a stale ".rmlock" takes its own ".rmlock.rmlock"):
    // the deepest first.
    QStringList rmlocks = folder.entryList(
        {QFileInfo(lock.fileName()).fileName() + QStringLiteral(".rmlock*")}, QDir::Files);
    std::sort(rmlocks.begin(), rmlocks.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &name : rmlocks) {
        QLockFile rmlock(folder.filePath(name));
        if (tryLockWorkspaceFile(rmlock)) // only when its holder is gone
            rmlock.unlock();
    }
    const QStringList partial =
        folder.entryList({info.fileName() + QStringLiteral(".backup-v*.partial*")}, QDir::Files);
    for (const QString &name : partial)
        QFile::remove(folder.filePath(name));
    const QString journal = file + QStringLiteral("-journal");
    if (!QFileInfo::exists(journal))
        return;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN EXCLUSIVE")))
        return;
    QFile f(journal);
    char first = 0;
    if (f.open(QIODevice::ReadOnly) && (f.size() == 0 || (f.getChar(&first) && first == 0))) {
        f.close();
        f.remove();
    }
    (void)query.exec(QStringLiteral("ROLLBACK"));
}

// SQLite opens a file it may not write read-only, even when asked for read-write (mode=rw).
bool isReadOnlyConnection(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    return connection && sqlite3_db_readonly(connection, "main") == 1;
}

} // namespace

struct Workspace::Private
{
    QString path;
    QString connection;
    std::unique_ptr<QLockFile> lock;
    MigrationReport migration;
    bool readOnly = false;

    explicit Private(QString file)
        : path(std::move(file))
        , lock(std::make_unique<QLockFile>(path + QStringLiteral(".lock")))
    {}
    ~Private() { closeConnection(); }

    QSqlDatabase database() const { return QSqlDatabase::database(connection, false); }
    void closeConnection()
    {
        if (connection.isEmpty())
            return;
        {
            QSqlDatabase db = database();
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        connection.clear();
    }
    StorageStatus connect()
    {
        connection = nextConnectionName();
        return termlens::connect(connection, path);
    }
};

Workspace::Workspace(std::unique_ptr<Private> priv)
    : d(std::move(priv))
{}

Workspace::Workspace(Workspace &&other) noexcept = default;
Workspace &Workspace::operator=(Workspace &&other) noexcept = default;

Workspace::~Workspace()
{
    close();
}

void Workspace::close()
{
    if (!d)
        return;
    d->closeConnection();
    d->lock->unlock();
    d.reset();
}

bool Workspace::isOpen() const
{
    return d && !d->connection.isEmpty();
}

StorageStatus Workspace::checkOpen() const
{
    if (isOpen())
        return storageOk();
    return fail(path(), QCoreApplication::translate("Workspace", "The workspace is closed."));
}

QString Workspace::path() const
{
    return d ? d->path : QString();
}

QSqlDatabase Workspace::database() const
{
    return d ? d->database() : QSqlDatabase();
}

QString Workspace::connectionName() const
{
    return d ? d->connection : QString();
}

MigrationReport Workspace::migration() const
{
    return d ? d->migration : MigrationReport{};
}

bool Workspace::isReadOnly() const
{
    return d && d->readOnly;
}

StorageResult<Workspace> Workspace::create(const QString &path)
{
    using Result = StorageResult<Workspace>;
    const QString file = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(file))
        return Result::failure(
            {file, QCoreApplication::translate("Workspace",
                                               "A file with this name already exists; it was not "
                                               "overwritten.")});
    if (!QFileInfo(QFileInfo(file).absolutePath()).isDir())
        return Result::failure(
            {file, QCoreApplication::translate("Workspace", "The folder %1 does not exist.")
                       .arg(QFileInfo(file).absolutePath())});
    auto d = std::make_unique<Private>(file);
    if (const StorageStatus s = acquireLock(*d->lock, file); !s.ok())
        return Result::failure(s.error);

    // NewOnly is O_EXCL: the file is ours from here, created with mode 0600 (the umask alone
    // would give 0644, and SQLite's journal copies the database file's mode).
    QFile created(file);
    if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
        return Result::failure(
            {file, QCoreApplication::translate("Workspace", "Could not create the workspace: %1")
                       .arg(created.errorString())});
    created.close();
    created.setPermissions(OwnerOnly);

    const auto undo = [&](const StorageError &error) {
        d->closeConnection();
        QFile::remove(file + QStringLiteral("-journal"));
        QFile::remove(file);
        return Result::failure(error);
    };
    if (const StorageStatus s = d->connect(); !s.ok())
        return undo(s.error);
    const QSqlDatabase db = d->database();
    QSqlQuery query(db);
    // A constant of this program, not data.
    const QString setId = QStringLiteral("PRAGMA application_id = %1").arg(WorkspaceApplicationId);
    if (const StorageStatus s = execStatement(query, file, setId); !s.ok())
        return undo(s.error);
    if (const StorageStatus s = applyConnectionSettings(db, file); !s.ok())
        return undo(s.error);
    const StorageResult<MigrationReport> migrated = Migrations().migrate(db, file);
    if (!migrated.ok())
        return undo(migrated.error);
    d->migration = *migrated.value;
    return Result::success(Workspace(std::move(d)));
}

StorageResult<Workspace> Workspace::open(const QString &path)
{
    return open(path, Migrations());
}

StorageResult<Workspace> Workspace::open(const QString &path, const Migrations &migrations)
{
    using Result = StorageResult<Workspace>;
    const QFileInfo info(path);
    const QString file = info.absoluteFilePath();
    if (!info.exists())
        return Result::failure(
            {file, QCoreApplication::translate("Workspace", "The workspace file does not exist.")});
    if (!info.isFile())
        return Result::failure(
            {file, QCoreApplication::translate(
                       "Workspace", "This is not a file, so it is not a TermLens workspace.")});
    // SQLite takes an empty file for an empty database; for us it is nothing we wrote.
    if (info.size() == 0)
        return Result::failure(
            {file, QCoreApplication::translate(
                       "Workspace", "This file is empty: it is not a TermLens workspace.")});

    auto d = std::make_unique<Private>(file);
    if (const StorageStatus s = acquireLock(*d->lock, file); !s.ok())
        return Result::failure(s.error);
    if (const StorageStatus s = d->connect(); !s.ok())
        return Result::failure(s.error);
    const QSqlDatabase db = d->database();
    // Read-only checks first: a refused file must stay byte-identical.
    if (const StorageStatus s = checkIdentity(db, file); !s.ok())
        return Result::failure(s.error);
    const StorageResult<int> version = Migrations::userVersion(db, file);
    if (!version.ok())
        return Result::failure(version.error);
    if (*version.value > migrations.latestVersion())
        return Result::failure(
            {file, QCoreApplication::translate(
                       "Workspace", "The workspace was written by a newer version of "
                                    "TermLens (schema version %1; this version knows up to "
                                    "%2). It was left untouched.")
                       .arg(*version.value)
                       .arg(migrations.latestVersion())});
    if (const StorageStatus s = openCheck(db, file); !s.ok())
        return Result::failure(s.error);
    if (*version.value < migrations.latestVersion()) {
        if (const StorageStatus s = fullCheck(db, file); !s.ok())
            return Result::failure(s.error);
    }
    removeLeftovers(db, file, *d->lock);
    d->readOnly = isReadOnlyConnection(db);
    if (const StorageStatus s = applyConnectionSettings(db, file); !s.ok())
        return Result::failure(s.error);
    const StorageResult<MigrationReport> migrated = migrations.migrate(db, file);
    if (!migrated.ok())
        return Result::failure(migrated.error);
    d->migration = *migrated.value;
    return Result::success(Workspace(std::move(d)));
}

StorageResult<QString> Workspace::setting(const QString &key) const
{
    using Result = StorageResult<QString>;
    if (const StorageStatus open = checkOpen(); !open.ok())
        return Result::failure(open.error);
    QSqlQuery query(database());
    const StorageStatus s = execStatement(
        query, d->path, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!s.ok())
        return Result::failure(s.error);
    if (query.next())
        return Result::success(query.value(0).toString());
    if (const StorageStatus end = finishedCleanly(query, d->path); !end.ok())
        return Result::failure(end.error);
    return Result::success(QString());
}

StorageStatus Workspace::setSetting(const QString &key, const QString &value)
{
    if (const StorageStatus open = checkOpen(); !open.ok())
        return open;
    QSqlQuery query(database());
    return execStatement(query, d->path,
                         QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                         {key, nullableText(value)});
}

} // namespace termlens
