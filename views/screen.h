#pragma once

#include <QByteArray>
#include <QString>
#include <QWidget>

class QUndoStack;

namespace termlens {

class AgreementListModel;
class Workspace;
class WorkspaceEvents;

// What every screen gets from the main window when it is built; all of it outlives the
// screens. The workspace itself (for what a screen loads on its own: outages, subscriptions)
// comes through Screen::setWorkspace().
struct ScreenContext
{
    // The open workspace's agreements, shared so every screen shows the same list. The window
    // reloads it on WorkspaceEvents::agreementsChanged().
    AgreementListModel *agreements = nullptr;
    // Every change a user makes to the workspace is a QUndoCommand pushed here (Edit > Undo
    // and Redo work across screens). Cleared when another workspace is opened.
    QUndoStack *undoStack = nullptr;
    // Who changed what, and requests from the window's menus and drops (workspaceevents.h).
    WorkspaceEvents *events = nullptr;
};

// One page of the main window's stack (viewregistry.h lists them by --view name).
class Screen : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Screen)

public:
    explicit Screen(QWidget *parent = nullptr);
    ~Screen() override;

    // A workspace was opened (or closed: nullptr). The agreements model is already reloaded.
    virtual void setWorkspace(Workspace *workspace);
    // Edit > Find: put the keyboard in the screen's filter box, if it has one.
    virtual void focusFilter();
    // Splitter and column layout, remembered between sessions.
    virtual QByteArray saveLayout() const;
    virtual void restoreLayout(const QByteArray &state);
};

} // namespace termlens
