#include "mainwindow.h"

#include "agreementactions.h"
#include "agreementlistmodel.h"
#include "agreementpage.h"
#include "agreementrepository.h"
#include "agreementsscreen.h"
#include "appearance.h"
#include "languagemenu.h"
#include "outageimportcontroller.h"
#include "plaintooltip.h"
#include "reportexportcontroller.h"
#include "restorebackupdialog.h"
#include "screen.h"
#include "sessionbackup.h"
#include "tabletext.h"
#include "translationloader.h"
#include "viewregistry.h"
#include "workspace.h"
#include "workspacebackup.h"
#include "workspacecopy.h"
#include "workspaceevents.h"

#include <QAbstractItemView>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>

namespace termlens {

namespace {

constexpr int MaxRecent = 8;
const char *const RecentKey = "session/recentWorkspaces";
const char *const LastKey = "session/lastWorkspace";
const char *const GeometryKey = "mainWindow/geometry";
const char *const StateKey = "mainWindow/state";
const char *const ScreenKey = "mainWindow/screen";

QString settingKey(const char *key)
{
    return QString::fromLatin1(key);
}

QString withSuffix(const QString &path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".termlens") : path;
}

QString dialogFolder(const QString &current)
{
    if (!current.isEmpty())
        return QFileInfo(current).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// Selected cells as tab-separated lines, in the order the view shows them, each made safe for
// a spreadsheet (tabletext.h).
QString selectionAsText(const QAbstractItemView &view)
{
    QModelIndexList indexes =
        view.selectionModel() ? view.selectionModel()->selectedIndexes() : QModelIndexList();
    if (indexes.isEmpty() && view.currentIndex().isValid())
        indexes << view.currentIndex();
    std::sort(indexes.begin(), indexes.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    QString text;
    int row = -1;
    for (const QModelIndex &index : indexes) {
        if (row >= 0)
            text += index.row() == row ? u'\t' : u'\n';
        row = index.row();
        text += spreadsheetSafe(index.data().toString()).replace(u'\n', u' ').replace(u'\t', u' ');
    }
    return text;
}

// A term sheet names its format near the top; anything else dropped is taken for outages.
bool isTermSheetFile(const QString &path)
{
    if (path.endsWith(QStringLiteral(".termsheet.json"), Qt::CaseInsensitive))
        return true;
    if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(4096).contains("termlens.termsheet/");
}

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_agreements(new AgreementListModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_events(new WorkspaceEvents(this))
    , m_stack(new QStackedWidget(this))
    , m_countLabel(new QLabel(this))
    , m_backup(new SessionBackup(this))
    , m_backupLabel(new QLabel(this))
    , m_backupProgress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stack->setObjectName(QStringLiteral("screens"));
    m_stack->setAccessibleName(tr("Screens"));
    setCentralWidget(m_stack);
    m_countLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setAccessibleName(tr("Number of agreements"));
    statusBar()->addPermanentWidget(m_countLabel);
    // The session backup's progress, shown only while it runs (backUpSession).
    m_backupLabel->setObjectName(QStringLiteral("backupStatus"));
    m_backupLabel->setTextFormat(Qt::PlainText);
    m_backupProgress->setObjectName(QStringLiteral("backupProgress"));
    m_backupProgress->setRange(0, 100);
    m_backupProgress->setMaximumWidth(160);
    m_backupProgress->setTextVisible(true);
    m_backupProgress->setAccessibleName(tr("Backup progress"));
    statusBar()->addPermanentWidget(m_backupLabel);
    statusBar()->addPermanentWidget(m_backupProgress);
    m_backupLabel->hide();
    m_backupProgress->hide();
    connect(m_backup, &SessionBackup::progressed, m_backupProgress, &QProgressBar::setValue);
    connect(m_backup, &SessionBackup::finished, this, &MainWindow::sessionBackupFinished);
    setAcceptDrops(true);
    connect(m_events, &WorkspaceEvents::agreementsChanged, this, &MainWindow::reloadAgreements);
    connect(m_events, &WorkspaceEvents::showScreenRequested, this, &MainWindow::showScreen);
    connect(m_events, &WorkspaceEvents::showAgreementRequested, this, &MainWindow::showAgreement);
    connect(m_events, &WorkspaceEvents::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    new OutageImportController(this, m_events, m_agreements, [this] { return m_workspace.get(); });
    new ReportExportController(
        this, m_events, [this] { return m_workspace.get(); },
        [this](const QString &title, const QString &text) { showError(title, text); });
    buildScreens();
    buildMenus();
    updateTitle();
    statusBar()->showMessage(
        tr("Open a workspace with File > Open, or start one with File > New."));
}

MainWindow::~MainWindow()
{
    // The backup's worker reads the workspace file: it stops before the file is let go.
    stopSessionBackup();
    // Screens let go of the workspace before it closes: an open cell editor must not commit
    // into it while the window is torn down.
    for (int i = 0; i < m_stack->count(); ++i)
        static_cast<Screen *>(m_stack->widget(i))->setWorkspace(nullptr);
}

void MainWindow::buildScreens()
{
    const ScreenContext context{m_agreements, m_undoStack, m_events};
    for (const ScreenEntry &entry : screenEntries()) {
        Screen *page = entry.create(context, m_stack);
        page->setProperty("screenName", entry.name);
        page->setAccessibleName(screenTitle(entry.name));
        m_stack->addWidget(page);
    }
}

void MainWindow::buildMenus()
{
    buildFileMenu();
    buildEditMenu();
    // New, import, edit and delete agreements: the agreements screen's actions.
    if (auto *screen = qobject_cast<AgreementsScreen *>(screenPage(QStringLiteral("agreements"))))
        menuBar()->addMenu(screen->actions()->menu());
    buildViewMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About TermLens"), this, &MainWindow::about);
    about->setStatusTip(tr("Show the version and purpose of TermLens"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setStatusTip(tr("Show the version of the Qt toolkit"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::buildFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New Empty Workspace…"), this, &MainWindow::newWorkspace);
    create->setShortcut(QKeySequence::New);
    create->setStatusTip(tr("Create a new workspace file with no agreements"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openWorkspaceDialog);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a workspace file"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setStatusTip(tr("Open a workspace used recently"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_saveCopyAction = file->addAction(tr("Save a &Copy…"), this, &MainWindow::saveCopy);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    m_saveCopyAction->setStatusTip(tr("Write a copy of the open workspace to another file"));
    m_restoreAction =
        file->addAction(tr("Restore &Backup…"), this, &MainWindow::restoreBackupDialog);
    m_restoreAction->setObjectName(QStringLiteral("restoreBackupAction"));
    m_restoreAction->setStatusTip(
        tr("Replace the open workspace with one of its backups (the current state is kept)"));
    file->addSeparator();
    QAction *importSheets = file->addAction(tr("Import &Agreements…"), m_events, [this] {
        emit m_events->importTermSheetsRequested({});
    });
    importSheets->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importSheets->setStatusTip(tr("Add agreements from term-sheet files (.termsheet.json)"));
    QAction *importOutages = file->addAction(tr("Import &Outages…"), m_events,
                                             [this] { emit m_events->importOutagesRequested({}); });
    importOutages->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    importOutages->setStatusTip(tr("Add outages from a CSV file or a Statuspage incident history"));
    QAction *exportReport = file->addAction(tr("&Export Report…"), m_events,
                                            [this] { emit m_events->exportReportRequested(); });
    exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportReport->setStatusTip(tr("Write a PDF report of the workspace"));
    for (QAction *action : {importSheets, importOutages, exportReport}) {
        action->setEnabled(m_workspace != nullptr); // menus are rebuilt when the language changes
        connect(this, &MainWindow::workspaceOpened, action, [action] { action->setEnabled(true); });
    }
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setStatusTip(tr("Close TermLens"));
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::buildEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setStatusTip(tr("Undo the last change to the workspace"));
    edit->addAction(undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setStatusTip(tr("Redo the change last undone"));
    edit->addAction(redo);
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy"), this, &MainWindow::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setStatusTip(tr("Copy the selected rows or text"));
    QAction *find = edit->addAction(tr("&Find…"), this, &MainWindow::findInScreen);
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Filter the list on this screen"));
}

void MainWindow::buildViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_screenActions = new QActionGroup(this);
    m_screenActions->setExclusive(true);
    for (const ScreenEntry &entry : screenEntries()) {
        QAction *action = view->addAction(screenTitle(entry.name));
        action->setCheckable(true);
        action->setShortcut(entry.shortcut);
        action->setData(entry.name);
        action->setStatusTip(tr("Show the %1 screen").arg(screenTitle(entry.name)));
        m_screenActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, name = entry.name] { showScreen(name); });
    }
    if (!m_screenActions->actions().isEmpty())
        m_screenActions->actions().first()->setChecked(true);
    addAppearanceMenu(view);
    addLanguageMenu(view, [window = QPointer<MainWindow>(this)](const QString &key) {
        if (!window || window->setLanguage(key))
            return;
        // Declined or refused: the menu shows the language still in use.
        const QString stored = storedLanguage();
        if (auto *current = window->findChild<QAction *>(
                QStringLiteral("language-%1")
                    .arg(stored.isEmpty() ? QStringLiteral("system") : stored)))
            current->setChecked(true);
    });
}

bool MainWindow::confirmLanguageSwitch()
{
    for (QDialog *dialog : findChildren<QDialog *>()) {
        if (dialog->isVisible()) {
            showError(tr("Could not change the language"),
                      tr("Close the open dialog “%1” first: the screens are rebuilt in the new "
                         "language.")
                          .arg(dialog->windowTitle()));
            return false;
        }
    }
    if (m_undoStack->count() == 0)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Change the Language"),
                    tr("The screens are rebuilt in the new language, on the same workspace. "
                       "Edit > Undo cannot take back the changes made so far afterwards.\n\n"
                       "Change the language now?"),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Yes);
    return box.exec() == QMessageBox::Yes;
}

bool MainWindow::setLanguage(const QString &key)
{
    if (key == storedLanguage())
        return true;
    if (!confirmLanguageSwitch())
        return false;
    applyLanguage(key);
    rebuildInterface();
    return true;
}

void MainWindow::rebuildInterface()
{
    const QString shown = currentScreen();
    QHash<QString, QByteArray> layouts;
    while (m_stack->count() > 0) {
        auto *page = static_cast<Screen *>(m_stack->widget(0));
        layouts.insert(page->property("screenName").toString(), page->saveLayout());
        page->setWorkspace(nullptr);
        m_stack->removeWidget(page);
        delete page;
    }
    // The commands refer to the screens (and their error reports) just deleted.
    m_undoStack->clear();
    delete m_screenActions;
    m_screenActions = nullptr;
    m_recentMenu = nullptr;
    m_saveCopyAction = nullptr;
    setMenuBar(new QMenuBar(this)); // deletes the old bar and its menus
    setLocale(QLocale());           // the new default locale, for every widget built below
    m_stack->setAccessibleName(tr("Screens"));
    m_countLabel->setAccessibleName(tr("Number of agreements"));
    m_backupProgress->setAccessibleName(tr("Backup progress"));
    buildScreens();
    buildMenus();
    if (m_workspace) {
        reloadAgreements(); // the list's texts in the new language
        for (int i = 0; i < m_stack->count(); ++i)
            static_cast<Screen *>(m_stack->widget(i))->setWorkspace(m_workspace.get());
    }
    for (int i = 0; i < m_stack->count(); ++i) {
        auto *page = static_cast<Screen *>(m_stack->widget(i));
        const QByteArray state = layouts.value(page->property("screenName").toString());
        if (!state.isEmpty())
            page->restoreLayout(state);
    }
    showScreen(shown);
    updateTitle();
    if (m_saveCopyAction)
        m_saveCopyAction->setEnabled(m_workspace != nullptr);
    statusBar()->showMessage(
        tr("TermLens is now shown in %1.").arg(languageName(effectiveLanguage(storedLanguage()))),
        5000);
}

bool MainWindow::openWorkspace(const QString &path)
{
    const QFileInfo info(path);
    if (m_workspace && info.exists() &&
        info.canonicalFilePath() == QFileInfo(m_workspace->path()).canonicalFilePath())
        return true; // already open; opening again would trip over our own lock
    StorageResult<Workspace> opened = Workspace::open(info.absoluteFilePath());
    if (!opened.ok()) {
        showError(tr("Could not open the workspace"),
                  tr("Could not open the workspace “%1”.\n\n%2\n\nFile: %3")
                      .arg(info.fileName(), opened.error.message, info.absoluteFilePath()));
        return false;
    }
    return install(std::move(*opened.value));
}

bool MainWindow::adoptWorkspace(Workspace workspace)
{
    return install(std::move(workspace));
}

bool MainWindow::install(Workspace workspace)
{
    auto incoming = std::make_unique<Workspace>(std::move(workspace));
    std::swap(m_workspace, incoming);
    if (!reloadAgreements()) {
        // Keep what was open before: the new file stays untouched and closed.
        std::swap(m_workspace, incoming);
        incoming->close();
        reloadAgreements();
        return false;
    }
    if (incoming) {
        stopSessionBackup(); // of the workspace closed now
        incoming->close();
    }
    m_undoStack->clear(); // its commands refer to the workspace that was open
    for (int i = 0; i < m_stack->count(); ++i)
        static_cast<Screen *>(m_stack->widget(i))->setWorkspace(m_workspace.get());
    m_saveCopyAction->setEnabled(true);
    m_restoreAction->setEnabled(true);
    updateTitle();
    rememberRecent(m_workspace->path());
    backUpSession();
    statusBar()->showMessage(tr("Opened %1").arg(m_workspace->path()), 5000);
    if (m_workspace->isReadOnly()) {
        const QFileInfo info(m_workspace->path());
        showError(tr("Opened read-only"),
                  tr("“%1” is read-only: its permissions do not let TermLens write to it. You "
                     "can read it, but changes cannot be saved; use File > Save a Copy to work "
                     "on a copy.\n\nFile: %2")
                      .arg(info.fileName(), info.absoluteFilePath()));
    }
    emit workspaceOpened(m_workspace->path());
    return true;
}

bool MainWindow::reloadAgreements()
{
    if (!m_workspace) {
        m_agreements->clear();
        m_countLabel->clear();
        return true;
    }
    AgreementRepository repository(*m_workspace);
    const StorageResult<QList<AgreementSummary>> listed = repository.list();
    QList<TermSheet> sheets;
    StorageError error = listed.error;
    for (const AgreementSummary &summary : listed.value.value_or(QList<AgreementSummary>())) {
        StorageResult<std::optional<TermSheet>> loaded = repository.load(summary.id);
        if (!loaded.ok()) {
            error = loaded.error;
            break;
        }
        if (*loaded.value)
            sheets << std::move(**loaded.value);
    }
    if (!listed.ok() || !error.message.isEmpty()) {
        const QFileInfo info(m_workspace->path());
        showError(tr("Could not read the workspace"),
                  tr("Could not read the agreements of “%1”.\n\n%2\n\nFile: %3")
                      .arg(info.fileName(), error.message, info.absoluteFilePath()));
        return false;
    }
    m_agreements->setAgreements(std::move(sheets), locale());
    const int count = m_agreements->rowCount();
    m_countLabel->setText(count == 1 ? tr("1 agreement") : tr("%1 agreements").arg(count));
    return true;
}

QString MainWindow::workspacePath() const
{
    return m_workspace ? m_workspace->path() : QString();
}

bool MainWindow::showScreen(const QString &name)
{
    for (int i = 0; i < m_stack->count(); ++i) {
        if (m_stack->widget(i)->property("screenName").toString() != name)
            continue;
        m_stack->setCurrentIndex(i);
        for (QAction *action : m_screenActions->actions())
            action->setChecked(action->data().toString() == name);
        return true;
    }
    return false;
}

QString MainWindow::currentScreen() const
{
    QWidget *page = m_stack->currentWidget();
    return page ? page->property("screenName").toString() : QString();
}

Screen *MainWindow::screenPage(const QString &name) const
{
    for (int i = 0; i < m_stack->count(); ++i) {
        if (m_stack->widget(i)->property("screenName").toString() == name)
            return static_cast<Screen *>(m_stack->widget(i));
    }
    return nullptr;
}

void MainWindow::setRemembersSession(bool remember)
{
    m_remember = remember;
}

void MainWindow::showError(const QString &title, const QString &text)
{
    // Window-modal and not blocking: the app keeps running, and tests can read the box.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateTitle()
{
    if (!m_workspace) {
        setWindowTitle(tr("TermLens"));
        setWindowFilePath({});
        if (m_saveCopyAction)
            m_saveCopyAction->setEnabled(false);
        if (m_restoreAction)
            m_restoreAction->setEnabled(false);
        return;
    }
    setWindowFilePath(m_workspace->path());
    setWindowTitle(
        m_workspace->isReadOnly()
            ? tr("%1 (read-only) — TermLens").arg(QFileInfo(m_workspace->path()).fileName())
            : tr("%1 — TermLens").arg(QFileInfo(m_workspace->path()).fileName()));
}

void MainWindow::rememberRecent(const QString &path)
{
    if (!m_remember)
        return;
    QSettings settings;
    QStringList recent = settings.value(settingKey(RecentKey)).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(settingKey(RecentKey), recent);
    settings.setValue(settingKey(LastKey), path);
}

QStringList MainWindow::recentWorkspaces()
{
    QSettings settings;
    const QStringList stored = settings.value(settingKey(RecentKey)).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        if (QFileInfo::exists(path) && !existing.contains(path))
            existing << path;
    }
    if (existing != stored)
        settings.setValue(settingKey(RecentKey), existing);
    return existing.mid(0, MaxRecent);
}

QString MainWindow::lastSessionWorkspace()
{
    return QSettings().value(settingKey(LastKey)).toString();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentWorkspaces();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        QString name = QFileInfo(recent[i]).fileName();
        name.replace(u'&', QStringLiteral("&&")); // a file name's '&' is not a mnemonic
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(name));
        action->setStatusTip(recent[i]);
        connect(action, &QAction::triggered, this,
                [this, path = recent[i]] { openWorkspace(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clearAction = m_recentMenu->addAction(
        tr("&Clear List"), this, [] { QSettings().remove(settingKey(RecentKey)); });
    clearAction->setEnabled(!recent.isEmpty());
}

void MainWindow::newWorkspace()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("New Empty Workspace"), dialogFolder(workspacePath()),
        tr("TermLens workspaces (*.termlens)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen);
    if (QFileInfo::exists(path)) {
        showError(tr("Could not create the workspace"),
                  tr("“%1” already exists. A new workspace never replaces a file: choose "
                     "another name.\n\nFile: %2")
                      .arg(QFileInfo(path).fileName(), QFileInfo(path).absoluteFilePath()));
        return;
    }
    StorageResult<Workspace> created = Workspace::create(path);
    if (!created.ok()) {
        showError(tr("Could not create the workspace"),
                  tr("Could not create the workspace “%1”.\n\n%2\n\nFile: %3")
                      .arg(QFileInfo(path).fileName(), created.error.message,
                           QFileInfo(path).absoluteFilePath()));
        return;
    }
    install(std::move(*created.value));
}

void MainWindow::openWorkspaceDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Workspace"), dialogFolder(workspacePath()),
                                     tr("TermLens workspaces (*.termlens);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::saveCopy()
{
    if (!m_workspace)
        return;
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Save a Copy"), dialogFolder(workspacePath()),
                                     tr("TermLens workspaces (*.termlens)"));
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen);
    const StorageStatus saved = saveWorkspaceCopy(*m_workspace, path);
    if (!saved.ok()) {
        showError(tr("Could not save a copy"),
                  tr("Could not save a copy as “%1”.\n\n%2\n\nFile: %3")
                      .arg(QFileInfo(path).fileName(), saved.error.message,
                           QFileInfo(path).absoluteFilePath()));
        return;
    }
    statusBar()->showMessage(tr("Saved a copy as %1").arg(QFileInfo(path).absoluteFilePath()),
                             5000);
}

// One backup per session, kept in generations (workspacebackup.h), copied on a worker thread
// (sessionbackup.h) with its progress in the status bar. Not for a run that remembers nothing
// (--screenshot, benchmarks). A failed backup is reported and the workspace stays open.
void MainWindow::backUpSession()
{
    if (!m_remember || !m_workspace)
        return;
    stopSessionBackup();
    const QString file = m_workspace->path();
    const StorageResult<std::optional<int>> due = sessionBackupDue(*m_workspace);
    if (!due.ok()) {
        sessionBackupFinished(StorageResult<QString>::failure(due.error));
        return;
    }
    if (!*due.value) {
        pruneWorkspaceBackups(file, backupGenerations(*m_workspace));
        return;
    }
    m_backupLabel->setText(tr("Backing up %1…").arg(QFileInfo(file).fileName()));
    m_backupLabel->setToolTip(plainToolTip(file));
    m_backupProgress->setStatusTip(
        tr("The session's backup of the workspace is being written beside it; you can keep "
           "working"));
    m_backupProgress->setValue(0);
    m_backupLabel->show();
    m_backupProgress->show();
    m_backup->start(file, **due.value);
}

void MainWindow::stopSessionBackup()
{
    if (m_backup->cancel()) {
        m_backupLabel->hide();
        m_backupProgress->hide();
    }
}

void MainWindow::waitForBackup()
{
    m_backup->waitForFinished();
}

void MainWindow::sessionBackupFinished(const StorageResult<QString> &result)
{
    m_backupLabel->hide();
    m_backupProgress->hide();
    if (!result.ok()) {
        const QString file = result.error.file.isEmpty() ? workspacePath() : result.error.file;
        showError(tr("Could not back up the workspace"),
                  tr("The session's backup of “%1” could not be written; the workspace is open "
                     "and unchanged.\n\n%2\n\nFile: %3")
                      .arg(QFileInfo(file).fileName(), result.error.message, file));
        return;
    }
    const QString backup = *result.value;
    const QString workspaceFile = m_workspace ? m_workspace->path() : QString();
    const bool same = !workspaceFile.isEmpty() && backup.startsWith(workspaceFile + u'.');
    if (same)
        pruneWorkspaceBackups(workspaceFile, backupGenerations(*m_workspace));
    statusBar()->showMessage(tr("Backed up to %1").arg(backup), 5000);
}

void MainWindow::restoreBackupDialog()
{
    if (!m_workspace)
        return;
    auto *dialog = new RestoreBackupDialog(m_workspace->path(),
                                           listWorkspaceBackups(m_workspace->path()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setGenerations(backupGenerations(*m_workspace), !m_workspace->isReadOnly());
    connect(dialog, &RestoreBackupDialog::generationsChanged, this, [this, dialog](int n) {
        setBackupGenerations(n);
        dialog->setGenerations(m_workspace ? backupGenerations(*m_workspace) : n,
                               m_workspace && !m_workspace->isReadOnly());
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const WorkspaceBackup chosen = dialog->selectedInfo();
        if (!chosen.path.isEmpty())
            confirmRestore(chosen.path,
                           locale().toString(chosen.takenUtc.toLocalTime(), QLocale::ShortFormat));
    });
    dialog->open();
}

// The number of backups kept is a setting of the workspace (backupGenerations in
// workspacebackup.h); older backups go when the next session's backup is written.
void MainWindow::setBackupGenerations(int generations)
{
    if (!m_workspace)
        return;
    const StorageStatus saved =
        m_workspace->setSetting(backupGenerationsKey(), QString::number(generations));
    if (!saved.ok()) {
        showError(tr("Could not change the number of backups kept"),
                  tr("%1\n\nFile: %2").arg(saved.error.message, m_workspace->path()));
        return;
    }
    statusBar()->showMessage(tr("The newest %n backup(s) of %1 are kept", nullptr, generations)
                                 .arg(QFileInfo(m_workspace->path()).fileName()),
                             5000);
}

void MainWindow::confirmRestore(const QString &backupPath, const QString &takenText)
{
    if (!m_workspace)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Restore Backup"),
        tr("Replace “%1” with the backup taken %2?\n\nThe workspace as it is now is kept as a "
           "backup first, so you can restore it again from File > Restore Backup. Undo history "
           "is cleared.")
            .arg(QFileInfo(m_workspace->path()).fileName(), takenText),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRestore"));
    box->setTextFormat(Qt::PlainText);
    QPushButton *restore = box->addButton(tr("Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("confirmRestoreButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, restore, backupPath](QAbstractButton *clicked) {
                if (clicked == restore)
                    restoreBackup(backupPath);
            });
    box->open();
}

bool MainWindow::restoreBackup(const QString &backupPath)
{
    if (!m_workspace)
        return false;
    const QString file = m_workspace->path();
    // The screens let go first, then the file is closed (its lock released for the restore).
    stopSessionBackup();
    for (int i = 0; i < m_stack->count(); ++i)
        static_cast<Screen *>(m_stack->widget(i))->setWorkspace(nullptr);
    m_undoStack->clear();
    m_workspace.reset();
    const StorageResult<QString> kept =
        restoreWorkspaceBackup(backupPath, file, Migrations().latestVersion());
    const bool reopened = openWorkspace(file);
    if (!reopened) {
        reloadAgreements();
        updateTitle();
    }
    if (!kept.ok()) {
        showError(tr("Could not restore the backup"),
                  tr("%1\n\nFile: %2").arg(kept.error.message, file));
        return false;
    }
    if (reopened)
        statusBar()->showMessage(
            tr("Restored %1; the workspace as it was is kept as %2")
                .arg(QFileInfo(backupPath).fileName(), QFileInfo(*kept.value).fileName()),
            8000);
    return reopened;
}

void MainWindow::copySelection()
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *view = qobject_cast<QAbstractItemView *>(focus))
        QApplication::clipboard()->setText(selectionAsText(*view));
    else if (auto *text = qobject_cast<QPlainTextEdit *>(focus))
        text->copy();
    else if (auto *line = qobject_cast<QLineEdit *>(focus))
        line->copy();
    else if (auto *label = qobject_cast<QLabel *>(focus); label && label->hasSelectedText())
        QApplication::clipboard()->setText(label->selectedText());
}

void MainWindow::findInScreen()
{
    if (auto *page = static_cast<Screen *>(m_stack->currentWidget()))
        page->focusFilter();
}

void MainWindow::about()
{
    QMessageBox box(QMessageBox::Information, tr("About TermLens"),
                    tr("TermLens %1\n\nCompares SaaS agreements term by term, computes the "
                       "service credits each contract owes by its own rules, and tracks the "
                       "deadlines that cost money when missed. Everything stays on this "
                       "computer.")
                        .arg(QStringLiteral(TERMLENS_VERSION)),
                    QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

bool MainWindow::restoreLayout()
{
    QSettings settings;
    const bool restored = restoreGeometry(settings.value(settingKey(GeometryKey)).toByteArray());
    restoreState(settings.value(settingKey(StateKey)).toByteArray());
    for (int i = 0; i < m_stack->count(); ++i) {
        auto *page = static_cast<Screen *>(m_stack->widget(i));
        const QString key =
            QStringLiteral("screens/%1/layout").arg(page->property("screenName").toString());
        const QByteArray state = settings.value(key).toByteArray();
        if (!state.isEmpty())
            page->restoreLayout(state);
    }
    const QString screenName = settings.value(settingKey(ScreenKey)).toString();
    if (!screenName.isEmpty())
        showScreen(screenName);
    return restored;
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(settingKey(GeometryKey), saveGeometry());
    settings.setValue(settingKey(StateKey), saveState());
    settings.setValue(settingKey(ScreenKey), currentScreen());
    for (int i = 0; i < m_stack->count(); ++i) {
        auto *page = static_cast<Screen *>(m_stack->widget(i));
        settings.setValue(
            QStringLiteral("screens/%1/layout").arg(page->property("screenName").toString()),
            page->saveLayout());
    }
}

void MainWindow::importFiles(const QStringList &paths)
{
    QStringList sheets;
    QStringList outages;
    for (const QString &path : paths)
        (isTermSheetFile(path) ? sheets : outages) << path;
    if (!sheets.isEmpty())
        emit m_events->importTermSheetsRequested(sheets);
    if (!outages.isEmpty())
        emit m_events->importOutagesRequested(outages);
}

void MainWindow::showAgreement(const QString &agreementId, const QString &termKey)
{
    auto *screen = qobject_cast<AgreementsScreen *>(screenPage(QStringLiteral("agreements")));
    if (!screen || !screen->selectAgreement(agreementId))
        return;
    showScreen(QStringLiteral("agreements"));
    if (!termKey.isEmpty())
        screen->page()->selectTerm(termKey);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_workspace && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (!m_workspace || paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_remember)
        saveLayout();
    stopSessionBackup(); // nothing of an unfinished copy is left
    if (m_workspace)
        m_workspace->close();
    event->accept();
}

} // namespace termlens
