#pragma once

#include "storageresult.h"

#include <QSqlDatabase>
#include <QString>

namespace termlens {

// Writes a consistent copy of the open workspace beside it, named
// "<file>.backup-v<version>-<yyyyMMddTHHmmssZ>", mode 0600, synced to disk before it gets its
// final name (VACUUM INTO itself never syncs), so a crash leaves either no backup or a whole
// one. Must run outside a transaction. Returns the backup's path.
StorageResult<QString> writeWorkspaceBackup(const QSqlDatabase &db, const QString &file,
                                            int version);

} // namespace termlens
