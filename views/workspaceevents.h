#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace termlens {

// The main window's notice board: a screen that changes the workspace says so here, and every
// screen that shows what changed reloads. Undo commands emit the same signals from both
// redo() and undo(), so a screen never needs to know who made a change. Requests that come
// from the window (menus, files dropped on it) reach the screen that handles them here too.
class WorkspaceEvents final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceEvents)

public:
    explicit WorkspaceEvents(QObject *parent = nullptr);
    ~WorkspaceEvents() override;

signals:
    // Stored data changed. An empty agreement id means "any agreement".
    void agreementsChanged(); // added, edited or deleted agreements (the window reloads its list)
    void subscriptionsChanged(const QString &agreementId);
    void outagesChanged(const QString &agreementId);
    void creditClaimsChanged(const QString &agreementId);
    void playbookChanged();

    // Requests from the window: File menu entries and files dropped on the window.
    void importTermSheetsRequested(const QStringList &paths); // empty: ask for files
    void importOutagesRequested(const QStringList &paths);    // empty: ask for files
    void exportReportRequested();
    // A screen asks the window to show another screen (its --view name) and, where it makes
    // sense, one agreement and one term in it (termKey as in termrows.h, may be empty).
    void showScreenRequested(const QString &name);
    void showAgreementRequested(const QString &agreementId, const QString &termKey);
    // A short message for the status bar.
    void statusMessage(const QString &text);
};

} // namespace termlens
