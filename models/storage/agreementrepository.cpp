#include "agreementrepository.h"

#include "issuelist.h"
#include "sqlerror.h"
#include "sqltransaction.h"
#include "termsheetjson.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace termlens {

namespace {

using namespace Qt::StringLiterals;

// The fields each table has a column for; anything else in the JSON would be lost, so saving
// refuses it rather than dropping it silently.
const QStringList TopLevelKeys = {u"format"_s,   u"id"_s,        u"vendor"_s,
                                  u"product"_s,  u"documents"_s, u"currency"_s,
                                  u"timeZone"_s, u"notes"_s,     u"terms"_s};
const QStringList DocumentKeys = {u"id"_s,   u"title"_s,  u"version"_s,
                                  u"date"_s, u"source"_s, u"text"_s};
const QStringList CitationKeys = {u"document"_s, u"clause"_s, u"quote"_s, u"note"_s,
                                  u"ambiguity"_s};

// Any JSON value as text and back (QJsonDocument holds only objects and arrays).
QString jsonText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.sliced(1, wrapped.size() - 2));
}

std::optional<QJsonValue> jsonFromText(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text.toUtf8() + ']', &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first();
}

// A string field as a column value: absent stays NULL, so it comes back absent.
QVariant column(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? QVariant(value.toString()) : QVariant(QMetaType::fromType<QString>());
}

void putColumn(QJsonObject &object, const QString &key, const QVariant &value)
{
    if (!value.isNull())
        object.insert(key, value.toString());
}

StorageStatus checkKeys(const QJsonObject &object, const QStringList &known, const QString &prefix,
                        const QString &file)
{
    for (const QString &key : object.keys()) {
        if (!known.contains(key))
            return StorageStatus::failure(
                {file, QCoreApplication::translate("AgreementRepository",
                                                   "The field %1 has no column in the workspace; "
                                                   "nothing was saved.")
                           .arg(prefix + key)});
    }
    return storageOk();
}

StorageStatus writeAgreement(const QSqlDatabase &db, const QString &file, const QJsonObject &root)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery query(db);
    // An upsert, not INSERT OR REPLACE: replacing would delete the row and cascade to the
    // agreement's outages and subscription.
    return execStatement(
        query, file,
        u"INSERT INTO agreements (id, vendor, product, currency, time_zone, notes, created_utc,"
        " updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
        " vendor = excluded.vendor, product = excluded.product, currency = excluded.currency,"
        " time_zone = excluded.time_zone, notes = excluded.notes,"
        " updated_utc = excluded.updated_utc"_s,
        {root.value("id"_L1).toString(), column(root, u"vendor"_s), column(root, u"product"_s),
         column(root, u"currency"_s), column(root, u"timeZone"_s), column(root, u"notes"_s), now,
         now});
}

StorageStatus writeDocuments(const QSqlDatabase &db, const QString &file, const QString &id,
                             const QJsonArray &documents)
{
    QSqlQuery query(db);
    if (const StorageStatus s =
            execStatement(query, file, u"DELETE FROM documents WHERE agreement_id = ?"_s, {id});
        !s.ok())
        return s;
    if (const StorageStatus s = prepareQuery(
            query, file,
            u"INSERT INTO documents (agreement_id, id, position, title, version, date, source,"
            " text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        !s.ok())
        return s;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QJsonObject doc = documents.at(i).toObject();
        const StorageStatus s =
            execQuery(query, file,
                      {id, doc.value("id"_L1).toString(), qint64(i), column(doc, u"title"_s),
                       column(doc, u"version"_s), column(doc, u"date"_s), column(doc, u"source"_s),
                       column(doc, u"text"_s)});
        if (!s.ok())
            return s;
    }
    return storageOk();
}

StorageStatus writeTerms(const QSqlDatabase &db, const QString &file, const QString &id,
                         const QJsonObject &terms)
{
    QSqlQuery query(db);
    if (const StorageStatus s =
            execStatement(query, file, u"DELETE FROM term_values WHERE agreement_id = ?"_s, {id});
        !s.ok())
        return s;
    if (const StorageStatus s = prepareQuery(
            query, file,
            u"INSERT INTO term_values (agreement_id, term, value_json, document, clause, quote,"
            " note, ambiguity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        !s.ok())
        return s;
    for (auto it = terms.begin(); it != terms.end(); ++it) {
        const QJsonObject value = it.value().toObject(); // empty for arrays: no own citation
        QVariantList values = {id, it.key(), jsonText(it.value())};
        for (const QString &key : CitationKeys)
            values << column(value, key);
        if (const StorageStatus s = execQuery(query, file, values); !s.ok())
            return s;
    }
    return storageOk();
}

// The agreement's documents in their stored order, as the term sheet writes them.
StorageResult<QJsonArray> readDocuments(const QSqlDatabase &db, const QString &file,
                                        const QString &id)
{
    using Result = StorageResult<QJsonArray>;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (const StorageStatus s =
            execStatement(query, file,
                          u"SELECT id, title, version, date, source, text FROM documents"
                          " WHERE agreement_id = ? ORDER BY position"_s,
                          {id});
        !s.ok())
        return Result::failure(s.error);
    QJsonArray documents;
    while (query.next()) {
        QJsonObject doc{{u"id"_s, query.value(0).toString()}};
        for (int i = 1; i < DocumentKeys.size(); ++i)
            putColumn(doc, DocumentKeys.at(i), query.value(i));
        documents.append(doc);
    }
    if (const StorageStatus s = finishedCleanly(query, file); !s.ok())
        return Result::failure(s.error);
    return Result::success(documents);
}

StorageResult<QJsonObject> readTerms(const QSqlDatabase &db, const QString &file, const QString &id)
{
    using Result = StorageResult<QJsonObject>;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (const StorageStatus s = execStatement(
            query, file, u"SELECT term, value_json FROM term_values WHERE agreement_id = ?"_s,
            {id});
        !s.ok())
        return Result::failure(s.error);
    QJsonObject terms;
    while (query.next()) {
        const QString term = query.value(0).toString();
        const std::optional<QJsonValue> value = jsonFromText(query.value(1).toString());
        if (!value) {
            return Result::failure(
                {file, QCoreApplication::translate("AgreementRepository",
                                                   "The stored term %1 of agreement %2 is damaged.")
                           .arg(term, id)});
        }
        terms.insert(term, *value);
    }
    if (const StorageStatus s = finishedCleanly(query, file); !s.ok())
        return Result::failure(s.error);
    return Result::success(terms);
}

// The sheet as the term-sheet format writes it, after the same validation an import gets,
// checked to fit the tables' columns.
StorageResult<QJsonObject> splittableJson(const TermSheet &sheet, const QString &file)
{
    using Result = StorageResult<QJsonObject>;
    const QByteArray json = termSheetToJson(sheet);
    const TermSheetParseResult parsed = parseTermSheet(json);
    if (!parsed.issues.isEmpty()) {
        return Result::failure(
            {file, QCoreApplication::translate("AgreementRepository",
                                               "The agreement %1 was not saved: %2")
                       .arg(sheet.id, joinIssues(parsed.issues))});
    }
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (const StorageStatus s = checkKeys(root, TopLevelKeys, {}, file); !s.ok())
        return Result::failure(s.error);
    const QJsonArray documents = root.value("documents"_L1).toArray();
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QString where = u"documents[%1]."_s.arg(i);
        if (const StorageStatus s =
                checkKeys(documents.at(i).toObject(), DocumentKeys, where, file);
            !s.ok())
            return Result::failure(s.error);
    }
    return Result::success(root);
}

} // namespace

AgreementRepository::AgreementRepository(Workspace &workspace)
    : m_workspace(workspace)
{}

StorageResult<QList<AgreementSummary>> AgreementRepository::list() const
{
    using Result = StorageResult<QList<AgreementSummary>>;
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    const QString file = m_workspace.path();
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (const StorageStatus s =
            execStatement(query, file,
                          u"SELECT id, vendor, product, created_utc, updated_utc FROM agreements"
                          " ORDER BY lower(vendor), id"_s);
        !s.ok())
        return Result::failure(s.error);
    QList<AgreementSummary> summaries;
    while (query.next()) {
        summaries.append({query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toLongLong(),
                          query.value(4).toLongLong()});
    }
    if (const StorageStatus s = finishedCleanly(query, file); !s.ok())
        return Result::failure(s.error);
    return Result::success(summaries);
}

StorageResult<std::optional<TermSheet>> AgreementRepository::load(const QString &id) const
{
    using Result = StorageResult<std::optional<TermSheet>>;
    const StorageResult<std::optional<QByteArray>> json = loadJson(id);
    if (!json.ok())
        return Result::failure(json.error);
    if (!json.value->has_value())
        return Result::success(std::nullopt);
    TermSheetParseResult parsed = parseTermSheet(**json.value);
    if (!parsed.sheet) {
        return Result::failure(
            {m_workspace.path(), QCoreApplication::translate(
                                     "AgreementRepository",
                                     "The stored agreement %1 is no longer a valid term sheet: %2")
                                     .arg(id, joinIssues(parsed.issues))});
    }
    return Result::success(std::move(parsed.sheet));
}

StorageResult<std::optional<QByteArray>> AgreementRepository::loadJson(const QString &id) const
{
    using Result = StorageResult<std::optional<QByteArray>>;
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    const QString file = m_workspace.path();
    const QSqlDatabase db = m_workspace.database();
    QJsonObject root{{u"format"_s, TermSheet::Format.toString()}, {u"id"_s, id}};
    {
        QSqlQuery query(db);
        if (const StorageStatus s =
                execStatement(query, file,
                              u"SELECT vendor, product, currency, time_zone, notes FROM agreements"
                              " WHERE id = ?"_s,
                              {id});
            !s.ok())
            return Result::failure(s.error);
        if (!query.next()) {
            if (const StorageStatus s = finishedCleanly(query, file); !s.ok())
                return Result::failure(s.error);
            return Result::success(std::nullopt);
        }
        const QStringList keys = {u"vendor"_s, u"product"_s, u"currency"_s, u"timeZone"_s,
                                  u"notes"_s};
        for (int i = 0; i < keys.size(); ++i)
            putColumn(root, keys.at(i), query.value(i));
    }
    const StorageResult<QJsonArray> documents = readDocuments(db, file, id);
    if (!documents.ok())
        return Result::failure(documents.error);
    const StorageResult<QJsonObject> terms = readTerms(db, file, id);
    if (!terms.ok())
        return Result::failure(terms.error);
    root.insert(u"documents"_s, *documents.value);
    root.insert(u"terms"_s, *terms.value);
    return Result::success(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

StorageStatus AgreementRepository::save(const TermSheet &sheet)
{
    return save(QList<TermSheet>{sheet});
}

StorageStatus AgreementRepository::save(const QList<TermSheet> &sheets)
{
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return open;
    const QString file = m_workspace.path();
    QList<QJsonObject> roots;
    for (const TermSheet &sheet : sheets) {
        const StorageResult<QJsonObject> root = splittableJson(sheet, file);
        if (!root.ok())
            return StorageStatus::failure(root.error);
        roots << *root.value;
    }
    const QSqlDatabase db = m_workspace.database();
    SqlTransaction transaction(db, file);
    StorageStatus status = transaction.begin();
    for (qsizetype i = 0; status.ok() && i < roots.size(); ++i) {
        const QJsonObject &root = roots.at(i);
        const QString id = sheets.at(i).id;
        status = writeAgreement(db, file, root);
        if (status.ok())
            status = writeDocuments(db, file, id, root.value("documents"_L1).toArray());
        if (status.ok())
            status = writeTerms(db, file, id, root.value("terms"_L1).toObject());
    }
    if (status.ok())
        status = transaction.commit();
    return status; // on failure the transaction's destructor rolls back
}

StorageResult<bool> AgreementRepository::remove(const QString &id)
{
    using Result = StorageResult<bool>;
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    QSqlQuery query(m_workspace.database());
    // One statement: the cascade to documents, terms, outages, subscription and claims is
    // part of it, so it is all-or-nothing without an explicit transaction.
    const StorageStatus s =
        execStatement(query, m_workspace.path(), u"DELETE FROM agreements WHERE id = ?"_s, {id});
    if (!s.ok())
        return Result::failure(s.error);
    return Result::success(query.numRowsAffected() > 0);
}

} // namespace termlens
