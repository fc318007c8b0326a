#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace termlens {

class AgreementListModel;
class OutageImportDialog;
class Workspace;
class WorkspaceEvents;

// Answers WorkspaceEvents::importOutagesRequested (File > Import Outages…, files dropped on
// the window): asks for files when none are given, then opens one OutageImportDialog per file,
// one after the other. A finished import is announced with WorkspaceEvents::outagesChanged.
// The main window creates it; `workspace` gives the window's open workspace (or nullptr).
class OutageImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutageImportController)

public:
    OutageImportController(QWidget *window, WorkspaceEvents *events, AgreementListModel *agreements,
                           std::function<Workspace *()> workspace);
    ~OutageImportController() override;

    // The dialog on screen, if any (tests drive it).
    OutageImportDialog *currentDialog() const;

    void importFiles(const QStringList &paths);

private:
    void openNext();

    QWidget *m_window;
    WorkspaceEvents *m_events;
    AgreementListModel *m_agreements;
    std::function<Workspace *()> m_workspace;
    QStringList m_queue;
    QPointer<OutageImportDialog> m_dialog;
};

} // namespace termlens
