#pragma once

#include "storageresult.h"

#include <QSqlError>
#include <QString>
#include <QVariantList>

class QSqlDatabase;
class QSqlQuery;

namespace termlens {

// SQLite's primary result codes the store reacts to (sqlite3.h).
enum class SqliteCode
{
    Ok = 0,
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Constraint = 19,
    NotADatabase = 26,
};

// The primary result code behind a QtSql error (QSQLITE reports extended codes; the low byte
// is the primary one), or 0 when the error did not come from SQLite.
int sqliteResultCode(const QSqlError &error);

// A QtSql error in words: SQLite's own message (it names the constraint or the table), with
// the workspace file. Damaged and full disks get sentences a user can act on.
StorageError sqlError(const QString &file, const QSqlError &error);

// Checked steps for every statement: QtSql reports failures only as bool + lastError(), so
// each helper turns a false into a StorageError naming the file.
StorageStatus prepareQuery(QSqlQuery &query, const QString &file, const QString &sql);
// Binds `values` by position (replacing earlier bindings of a reused statement) and runs it.
StorageStatus execQuery(QSqlQuery &query, const QString &file, const QVariantList &values = {});
// Prepares and runs one statement.
StorageStatus execStatement(QSqlQuery &query, const QString &file, const QString &sql,
                            const QVariantList &values = {});
// next() returns false both at the end and on a read error; this tells them apart.
StorageStatus finishedCleanly(const QSqlQuery &query, const QString &file);

// Runs a statement that returns (at least) one row and gives that row's first column.
StorageResult<QVariant> queryValue(const QSqlDatabase &db, const QString &file, const QString &sql,
                                   const QVariantList &values = {});

// Values bound to columns: text that is absent is NULL, text that must not be NULL is ''.
QVariant nullableText(const QString &text);
QVariant nonNullText(const QString &text);

} // namespace termlens
