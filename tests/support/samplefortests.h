#pragma once

#include "sampleworkspace.h"

#include <QSettings>
#include <QStandardPaths>
#include <QString>

// The start of every window test: settings in Qt Test's own folder, emptied, and the built-in
// sample workspace written to `file` and closed again (the windows under test take its lock).
// Returns what went wrong, or an empty string.
inline QString prepareSampleForWindows(const QString &file)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const termlens::StorageResult<termlens::Workspace> created =
        termlens::createSampleWorkspace(file);
    return created.ok() ? QString() : created.error.toString();
}
