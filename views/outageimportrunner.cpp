#include "outageimportrunner.h"

#include "termsheetfile.h"

#include <QElapsedTimer>
#include <QThread>

namespace termlens {
namespace {

// A million rows of native CSV is about 150 MB; more than this is not an outage history.
constexpr qint64 MaxOutageFileBytes = 512LL * 1024 * 1024;

std::shared_ptr<OutageImportPreview> runPreview(const OutageImportRequest &request,
                                                const ImportProgress &progress)
{
    auto preview = std::make_shared<OutageImportPreview>();
    preview->request = request;
    QString why;
    const std::optional<QByteArray> bytes =
        readLimitedFile(request.filePath, MaxOutageFileBytes, &why);
    if (!bytes) {
        preview->error = why;
        return preview;
    }
    preview->sha256Source = *bytes;
    preview->parsed =
        parseOutageFile(*bytes, request.format, request.preset ? &*request.preset : nullptr,
                        request.target, [&](qsizetype done, qsizetype total) {
                            // Parsing is the first half of the preview's work.
                            return progress(done, total * 2);
                        });
    preview->cancelled = preview->parsed.cancelled;
    if (preview->cancelled || !preview->parsed.issues.isEmpty())
        return preview;
    preview->summary = summarizeImport(preview->parsed);
    ImportConnection connection(request.workspacePath);
    if (const StorageStatus s = connection.open(); !s.ok()) {
        preview->error = s.error.toString();
        return preview;
    }
    const qsizetype n = preview->parsed.outages.size();
    const auto stored =
        countStoredOutages(connection.database(), connection.path(), preview->parsed.outages,
                           [&](qsizetype done, qsizetype) { return progress(n + done, 2 * n); });
    if (!stored.ok())
        preview->error = stored.error.toString();
    else
        preview->alreadyStored = *stored.value;
    preview->cancelled = !progress(1, 1);
    return preview;
}

OutageImportOutcome runImport(const OutageImportPreview &preview, const ImportProgress &progress)
{
    OutageImportOutcome outcome;
    const OutageImportRequest &request = preview.request;
    ImportConnection connection(request.workspacePath);
    if (const StorageStatus s = connection.open(); !s.ok()) {
        outcome.error = s.error.toString();
        return outcome;
    }
    const ImportBatch batch =
        makeImportBatch(request.target.agreementId, request.filePath, preview.sha256Source,
                        preview.parsed.rows, request.nowUtc);
    const auto stored = storeOutageImport(connection.database(), connection.path(), batch,
                                          preview.parsed.outages, progress);
    if (!stored.ok()) {
        outcome.error = stored.error.toString();
        return outcome;
    }
    outcome.stored = *stored.value;
    outcome.cancelled = stored.value->cancelled;
    outcome.ok = !outcome.cancelled;
    return outcome;
}

} // namespace

OutageImportRunner::OutageImportRunner(QObject *parent)
    : QObject(parent)
{}

OutageImportRunner::~OutageImportRunner()
{
    cancel();
    wait();
}

bool OutageImportRunner::isRunning() const
{
    return m_thread != nullptr;
}

void OutageImportRunner::cancel()
{
    m_cancel = true;
}

void OutageImportRunner::wait()
{
    if (m_thread)
        m_thread->wait();
}

// Called in the worker thread: at most ~20 signals a second, and the answer to "go on?".
bool OutageImportRunner::reportProgress(qsizetype done, qsizetype total)
{
    static thread_local QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    const qint64 now = clock.elapsed();
    if (done >= total || now - m_lastReport >= 50) {
        m_lastReport = now;
        QMetaObject::invokeMethod(
            this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
    }
    return !m_cancel;
}

void OutageImportRunner::launch(std::function<void()> work, void (OutageImportRunner::*done)())
{
    Q_ASSERT(!m_thread);
    m_cancel = false;
    m_lastReport = 0;
    m_thread = QThread::create(std::move(work));
    connect(m_thread, &QThread::finished, this, [this, done] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit(this->*done)();
    });
    m_thread->start();
}

void OutageImportRunner::startPreview(const OutageImportRequest &request)
{
    m_preview.reset();
    launch(
        [this, request] {
            m_preview = runPreview(
                request, [this](qsizetype d, qsizetype t) { return reportProgress(d, t); });
        },
        &OutageImportRunner::previewFinished);
}

void OutageImportRunner::startImport(std::shared_ptr<const OutageImportPreview> preview)
{
    m_outcome = {};
    launch(
        [this, preview] {
            m_outcome = runImport(
                *preview, [this](qsizetype d, qsizetype t) { return reportProgress(d, t); });
        },
        &OutageImportRunner::importFinished);
}

} // namespace termlens
