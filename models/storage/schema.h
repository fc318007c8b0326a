#pragma once

#include "migrations.h"

#include <QList>

namespace termlens {

// The application id written into every workspace's header ('TLNS'): a file without it is
// some other program's SQLite database and is never opened or migrated.
inline constexpr qint32 WorkspaceApplicationId = 0x544C4E53;

// The workspace schema as migration steps, oldest first. Add a step to change the schema;
// never edit a step that has shipped.
QList<MigrationStep> workspaceSchema();

} // namespace termlens
