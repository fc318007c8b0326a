#include "workspacecopy.h"

#include "sqlerror.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace termlens {

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

StorageError copyError(const QString &target, const QString &reason)
{
    return {target,
            QCoreApplication::translate("Storage", "Could not save a copy here: %1").arg(reason)};
}

// fsync(2) of a file or a directory (the directory, so the rename itself is durable). Returns
// the system's reason on failure, an empty string on success.
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

// VACUUM INTO a new, empty, owner-only file, then fsync it.
StorageStatus writePartial(const Workspace &workspace, const QString &partial,
                           const QString &target)
{
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
        return StorageStatus::failure(copyError(target, file.errorString()));
    file.close();
    file.setPermissions(OwnerOnly); // the umask may have removed bits we need
    QSqlQuery query(workspace.database());
    if (StorageStatus s =
            execStatement(query, workspace.path(), QStringLiteral("VACUUM INTO ?"), {partial});
        !s.ok()) {
        return s;
    }
    if (const QString reason = syncPath(partial, false); !reason.isEmpty())
        return StorageStatus::failure(copyError(target, reason));
    return storageOk();
}

} // namespace

StorageStatus saveWorkspaceCopy(const Workspace &workspace, const QString &target)
{
    const QFileInfo info(target);
    const QString absolute = info.absoluteFilePath();
    if (!workspace.isOpen())
        return StorageStatus::failure(
            copyError(absolute, QCoreApplication::translate("Storage", "no workspace is open.")));
    if (info.exists() &&
        info.canonicalFilePath() == QFileInfo(workspace.path()).canonicalFilePath()) {
        return StorageStatus::failure(copyError(
            absolute, QCoreApplication::translate(
                          "Storage", "this is the open workspace itself; choose another file.")));
    }
    // Replacing a workspace that another TermLens has open would pull it from under it.
    QLockFile lock(absolute + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        return StorageStatus::failure(copyError(
            absolute, QCoreApplication::translate(
                          "Storage", "another TermLens window has this workspace open.")));
    }
    const QString partial = absolute + QStringLiteral(".partial");
    QFile::remove(partial); // a leftover of an earlier crash holds nothing of value
    if (StorageStatus s = writePartial(workspace, partial, absolute); !s.ok()) {
        QFile::remove(partial);
        return s;
    }
    // rename(2) replaces the target atomically (QFile::rename would refuse to).
    if (std::rename(QFile::encodeName(partial).constData(),
                    QFile::encodeName(absolute).constData()) != 0) {
        const QString reason = qt_error_string(errno);
        QFile::remove(partial);
        return StorageStatus::failure(copyError(absolute, reason));
    }
    if (const QString reason = syncPath(info.absolutePath(), true); !reason.isEmpty())
        return StorageStatus::failure(copyError(absolute, reason));
    return storageOk();
}

} // namespace termlens
