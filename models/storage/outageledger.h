#pragma once

#include "outage.h"
#include "outagerepository.h"
#include "storageresult.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>
#include <utility>

namespace termlens {

class Workspace;

// Which outages the ledger shows: one agreement's, optionally one service's, one category's,
// and those overlapping [from, to) (a month), all decided in SQL.
struct OutageLedgerFilter
{
    QString agreementId;
    QString service; // empty: every service
    std::optional<OutageCategory> category;
    qint64 from = OutageRepository::Beginning;
    qint64 to = OutageRepository::End;
    friend bool operator==(const OutageLedgerFilter &, const OutageLedgerFilter &) = default;
};

// The orders the ledger sorts by. Each is a total order (ties broken by the row id or by the
// identity columns) backed by an index for the agreement, so a page anywhere in a million rows
// is an index walk, never a sort of the whole table. Notice, reference and notes have no index
// of their own: sorting by them sorts the filtered rows.
enum class OutageSortKey
{
    Start,
    End, // ongoing outages last
    Duration,
    Service,
    Category,
    Notice,
    Reference,
    Notes,
};

// Read-only windows over the outage table for item models that fetch on demand: a count, and
// `limit` rows from any offset of the filtered, sorted rows. Only bound parameters reach SQL.
class OutageLedgerQuery
{
public:
    explicit OutageLedgerQuery(Workspace &workspace);

    StorageResult<qint64> count(const OutageLedgerFilter &filter) const;
    // Rows [offset, offset + limit) in the order asked for. A window in the second half is read
    // from the end in the opposite order, so the last page costs what the first one does.
    StorageResult<QList<Outage>> window(const OutageLedgerFilter &filter, OutageSortKey key,
                                        Qt::SortOrder order, qint64 offset, int limit,
                                        qint64 total = -1) const;
    // The services named by the agreement's stored outages, in order (one index seek each).
    StorageResult<QStringList> services(const QString &agreementId) const;
    // The earliest and the latest start of the agreement's outages (none when it has none).
    StorageResult<std::optional<std::pair<qint64, qint64>>>
    startRange(const QString &agreementId) const;

    // The SELECT behind window(): its filter values go to `values`; LIMIT and OFFSET follow
    // them (tests read its query plan).
    static QString windowStatement(const OutageLedgerFilter &filter, OutageSortKey key,
                                   Qt::SortOrder order, QVariantList *values);

private:
    Workspace &m_workspace;
};

} // namespace termlens
