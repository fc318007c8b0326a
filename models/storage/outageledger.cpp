#include "outageledger.h"

#include "sqlerror.h"
#include "vocabulary.h"
#include "workspace.h"

#include <QSqlQuery>

#include <algorithm>

namespace termlens {

namespace {

using namespace Qt::StringLiterals;

// ORDER BY terms, ascending, each matching an index of schema version 2 (schema.cpp) term for
// term so SQLite walks the index instead of sorting. The last term makes the order total.
QStringList orderTerms(OutageSortKey key)
{
    switch (key) {
    case OutageSortKey::Start:
        return {u"start_utc"_s, u"id"_s};
    case OutageSortKey::End:
        return {u"COALESCE(end_utc, 253402300800)"_s, u"id"_s};
    case OutageSortKey::Duration:
        return {u"(COALESCE(end_utc, 253402300800) - start_utc)"_s, u"id"_s};
    case OutageSortKey::Service:
        // The unique index outages_identity: its columns order every row.
        return {u"service"_s, u"start_utc"_s, u"COALESCE(end_utc, -1)"_s, u"category"_s,
                u"reference"_s};
    case OutageSortKey::Category:
        return {u"category"_s, u"start_utc"_s, u"id"_s};
    case OutageSortKey::Notice:
        return {u"notice_utc"_s, u"id"_s};
    case OutageSortKey::Reference:
        return {u"reference"_s, u"id"_s};
    case OutageSortKey::Notes:
        return {u"notes"_s, u"id"_s};
    }
    return {u"start_utc"_s, u"id"_s};
}

QString orderBy(OutageSortKey key, Qt::SortOrder order)
{
    const QString direction = order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    QStringList terms = orderTerms(key);
    for (QString &term : terms)
        term += direction;
    return terms.join(u", "_s);
}

// The WHERE clause of a filter and its values, in order.
QString whereClause(const OutageLedgerFilter &filter, QVariantList &values)
{
    QString sql = u"agreement_id = ?"_s;
    values << filter.agreementId;
    if (!filter.service.isEmpty()) {
        sql += u" AND service = ?"_s;
        values << filter.service;
    }
    if (filter.category) {
        sql += u" AND category = ?"_s;
        values << keyOf(*filter.category);
    }
    if (filter.from != OutageRepository::Beginning || filter.to != OutageRepository::End) {
        // Overlapping [from, to), as OutageRepository::list counts them.
        sql += u" AND start_utc < ? AND (start_utc >= ? OR end_utc IS NULL OR end_utc > ?)"_s;
        values << filter.to << filter.from << filter.from;
    }
    return sql;
}

} // namespace

QString OutageLedgerQuery::windowStatement(const OutageLedgerFilter &filter, OutageSortKey key,
                                           Qt::SortOrder order, QVariantList *values)
{
    const QString where = whereClause(filter, *values);
    return u"SELECT %1 FROM outages WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?"_s.arg(
        outageSelectColumns(), where, orderBy(key, order));
}

OutageLedgerQuery::OutageLedgerQuery(Workspace &workspace)
    : m_workspace(workspace)
{}

StorageResult<qint64> OutageLedgerQuery::count(const OutageLedgerFilter &filter) const
{
    using Result = StorageResult<qint64>;
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    if (filter.from >= filter.to)
        return Result::success(0);
    QVariantList values;
    const QString where = whereClause(filter, values);
    const StorageResult<QVariant> n =
        queryValue(m_workspace.database(), m_workspace.path(),
                   u"SELECT count(*) FROM outages WHERE %1"_s.arg(where), values);
    if (!n.ok())
        return Result::failure(n.error);
    return Result::success(n.value->toLongLong());
}

StorageResult<QList<Outage>> OutageLedgerQuery::window(const OutageLedgerFilter &filter,
                                                       OutageSortKey key, Qt::SortOrder order,
                                                       qint64 offset, int limit, qint64 total) const
{
    using Result = StorageResult<QList<Outage>>;
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    if (limit <= 0 || offset < 0 || filter.from >= filter.to)
        return Result::success({});
    // Deep in the second half: the same rows counted from the other end.
    bool reversed = false;
    qint64 skip = offset;
    qint64 take = limit;
    if (total >= 0) {
        const qint64 end = std::min(offset + limit, total);
        if (end <= offset)
            return Result::success({});
        if (offset > total / 2) {
            reversed = true;
            skip = total - end;
            take = end - offset;
        }
    }
    const Qt::SortOrder walk =
        reversed ? (order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder) : order;
    QVariantList values;
    const QString sql = windowStatement(filter, key, walk, &values);
    values << take << skip;
    const QString file = m_workspace.path();
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (const StorageStatus s = execStatement(query, file, sql, values); !s.ok())
        return Result::failure(s.error);
    QList<Outage> rows;
    rows.reserve(take);
    while (query.next()) {
        StorageResult<Outage> row = readOutageRow(query, file);
        if (!row.ok())
            return Result::failure(row.error);
        rows.append(std::move(*row.value));
    }
    if (const StorageStatus s = finishedCleanly(query, file); !s.ok())
        return Result::failure(s.error);
    if (reversed)
        std::reverse(rows.begin(), rows.end());
    return Result::success(rows);
}

StorageResult<QStringList> OutageLedgerQuery::services(const QString &agreementId) const
{
    using Result = StorageResult<QStringList>;
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    const QString file = m_workspace.path();
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    // A skip scan over outages_identity: each next service is one seek past the previous one,
    // however many outages each has.
    if (const StorageStatus s = execStatement(
            query, file,
            u"WITH RECURSIVE s(name) AS ("
            " SELECT min(service) FROM outages WHERE agreement_id = ?"
            " UNION ALL"
            " SELECT (SELECT min(service) FROM outages WHERE agreement_id = ? AND service > name)"
            " FROM s WHERE name IS NOT NULL)"
            " SELECT name FROM s WHERE name IS NOT NULL"_s,
            {agreementId, agreementId});
        !s.ok())
        return Result::failure(s.error);
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    if (const StorageStatus s = finishedCleanly(query, file); !s.ok())
        return Result::failure(s.error);
    return Result::success(names);
}

StorageResult<std::optional<std::pair<qint64, qint64>>>
OutageLedgerQuery::startRange(const QString &agreementId) const
{
    using Range = std::optional<std::pair<qint64, qint64>>;
    using Result = StorageResult<Range>;
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    const QString file = m_workspace.path();
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    // Two seeks into outages_by_start.
    if (const StorageStatus s =
            execStatement(query, file,
                          u"SELECT (SELECT min(start_utc) FROM outages WHERE agreement_id = ?),"
                          " (SELECT max(start_utc) FROM outages WHERE agreement_id = ?)"_s,
                          {agreementId, agreementId});
        !s.ok())
        return Result::failure(s.error);
    Range range;
    if (query.next() && !query.value(0).isNull())
        range = std::pair(query.value(0).toLongLong(), query.value(1).toLongLong());
    if (const StorageStatus s = finishedCleanly(query, file); !s.ok())
        return Result::failure(s.error);
    return Result::success(range);
}

} // namespace termlens
