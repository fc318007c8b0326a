#pragma once

#include "storageresult.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace termlens {

// The session backup of the desktop app, off the GUI thread: start() copies the workspace file
// on a worker thread with connections of its own (copyWorkspaceBackup in workspacebackup.h),
// so the window stays responsive while a large workspace is copied. progressed() reports the
// share copied; finished() gives the result on the GUI thread. cancel() stops the copy between
// two steps and waits for the worker; nothing of the copy is left. The destructor cancels.
class SessionBackup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionBackup)

public:
    explicit SessionBackup(QObject *parent = nullptr);
    ~SessionBackup() override;

    // Starts copying `file` (schema version `version`); false while a copy is running.
    bool start(const QString &file, int version);
    bool isRunning() const;
    // The file being backed up (empty when idle).
    QString file() const;
    // Stops a running copy and waits for its worker (no finished() for it); true when one was
    // running.
    bool cancel();
    // Waits for a running copy to end and delivers its finished() before returning.
    void waitForFinished();

signals:
    // Percent of the file copied, 0..100.
    void progressed(int percent);
    // The backup's path, or why it could not be written.
    void finished(const termlens::StorageResult<QString> &result);

private:
    void deliver(quint64 job);

    QThread *m_thread = nullptr;
    QString m_file;
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_percent{-1};
    StorageResult<QString> m_result;
    quint64 m_job = 0;
};

} // namespace termlens
