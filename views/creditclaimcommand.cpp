#include "creditclaimcommand.h"

#include "workspaceevents.h"

#include <QCoreApplication>

namespace termlens {

CreditClaimCommand::CreditClaimCommand(Workspace *workspace, WorkspaceEvents *events,
                                       QString agreementId, QString service, QString month,
                                       std::optional<CreditClaim> before,
                                       std::optional<CreditClaim> after,
                                       std::function<void(const QString &)> reportError)
    : m_workspace(workspace)
    , m_events(events)
    , m_agreementId(std::move(agreementId))
    , m_service(std::move(service))
    , m_month(std::move(month))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_reportError(std::move(reportError))
{
    setText(m_after ? QCoreApplication::translate("CreditClaimCommand", "Mark Credit Claimed")
                    : QCoreApplication::translate("CreditClaimCommand", "Unmark Credit Claim"));
}

bool CreditClaimCommand::apply(const std::optional<CreditClaim> &claim)
{
    CreditClaimRepository repository(*m_workspace);
    QString error;
    if (claim) {
        const StorageStatus s = repository.mark(*claim);
        if (!s.ok())
            error = s.error.toString();
    } else {
        const StorageResult<bool> s = repository.unmark(m_agreementId, m_service, m_month);
        if (!s.ok())
            error = s.error.toString();
    }
    if (!error.isEmpty()) {
        if (m_reportError)
            m_reportError(error);
        return false;
    }
    if (m_events)
        emit m_events->creditClaimsChanged(m_agreementId);
    return true;
}

void CreditClaimCommand::redo()
{
    const bool ok = apply(m_after);
    if (!m_done && !ok) {
        m_failed = true;
        setObsolete(true);
    }
    m_done = true;
}

void CreditClaimCommand::undo()
{
    apply(m_before);
}

} // namespace termlens
