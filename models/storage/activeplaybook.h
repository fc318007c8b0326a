#pragma once

#include "playbook.h"
#include "storageresult.h"

namespace termlens {

class Workspace;

// The playbook every screen and the report score agreements against: the workspace's chosen
// one (setting "playbook/active" naming a stored playbook), else the default playbook shipped
// in the resources (:/playbook/default.playbook.json). A stored playbook that no longer parses
// is an error naming the playbook, not a silent fall-back.
StorageResult<Playbook> activePlaybook(Workspace &workspace);
// Makes a stored playbook the active one (an empty id goes back to the default).
StorageStatus setActivePlaybook(Workspace &workspace, const QString &playbookId);
// The shipped default, parsed (it is validated by tests, so this cannot fail at run time).
Playbook defaultPlaybook();

} // namespace termlens
