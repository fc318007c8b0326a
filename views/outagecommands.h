#pragma once

#include "outage.h"

#include <QPointer>
#include <QString>
#include <QUndoCommand>

#include <functional>

namespace termlens {

class Workspace;
class WorkspaceEvents;

// One outage changed in the ledger: the outage before and after, stored through
// OutageRepository::update in both directions. Redo and undo announce
// WorkspaceEvents::outagesChanged, so every screen showing outages reads them again. When the
// first redo (run by QUndoStack::push) fails, for example because the edit makes the outage
// identical to another stored one, the failure is reported and the command marks itself
// obsolete, so the stack drops it and nothing changed. The undo stack is cleared whenever
// another workspace is opened, so the workspace outlives the command.
class EditOutageCommand final : public QUndoCommand
{
public:
    EditOutageCommand(Workspace *workspace, WorkspaceEvents *events, Outage before, Outage after,
                      std::function<void(const QString &)> reportError);
    void undo() override;
    void redo() override;

private:
    bool store(const Outage &outage);

    Workspace *m_workspace;
    QPointer<WorkspaceEvents> m_events;
    Outage m_before;
    Outage m_after;
    std::function<void(const QString &)> m_reportError;
};

} // namespace termlens
