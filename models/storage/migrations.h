#pragma once

#include "storageresult.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace termlens {

// One schema version as data: the statements that bring version-1 to `version`. Statements
// are portable SQL (TEXT/INTEGER columns, ON CONFLICT, expression indexes) so a PostgreSQL
// backend can replay them later.
struct MigrationStep
{
    int version = 0;
    QStringList statements;
};

struct MigrationReport
{
    int fromVersion = 0;
    int toVersion = 0;
    QString backupPath; // empty when no backup was needed (nothing to migrate, or an empty file)
};

// The workspace schema, versioned through PRAGMA user_version. All pending steps run in one
// BEGIN IMMEDIATE transaction together with their user_version bumps, so a workspace is always
// at exactly one version; any failure rolls the whole upgrade back and leaves the file as it
// was, still at its old version.
class Migrations
{
public:
    Migrations(); // the schema this version of TermLens writes
    explicit Migrations(QList<MigrationStep> steps);

    const QList<MigrationStep> &steps() const { return m_steps; }
    int latestVersion() const;

    static StorageResult<int> userVersion(const QSqlDatabase &db, const QString &file);

    // Brings the workspace to latestVersion(). A workspace that already holds anything is
    // backed up first (writeWorkspaceBackup). A workspace newer than latestVersion() is refused
    // and not touched.
    StorageResult<MigrationReport> migrate(const QSqlDatabase &db, const QString &file) const;

private:
    StorageStatus checkSteps(const QString &file) const;
    StorageStatus applySteps(const QSqlDatabase &db, const QString &file, int fromVersion) const;
    static StorageError afterFailedStep(const QSqlDatabase &db, const QString &file,
                                        const MigrationReport &report, StorageError error);

    QList<MigrationStep> m_steps;
};

} // namespace termlens
