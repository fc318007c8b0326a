#pragma once

#include "outage.h"
#include "storageresult.h"

#include <QList>
#include <QString>

#include <functional>
#include <limits>

class QSqlQuery;

namespace termlens {

class Workspace;

// The columns every outage SELECT reads, in the order readOutageRow() expects them.
QString outageSelectColumns();
// The outage in the current row of a query over outageSelectColumns().
StorageResult<Outage> readOutageRow(const QSqlQuery &query, const QString &file);

struct OutageBatchResult
{
    qsizetype inserted = 0;
    qsizetype duplicates = 0; // identical to a stored outage or to an earlier one of the batch
    friend bool operator==(const OutageBatchResult &, const OutageBatchResult &) = default;
};

// One imported file, recorded with the outages it brought (their source is the batch id).
struct ImportBatch
{
    QString id;
    QString agreementId;
    QString fileName;
    QString sha256; // hex
    qint64 importedUtc = 0;
    qsizetype rows = 0;
    friend bool operator==(const ImportBatch &, const ImportBatch &) = default;
};

// Where a chunked read stopped: the (start, id) of the last outage returned.
struct OutageCursor
{
    qint64 start = std::numeric_limits<qint64>::min();
    qint64 id = 0;
};

// Outages of agreements. Two outages are the same when agreement, service, start, end,
// category and reference agree; storing one again is a no-op (the import rule of
// INTERFACES.md §2). Ranges are half-open [from, to) in UTC seconds; an outage is in a range
// when it overlaps it (an ongoing one reaches to the end of time).
class OutageRepository
{
public:
    static constexpr qint64 Beginning = std::numeric_limits<qint64>::min();
    static constexpr qint64 End = std::numeric_limits<qint64>::max();
    static QString manualSource() { return QStringLiteral("manual"); }

    explicit OutageRepository(Workspace &workspace);

    // Stores the outages in one transaction, all or none. `source` is "manual" or an import
    // batch id.
    StorageResult<OutageBatchResult> addBatch(const QList<Outage> &outages,
                                              const QString &source = manualSource());
    // The same, recording the import itself in the same transaction.
    StorageResult<OutageBatchResult> addImport(const ImportBatch &batch,
                                               const QList<Outage> &outages);
    StorageResult<QList<ImportBatch>> importBatches(const QString &agreementId) const;

    // Ordered by start, then id. An empty `service` means every service.
    StorageResult<QList<Outage>> list(const QString &agreementId, qint64 from = Beginning,
                                      qint64 to = End, const QString &service = {}) const;
    // The same rows streamed through a forward-only statement, one at a time, so a million
    // outages never sit in memory at once. `visit` returns false to stop early.
    StorageStatus forEach(const QString &agreementId, qint64 from, qint64 to,
                          const std::function<bool(const Outage &)> &visit,
                          const QString &service = {}) const;
    // Up to `limit` outages after `after` in (start, id) order (for models that fetch more).
    StorageResult<QList<Outage>> page(const QString &agreementId, const OutageCursor &after,
                                      int limit) const;
    StorageResult<qint64> count(const QString &agreementId, qint64 from = Beginning,
                                qint64 to = End) const;
    StorageResult<std::optional<Outage>> find(qint64 id) const;
    // Replaces the stored outage with the same id; false when there is none.
    StorageResult<bool> update(const Outage &outage);
    StorageResult<bool> remove(qint64 id);

private:
    StorageResult<OutageBatchResult> insertAll(const QList<Outage> &outages, const QString &source,
                                               const ImportBatch *batch);

    Workspace &m_workspace;
};

} // namespace termlens
