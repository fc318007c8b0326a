#include "sqltransaction.h"

#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace termlens {

SqlTransaction::SqlTransaction(const QSqlDatabase &db, const QString &file)
    : m_db(db)
    , m_file(file)
{}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

StorageStatus SqlTransaction::begin()
{
    QSqlQuery query(m_db);
    const StorageStatus status = execStatement(query, m_file, QStringLiteral("BEGIN IMMEDIATE"));
    m_active = status.ok();
    return status;
}

StorageStatus SqlTransaction::commit()
{
    if (!m_active)
        return StorageStatus::failure(
            {m_file, QCoreApplication::translate("Storage", "There is no transaction to commit.")});
    StorageStatus status = storageOk();
    {
        QSqlQuery query(m_db);
        status = execStatement(query, m_file, QStringLiteral("COMMIT"));
    }
    if (status.ok())
        m_active = false;
    else
        rollback();
    return status;
}

void SqlTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    // Nothing more can be done if ROLLBACK itself fails: SQLite then has already rolled back
    // (it does so on I/O errors) or the connection is gone.
    (void)execStatement(query, m_file, QStringLiteral("ROLLBACK"));
    // After an I/O error SQLite may have ended the transaction itself and left a hot journal
    // behind (when deleting the journal at COMMIT failed, the file holds the new pages). The
    // next read plays the journal back and deletes it: reading now puts the file back as it
    // was before the transaction, instead of at some later open.
    QSqlQuery read(m_db);
    (void)execStatement(read, m_file, QStringLiteral("SELECT count(*) FROM sqlite_master"));
}

} // namespace termlens
