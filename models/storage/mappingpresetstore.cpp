#include "mappingpresetstore.h"

#include "workspace.h"

#include <QCoreApplication>

namespace termlens {

MappingPresetStore::MappingPresetStore(Workspace &workspace)
    : m_workspace(workspace)
{}

StorageResult<QList<MappingPreset>> MappingPresetStore::saved() const
{
    using Result = StorageResult<QList<MappingPreset>>;
    const StorageResult<QString> text = m_workspace.setting(settingKey());
    if (!text.ok())
        return Result::failure(text.error);
    if (text.value->isEmpty())
        return Result::success({});
    QString why;
    const auto presets = mappingPresetsFromJson(text.value->toUtf8(), &why);
    if (!presets)
        return Result::failure({m_workspace.path(), why});
    return Result::success(*presets);
}

StorageResult<QList<MappingPreset>> MappingPresetStore::all() const
{
    const auto user = saved();
    if (!user.ok())
        return user;
    return StorageResult<QList<MappingPreset>>::success(builtinMappingPresets() + *user.value);
}

StorageStatus MappingPresetStore::save(const MappingPreset &preset)
{
    const QStringList problems = validateMappingPreset(preset);
    if (!problems.isEmpty())
        return StorageStatus::failure({m_workspace.path(), problems.join(u' ')});
    if (findMappingPreset(builtinMappingPresets(), preset.name))
        return StorageStatus::failure(
            {m_workspace.path(),
             QCoreApplication::translate("MappingPreset",
                                         "\"%1\" is the name of a built-in mapping; choose "
                                         "another name.")
                 .arg(preset.name)});
    auto presets = saved();
    if (!presets.ok())
        return StorageStatus::failure(presets.error);
    MappingPreset stored = preset;
    stored.name = preset.name.trimmed();
    stored.builtIn = false;
    bool replaced = false;
    for (MappingPreset &p : *presets.value) {
        if (p.name.compare(stored.name, Qt::CaseInsensitive) == 0) {
            p = stored;
            replaced = true;
        }
    }
    if (!replaced)
        presets.value->append(stored);
    return write(*presets.value);
}

StorageResult<bool> MappingPresetStore::remove(const QString &name)
{
    auto presets = saved();
    if (!presets.ok())
        return StorageResult<bool>::failure(presets.error);
    const qsizetype removed = presets.value->removeIf([&](const MappingPreset &p) {
        return p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
    });
    if (removed == 0)
        return StorageResult<bool>::success(false);
    if (const StorageStatus s = write(*presets.value); !s.ok())
        return StorageResult<bool>::failure(s.error);
    return StorageResult<bool>::success(true);
}

StorageStatus MappingPresetStore::write(const QList<MappingPreset> &presets)
{
    return m_workspace.setSetting(settingKey(), QString::fromUtf8(mappingPresetsToJson(presets)));
}

} // namespace termlens
