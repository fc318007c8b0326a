#pragma once

#include <QByteArray>
#include <QString>
#include <QWidget>

namespace termlens {

class AgreementListModel;
class Workspace;

// What every screen gets from the main window when it is built: the open workspace's
// agreements, shared so every screen shows the same list. It outlives the screens. The
// workspace itself (for what a screen loads on its own: outages, subscriptions) comes
// through Screen::setWorkspace().
struct ScreenContext
{
    AgreementListModel *agreements = nullptr;
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
