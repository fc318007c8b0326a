#include "workspacebackup.h"

#include "sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace termlens {

namespace {

StorageError fileError(const QString &file, const QString &backup, const QString &reason)
{
    return {file, QCoreApplication::translate("Storage", "Could not write the backup %1: %2")
                      .arg(backup, reason)};
}

// A name no earlier backup uses: two migrations in the same second get "-2", "-3", ...
QString freeBackupName(const QString &file, int version)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString base = QStringLiteral("%1.backup-v%2-%3").arg(file).arg(version).arg(stamp);
    QString name = base;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral(".partial"));
         ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

} // namespace

QString syncPath(const QString &path, bool directory)
{
    const QByteArray native = QFile::encodeName(path);
    const int flags = (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC;
    const int fd = ::open(native.constData(), flags);
    if (fd < 0)
        return qt_error_string(errno);
    QString reason;
    if (::fsync(fd) != 0)
        reason = qt_error_string(errno);
    ::close(fd);
    return reason;
}

QString vacuumIntoNewFile(const QSqlDatabase &db, const QString &partial)
{
    // VACUUM INTO accepts an existing empty file: creating it first gives it mode 0600 and
    // refuses to clobber anything.
    QFile target(partial);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
        return target.errorString();
    target.close();
    target.setPermissions(OwnerOnly); // the umask may have removed bits we need
    QString reason;
    {
        QSqlQuery query(db);
        // The file name is bound, never spliced into the SQL: VACUUM INTO takes an expression.
        const StorageStatus status =
            execStatement(query, {}, QStringLiteral("VACUUM INTO ?"), {partial});
        if (!status.ok())
            reason = status.error.message;
    }
    if (reason.isEmpty())
        reason = syncPath(partial, false);
    if (!reason.isEmpty())
        QFile::remove(partial);
    return reason;
}

StorageResult<QString> writeWorkspaceBackup(const QSqlDatabase &db, const QString &file,
                                            int version)
{
    using Result = StorageResult<QString>;
    const QString backup = freeBackupName(file, version);
    const QString partial = backup + QStringLiteral(".partial");
    if (const QString reason = vacuumIntoNewFile(db, partial); !reason.isEmpty())
        return Result::failure(fileError(file, partial, reason));
    QFile target(partial);
    if (!target.rename(backup)) { // QFile::rename never replaces an existing file
        const QString reason = target.errorString();
        QFile::remove(partial);
        return Result::failure(fileError(file, backup, reason));
    }
    if (const QString reason = syncPath(QFileInfo(backup).absolutePath(), true); !reason.isEmpty())
        return Result::failure(fileError(file, backup, reason));
    return Result::success(backup);
}

} // namespace termlens
