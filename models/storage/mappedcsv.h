#pragma once

#include "mappingpreset.h"
#include "outagecsv.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace termlens {

// Where the outages of an import belong, and which service takes records that name none.
struct OutageImportTarget
{
    QString agreementId;
    // Non-empty: only this service's records are imported, and records that name no service
    // are this service's (the CLI's --service).
    QString onlyService;
    // Records that name no service, when onlyService is empty (the agreement's first service).
    QString defaultService;

    QString serviceForUnnamed() const
    {
        return onlyService.isEmpty() ? defaultService : onlyService;
    }
};

// Any CSV read through a column mapping (mappingpreset.h). Every row is checked and every
// problem reported with its line, the file's own column name and the reason; no outage is
// returned when any row is wrong (as parseNativeOutageCsv). Rows the mapping's filter leaves
// out, rows of other services (onlyService) and zero-length records (monitoring tools log
// them for blips shorter than their interval) are counted in `skipped`.
OutageParseResult parseMappedCsv(const QByteArray &bytes, const MappingPreset &preset,
                                 const OutageImportTarget &target,
                                 const ImportProgress &progress = {});

// The header fields of a CSV (its first record) with the given delimiter; empty when the file
// cannot be read that far. For choosing columns in a mapping editor.
QStringList csvHeader(const QByteArray &bytes, QChar delimiter = u',');

// The first `count` records of a CSV as text (the header included when it has one).
QList<QStringList> csvFirstRecords(const QByteArray &bytes, QChar delimiter, int count);

} // namespace termlens
