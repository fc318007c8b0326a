#pragma once

#include "storageresult.h"
#include "termsheet.h"

#include <QList>

namespace termlens {

class Workspace;

// Stores several term sheets as one import: all or none. An agreement whose id is stored
// already is replaced (its outages, subscription and claims are kept). Returns, per sheet,
// whether it replaced a stored agreement.
StorageResult<QList<bool>> saveAgreements(Workspace &workspace, const QList<TermSheet> &sheets);

} // namespace termlens
