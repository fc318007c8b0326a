#pragma once

#include "mappingpreset.h"
#include "storageresult.h"

#include <QList>
#include <QString>

namespace termlens {

class Workspace;

// The column mappings a user saved in a workspace (its settings table, one JSON list under
// one key), beside the built-in ones. A saved preset may not take a built-in preset's name.
class MappingPresetStore
{
public:
    explicit MappingPresetStore(Workspace &workspace);

    // The user's presets, in the order saved.
    StorageResult<QList<MappingPreset>> saved() const;
    // Built-in presets first, then the user's.
    StorageResult<QList<MappingPreset>> all() const;
    // Adds the preset, or replaces the saved one of the same name (without case). Refuses an
    // invalid preset (validateMappingPreset) and a built-in preset's name.
    StorageStatus save(const MappingPreset &preset);
    StorageResult<bool> remove(const QString &name);

    static QString settingKey() { return QStringLiteral("outageImport/mappingPresets"); }

private:
    StorageStatus write(const QList<MappingPreset> &presets);

    Workspace &m_workspace;
};

} // namespace termlens
