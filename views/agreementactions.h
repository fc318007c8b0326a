#pragma once

#include "agreementcommands.h"
#include "screen.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace termlens {

class AgreementEditor;
class SubscriptionEditor;

// What the user does to agreements, as actions for the Agreement menu, the agreements
// screen's tool bar and its list's context menu: a new agreement (the editor), import of
// term-sheet files (also files dropped on the window), editing the current agreement's terms
// and its subscription, and deleting it. Every change is one command on the workspace's undo
// stack; a refused file or a storage failure is reported in a message box naming the file
// and the cause, with nothing changed.
class AgreementActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementActions)

public:
    // `owner`: the screen (dialogs and messages open over its window). `currentId`: the
    // agreement the user has chosen, empty when none.
    AgreementActions(const ScreenContext &context, QWidget *owner,
                     std::function<QString()> currentId);
    ~AgreementActions() override;

    void setWorkspace(Workspace *workspace);
    // Enables what applies to the current agreement; the screen calls it when that changes.
    void updateEnabled();

    QMenu *menu() const { return m_menu; }
    QAction *newAction() const { return m_new; }
    QAction *importAction() const { return m_import; }
    QAction *editAction() const { return m_edit; }
    QAction *subscriptionAction() const { return m_subscription; }
    QAction *deleteAction() const { return m_delete; }

    // Reads and validates every file, then stores all of them as one undoable import, or
    // none (the problems of every file are listed, each with its place). Empty: asks for files.
    bool importTermSheets(const QStringList &paths);
    // The editors open window-modal without blocking and delete themselves when closed.
    AgreementEditor *newAgreement();
    AgreementEditor *editCurrent();
    SubscriptionEditor *editSubscription();
    bool deleteCurrent();

signals:
    // An agreement was created, imported or edited: the screen shows it.
    void showAgreement(const QString &agreementId);

private:
    AgreementCommandContext commandContext() const;
    void showError(const QString &title, const QString &text) const;
    void status(const QString &text) const;

    ScreenContext m_context;
    QWidget *m_owner = nullptr;
    std::function<QString()> m_currentId;
    Workspace *m_workspace = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_new = nullptr;
    QAction *m_import = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_subscription = nullptr;
    QAction *m_delete = nullptr;
};

} // namespace termlens
