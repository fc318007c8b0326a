#include "migrations.h"

#include "schema.h"
#include "sqlerror.h"
#include "sqltransaction.h"
#include "workspacebackup.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

namespace termlens {

Migrations::Migrations()
    : m_steps(workspaceSchema())
{}

Migrations::Migrations(QList<MigrationStep> steps)
    : m_steps(std::move(steps))
{}

int Migrations::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.constLast().version;
}

StorageResult<int> Migrations::userVersion(const QSqlDatabase &db, const QString &file)
{
    const StorageResult<QVariant> value =
        queryValue(db, file, QStringLiteral("PRAGMA user_version"));
    if (!value.ok())
        return StorageResult<int>::failure(value.error);
    return StorageResult<int>::success(value.value->toInt());
}

StorageStatus Migrations::checkSteps(const QString &file) const
{
    int previous = 0;
    for (const MigrationStep &step : m_steps) {
        if (step.version <= previous) {
            return StorageStatus::failure(
                {file, QCoreApplication::translate("Storage",
                                                   "Schema step %1 is out of order (after %2).")
                           .arg(step.version)
                           .arg(previous)});
        }
        previous = step.version;
    }
    return storageOk();
}

StorageStatus Migrations::applySteps(const QSqlDatabase &db, const QString &file,
                                     int fromVersion) const
{
    int reached = fromVersion;
    const auto failed = [&](const StorageError &error) {
        return StorageStatus::failure(
            {file, QCoreApplication::translate("Storage",
                                               "Could not upgrade the workspace to version %1; it "
                                               "was left at version %2, unchanged. %3")
                       .arg(reached)
                       .arg(fromVersion)
                       .arg(error.message)});
    };
    // One transaction for every pending step: a failure in any of them leaves the file as it
    // was, at its old version, byte for byte (SQLite rolls back DDL too).
    SqlTransaction transaction(db, file);
    if (const StorageStatus begun = transaction.begin(); !begun.ok())
        return failed(begun.error);
    for (const MigrationStep &step : m_steps) {
        if (step.version <= fromVersion)
            continue;
        reached = step.version;
        QStringList statements = step.statements;
        // The version is an integer from this program, not data: PRAGMA takes no bound values.
        statements << QStringLiteral("PRAGMA user_version = %1").arg(step.version);
        for (const QString &sql : std::as_const(statements)) {
            QSqlQuery query(db);
            if (const StorageStatus status = execStatement(query, file, sql); !status.ok())
                return failed(status.error); // the transaction's destructor rolls back
        }
    }
    if (const StorageStatus committed = transaction.commit(); !committed.ok())
        return failed(committed.error);
    return storageOk();
}

// A step failed and rolled back. When the workspace is still at the version it had, its backup
// is an identical copy nobody needs and is removed; otherwise (an earlier step went through)
// the message says where the backup is.
StorageError Migrations::afterFailedStep(const QSqlDatabase &db, const QString &file,
                                         const MigrationReport &report, StorageError error)
{
    if (report.backupPath.isEmpty())
        return error;
    const StorageResult<int> now = userVersion(db, file);
    if (now.ok() && *now.value == report.fromVersion && QFile::remove(report.backupPath))
        return error;
    error.message += u' ' + QCoreApplication::translate("Storage", "The workspace as it was "
                                                                   "before is kept in %1.")
                                .arg(report.backupPath);
    return error;
}

StorageResult<MigrationReport> Migrations::migrate(const QSqlDatabase &db,
                                                   const QString &file) const
{
    using Result = StorageResult<MigrationReport>;
    if (const StorageStatus checked = checkSteps(file); !checked.ok())
        return Result::failure(checked.error);
    const StorageResult<int> current = userVersion(db, file);
    if (!current.ok())
        return Result::failure(current.error);
    MigrationReport report{*current.value, latestVersion(), {}};
    if (report.fromVersion > report.toVersion) {
        return Result::failure(
            {file, QCoreApplication::translate("Storage",
                                               "The workspace was written by a newer version of "
                                               "TermLens (schema version %1; this version knows "
                                               "up to %2). It was left untouched.")
                       .arg(report.fromVersion)
                       .arg(report.toVersion)});
    }
    if (report.fromVersion == report.toVersion)
        return Result::success(report);

    const StorageResult<QVariant> objects =
        queryValue(db, file, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!objects.ok())
        return Result::failure(objects.error);
    if (objects.value->toLongLong() > 0) {
        const StorageResult<QString> backup = writeWorkspaceBackup(db, file, report.fromVersion);
        if (!backup.ok())
            return Result::failure(backup.error);
        report.backupPath = *backup.value;
    }
    if (const StorageStatus applied = applySteps(db, file, report.fromVersion); !applied.ok())
        return Result::failure(afterFailedStep(db, file, report, applied.error));
    return Result::success(report);
}

} // namespace termlens
