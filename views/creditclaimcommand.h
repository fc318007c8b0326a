#pragma once

#include "creditclaimrepository.h"

#include <QPointer>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace termlens {

class Workspace;
class WorkspaceEvents;

// Marks a credit as claimed (or takes the mark away) on the workspace-wide undo stack. Undo puts
// back exactly what was stored before: no claim, or the earlier claim it replaced. A failed
// first redo reports the error and makes the command obsolete, so the stack drops it.
class CreditClaimCommand final : public QUndoCommand
{
public:
    // `after` empty: unmark. `before`: what is stored now for the same agreement/service/month.
    CreditClaimCommand(Workspace *workspace, WorkspaceEvents *events, QString agreementId,
                       QString service, QString month, std::optional<CreditClaim> before,
                       std::optional<CreditClaim> after,
                       std::function<void(const QString &)> reportError);
    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }

private:
    bool apply(const std::optional<CreditClaim> &claim);

    Workspace *m_workspace;
    QPointer<WorkspaceEvents> m_events;
    QString m_agreementId;
    QString m_service;
    QString m_month;
    std::optional<CreditClaim> m_before;
    std::optional<CreditClaim> m_after;
    std::function<void(const QString &)> m_reportError;
    bool m_done = false;
    bool m_failed = false;
};

} // namespace termlens
