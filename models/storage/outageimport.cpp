#include "outageimport.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QUuid>

namespace termlens {

ImportBatch makeImportBatch(const QString &agreementId, const QString &filePath,
                            const QByteArray &bytes, qsizetype rows, qint64 nowUtc)
{
    ImportBatch batch;
    batch.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    batch.agreementId = agreementId;
    batch.fileName = QFileInfo(filePath).fileName();
    batch.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    batch.importedUtc = nowUtc;
    batch.rows = rows;
    return batch;
}

} // namespace termlens
