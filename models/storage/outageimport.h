#pragma once

#include "importissue.h"
#include "mappedcsv.h"
#include "mappingpreset.h"
#include "outagecsv.h"
#include "outagerepository.h"

#include <QByteArray>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace termlens {

// The record of one imported outage file: a fresh batch id, the file's name (no folders: the
// path may be private) and the SHA-256 of its bytes, so the import history can tell the same
// file imported twice.
ImportBatch makeImportBatch(const QString &agreementId, const QString &filePath,
                            const QByteArray &bytes, qsizetype rows, qint64 nowUtc);

// The kinds of outage file INTERFACES.md §2 names.
enum class OutageFileFormat
{
    NativeCsv,  // service,start,end,category,notice_given,reference,notes
    Statuspage, // Atlassian Statuspage incidents.json
    MappedCsv,  // any other CSV, through a column mapping
};

// What a file looks like: JSON is a Statuspage history, a CSV whose header is the native one is
// native, any other CSV needs a mapping.
OutageFileFormat sniffOutageFormat(const QByteArray &bytes);
// The first preset whose columns all appear in the file's header, if any.
std::optional<MappingPreset> presetMatchingHeader(const QByteArray &bytes,
                                                  const QList<MappingPreset> &presets);
// "csv", "statuspage", "mapped".
QString outageFormatKey(OutageFileFormat format);

// Parses a file of the given format (the preset is needed for MappedCsv only).
OutageParseResult parseOutageFile(const QByteArray &bytes, OutageFileFormat format,
                                  const MappingPreset *preset, const OutageImportTarget &target,
                                  const ImportProgress &progress = {});

// One problem in words: "line 3, column start: …", "incidents[2].started_at: …", or the reason
// alone when it concerns the whole file.
QString describeImportIssue(const ImportIssue &issue);

// What an import would bring, for the preview before anything is stored.
struct OutageImportSummary
{
    qsizetype rows = 0;
    qsizetype outages = 0;
    qsizetype skipped = 0;
    qsizetype ongoing = 0;
    std::optional<qint64> firstStart;
    std::optional<qint64> lastEnd; // the latest end (ongoing outages not counted)
    QMap<QString, qsizetype> services;
    QMap<OutageCategory, qsizetype> categories;
};
OutageImportSummary summarizeImport(const OutageParseResult &parsed);

// A connection of its own to a workspace file that this process already holds open (and
// locked) elsewhere: one connection per thread, so an import runs in a worker thread. The
// same per-connection settings as Workspace; closed and removed by the destructor, in the
// thread that opened it.
class ImportConnection
{
public:
    explicit ImportConnection(const QString &workspacePath);
    ~ImportConnection();
    ImportConnection(const ImportConnection &) = delete;
    ImportConnection &operator=(const ImportConnection &) = delete;

    StorageStatus open();
    QSqlDatabase database() const;
    const QString &path() const { return m_path; }

private:
    QString m_path;
    QString m_name;
};

struct OutageStoreResult
{
    qsizetype inserted = 0;
    qsizetype duplicates = 0; // already stored, or repeated in the file
    bool cancelled = false;   // the progress callback said stop: everything rolled back
};

// How many of `outages` are already stored (the preview's "duplicates"), read only.
StorageResult<qsizetype> countStoredOutages(const QSqlDatabase &db, const QString &file,
                                            const QList<Outage> &outages,
                                            const ImportProgress &progress = {});

// Stores the outages in one transaction (BEGIN IMMEDIATE ... COMMIT), all or none, with one
// prepared statement reused for every row. Outages already stored are skipped (the import is
// then a no-op: the batch is recorded only when it added something). A cancel through
// `progress` or any failure rolls everything back and leaves the workspace as it was.
StorageResult<OutageStoreResult> storeOutageImport(const QSqlDatabase &db, const QString &file,
                                                   const ImportBatch &batch,
                                                   const QList<Outage> &outages,
                                                   const ImportProgress &progress = {});

} // namespace termlens
