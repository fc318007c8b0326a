#include "agreementsnapshot.h"

#include "sqlerror.h"
#include "sqltransaction.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace termlens {

namespace {

using namespace Qt::StringLiterals;

// Table names come from this fixed list only; the key column names the agreement.
// `numberedRows`: the table's "id" is an INTEGER PRIMARY KEY that nothing refers to, which
// SQLite hands out again once the rows are deleted (max + 1).
struct OwnedTable
{
    QString name;
    QString key;
    bool numberedRows = false;
};

const QList<OwnedTable> &ownedTables()
{
    static const QList<OwnedTable> tables = {
        {u"agreements"_s, u"id"_s},
        {u"documents"_s, u"agreement_id"_s},
        {u"term_values"_s, u"agreement_id"_s},
        {u"subscriptions"_s, u"agreement_id"_s},
        {u"subscription_services"_s, u"agreement_id"_s},
        {u"payments"_s, u"agreement_id"_s, true},
        {u"import_batches"_s, u"agreement_id"_s},
        {u"outages"_s, u"agreement_id"_s, true},
        {u"credit_claims"_s, u"agreement_id"_s},
    };
    return tables;
}

const OwnedTable *ownedTable(const QString &name)
{
    for (const OwnedTable &table : ownedTables()) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

StorageResult<SnapshotTable> readTable(const QSqlDatabase &db, const QString &file,
                                       const OwnedTable &table, const QString &id)
{
    using Result = StorageResult<SnapshotTable>;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The row id keeps outages and payments in the order they were stored.
    const QString sql =
        u"SELECT * FROM %1 WHERE %2 = ? ORDER BY rowid"_s.arg(table.name, table.key);
    if (const StorageStatus s = execStatement(query, file, sql, {id}); !s.ok())
        return Result::failure(s.error);
    SnapshotTable result{table.name, {}, {}};
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        result.columns << record.fieldName(i);
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < record.count(); ++i)
            row << query.value(i);
        result.rows << row;
    }
    if (const StorageStatus s = finishedCleanly(query, file); !s.ok())
        return Result::failure(s.error);
    return Result::success(result);
}

StorageResult<QList<AgreementSnapshot>> readSnapshots(const QSqlDatabase &db, const QString &file,
                                                      const QStringList &ids)
{
    using Result = StorageResult<QList<AgreementSnapshot>>;
    QList<AgreementSnapshot> snapshots;
    for (const QString &id : ids) {
        AgreementSnapshot snapshot{id, {}};
        for (const OwnedTable &table : ownedTables()) {
            StorageResult<SnapshotTable> read = readTable(db, file, table, id);
            if (!read.ok())
                return Result::failure(read.error);
            snapshot.tables << std::move(*read.value);
        }
        if (snapshot.rowCount(u"agreements"_s) > 0)
            snapshots << snapshot;
    }
    return Result::success(snapshots);
}

StorageStatus deleteAgreements(const QSqlDatabase &db, const QString &file, const QStringList &ids)
{
    QSqlQuery query(db);
    if (const StorageStatus s = prepareQuery(query, file, u"DELETE FROM agreements WHERE id = ?"_s);
        !s.ok())
        return s;
    for (const QString &id : ids) {
        if (const StorageStatus s = execQuery(query, file, {id}); !s.ok())
            return s;
    }
    return storageOk();
}

// Whether a row of a numbered table already holds `id` (another agreement's row took the number
// after the snapshot's rows were deleted).
StorageResult<bool> idTaken(QSqlQuery &query, const QString &file, const QVariant &id)
{
    if (const StorageStatus s = execQuery(query, file, {id}); !s.ok())
        return StorageResult<bool>::failure(s.error);
    const bool taken = query.next();
    query.finish();
    return StorageResult<bool>::success(taken);
}

StorageStatus insertTable(const QSqlDatabase &db, const QString &file, const SnapshotTable &table,
                          const OwnedTable &owned)
{
    if (table.rows.isEmpty())
        return storageOk();
    // Rows keep their numbers, unless one was given to another row meanwhile: then the row
    // gets a new one (nothing refers to these numbers).
    const qsizetype idColumn = owned.numberedRows ? table.columns.indexOf(u"id"_s) : -1;
    QSqlQuery taken(db);
    if (idColumn >= 0) {
        if (const StorageStatus s = prepareQuery(
                taken, file, u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(quoted(owned.name)));
            !s.ok())
            return s;
    }
    QStringList columns;
    QStringList marks;
    for (const QString &column : table.columns) {
        columns << quoted(column);
        marks << u"?"_s;
    }
    QSqlQuery query(db);
    if (const StorageStatus s =
            prepareQuery(query, file,
                         u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                             quoted(table.table), columns.join(u", "_s), marks.join(u", "_s)));
        !s.ok())
        return s;
    for (QVariantList row : table.rows) {
        if (idColumn >= 0) {
            const StorageResult<bool> used = idTaken(taken, file, row.at(idColumn));
            if (!used.ok())
                return StorageStatus::failure(used.error);
            if (*used.value)
                row[idColumn] = QVariant(QMetaType(QMetaType::LongLong)); // NULL: a new number
        }
        if (const StorageStatus s = execQuery(query, file, row); !s.ok())
            return s;
    }
    return storageOk();
}

} // namespace

qsizetype AgreementSnapshot::rowCount(const QString &table) const
{
    for (const SnapshotTable &t : tables) {
        if (t.table == table)
            return t.rows.size();
    }
    return 0;
}

QStringList agreementOwnedTables()
{
    QStringList names;
    for (const OwnedTable &table : ownedTables())
        names << table.name;
    return names;
}

QStringList agreementTermTables()
{
    return {u"agreements"_s, u"documents"_s, u"term_values"_s};
}

AgreementSnapshot withTermsOf(const AgreementSnapshot &terms, const AgreementSnapshot &rest)
{
    const QStringList termTables = agreementTermTables();
    AgreementSnapshot merged{rest.agreementId, {}};
    for (const OwnedTable &owned : ownedTables()) {
        const AgreementSnapshot &from = termTables.contains(owned.name) ? terms : rest;
        for (const SnapshotTable &table : from.tables) {
            if (table.table == owned.name)
                merged.tables << table;
        }
    }
    return merged;
}

StorageResult<QList<AgreementSnapshot>> snapshotAgreements(Workspace &workspace,
                                                           const QStringList &ids)
{
    using Result = StorageResult<QList<AgreementSnapshot>>;
    if (const StorageStatus open = workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    return readSnapshots(workspace.database(), workspace.path(), ids);
}

StorageResult<QList<AgreementSnapshot>> removeAgreements(Workspace &workspace,
                                                         const QStringList &ids)
{
    using Result = StorageResult<QList<AgreementSnapshot>>;
    if (const StorageStatus open = workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    const QSqlDatabase db = workspace.database();
    const QString file = workspace.path();
    SqlTransaction transaction(db, file);
    if (const StorageStatus s = transaction.begin(); !s.ok())
        return Result::failure(s.error);
    StorageResult<QList<AgreementSnapshot>> snapshots = readSnapshots(db, file, ids);
    if (!snapshots.ok())
        return snapshots;
    if (const StorageStatus s = deleteAgreements(db, file, ids); !s.ok())
        return Result::failure(s.error);
    if (const StorageStatus s = transaction.commit(); !s.ok())
        return Result::failure(s.error);
    return snapshots;
}

StorageStatus restoreAgreements(Workspace &workspace, const QStringList &removeIds,
                                const QList<AgreementSnapshot> &snapshots)
{
    if (const StorageStatus open = workspace.checkOpen(); !open.ok())
        return open;
    const QSqlDatabase db = workspace.database();
    const QString file = workspace.path();
    SqlTransaction transaction(db, file);
    StorageStatus status = transaction.begin();
    if (status.ok())
        status = deleteAgreements(db, file, removeIds);
    for (const AgreementSnapshot &snapshot : snapshots) {
        for (const SnapshotTable &table : snapshot.tables) {
            const OwnedTable *owned = ownedTable(table.table);
            if (status.ok() && owned)
                status = insertTable(db, file, table, *owned);
        }
    }
    if (status.ok())
        status = transaction.commit();
    return status; // on failure the transaction's destructor rolls back
}

} // namespace termlens
