#pragma once

#include "storageresult.h"

#include <QString>

namespace termlens {

class Workspace;

// File > Save a Copy: writes a consistent copy of the open workspace to `target` (VACUUM INTO
// with the path bound, never spliced into SQL), mode 0600, synced, then renamed over the
// target in one step, so the target is either the old file or the whole copy. Refuses the
// open workspace's own file and a target another TermLens has open (its lock is held). Must
// run outside a transaction. The open workspace stays open and unchanged.
StorageStatus saveWorkspaceCopy(const Workspace &workspace, const QString &target);

} // namespace termlens
