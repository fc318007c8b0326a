#include "creditclaimrepository.h"

#include "sqlerror.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace termlens {

namespace {

using namespace Qt::StringLiterals;

bool isMonth(const QString &month)
{
    static const QRegularExpression pattern(u"^[0-9]{4}-(0[1-9]|1[0-2])$"_s);
    return pattern.match(month).hasMatch();
}

} // namespace

CreditClaimRepository::CreditClaimRepository(Workspace &workspace)
    : m_workspace(workspace)
{}

StorageStatus CreditClaimRepository::mark(const CreditClaim &claim)
{
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return open;
    const QString file = m_workspace.path();
    if (!isMonth(claim.month) || !claim.claimedDate.isValid()) {
        return StorageStatus::failure(
            {file, QCoreApplication::translate("CreditClaimRepository",
                                               "A claim needs a month (YYYY-MM) and the date it "
                                               "was made; got \"%1\" and \"%2\".")
                       .arg(claim.month, claim.claimedDate.toString(Qt::ISODate))});
    }
    QSqlQuery query(m_workspace.database());
    return execStatement(
        query, file,
        u"INSERT INTO credit_claims (agreement_id, service, month, claimed_date, reference)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (agreement_id, service, month) DO UPDATE SET"
        " claimed_date = excluded.claimed_date, reference = excluded.reference"_s,
        {claim.agreementId, nonNullText(claim.service), claim.month,
         claim.claimedDate.toString(Qt::ISODate), nonNullText(claim.reference)});
}

StorageResult<bool> CreditClaimRepository::unmark(const QString &agreementId,
                                                  const QString &service, const QString &month)
{
    using Result = StorageResult<bool>;
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    QSqlQuery query(m_workspace.database());
    const StorageStatus s = execStatement(
        query, m_workspace.path(),
        u"DELETE FROM credit_claims WHERE agreement_id = ? AND service = ? AND month = ?"_s,
        {agreementId, nonNullText(service), month});
    if (!s.ok())
        return Result::failure(s.error);
    return Result::success(query.numRowsAffected() > 0);
}

StorageResult<QList<CreditClaim>> CreditClaimRepository::list(const QString &agreementId) const
{
    using Result = StorageResult<QList<CreditClaim>>;
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    const QString file = m_workspace.path();
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (const StorageStatus s =
            execStatement(query, file,
                          u"SELECT service, month, claimed_date, reference FROM credit_claims"
                          " WHERE agreement_id = ? ORDER BY month, service"_s,
                          {agreementId});
        !s.ok())
        return Result::failure(s.error);
    QList<CreditClaim> claims;
    while (query.next()) {
        claims.append({agreementId, query.value(0).toString(), query.value(1).toString(),
                       QDate::fromString(query.value(2).toString(), Qt::ISODate),
                       query.value(3).toString()});
    }
    if (const StorageStatus s = finishedCleanly(query, file); !s.ok())
        return Result::failure(s.error);
    return Result::success(claims);
}

} // namespace termlens
