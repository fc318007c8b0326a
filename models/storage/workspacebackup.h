#pragma once

#include "storageresult.h"

#include <QFileDevice>
#include <QSqlDatabase>
#include <QString>

namespace termlens {

// The mode of every file TermLens writes that holds workspace data: 0600.
inline constexpr QFileDevice::Permissions OwnerOnly =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Writes a consistent copy of the open workspace beside it, named
// "<file>.backup-v<version>-<yyyyMMddTHHmmssZ>", mode 0600, synced to disk before it gets its
// final name (VACUUM INTO itself never syncs), so a crash leaves either no backup or a whole
// one. Must run outside a transaction. Returns the backup's path.
StorageResult<QString> writeWorkspaceBackup(const QSqlDatabase &db, const QString &file,
                                            int version);

// The steps both backups and "Save a Copy" take: VACUUM INTO `partial`, a new file created
// 0600 first (SQLite would create it 0644) that must not exist, then fsync. On failure the
// partial file is removed and the returned reason says why; empty on success.
QString vacuumIntoNewFile(const QSqlDatabase &db, const QString &partial);

// fsync(2) of a file or a directory (the directory, so a rename in it is durable). Returns the
// system's reason on failure, an empty string on success.
QString syncPath(const QString &path, bool directory);

} // namespace termlens
