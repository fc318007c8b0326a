#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace termlens {

int sqliteResultCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

StorageError sqlError(const QString &file, const QSqlError &error)
{
    const QString sqlite = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (static_cast<SqliteCode>(sqliteResultCode(error))) {
    case SqliteCode::Corrupt:
        return {file, QCoreApplication::translate("Storage",
                                                  "The workspace is damaged (SQLite: %1). It "
                                                  "was left untouched; restore it from a backup.")
                          .arg(sqlite)};
    case SqliteCode::NotADatabase:
        return {file, QCoreApplication::translate(
                          "Storage", "This file is not a TermLens workspace (SQLite: %1).")
                          .arg(sqlite)};
    case SqliteCode::Full:
        return {file,
                QCoreApplication::translate("Storage", "The disk is full (SQLite: %1). Nothing was "
                                                       "saved; free some space and try again.")
                    .arg(sqlite)};
    case SqliteCode::Busy:
    case SqliteCode::Locked:
        return {file,
                QCoreApplication::translate("Storage", "The workspace is busy in another program "
                                                       "(SQLite: %1). Nothing was saved.")
                    .arg(sqlite)};
    case SqliteCode::ReadOnly:
        return {file, QCoreApplication::translate(
                          "Storage", "The workspace is read-only, so nothing was saved (SQLite: "
                                     "%1). Check the file's permissions, or save a copy.")
                          .arg(sqlite)};
    case SqliteCode::IoError:
        return {file, QCoreApplication::translate(
                          "Storage", "The disk reported an error while reading or writing the "
                                     "workspace (SQLite: %1). Nothing was saved; check the disk "
                                     "and try again.")
                          .arg(sqlite)};
    default:
        return {file, QCoreApplication::translate("Storage", "The workspace reported an error: %1")
                          .arg(sqlite)};
    }
}

StorageStatus prepareQuery(QSqlQuery &query, const QString &file, const QString &sql)
{
    if (!query.prepare(sql))
        return StorageStatus::failure(sqlError(file, query.lastError()));
    return storageOk();
}

StorageStatus execQuery(QSqlQuery &query, const QString &file, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return StorageStatus::failure(sqlError(file, query.lastError()));
    return storageOk();
}

StorageStatus execStatement(QSqlQuery &query, const QString &file, const QString &sql,
                            const QVariantList &values)
{
    const StorageStatus prepared = prepareQuery(query, file, sql);
    if (!prepared.ok())
        return prepared;
    return execQuery(query, file, values);
}

StorageStatus finishedCleanly(const QSqlQuery &query, const QString &file)
{
    if (query.lastError().isValid())
        return StorageStatus::failure(sqlError(file, query.lastError()));
    return storageOk();
}

StorageResult<QVariant> queryValue(const QSqlDatabase &db, const QString &file, const QString &sql,
                                   const QVariantList &values)
{
    using Result = StorageResult<QVariant>;
    QSqlQuery query(db);
    if (const StorageStatus status = execStatement(query, file, sql, values); !status.ok())
        return Result::failure(status.error);
    if (query.next())
        return Result::success(query.value(0));
    if (const StorageStatus status = finishedCleanly(query, file); !status.ok())
        return Result::failure(status.error);
    return Result::failure(
        {file, QCoreApplication::translate("Storage", "The workspace returned no result for: %1")
                   .arg(sql)});
}

QVariant nullableText(const QString &text)
{
    // A null QString binds as SQL NULL (QSqlResultPrivate::isVariantNull).
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nonNullText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace termlens
