#pragma once

#include "mappingpreset.h"
#include "outageimport.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace termlens {

// What to import: which file, read how, into which agreement of which workspace file.
struct OutageImportRequest
{
    QString workspacePath;
    QString filePath;
    OutageFileFormat format = OutageFileFormat::NativeCsv;
    std::optional<MappingPreset> preset; // MappedCsv only
    OutageImportTarget target;
    qint64 nowUtc = 0;
};

// The preview of an import: the file parsed, summed up, and checked against what is stored.
struct OutageImportPreview
{
    OutageImportRequest request;
    QByteArray sha256Source; // the file's bytes, for the import batch's checksum
    OutageParseResult parsed;
    OutageImportSummary summary;
    qsizetype alreadyStored = 0;
    QString error; // the file could not be read, or the workspace not queried
    bool cancelled = false;
};

struct OutageImportOutcome
{
    bool ok = false;
    bool cancelled = false;
    OutageStoreResult stored;
    QString error;
};

// Runs the slow parts of an import in a worker thread, one job at a time: the preview (read,
// parse, summarise, count what is already stored) and the import itself (insert in one
// transaction through the worker's own database connection: one connection per thread). Both
// report progress and stop at cancel(); a cancelled or failed import is rolled back, so the
// workspace stays exactly as it was. The destructor cancels and waits for the worker.
class OutageImportRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutageImportRunner)

public:
    explicit OutageImportRunner(QObject *parent = nullptr);
    ~OutageImportRunner() override;

    void startPreview(const OutageImportRequest &request);
    void startImport(std::shared_ptr<const OutageImportPreview> preview);
    void cancel();
    bool isRunning() const;
    // Blocks until the worker is done (tests, shutdown).
    void wait();

    std::shared_ptr<const OutageImportPreview> preview() const { return m_preview; }
    const OutageImportOutcome &outcome() const { return m_outcome; }

signals:
    void progress(qint64 done, qint64 total);
    void previewFinished();
    void importFinished();

private:
    bool reportProgress(qsizetype done, qsizetype total);
    void launch(std::function<void()> work, void (OutageImportRunner::*done)());

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    std::atomic<qint64> m_lastReport{0};
    std::shared_ptr<const OutageImportPreview> m_preview;
    OutageImportOutcome m_outcome;
};

} // namespace termlens
