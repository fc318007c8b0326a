#include "activeplaybook.h"

#include "playbookrepository.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFile>

namespace termlens {

namespace {

const QString ActiveKey = QStringLiteral("playbook/active");

} // namespace

Playbook defaultPlaybook()
{
    QFile file(QStringLiteral(":/playbook/default.playbook.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parsePlaybook(file.readAll()).playbook.value_or(Playbook());
}

StorageResult<Playbook> activePlaybook(Workspace &workspace)
{
    const StorageResult<QString> id = workspace.setting(ActiveKey);
    if (!id.ok())
        return StorageResult<Playbook>::failure(id.error);
    if (id.value->isEmpty())
        return StorageResult<Playbook>::success(defaultPlaybook());
    const StorageResult<std::optional<StoredPlaybook>> stored =
        PlaybookRepository(workspace).load(*id.value);
    if (!stored.ok())
        return StorageResult<Playbook>::failure(stored.error);
    if (!*stored.value)
        return StorageResult<Playbook>::success(defaultPlaybook());
    PlaybookParseResult parsed = parsePlaybook((*stored.value)->json);
    if (!parsed.playbook) {
        return StorageResult<Playbook>::failure(
            {workspace.path(),
             QCoreApplication::translate("ActivePlaybook",
                                         "The playbook “%1” stored in this workspace cannot be "
                                         "read: %2")
                 .arg((*stored.value)->name,
                      parsed.issues.isEmpty() ? QString() : parsed.issues.first().toString())});
    }
    return StorageResult<Playbook>::success(std::move(*parsed.playbook));
}

StorageStatus setActivePlaybook(Workspace &workspace, const QString &playbookId)
{
    return workspace.setSetting(ActiveKey, playbookId);
}

} // namespace termlens
