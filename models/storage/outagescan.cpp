#include "outagescan.h"

#include "sqlerror.h"
#include "vocabulary.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <sqlite3.h>

namespace termlens {
namespace {

using namespace Qt::StringLiterals;

// The same [from, to) overlap as OutageRepository's (a zero-length outage inside counts).
const QString ScanSql =
    u"SELECT id, service, start_utc, end_utc, category, notice_utc, reference FROM outages"
    " WHERE agreement_id = ? AND start_utc < ? AND (start_utc >= ? OR end_utc IS NULL"
    " OR end_utc > ?) ORDER BY start_utc, id"_s;

// The rows that start inside [from, to), counted from the index alone (outages_by_start): all
// the scan returns but the few that started earlier and were still going on at `from`. The
// list is reserved for them, so it is not grown (and copied) a dozen times on the way.
const QString CountSql = u"SELECT count(*) FROM outages"
                         " WHERE agreement_id = ? AND start_utc >= ? AND start_utc < ?"_s;

StorageError unknownCategory(const QString &file, qint64 id, const QString &category)
{
    return {file, QCoreApplication::translate("OutageRepository",
                                              "Stored outage %1 has an unknown category \"%2\".")
                      .arg(id)
                      .arg(category)};
}

// Each distinct service and category text is decoded once per scan. An agreement has a few
// services and there are a dozen categories: a short list compared byte for byte finds them
// without building a key for every row.
class RowDecoder
{
public:
    explicit RowDecoder(const QString &agreementId)
        : m_agreementId(agreementId)
    {
        for (const auto &entry : vocabulary<OutageCategory>())
            m_categories.append({QString::fromUtf16(entry.key).toUtf8(), entry.value});
    }

    const QString &service(QByteArrayView utf8)
    {
        for (const auto &[bytes, text] : m_services) {
            if (QByteArrayView(bytes) == utf8)
                return text;
        }
        m_services.append({utf8.toByteArray(), QString::fromUtf8(utf8)});
        return m_services.constLast().second;
    }
    std::optional<OutageCategory> category(QByteArrayView utf8) const
    {
        for (const auto &[bytes, value] : m_categories) {
            if (QByteArrayView(bytes) == utf8)
                return value;
        }
        return std::nullopt;
    }
    Outage start(qint64 id) const
    {
        Outage o;
        o.id = id;
        o.agreementId = m_agreementId;
        return o;
    }

private:
    QString m_agreementId;
    // service() returns a reference into this list: callers copy it before the next call.
    QList<std::pair<QByteArray, QString>> m_services;
    QList<std::pair<QByteArray, OutageCategory>> m_categories;
};

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

QByteArrayView textColumn(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(statement, column));
}

std::optional<qint64> optionalColumn(sqlite3_stmt *statement, int column)
{
    if (sqlite3_column_type(statement, column) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_int64(statement, column);
}

StorageResult<QList<Outage>> scanSqlite(sqlite3 *db, const QString &file,
                                        const QString &agreementId, qint64 from, qint64 to,
                                        OutageReferences references)
{
    using Result = StorageResult<QList<Outage>>;
    const auto failure = [&](const char *what) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        // A damaged page (the open does not read every outage page; see openCheck in
        // workspace.cpp) gets the same message as through QSqlQuery.
        const int code = sqlite3_errcode(db) & 0xff;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            return Result::failure(
                sqlError(file, QSqlError(QString(), message, QSqlError::StatementError,
                                         QString::number(code))));
        return Result::failure(
            {file,
             QCoreApplication::translate("OutageRepository", "Reading the outages failed: %1 (%2).")
                 .arg(message, QString::fromLatin1(what))});
    };
    const QByteArray id = agreementId.toUtf8();
    qint64 expected = 0;
    {
        sqlite3_stmt *count = nullptr;
        const QByteArray sql = CountSql.toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &count, nullptr) != SQLITE_OK)
            return failure("prepare");
        const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> owner(count, sqlite3_finalize);
        if (sqlite3_bind_text(count, 1, id.constData(), int(id.size()), SQLITE_STATIC) !=
                SQLITE_OK ||
            sqlite3_bind_int64(count, 2, from) != SQLITE_OK ||
            sqlite3_bind_int64(count, 3, to) != SQLITE_OK)
            return failure("bind");
        if (sqlite3_step(count) != SQLITE_ROW)
            return failure("step");
        expected = sqlite3_column_int64(count, 0);
    }
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = ScanSql.toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return failure("prepare");
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> owner(statement, sqlite3_finalize);
    if (sqlite3_bind_text(statement, 1, id.constData(), int(id.size()), SQLITE_STATIC) !=
            SQLITE_OK ||
        sqlite3_bind_int64(statement, 2, to) != SQLITE_OK ||
        sqlite3_bind_int64(statement, 3, from) != SQLITE_OK ||
        sqlite3_bind_int64(statement, 4, from) != SQLITE_OK)
        return failure("bind");
    RowDecoder decode(agreementId);
    QList<Outage> outages;
    outages.reserve(expected + 64);
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        Outage o = decode.start(sqlite3_column_int64(statement, 0));
        o.service = decode.service(textColumn(statement, 1));
        o.start = sqlite3_column_int64(statement, 2);
        o.end = optionalColumn(statement, 3);
        const std::optional<OutageCategory> category = decode.category(textColumn(statement, 4));
        if (!category)
            return Result::failure(
                unknownCategory(file, o.id, QString::fromUtf8(textColumn(statement, 4))));
        o.category = *category;
        o.noticeGiven = optionalColumn(statement, 5);
        if (references == OutageReferences::Read) {
            if (const QByteArrayView reference = textColumn(statement, 6); !reference.isEmpty())
                o.reference = QString::fromUtf8(reference);
        }
        outages.append(std::move(o));
    }
    if (step != SQLITE_DONE)
        return failure("step");
    return Result::success(std::move(outages));
}

StorageResult<QList<Outage>> scanQuery(const QSqlDatabase &db, const QString &file,
                                       const QString &agreementId, qint64 from, qint64 to,
                                       OutageReferences references)
{
    using Result = StorageResult<QList<Outage>>;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (const StorageStatus s = prepareQuery(query, file, ScanSql); !s.ok())
        return Result::failure(s.error);
    if (const StorageStatus s = execQuery(query, file, {agreementId, to, from, from}); !s.ok())
        return Result::failure(s.error);
    RowDecoder decode(agreementId);
    QList<Outage> outages;
    while (query.next()) {
        Outage o = decode.start(query.value(0).toLongLong());
        o.service = decode.service(query.value(1).toString().toUtf8());
        o.start = query.value(2).toLongLong();
        if (!query.value(3).isNull())
            o.end = query.value(3).toLongLong();
        const QString text = query.value(4).toString();
        const std::optional<OutageCategory> category = decode.category(text.toUtf8());
        if (!category)
            return Result::failure(unknownCategory(file, o.id, text));
        o.category = *category;
        if (!query.value(5).isNull())
            o.noticeGiven = query.value(5).toLongLong();
        if (references == OutageReferences::Read)
            o.reference = query.value(6).toString();
        outages.append(std::move(o));
    }
    if (const StorageStatus s = finishedCleanly(query, file); !s.ok())
        return Result::failure(s.error);
    return Result::success(std::move(outages));
}

} // namespace

StorageResult<QList<Outage>> scanOutages(Workspace &workspace, const QString &agreementId,
                                         qint64 from, qint64 to, OutageReferences references)
{
    using Result = StorageResult<QList<Outage>>;
    if (const StorageStatus open = workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    if (from >= to)
        return Result::success({});
    if (sqlite3 *db = sqliteHandle(workspace.database()))
        return scanSqlite(db, workspace.path(), agreementId, from, to, references);
    return scanQuery(workspace.database(), workspace.path(), agreementId, from, to, references);
}

} // namespace termlens
