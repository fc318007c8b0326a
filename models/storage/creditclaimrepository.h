#pragma once

#include "storageresult.h"

#include <QDate>
#include <QList>
#include <QString>

namespace termlens {

class Workspace;

// A service credit the customer has claimed from the vendor for one month.
struct CreditClaim
{
    QString agreementId;
    QString service; // empty: the claim covers the whole agreement
    QString month;   // "YYYY-MM"
    QDate claimedDate;
    QString reference;
    friend bool operator==(const CreditClaim &, const CreditClaim &) = default;
};

class CreditClaimRepository
{
public:
    explicit CreditClaimRepository(Workspace &workspace);

    // Records the claim, replacing an earlier one for the same agreement, service and month.
    StorageStatus mark(const CreditClaim &claim);
    // False when no such claim was recorded.
    StorageResult<bool> unmark(const QString &agreementId, const QString &service,
                               const QString &month);
    // Ordered by month, then service.
    StorageResult<QList<CreditClaim>> list(const QString &agreementId) const;

private:
    Workspace &m_workspace;
};

} // namespace termlens
