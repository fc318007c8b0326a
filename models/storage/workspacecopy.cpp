#include "workspacecopy.h"

#include "workspace.h"
#include "workspacebackup.h"
#include "workspacelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <cerrno>
#include <cstdio>

namespace termlens {

namespace {

StorageError copyError(const QString &target, const QString &reason)
{
    return {target,
            QCoreApplication::translate("Storage", "Could not save a copy here: %1").arg(reason)};
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
    if (!info.absoluteDir().exists())
        return StorageStatus::failure(copyError(
            absolute, QCoreApplication::translate("Storage", "the folder %1 does not exist.")
                          .arg(info.absolutePath())));
    // Replacing a workspace that another TermLens has open would pull it from under it.
    QLockFile lock(absolute + QStringLiteral(".lock"));
    errno = 0; // QLockFile keeps no reason; errno still holds its open()'s or write()'s
    if (!tryLockWorkspaceFile(lock)) {
        const int reason = errno;
        if (lock.error() == QLockFile::LockFailedError)
            return StorageStatus::failure(copyError(
                absolute, QCoreApplication::translate(
                              "Storage", "another TermLens window has this workspace open.")));
        return StorageStatus::failure(copyError(
            absolute,
            QCoreApplication::translate("Storage", "could not create the lock file %1 "
                                                   "(%2).")
                .arg(lock.fileName(), reason != 0 ? qt_error_string(reason)
                                                  : QCoreApplication::translate(
                                                        "Storage", "the system gave no reason"))));
    }
    const QString partial = absolute + QStringLiteral(".partial");
    QFile::remove(partial); // a leftover of an earlier crash holds nothing of value
    if (const QString reason = vacuumIntoNewFile(workspace.database(), partial); !reason.isEmpty())
        return StorageStatus::failure(copyError(absolute, reason));
    // rename(2) replaces the target atomically (QFile::rename would refuse to).
    if (std::rename(QFile::encodeName(partial).constData(),
                    QFile::encodeName(absolute).constData()) != 0) {
        const QString reason = qt_error_string(errno);
        QFile::remove(partial);
        return StorageStatus::failure(copyError(absolute, reason));
    }
    // The copy is whole and in place; syncing the folder only makes its new name survive a
    // power cut. Like SQLite with its own folder syncs, a failure here is not the copy's.
    (void)syncPath(info.absolutePath(), true);
    return storageOk();
}

} // namespace termlens
