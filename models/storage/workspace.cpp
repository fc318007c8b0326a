#include "workspace.h"

#include "schema.h"
#include "sqlerror.h"
#include "workspacebackup.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

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

// One writer per workspace. Stale lock time 0: a lock is never taken over because of its age,
// only when its holder on this host has died (QLockFile checks the process).
StorageStatus acquireLock(QLockFile &lock, const QString &file)
{
    lock.setStaleLockTime(0);
    if (lock.tryLock(0))
        return storageOk();
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
    return fail(file, QCoreApplication::translate(
                          "Workspace",
                          "Could not create the lock file %1: TermLens needs to write in the "
                          "workspace's folder.")
                          .arg(lock.fileName()));
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

StorageStatus quickCheck(const QSqlDatabase &db, const QString &file)
{
    QSqlQuery query(db);
    if (const StorageStatus s = execStatement(query, file, QStringLiteral("PRAGMA quick_check"));
        !s.ok())
        return s;
    QStringList problems;
    while (query.next() && problems.size() < 5) {
        const QString line = query.value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    if (const StorageStatus s = finishedCleanly(query, file); !s.ok())
        return s;
    if (problems.isEmpty())
        return storageOk();
    return fail(file, QCoreApplication::translate(
                          "Workspace",
                          "The workspace is damaged (%1). It was left untouched; restore it from "
                          "a backup.")
                          .arg(problems.join(QStringLiteral("; "))));
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

} // namespace

struct Workspace::Private
{
    QString path;
    QString connection;
    std::unique_ptr<QLockFile> lock;
    MigrationReport migration;

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
    if (const StorageStatus s = quickCheck(db, file); !s.ok())
        return Result::failure(s.error);
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
