#include "sessionbackup.h"

#include "workspacebackup.h"

#include <QThread>

namespace termlens {

SessionBackup::SessionBackup(QObject *parent)
    : QObject(parent)
{}

SessionBackup::~SessionBackup()
{
    cancel();
}

bool SessionBackup::start(const QString &file, int version)
{
    if (m_thread)
        return false;
    m_file = file;
    m_cancel = false;
    m_percent = -1;
    m_result = {};
    const quint64 job = ++m_job;
    m_thread = QThread::create([this, file, version, job] {
        const auto progress = [this, job](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            if (m_percent.exchange(percent) == percent)
                return;
            QMetaObject::invokeMethod(
                this,
                [this, job, percent] {
                    if (job == m_job && m_thread)
                        emit progressed(percent);
                },
                Qt::QueuedConnection);
        };
        // Read by deliver() on the GUI thread only after this thread has finished.
        m_result = copyWorkspaceBackup(file, version, &m_cancel, progress);
    });
    m_thread->setObjectName(QStringLiteral("termlens-session-backup"));
    connect(m_thread, &QThread::finished, this, [this, job] { deliver(job); });
    m_thread->start(QThread::LowPriority);
    return true;
}

bool SessionBackup::isRunning() const
{
    return m_thread != nullptr;
}

QString SessionBackup::file() const
{
    return m_file;
}

bool SessionBackup::cancel()
{
    if (!m_thread)
        return false;
    m_cancel = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_file.clear();
    ++m_job; // its queued finished and progress notices are dropped
    return true;
}

void SessionBackup::waitForFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    deliver(m_job);
}

void SessionBackup::deliver(quint64 job)
{
    if (job != m_job || !m_thread)
        return;
    m_thread->wait(); // finished() is emitted just before the thread really ends
    m_thread->deleteLater();
    m_thread = nullptr;
    m_file.clear();
    ++m_job;
    const StorageResult<QString> result = std::move(m_result);
    m_result = {};
    emit finished(result);
}

} // namespace termlens
