#pragma once

#include "outage.h"
#include "storageresult.h"

#include <QList>
#include <QString>

namespace termlens {

class Workspace;

// The outages of one agreement overlapping [from, to), ordered by start, read for the engine:
// every column it uses (id, service, start, end, category, notice, reference; not the notes), and
// each service name one shared string, so the engine's service filter compares pointers. The
// credits of many months come from one scan (computeMonthlyCreditsRange). On SQLite it steps the
// statement through the driver's own handle, bound parameters as always; on any other driver
// through QSqlQuery.
// References only name records in itemised working lines ("Record INC-7"): computations that
// itemise none (AvailabilityInput::itemisedLimit 0, the credits of many months) skip them, one
// string less to decode per row.
enum class OutageReferences
{
    Read,
    Skip,
};

StorageResult<QList<Outage>> scanOutages(Workspace &workspace, const QString &agreementId,
                                         qint64 from, qint64 to,
                                         OutageReferences references = OutageReferences::Read);

} // namespace termlens
