#include "outageimport.h"

#include "sqlerror.h"
#include "sqltransaction.h"
#include "statuspageimport.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <array>
#include <atomic>

namespace termlens {
namespace {

using namespace Qt::StringLiterals;

constexpr qsizetype ProgressEvery = 4096;

QString nextImportConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"termlens-import-%1"_s.arg(++counter);
}

} // namespace

ImportBatch makeImportBatch(const QString &agreementId, const QString &filePath,
                            const QByteArray &bytes, qsizetype rows, qint64 nowUtc)
{
    ImportBatch batch;
    batch.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    batch.agreementId = agreementId;
    batch.fileName = QFileInfo(filePath).fileName();
    batch.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    batch.importedUtc = nowUtc;
    batch.rows = rows;
    return batch;
}

OutageFileFormat sniffOutageFormat(const QByteArray &bytes)
{
    QByteArrayView head(bytes.constData(), std::min<qsizetype>(bytes.size(), 4096));
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    const QByteArray start = head.trimmed().toByteArray();
    if (start.startsWith('{') || start.startsWith('['))
        return OutageFileFormat::Statuspage;
    QStringList header = csvHeader(bytes);
    for (QString &h : header)
        h = h.toLower();
    header.sort();
    const QStringList native = {u"category"_s,  u"end"_s,     u"notes"_s, u"notice_given"_s,
                                u"reference"_s, u"service"_s, u"start"_s};
    return header == native ? OutageFileFormat::NativeCsv : OutageFileFormat::MappedCsv;
}

std::optional<MappingPreset> presetMatchingHeader(const QByteArray &bytes,
                                                  const QList<MappingPreset> &presets)
{
    for (const MappingPreset &p : presets) {
        if (!p.hasHeader)
            continue;
        const QStringList header = csvHeader(bytes, p.delimiter);
        const auto has = [&](const QString &column) {
            return column.isEmpty() || header.contains(column.trimmed(), Qt::CaseInsensitive);
        };
        if (has(p.startColumn) && has(p.endColumn) && has(p.durationColumn) &&
            has(p.serviceColumn) && has(p.categoryColumn) && has(p.referenceColumn) &&
            has(p.notesColumn) && has(p.filterColumn))
            return p;
    }
    return std::nullopt;
}

QString outageFormatKey(OutageFileFormat format)
{
    switch (format) {
    case OutageFileFormat::NativeCsv:
        return u"csv"_s;
    case OutageFileFormat::Statuspage:
        return u"statuspage"_s;
    case OutageFileFormat::MappedCsv:
        return u"mapped"_s;
    }
    return {};
}

OutageParseResult parseOutageFile(const QByteArray &bytes, OutageFileFormat format,
                                  const MappingPreset *preset, const OutageImportTarget &target,
                                  const ImportProgress &progress)
{
    switch (format) {
    case OutageFileFormat::NativeCsv:
        return parseNativeOutageCsv(bytes, target.agreementId, target.onlyService, progress);
    case OutageFileFormat::Statuspage:
        return parseStatuspageIncidents(bytes, target, progress);
    case OutageFileFormat::MappedCsv:
        break;
    }
    if (!preset) {
        OutageParseResult result;
        result.issues.append(
            {0, {}, QCoreApplication::translate("OutageImport", "choose a column mapping")});
        return result;
    }
    return parseMappedCsv(bytes, *preset, target, progress);
}

QString describeImportIssue(const ImportIssue &issue)
{
    if (issue.line == 0 && !issue.column.isEmpty())
        return QCoreApplication::translate("OutageImport", "%1: %2")
            .arg(issue.column, issue.message);
    return issue.toString();
}

OutageImportSummary summarizeImport(const OutageParseResult &parsed)
{
    OutageImportSummary s;
    s.rows = parsed.rows;
    s.outages = parsed.outages.size();
    s.skipped = parsed.skipped;
    for (const Outage &o : parsed.outages) {
        if (!s.firstStart || o.start < *s.firstStart)
            s.firstStart = o.start;
        if (o.end) {
            if (!s.lastEnd || *o.end > *s.lastEnd)
                s.lastEnd = o.end;
        } else {
            ++s.ongoing;
        }
        ++s.services[o.service];
        ++s.categories[o.category];
    }
    return s;
}

ImportConnection::ImportConnection(const QString &workspacePath)
    : m_path(QFileInfo(workspacePath).absoluteFilePath())
{}

ImportConnection::~ImportConnection()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ImportConnection::database() const
{
    return m_name.isEmpty() ? QSqlDatabase() : QSqlDatabase::database(m_name, false);
}

StorageStatus ImportConnection::open()
{
    m_name = nextImportConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    // mode=rw: never creates a file (the workspace exists: this process holds it open).
    const QByteArray encoded = QUrl::toPercentEncoding(m_path, "/");
    db.setConnectOptions(u"QSQLITE_OPEN_URI"_s);
    db.setDatabaseName(u"file://%1?mode=rw"_s.arg(QString::fromLatin1(encoded)));
    if (!db.open())
        return StorageStatus::failure(sqlError(m_path, db.lastError()));
    for (const QString &sql : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA trusted_schema = OFF"_s,
                               u"PRAGMA synchronous = FULL"_s}) {
        QSqlQuery query(db);
        if (const StorageStatus s = execStatement(query, m_path, sql); !s.ok())
            return s;
    }
    return storageOk();
}

StorageResult<qsizetype> countStoredOutages(const QSqlDatabase &db, const QString &file,
                                            const QList<Outage> &outages,
                                            const ImportProgress &progress)
{
    using Result = StorageResult<qsizetype>;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The columns of the unique index outages_identity, so each look-up is one index seek.
    if (const StorageStatus s = prepareQuery(
            query, file,
            u"SELECT 1 FROM outages WHERE agreement_id = ? AND service = ? AND start_utc = ?"
            " AND COALESCE(end_utc, -1) = ? AND category = ? AND reference = ?"_s);
        !s.ok())
        return Result::failure(s.error);
    qsizetype stored = 0;
    for (qsizetype i = 0; i < outages.size(); ++i) {
        const Outage &o = outages.at(i);
        query.bindValue(0, o.agreementId);
        query.bindValue(1, o.service);
        query.bindValue(2, o.start);
        query.bindValue(3, o.end.value_or(-1));
        query.bindValue(4, keyOf(o.category));
        query.bindValue(5, nonNullText(o.reference));
        if (!query.exec())
            return Result::failure(sqlError(file, query.lastError()));
        if (query.next())
            ++stored;
        query.finish();
        if (progress && i % ProgressEvery == ProgressEvery - 1 && !progress(i + 1, outages.size()))
            break;
    }
    return Result::success(stored);
}

namespace {

StorageStatus insertRows(QSqlQuery &query, const QString &file, const QString &source,
                         const QList<Outage> &outages, const ImportProgress &progress,
                         OutageStoreResult &result)
{
    // Category keys and the source are made once, not once per row.
    std::array<QVariant, 32> categoryKeys;
    for (const auto &entry : vocabulary<OutageCategory>())
        categoryKeys.at(std::size_t(entry.value)) = QString::fromUtf16(entry.key);
    const QVariant sourceValue(source);
    for (qsizetype i = 0; i < outages.size(); ++i) {
        const Outage &o = outages.at(i);
        query.bindValue(0, o.agreementId);
        query.bindValue(1, o.service);
        query.bindValue(2, o.start);
        query.bindValue(3, o.end ? QVariant(*o.end) : QVariant());
        query.bindValue(4, categoryKeys.at(std::size_t(o.category)));
        query.bindValue(5, o.noticeGiven ? QVariant(*o.noticeGiven) : QVariant());
        query.bindValue(6, nonNullText(o.reference));
        query.bindValue(7, nonNullText(o.notes));
        query.bindValue(8, sourceValue);
        if (!query.exec()) {
            // A row number helps only when this row was refused (a constraint); a full disk or
            // a read-only file has nothing to do with row 1.
            const StorageError error = sqlError(file, query.lastError());
            if (sqliteResultCode(query.lastError()) != int(SqliteCode::Constraint))
                return StorageStatus::failure(error);
            return StorageStatus::failure(
                {file,
                 QCoreApplication::translate("OutageRepository",
                                             "Outage %1 of %2 could not be stored, so none was: %3")
                     .arg(i + 1)
                     .arg(outages.size())
                     .arg(error.message)});
        }
        // ON CONFLICT DO NOTHING changes no row for an outage that is already stored.
        if (query.numRowsAffected() > 0)
            ++result.inserted;
        else
            ++result.duplicates;
        if (progress && i % ProgressEvery == ProgressEvery - 1 &&
            !progress(i + 1, outages.size())) {
            result.cancelled = true;
            return storageOk();
        }
    }
    return storageOk();
}

} // namespace

StorageResult<OutageStoreResult> storeOutageImport(const QSqlDatabase &db, const QString &file,
                                                   const ImportBatch &batch,
                                                   const QList<Outage> &outages,
                                                   const ImportProgress &progress)
{
    using Result = StorageResult<OutageStoreResult>;
    // A large import inserts into three B-trees in random order; with SQLite's default 2 MB page
    // cache most index pages are read again from disk. 64 MB keeps them in memory for a million
    // rows (SQLite only takes what it needs; the setting is this connection's and is put back).
    const StorageResult<QVariant> cacheSize = queryValue(db, file, u"PRAGMA cache_size"_s);
    if (cacheSize.ok() && outages.size() > 20000) {
        QSqlQuery pragma(db);
        (void)execStatement(pragma, file, u"PRAGMA cache_size = -65536"_s);
    }
    const auto restoreCache = qScopeGuard([&] {
        if (cacheSize.ok() && outages.size() > 20000) {
            QSqlQuery pragma(db);
            (void)execStatement(pragma, file,
                                u"PRAGMA cache_size = %1"_s.arg(cacheSize.value->toLongLong()));
        }
    });
    SqlTransaction transaction(db, file);
    if (const StorageStatus s = transaction.begin(); !s.ok())
        return Result::failure(s.error);
    OutageStoreResult result;
    {
        QSqlQuery query(db);
        if (const StorageStatus s = prepareQuery(
                query, file,
                u"INSERT INTO outages (agreement_id, service, start_utc, end_utc, category,"
                " notice_utc, reference, notes, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING"_s);
            !s.ok())
            return Result::failure(s.error);
        if (const StorageStatus s = insertRows(query, file, batch.id, outages, progress, result);
            !s.ok())
            return Result::failure(s.error);
        if (result.cancelled) {
            transaction.rollback();
            return Result::success({0, 0, true});
        }
        // A re-import that adds nothing leaves no trace, not even in the import history.
        if (result.inserted > 0) {
            const StorageStatus s = execStatement(
                query, file,
                u"INSERT INTO import_batches (id, agreement_id, file_name, sha256, imported_utc,"
                " rows) VALUES (?, ?, ?, ?, ?, ?)"_s,
                {batch.id, batch.agreementId, batch.fileName, batch.sha256, batch.importedUtc,
                 qint64(batch.rows)});
            if (!s.ok())
                return Result::failure(s.error);
        }
    }
    if (progress && !progress(outages.size(), outages.size())) {
        transaction.rollback();
        return Result::success({0, 0, true});
    }
    if (const StorageStatus s = transaction.commit(); !s.ok())
        return Result::failure(s.error);
    return Result::success(result);
}

} // namespace termlens
