#pragma once

#include "storageresult.h"

#include <QSqlDatabase>
#include <QString>

namespace termlens {

// One write transaction, rolled back unless commit() succeeds. BEGIN IMMEDIATE takes the
// write lock up front, so a read-then-write sequence cannot fail half way on a busy database.
// A failed COMMIT leaves SQLite's transaction open (later writes would then vanish with it),
// so commit() rolls back whenever COMMIT fails.
class SqlTransaction
{
public:
    SqlTransaction(const QSqlDatabase &db, const QString &file);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    StorageStatus begin();
    StorageStatus commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    QString m_file;
    bool m_active = false;
};

} // namespace termlens
