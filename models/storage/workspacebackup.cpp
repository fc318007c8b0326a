#include "workspacebackup.h"

#include "migrations.h"
#include "schema.h"
#include "sqlerror.h"
#include "workspace.h"
#include "workspacelock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace termlens {

namespace {

StorageError fileError(const QString &file, const QString &backup, const QString &reason)
{
    return {file, QCoreApplication::translate("Storage", "Could not write the backup %1: %2")
                      .arg(backup, reason)};
}

// A name no earlier backup uses: two backups in the same second get "-2", "-3", ..., always
// above the highest number of that second still present (so the newest sorts last even when
// older ones of the same second were pruned).
QString freeBackupName(const QString &file, int version)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString base = QStringLiteral("%1.backup-v%2-%3").arg(file).arg(version).arg(stamp);
    const QString baseName = QFileInfo(base).fileName();
    int highest = 0;
    for (const QString &entry :
         QFileInfo(file).absoluteDir().entryList(QDir::Files | QDir::Hidden)) {
        if (!entry.startsWith(baseName))
            continue;
        QString rest = entry.mid(baseName.size());
        if (rest.endsWith(QStringLiteral(".partial")))
            rest.chop(8);
        if (rest.isEmpty()) {
            highest = std::max(highest, 1);
        } else if (rest.startsWith(u'-')) {
            bool ok = false;
            const int n = rest.mid(1).toInt(&ok);
            if (ok)
                highest = std::max(highest, n);
        }
    }
    QString name = highest == 0 ? base : QStringLiteral("%1-%2").arg(base).arg(highest + 1);
    for (int n = highest + 2; QFileInfo::exists(name); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

// A backup's name after "<file>.backup-v": version, UTC stamp, and the "-n" of a second backup
// in the same second.
const QRegularExpression &backupSuffix()
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)-(\\d{8}T\\d{6}Z)(?:-(\\d+))?$"));
    return re;
}

const QStringList &companionSuffixes()
{
    static const QStringList suffixes = {QStringLiteral("-journal"), QStringLiteral("-wal"),
                                         QStringLiteral("-shm")};
    return suffixes;
}

// A read-only look at a database file on its own connection: the schema version when it is a
// TermLens workspace that passes integrity_check, otherwise the reason it is not.
StorageResult<int> checkDatabaseFile(const QString &path)
{
    using Result = StorageResult<int>;
    static std::atomic<quint64> counter{0};
    const QString connection = QStringLiteral("termlens-check-%1").arg(++counter);
    QString reason;
    int version = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        const QByteArray encoded = QUrl::toPercentEncoding(path, "/");
        db.setDatabaseName(QStringLiteral("file://%1?mode=ro").arg(QString::fromLatin1(encoded)));
        const auto unreadable = [](const QSqlError &error) {
            return QCoreApplication::translate("Storage",
                                               "it cannot be read as a TermLens workspace "
                                               "(SQLite: %1)")
                .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText());
        };
        if (!db.open()) {
            reason = unreadable(db.lastError());
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
                reason = unreadable(query.lastError());
            } else if (query.value(0).toInt() != WorkspaceApplicationId) {
                reason = QCoreApplication::translate("Storage", "it is not a TermLens workspace");
            } else if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
                reason = unreadable(query.lastError());
            } else {
                version = query.value(0).toInt();
                QStringList problems;
                if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
                    problems << query.lastError().databaseText();
                } else {
                    while (query.next() && problems.size() < 5) {
                        if (query.value(0).toString() != u"ok")
                            problems << query.value(0).toString();
                    }
                    if (query.lastError().isValid())
                        problems << query.lastError().databaseText();
                }
                if (!problems.isEmpty())
                    reason =
                        QCoreApplication::translate("Storage", "it fails the integrity check (%1)")
                            .arg(problems.join(QStringLiteral("; ")));
            }
            query = QSqlQuery();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!reason.isEmpty())
        return Result::failure({path, reason});
    return Result::success(version);
}

// The schema version in a database file's header (user_version, big-endian at offset 60);
// 0 when the file cannot be read.
int headerVersion(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(60))
        return 0;
    const QByteArray bytes = file.read(4);
    if (bytes.size() != 4)
        return 0;
    return int((quint32(quint8(bytes[0])) << 24) | (quint32(quint8(bytes[1])) << 16) |
               (quint32(quint8(bytes[2])) << 8) | quint32(quint8(bytes[3])));
}

bool renameWithCompanions(const QString &from, const QString &to)
{
    if (!QFile::rename(from, to))
        return false;
    for (const QString &suffix : companionSuffixes()) {
        if (!QFileInfo::exists(from + suffix))
            continue;
        if (suffix == u"-shm")
            QFile::remove(from + suffix); // shared memory index, rebuilt from the -wal
        else
            QFile::rename(from + suffix, to + suffix);
    }
    return true;
}

// The end both backups share: the synced copy at `partial` must pass integrity_check, is
// renamed to `backup` and the folder synced; on failure nothing is left.
StorageResult<QString> keepCheckedBackup(const QString &file, const QString &partial,
                                         const QString &backup)
{
    using Result = StorageResult<QString>;
    if (const StorageResult<int> checked = checkDatabaseFile(partial); !checked.ok()) {
        QFile::remove(partial);
        return Result::failure(fileError(file, backup, checked.error.message));
    }
    QFile target(partial);
    if (!target.rename(backup)) { // QFile::rename never replaces an existing file
        const QString reason = target.errorString();
        QFile::remove(partial);
        return Result::failure(fileError(file, backup, reason));
    }
    // A backup whose name may not survive a power cut is no backup to migrate on: removed.
    if (const QString reason = syncPath(QFileInfo(backup).absolutePath(), true);
        !reason.isEmpty()) {
        QFile::remove(backup);
        return Result::failure(fileError(file, backup, reason));
    }
    return Result::success(backup);
}

QString sqliteReason(sqlite3 *db, int code)
{
    return QCoreApplication::translate("Storage", "SQLite: %1")
        .arg(db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code)));
}

// SQLite's online backup of `file` into the empty file `partial`, a few MiB per step. The
// source is opened read-only on a connection of this thread; the copy needs no journal (a
// failed copy is deleted) and is synced by the caller. Empty on success, else the reason.
QString copyPages(const QString &file, const QString &partial, const std::atomic<bool> *cancel,
                  const BackupProgress &progress)
{
    constexpr int PagesPerStep = 1024; // 4 MiB of 4 KiB pages: the read lock is held ~ms
    sqlite3 *source = nullptr;
    sqlite3 *copy = nullptr;
    const auto closeBoth = [&] {
        sqlite3_close(copy);
        sqlite3_close(source);
    };
    int rc = sqlite3_open_v2(QFile::encodeName(file).constData(), &source,
                             SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = sqliteReason(source, rc);
        closeBoth();
        return reason;
    }
    sqlite3_busy_timeout(source, 100);
    rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &copy,
                         SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(copy, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF", nullptr,
                          nullptr, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = sqliteReason(copy, rc);
        closeBoth();
        return reason;
    }
    sqlite3_backup *job = sqlite3_backup_init(copy, "main", source, "main");
    if (!job) {
        const QString reason = sqliteReason(copy, sqlite3_errcode(copy));
        closeBoth();
        return reason;
    }
    QString reason;
    for (;;) {
        if (cancel && cancel->load()) {
            reason = QCoreApplication::translate("Storage", "the backup was cancelled");
            break;
        }
        rc = sqlite3_backup_step(job, PagesPerStep);
        if (progress && (rc == SQLITE_OK || rc == SQLITE_DONE)) {
            const qint64 total = sqlite3_backup_pagecount(job);
            progress(total - sqlite3_backup_remaining(job), total);
        }
        if (rc == SQLITE_DONE)
            break;
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(20); // the workspace is being written: try again
            continue;
        }
        if (rc != SQLITE_OK) {
            reason = sqliteReason(nullptr, rc);
            break;
        }
    }
    rc = sqlite3_backup_finish(job);
    if (reason.isEmpty() && rc != SQLITE_OK)
        reason = sqliteReason(copy, rc);
    closeBoth();
    return reason;
}

} // namespace

QString syncPath(const QString &path, bool directory)
{
    const QByteArray native = QFile::encodeName(path);
    const int flags = (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC;
    const int fd = ::open(native.constData(), flags);
    if (fd < 0)
        return qt_error_string(errno);
    QString reason;
    if (::fsync(fd) != 0)
        reason = qt_error_string(errno);
    ::close(fd);
    return reason;
}

QString vacuumIntoNewFile(const QSqlDatabase &db, const QString &partial)
{
    // VACUUM INTO accepts an existing empty file: creating it first gives it mode 0600 and
    // refuses to clobber anything.
    QFile target(partial);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
        return target.errorString();
    target.close();
    target.setPermissions(OwnerOnly); // the umask may have removed bits we need
    QString reason;
    {
        QSqlQuery query(db);
        // The file name is bound, never spliced into the SQL: VACUUM INTO takes an expression.
        const StorageStatus status =
            execStatement(query, {}, QStringLiteral("VACUUM INTO ?"), {partial});
        if (!status.ok())
            reason = status.error.message;
    }
    if (reason.isEmpty())
        reason = syncPath(partial, false);
    if (!reason.isEmpty()) {
        QFile::remove(partial);
        // VACUUM INTO writes the new file through a journal of its own, left when a failure
        // stopped it half way.
        QFile::remove(partial + QStringLiteral("-journal"));
    }
    return reason;
}

StorageResult<QString> writeWorkspaceBackup(const QSqlDatabase &db, const QString &file,
                                            int version)
{
    using Result = StorageResult<QString>;
    const QString backup = freeBackupName(file, version);
    const QString partial = backup + QStringLiteral(".partial");
    if (const QString reason = vacuumIntoNewFile(db, partial); !reason.isEmpty())
        return Result::failure(fileError(file, partial, reason));
    return keepCheckedBackup(file, partial, backup);
}

StorageResult<QString> copyWorkspaceBackup(const QString &file, int version,
                                           const std::atomic<bool> *cancel,
                                           const BackupProgress &progress)
{
    using Result = StorageResult<QString>;
    const QString backup = freeBackupName(file, version);
    const QString partial = backup + QStringLiteral(".partial");
    QFile target(partial);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
        return Result::failure(fileError(file, partial, target.errorString()));
    target.close();
    target.setPermissions(OwnerOnly); // the umask may have removed bits we need
    QString reason = copyPages(file, partial, cancel, progress);
    if (reason.isEmpty())
        reason = syncPath(partial, false);
    if (!reason.isEmpty()) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        return Result::failure(fileError(file, partial, reason));
    }
    return keepCheckedBackup(file, partial, backup);
}

QList<WorkspaceBackup> listWorkspaceBackups(const QString &file)
{
    const QFileInfo info(file);
    const QString prefix = info.fileName() + QStringLiteral(".backup-v");
    struct Found
    {
        WorkspaceBackup backup;
        int sequence = 1;
    };
    QList<Found> found;
    const QDir dir = info.absoluteDir();
    for (const QFileInfo &entry : dir.entryInfoList(QDir::Files | QDir::Hidden)) {
        const QString name = entry.fileName();
        if (!name.startsWith(prefix))
            continue;
        const QRegularExpressionMatch match = backupSuffix().match(name.mid(prefix.size()));
        if (!match.hasMatch())
            continue;
        QDateTime taken =
            QDateTime::fromString(match.captured(2), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        taken.setTimeSpec(Qt::UTC);
        if (!taken.isValid())
            continue;
        Found f;
        f.backup = {entry.absoluteFilePath(), match.captured(1).toInt(), taken, entry.size()};
        f.sequence = match.hasCaptured(3) ? match.captured(3).toInt() : 1;
        found << f;
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        if (a.backup.takenUtc != b.backup.takenUtc)
            return a.backup.takenUtc > b.backup.takenUtc;
        return a.sequence > b.sequence;
    });
    QList<WorkspaceBackup> backups;
    for (const Found &f : std::as_const(found))
        backups << f.backup;
    return backups;
}

QStringList pruneWorkspaceBackups(const QString &file, int keep)
{
    QStringList removed;
    const QList<WorkspaceBackup> backups = listWorkspaceBackups(file);
    for (qsizetype i = std::max(keep, 0); i < backups.size(); ++i) {
        if (!QFile::remove(backups[i].path))
            continue;
        removed << backups[i].path;
        for (const QString &suffix : companionSuffixes())
            QFile::remove(backups[i].path + suffix);
    }
    return removed;
}

int backupGenerations(const Workspace &workspace)
{
    const StorageResult<QString> stored = workspace.setting(backupGenerationsKey());
    bool ok = false;
    const int value = stored.ok() ? stored.value->toInt(&ok) : 0;
    return ok && value >= MinBackupGenerations && value <= MaxBackupGenerations
               ? value
               : DefaultBackupGenerations;
}

StorageResult<std::optional<int>> sessionBackupDue(const Workspace &workspace)
{
    using Result = StorageResult<std::optional<int>>;
    if (const StorageStatus open = workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    const QString file = workspace.path();
    const StorageResult<int> version = Migrations::userVersion(workspace.database(), file);
    if (!version.ok())
        return Result::failure(version.error);
    const QList<WorkspaceBackup> backups = listWorkspaceBackups(file);
    const bool upToDate =
        !backups.isEmpty() && backups.first().version == *version.value &&
        QFileInfo(backups.first().path).lastModified() > QFileInfo(file).lastModified();
    return Result::success(upToDate ? std::nullopt : std::optional<int>(*version.value));
}

StorageResult<QString> writeSessionBackup(const Workspace &workspace)
{
    using Result = StorageResult<QString>;
    const StorageResult<std::optional<int>> due = sessionBackupDue(workspace);
    if (!due.ok())
        return Result::failure(due.error);
    QString written;
    if (*due.value) {
        const StorageResult<QString> backup = copyWorkspaceBackup(workspace.path(), **due.value);
        if (!backup.ok())
            return backup;
        written = *backup.value;
    }
    pruneWorkspaceBackups(workspace.path(), backupGenerations(workspace));
    return Result::success(written);
}

StorageResult<QString> restoreWorkspaceBackup(const QString &backup, const QString &file,
                                              int latestVersion)
{
    using Result = StorageResult<QString>;
    const auto fail = [&](QString reason) {
        if (!reason.endsWith(u'.'))
            reason += u'.';
        return Result::failure(
            {file, QCoreApplication::translate("Storage", "Could not restore the backup %1: %2 The "
                                                          "workspace was left as it was.")
                       .arg(QFileInfo(backup).fileName(), reason)});
    };
    QLockFile lock(file + QStringLiteral(".lock"));
    if (!tryLockWorkspaceFile(lock))
        return fail(
            QCoreApplication::translate("Storage", "the workspace is open in a TermLens window."));
    const StorageResult<int> checked = checkDatabaseFile(backup);
    if (!checked.ok())
        return fail(checked.error.message);
    if (*checked.value > latestVersion)
        return fail(QCoreApplication::translate("Storage",
                                                "it was written by a newer version of TermLens "
                                                "(schema version %1; this version knows up to "
                                                "%2).")
                        .arg(*checked.value)
                        .arg(latestVersion));

    // The copy is made and synced under a temporary name before anything is moved.
    const QString partial = file + QStringLiteral(".restoring.partial");
    QFile::remove(partial); // a leftover of an earlier crash holds nothing of value
    {
        QFile source(backup);
        QFile target(partial);
        if (!source.open(QIODevice::ReadOnly))
            return fail(source.errorString());
        if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
            return fail(target.errorString());
        target.setPermissions(OwnerOnly);
        while (!source.atEnd()) {
            const QByteArray chunk = source.read(1 << 20);
            if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
                const QString reason =
                    chunk.isEmpty() ? source.errorString() : target.errorString();
                target.close();
                QFile::remove(partial);
                return fail(reason);
            }
        }
    }
    if (const QString reason = syncPath(partial, false); !reason.isEmpty()) {
        QFile::remove(partial);
        return fail(reason);
    }

    // The current file becomes a backup, its journal going with it: left beside the restored
    // file, a hot journal would be played back into it.
    QString kept;
    if (QFileInfo::exists(file)) {
        kept = freeBackupName(file, headerVersion(file));
        if (!renameWithCompanions(file, kept)) {
            QFile::remove(partial);
            return fail(
                QCoreApplication::translate("Storage", "the current file could not be renamed."));
        }
    }
    for (const QString &suffix : companionSuffixes())
        QFile::remove(file + suffix);
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(file).constData()) !=
        0) {
        const QString reason = qt_error_string(errno);
        if (!kept.isEmpty())
            renameWithCompanions(kept, file);
        QFile::remove(partial);
        return fail(reason);
    }
    if (const QString reason = syncPath(QFileInfo(file).absolutePath(), true); !reason.isEmpty())
        return Result::failure({file, reason});
    return Result::success(kept);
}

} // namespace termlens
