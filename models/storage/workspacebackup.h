#pragma once

#include "storageresult.h"

#include <QDateTime>
#include <QFileDevice>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace termlens {

class Workspace;

// How many backups of a workspace are kept beside it unless its "backupGenerations" setting
// says otherwise (settings table; MinBackupGenerations to MaxBackupGenerations).
inline constexpr int DefaultBackupGenerations = 5;
inline constexpr int MinBackupGenerations = 1;
inline constexpr int MaxBackupGenerations = 100;
// The settings key (Workspace::setting) of the number of backups kept.
inline QString backupGenerationsKey()
{
    return QStringLiteral("backupGenerations");
}
// The mode of every file TermLens writes that holds workspace data: 0600.
inline constexpr QFileDevice::Permissions OwnerOnly =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Writes a consistent copy of the open workspace beside it, named
// "<file>.backup-v<version>-<yyyyMMddTHHmmssZ>", mode 0600, synced to disk before it gets its
// final name (VACUUM INTO itself never syncs), so a crash leaves either no backup or a whole
// one. The copy must pass PRAGMA integrity_check before it is kept. Must run outside a
// transaction. Returns the backup's path.
StorageResult<QString> writeWorkspaceBackup(const QSqlDatabase &db, const QString &file,
                                            int version);

// One backup found beside a workspace.
struct WorkspaceBackup
{
    QString path;
    int version = 0;    // the schema version the backup holds (from its name)
    QDateTime takenUtc; // when it was written (from its name)
    qint64 size = 0;    // bytes
};

// The backups of `file` (absolute path) beside it, newest first; ".partial" leftovers are not
// backups.
QList<WorkspaceBackup> listWorkspaceBackups(const QString &file);

// Removes all but the `keep` newest backups of `file` (with any journal a restore moved beside
// them). Returns the paths removed.
QStringList pruneWorkspaceBackups(const QString &file, int keep);

// The number of backups the workspace keeps: its "backupGenerations" setting, or
// DefaultBackupGenerations when absent or out of range.
int backupGenerations(const Workspace &workspace);

// The backup taken once per session (the desktop app takes it after opening a workspace):
// skipped when the newest backup was written after the file last changed and holds its
// schema version (sessionBackupDue); otherwise copied by copyWorkspaceBackup; then the backups
// beyond backupGenerations() are pruned. Returns the new backup's path, or an empty string
// when none was needed. Runs on the workspace's thread from start to end; the desktop app runs
// the copy on a worker thread instead (views/sessionbackup.h).
StorageResult<QString> writeSessionBackup(const Workspace &workspace);

// Whether this session's backup is due: the schema version to copy, or std::nullopt when the
// newest backup already holds the file as it is. Quick (one PRAGMA and a folder listing); on
// the workspace's thread.
StorageResult<std::optional<int>> sessionBackupDue(const Workspace &workspace);

// Called by copyWorkspaceBackup after each step with the pages copied so far and the total.
using BackupProgress = std::function<void(qint64 done, qint64 total)>;

// Writes a backup of the workspace `file` (schema version `version`) beside it, named as
// writeWorkspaceBackup names it, through SQLite connections of its own, so it may run on any
// thread while the workspace stays open and usable: SQLite's online backup copies the pages a
// few MiB at a time, holding a read lock only during each step (a write to the workspace in
// between makes SQLite start the copy again, so the backup is always one consistent state).
// The same guarantees as writeWorkspaceBackup: created 0600, synced, integrity_check passed,
// renamed into place, the folder synced; on any failure, and when `cancel` becomes true
// (checked between steps), no partial file is left and the result is a failure.
StorageResult<QString> copyWorkspaceBackup(const QString &file, int version,
                                           const std::atomic<bool> *cancel = nullptr,
                                           const BackupProgress &progress = {});

// File > Restore Backup: replaces the workspace `file` with a copy of `backup`. The workspace
// must not be open (this takes its lock, so no TermLens may have it open). The backup is
// checked first (a TermLens workspace, integrity_check ok, not newer than this TermLens);
// the current file is then kept as a new backup (renamed, with its -journal/-wal beside it,
// so no stale journal is left to be replayed into the restored file), and the copy renamed
// into place. On failure the current file is where it was. Returns the kept file's path.
StorageResult<QString> restoreWorkspaceBackup(const QString &backup, const QString &file,
                                              int latestVersion);

// The steps both backups and "Save a Copy" take: VACUUM INTO `partial`, a new file created
// 0600 first (SQLite would create it 0644) that must not exist, then fsync. On failure the
// partial file is removed and the returned reason says why; empty on success.
QString vacuumIntoNewFile(const QSqlDatabase &db, const QString &partial);

// fsync(2) of a file or a directory (the directory, so a rename in it is durable). Returns the
// system's reason on failure, an empty string on success.
QString syncPath(const QString &path, bool directory);

} // namespace termlens
