#pragma once

#include "storageresult.h"
#include "termsheet.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace termlens {

class Workspace;

struct AgreementSummary
{
    QString id;
    QString vendor;
    QString product;
    qint64 createdUtc = 0; // seconds since the epoch, UTC
    qint64 updatedUtc = 0;
    friend bool operator==(const AgreementSummary &, const AgreementSummary &) = default;
};

// Agreements as term sheets. A term sheet is stored split up (agreements, documents, and one
// term_values row per key under "terms", holding that term's JSON and its citation) and put
// back together through the term-sheet format itself (termSheetToJson / parseTermSheet), so
// what is loaded is exactly what the importer would accept.
class AgreementRepository
{
public:
    explicit AgreementRepository(Workspace &workspace);

    // Sorted by vendor, then id.
    StorageResult<QList<AgreementSummary>> list() const;
    // Absent when no agreement has this id.
    StorageResult<std::optional<TermSheet>> load(const QString &id) const;
    // The stored agreement as a term-sheet file (termlens.termsheet/1), for export.
    StorageResult<std::optional<QByteArray>> loadJson(const QString &id) const;
    // Inserts the agreement or replaces it with all its documents and terms, in one
    // transaction. Its outages, subscription and claims are kept. Refuses an invalid sheet.
    StorageStatus save(const TermSheet &sheet);
    // The same for several agreements in one transaction: all are saved or none.
    StorageStatus save(const QList<TermSheet> &sheets);
    // Removes the agreement and everything stored for it; false when there was none.
    StorageResult<bool> remove(const QString &id);

private:
    Workspace &m_workspace;
};

} // namespace termlens
