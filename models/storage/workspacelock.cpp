#include "workspacelock.h"

#include <QFile>
#include <QLockFile>
#include <QSysInfo>
#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace termlens {

namespace {

// A live holder writes its name right after creating the file; one that has not within this
// time is not running.
constexpr unsigned long creationGraceMs = 100;

class FileDescriptor
{
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    {}
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

bool namesThisHostOrNoOne(const QLockFile &lock)
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (lock.getLockInfo(&pid, &host, &app))
        return host.isEmpty() || host == QSysInfo::machineHostName();
    QThread::msleep(creationGraceMs);
    return !lock.getLockInfo(&pid, &host, &app);
}

// Removes the lock file when no one holds an flock on it and it names this host or no one.
// The flock is held while deciding and removing, so no holder can appear in between.
bool removeAbandonedLock(const QLockFile &lock)
{
    const QByteArray name = QFile::encodeName(lock.fileName());
    const FileDescriptor fd(::open(name.constData(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0 || ::flock(fd.get(), LOCK_EX | LOCK_NB) != 0)
        return false;
    return namesThisHostOrNoOne(lock) && ::unlink(name.constData()) == 0;
}

} // namespace

bool tryLockWorkspaceFile(QLockFile &lock)
{
    lock.setStaleLockTime(0);
    if (lock.tryLock(0))
        return true;
    if (lock.error() != QLockFile::LockFailedError || !removeAbandonedLock(lock))
        return false;
    errno = 0;
    return lock.tryLock(0);
}

} // namespace termlens
