#pragma once

#include "storageresult.h"

#include <QMainWindow>
#include <QString>
#include <QStringList>

#include <memory>

class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QUndoStack;

namespace termlens {

class AgreementListModel;
class Screen;
class SessionBackup;
class Workspace;
class WorkspaceEvents;

// The desktop app's window: menus, the open workspace, and a stack of screens
// (viewregistry.h). A workspace that fails to open is reported in a message box naming the
// file, and the window carries on with what it had. Layout and recent workspaces are kept in
// QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the workspace at `path` in place of the current one. On failure a message box
    // (window-modal, not blocking) names the file and the cause; returns false.
    bool openWorkspace(const QString &path);
    // Takes over a workspace opened elsewhere (the sample workspace created on first launch).
    bool adoptWorkspace(Workspace workspace);
    QString workspacePath() const;

    // File > Restore Backup without its dialogs: closes the open workspace, puts the backup at
    // `backupPath` in its place (the current file kept as a backup, stale journals removed)
    // and reopens it. On failure says why in a message box and reopens the file as it was.
    bool restoreBackup(const QString &backupPath);

    // Shows one screen by its --view name; false for an unknown name.
    bool showScreen(const QString &name);
    QString currentScreen() const;
    Screen *screenPage(const QString &name) const;
    // Shared with every screen (screen.h): the workspace-wide undo stack and notice board.
    QUndoStack *undoStack() const { return m_undoStack; }
    WorkspaceEvents *events() const { return m_events; }
    // What dropping these files on the window does: term sheets go to the agreement import,
    // anything else to the outage import (both through WorkspaceEvents).
    void importFiles(const QStringList &paths);

    // A warning in a window-modal message box that does not block (plain text; the app keeps
    // running). Used for every error the window reports.
    void showError(const QString &title, const QString &text);

    // View > Language: remembers the choice ("" the system's, "en", "de", "fr"), installs its
    // translators and locale, and rebuilds the menus and screens in it on the same open
    // workspace, showing the same screen with the same layout. Undo history is cleared (its
    // commands belong to the old screens): with something to undo the user is asked first.
    // False when the user declined or a dialog is open.
    bool setLanguage(const QString &key);

    // The session's backup, written on a worker thread after a workspace opens (progress in the
    // status bar); switching workspace, restoring a backup and closing the window cancel it
    // (nothing of it is left). Tests wait for it with waitForBackup().
    SessionBackup *sessionBackup() const { return m_backup; }
    void waitForBackup();

    // Off for --screenshot and --quit-after-show: nothing of such a run is remembered (last
    // workspace, recent files, window layout).
    void setRemembersSession(bool remember);
    // Window geometry and screen layouts of the last session; false when there are none.
    bool restoreLayout();
    // The workspace the last session had open (empty on first launch).
    static QString lastSessionWorkspace();
    static QStringList recentWorkspaces();

signals:
    void workspaceOpened(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void buildFileMenu();
    void buildEditMenu();
    void buildViewMenu();
    void buildScreens();
    void rebuildInterface();
    bool confirmLanguageSwitch();
    bool install(Workspace workspace);
    bool reloadAgreements();
    void updateTitle();
    void rememberRecent(const QString &path);
    void fillRecentMenu();
    void newWorkspace();
    void openWorkspaceDialog();
    void saveCopy();
    void restoreBackupDialog();
    void confirmRestore(const QString &backupPath, const QString &takenText);
    void backUpSession();
    void stopSessionBackup();
    void sessionBackupFinished(const StorageResult<QString> &result);
    void setBackupGenerations(int generations);
    void copySelection();
    void findInScreen();
    void about();
    void saveLayout() const;
    void showAgreement(const QString &agreementId, const QString &termKey);

    std::unique_ptr<Workspace> m_workspace;
    AgreementListModel *m_agreements = nullptr;
    QUndoStack *m_undoStack = nullptr;
    WorkspaceEvents *m_events = nullptr;
    QStackedWidget *m_stack = nullptr;
    QActionGroup *m_screenActions = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QLabel *m_countLabel = nullptr;
    SessionBackup *m_backup = nullptr;
    QLabel *m_backupLabel = nullptr;
    QProgressBar *m_backupProgress = nullptr;
    bool m_remember = true;
};

} // namespace termlens
