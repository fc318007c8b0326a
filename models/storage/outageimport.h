#pragma once

#include "outagerepository.h"

#include <QByteArray>
#include <QString>

namespace termlens {

// The record of one imported outage file: a fresh batch id, the file's name (no folders: the
// path may be private) and the SHA-256 of its bytes, so the import history can tell the same
// file imported twice.
ImportBatch makeImportBatch(const QString &agreementId, const QString &filePath,
                            const QByteArray &bytes, qsizetype rows, qint64 nowUtc);

} // namespace termlens
