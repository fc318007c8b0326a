#include "outagerepository.h"

#include "sqlerror.h"
#include "sqltransaction.h"
#include "vocabulary.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace termlens {

namespace {

using namespace Qt::StringLiterals;

const QString Columns = u"id, agreement_id, service, start_utc, end_utc, category, notice_utc,"
                        " reference, notes"_s;

// [from, to) overlap: starts before `to`, and either starts inside or ends after `from`
// (an ongoing outage has no end). A zero-length outage inside the range is listed too.
const QString InRange = u"agreement_id = ? AND start_utc < ?"
                        " AND (start_utc >= ? OR end_utc IS NULL OR end_utc > ?)"_s;

QVariant optionalInstant(const std::optional<qint64> &instant)
{
    return instant ? QVariant(*instant) : QVariant();
}

std::optional<qint64> instantColumn(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QVariantList rowValues(const Outage &o)
{
    return {o.agreementId,
            o.service, // a null service binds NULL and is refused (NOT NULL)
            o.start,
            optionalInstant(o.end),
            keyOf(o.category),
            optionalInstant(o.noticeGiven),
            nonNullText(o.reference),
            nonNullText(o.notes)};
}

} // namespace

QString outageSelectColumns()
{
    return Columns;
}

StorageResult<Outage> readOutageRow(const QSqlQuery &query, const QString &file)
{
    Outage o;
    o.id = query.value(0).toLongLong();
    o.agreementId = query.value(1).toString();
    o.service = query.value(2).toString();
    o.start = query.value(3).toLongLong();
    o.end = instantColumn(query.value(4));
    const QString category = query.value(5).toString();
    const std::optional<OutageCategory> known = fromKey<OutageCategory>(category);
    if (!known)
        return StorageResult<Outage>::failure(
            {file, QCoreApplication::translate("OutageRepository",
                                               "Stored outage %1 has an unknown category \"%2\".")
                       .arg(o.id)
                       .arg(category)});
    o.category = *known;
    o.noticeGiven = instantColumn(query.value(6));
    o.reference = query.value(7).toString();
    o.notes = query.value(8).toString();
    return StorageResult<Outage>::success(o);
}

namespace {

// Runs a prepared SELECT of Columns and hands each outage to `visit` until it returns false.
StorageStatus visitRows(QSqlQuery &query, const QString &file, const QVariantList &values,
                        const std::function<bool(const Outage &)> &visit)
{
    if (const StorageStatus s = execQuery(query, file, values); !s.ok())
        return s;
    while (query.next()) {
        const StorageResult<Outage> outage = readOutageRow(query, file);
        if (!outage.ok())
            return StorageStatus::failure(outage.error);
        if (!visit(*outage.value))
            return storageOk();
    }
    return finishedCleanly(query, file);
}

StorageError duplicateOrError(const QString &file, const QSqlError &error)
{
    if (sqliteResultCode(error) == int(SqliteCode::Constraint) &&
        error.databaseText().contains(u"UNIQUE"_s))
        return {file, QCoreApplication::translate(
                          "OutageRepository",
                          "Another outage with the same service, start, end, category and "
                          "reference is already stored.")};
    return sqlError(file, error);
}

} // namespace

OutageRepository::OutageRepository(Workspace &workspace)
    : m_workspace(workspace)
{}

StorageResult<OutageBatchResult> OutageRepository::addBatch(const QList<Outage> &outages,
                                                            const QString &source)
{
    return insertAll(outages, source, nullptr);
}

StorageResult<OutageBatchResult> OutageRepository::addImport(const ImportBatch &batch,
                                                             const QList<Outage> &outages)
{
    return insertAll(outages, batch.id, &batch);
}

StorageResult<OutageBatchResult> OutageRepository::insertAll(const QList<Outage> &outages,
                                                             const QString &source,
                                                             const ImportBatch *batch)
{
    using Result = StorageResult<OutageBatchResult>;
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    const QString file = m_workspace.path();
    const QSqlDatabase db = m_workspace.database();
    SqlTransaction transaction(db, file);
    if (const StorageStatus s = transaction.begin(); !s.ok())
        return Result::failure(s.error);
    OutageBatchResult result;
    {
        QSqlQuery query(db);
        if (batch) {
            const StorageStatus s = execStatement(
                query, file,
                u"INSERT INTO import_batches (id, agreement_id, file_name, sha256, imported_utc,"
                " rows) VALUES (?, ?, ?, ?, ?, ?)"_s,
                {batch->id, batch->agreementId, batch->fileName, batch->sha256, batch->importedUtc,
                 qint64(batch->rows)});
            if (!s.ok())
                return Result::failure(s.error);
        }
        if (const StorageStatus s = prepareQuery(
                query, file,
                u"INSERT INTO outages (agreement_id, service, start_utc, end_utc, category,"
                " notice_utc, reference, notes, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING"_s);
            !s.ok())
            return Result::failure(s.error);
        for (qsizetype i = 0; i < outages.size(); ++i) {
            QVariantList values = rowValues(outages.at(i));
            values << source;
            if (const StorageStatus s = execQuery(query, file, values); !s.ok()) {
                return Result::failure(
                    {file,
                     QCoreApplication::translate(
                         "OutageRepository", "Outage %1 of %2 could not be stored, so none was: %3")
                         .arg(i + 1)
                         .arg(outages.size())
                         .arg(s.error.message)});
            }
            // ON CONFLICT DO NOTHING changes no row for an outage that is already stored.
            if (query.numRowsAffected() > 0)
                ++result.inserted;
            else
                ++result.duplicates;
        }
    }
    if (const StorageStatus s = transaction.commit(); !s.ok())
        return Result::failure(s.error);
    return Result::success(result);
}

StorageResult<QList<ImportBatch>> OutageRepository::importBatches(const QString &agreementId) const
{
    using Result = StorageResult<QList<ImportBatch>>;
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    const QString file = m_workspace.path();
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (const StorageStatus s = execStatement(
            query, file,
            u"SELECT id, agreement_id, file_name, sha256, imported_utc, rows FROM import_batches"
            " WHERE agreement_id = ? ORDER BY imported_utc, id"_s,
            {agreementId});
        !s.ok())
        return Result::failure(s.error);
    QList<ImportBatch> batches;
    while (query.next()) {
        batches.append({query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toLongLong(), query.value(5).toLongLong()});
    }
    if (const StorageStatus s = finishedCleanly(query, file); !s.ok())
        return Result::failure(s.error);
    return Result::success(batches);
}

StorageResult<QList<Outage>> OutageRepository::list(const QString &agreementId, qint64 from,
                                                    qint64 to, const QString &service) const
{
    QList<Outage> outages;
    const StorageStatus s = forEach(
        agreementId, from, to,
        [&outages](const Outage &o) {
            outages.append(o);
            return true;
        },
        service);
    if (!s.ok())
        return StorageResult<QList<Outage>>::failure(s.error);
    return StorageResult<QList<Outage>>::success(outages);
}

StorageStatus OutageRepository::forEach(const QString &agreementId, qint64 from, qint64 to,
                                        const std::function<bool(const Outage &)> &visit,
                                        const QString &service) const
{
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return open;
    if (from >= to)
        return storageOk(); // an empty range holds nothing, not even an ongoing outage
    const QString file = m_workspace.path();
    QSqlQuery query(m_workspace.database());
    // Forward-only: QtSql keeps no cache of the rows already read.
    query.setForwardOnly(true);
    QString sql = u"SELECT %1 FROM outages WHERE %2"_s.arg(Columns, InRange);
    QVariantList values = {agreementId, to, from, from};
    if (!service.isEmpty()) {
        sql += u" AND service = ?"_s;
        values << service;
    }
    sql += u" ORDER BY start_utc, id"_s;
    if (const StorageStatus s = prepareQuery(query, file, sql); !s.ok())
        return s;
    return visitRows(query, file, values, visit);
}

StorageResult<QList<Outage>> OutageRepository::page(const QString &agreementId,
                                                    const OutageCursor &after, int limit) const
{
    using Result = StorageResult<QList<Outage>>;
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    const QString file = m_workspace.path();
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    // Keyset paging: each chunk is an index seek, however deep into a million rows it starts.
    if (const StorageStatus s = prepareQuery(query, file,
                                             u"SELECT %1 FROM outages WHERE agreement_id = ?"
                                             " AND (start_utc > ? OR (start_utc = ? AND id > ?))"
                                             " ORDER BY start_utc, id LIMIT ?"_s.arg(Columns));
        !s.ok())
        return Result::failure(s.error);
    QList<Outage> outages;
    const StorageStatus s =
        visitRows(query, file, {agreementId, after.start, after.start, after.id, limit},
                  [&outages](const Outage &o) {
                      outages.append(o);
                      return true;
                  });
    if (!s.ok())
        return Result::failure(s.error);
    return Result::success(outages);
}

StorageResult<qint64> OutageRepository::count(const QString &agreementId, qint64 from,
                                              qint64 to) const
{
    using Result = StorageResult<qint64>;
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    if (from >= to)
        return Result::success(0);
    const StorageResult<QVariant> n = queryValue(
        m_workspace.database(), m_workspace.path(),
        u"SELECT count(*) FROM outages WHERE %1"_s.arg(InRange), {agreementId, to, from, from});
    if (!n.ok())
        return Result::failure(n.error);
    return Result::success(n.value->toLongLong());
}

StorageResult<std::optional<Outage>> OutageRepository::find(qint64 id) const
{
    using Result = StorageResult<std::optional<Outage>>;
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    QSqlQuery query(m_workspace.database());
    std::optional<Outage> found;
    const QString file = m_workspace.path();
    StorageStatus s =
        prepareQuery(query, file, u"SELECT %1 FROM outages WHERE id = ?"_s.arg(Columns));
    if (s.ok()) {
        s = visitRows(query, file, {id}, [&found](const Outage &o) {
            found = o;
            return false;
        });
    }
    if (!s.ok())
        return Result::failure(s.error);
    return Result::success(found);
}

StorageResult<bool> OutageRepository::update(const Outage &outage)
{
    using Result = StorageResult<bool>;
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    const QString file = m_workspace.path();
    QSqlQuery query(m_workspace.database());
    if (const StorageStatus s = prepareQuery(
            query, file,
            u"UPDATE outages SET agreement_id = ?, service = ?, start_utc = ?, end_utc = ?,"
            " category = ?, notice_utc = ?, reference = ?, notes = ? WHERE id = ?"_s);
        !s.ok())
        return Result::failure(s.error);
    QVariantList values = rowValues(outage);
    values << outage.id;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return Result::failure(duplicateOrError(file, query.lastError()));
    return Result::success(query.numRowsAffected() > 0);
}

StorageResult<bool> OutageRepository::remove(qint64 id)
{
    using Result = StorageResult<bool>;
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    QSqlQuery query(m_workspace.database());
    const StorageStatus s =
        execStatement(query, m_workspace.path(), u"DELETE FROM outages WHERE id = ?"_s, {id});
    if (!s.ok())
        return Result::failure(s.error);
    return Result::success(query.numRowsAffected() > 0);
}

} // namespace termlens
