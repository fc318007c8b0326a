#pragma once

#include "importissue.h"
#include "outage.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace termlens {

struct OutageParseResult
{
    QList<Outage> outages; // empty whenever issues is not
    QList<ImportIssue> issues;
    qsizetype rows = 0;     // data rows read
    qsizetype skipped = 0;  // rows read and valid but not for import (another service, a
                            // mapping's filter, a zero-length record, a future maintenance)
    bool cancelled = false; // the progress callback asked to stop
};

// Progress: lines read so far and lines in all; return false to cancel.
using ImportProgress = std::function<bool(qsizetype done, qsizetype total)>;

// The native outage CSV of INTERFACES.md §2:
//   service,start,end,category,notice_given,reference,notes
// Columns may come in any order; all seven must be present and no other. Every row is
// validated and every problem reported (up to MaxIssues) with its line, column and reason; no
// outage is returned when any row is wrong. `agreementId` is set on each outage; a non-empty
// `onlyService` keeps the rows of that service (the CLI's --service).
OutageParseResult parseNativeOutageCsv(const QByteArray &bytes, const QString &agreementId,
                                       const QString &onlyService = {},
                                       const ImportProgress &progress = {});

inline constexpr qsizetype MaxIssues = 200;
inline constexpr qsizetype MaxTextLength = 10000;

} // namespace termlens
