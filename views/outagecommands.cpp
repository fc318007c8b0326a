#include "outagecommands.h"

#include "outagerepository.h"
#include "workspace.h"
#include "workspaceevents.h"

#include <QCoreApplication>

namespace termlens {

EditOutageCommand::EditOutageCommand(Workspace *workspace, WorkspaceEvents *events, Outage before,
                                     Outage after, std::function<void(const QString &)> reportError)
    : m_workspace(workspace)
    , m_events(events)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_reportError(std::move(reportError))
{
    setText(QCoreApplication::translate("EditOutageCommand", "Edit Outage"));
}

bool EditOutageCommand::store(const Outage &outage)
{
    if (!m_workspace) {
        if (m_reportError)
            m_reportError(
                QCoreApplication::translate("EditOutageCommand", "No workspace is open."));
        return false;
    }
    const StorageResult<bool> updated = OutageRepository(*m_workspace).update(outage);
    if (!updated.ok() || !*updated.value) {
        if (m_reportError)
            m_reportError(updated.ok() ? QCoreApplication::translate(
                                             "EditOutageCommand",
                                             "The outage is no longer stored; nothing changed.")
                                       : updated.error.toString());
        return false;
    }
    if (m_events)
        emit m_events->outagesChanged(outage.agreementId);
    return true;
}

void EditOutageCommand::redo()
{
    if (!store(m_after))
        setObsolete(true);
}

void EditOutageCommand::undo()
{
    if (!store(m_before))
        setObsolete(true);
}

} // namespace termlens
