#include "agreementactions.h"

#include "agreementeditor.h"
#include "agreementlistmodel.h"
#include "subscriptioneditor.h"
#include "subscriptionrepository.h"
#include "termsheetfile.h"
#include "workspace.h"
#include "workspaceevents.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

namespace termlens {

namespace {

using namespace Qt::StringLiterals;

constexpr qsizetype MaxListedProblems = 30;

} // namespace

AgreementActions::AgreementActions(const ScreenContext &context, QWidget *owner,
                                   std::function<QString()> currentId)
    : QObject(owner)
    , m_context(context)
    , m_owner(owner)
    , m_currentId(std::move(currentId))
    , m_menu(new QMenu(tr("&Agreement"), owner))
{
    m_menu->setObjectName(u"agreementMenu"_s);
    m_new = m_menu->addAction(tr("&New Agreement…"), this, [this] { newAgreement(); });
    m_new->setObjectName(u"newAgreementAction"_s);
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_new->setStatusTip(tr("Enter a new agreement term by term, with its documents' text"));
    // File > Import Agreements has Ctrl+I; one shortcut belongs to one action.
    m_import =
        m_menu->addAction(tr("&Import from Term Sheets…"), this, [this] { importTermSheets({}); });
    m_import->setObjectName(u"importAgreementsAction"_s);
    m_import->setStatusTip(tr("Add agreements from term-sheet files (.termsheet.json); an "
                              "agreement with the same id is replaced"));
    m_menu->addSeparator();
    m_edit = m_menu->addAction(tr("&Edit Terms…"), this, [this] { editCurrent(); });
    m_edit->setObjectName(u"editAgreementAction"_s);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_edit->setStatusTip(tr("Edit the terms, citations and documents of the chosen agreement"));
    m_subscription = m_menu->addAction(tr("&Subscription…"), this, [this] { editSubscription(); });
    m_subscription->setObjectName(u"subscriptionAction"_s);
    m_subscription->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_subscription->setStatusTip(
        tr("Edit what the customer pays under the chosen agreement: start date, billing "
           "cycle, services with fees, payments"));
    m_menu->addSeparator();
    m_delete = m_menu->addAction(tr("&Delete Agreement"), this, [this] { deleteCurrent(); });
    m_delete->setObjectName(u"deleteAgreementAction"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    // Del deletes only where agreements are listed, never while typing elsewhere.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setStatusTip(tr("Delete the chosen agreement with its outages, subscription and "
                              "claims (Edit > Undo brings all of it back)"));
    if (m_context.events) {
        connect(m_context.events, &WorkspaceEvents::importTermSheetsRequested, this,
                [this](const QStringList &paths) { importTermSheets(paths); });
    }
    updateEnabled();
}

AgreementActions::~AgreementActions() = default;

void AgreementActions::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    updateEnabled();
}

void AgreementActions::updateEnabled()
{
    const bool open = m_workspace != nullptr;
    const bool chosen = open && !m_currentId().isEmpty();
    m_new->setEnabled(open);
    m_import->setEnabled(open);
    m_edit->setEnabled(chosen);
    m_subscription->setEnabled(chosen);
    m_delete->setEnabled(chosen);
}

AgreementCommandContext AgreementActions::commandContext() const
{
    return {m_workspace, m_context.events,
            [this](const QString &title, const QString &text) { showError(title, text); }};
}

void AgreementActions::showError(const QString &title, const QString &text) const
{
    // Window-modal and not blocking, as every message of the main window.
    auto *box =
        new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_owner->window());
    box->setObjectName(u"errorMessage"_s);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AgreementActions::status(const QString &text) const
{
    if (m_context.events)
        emit m_context.events->statusMessage(text);
}

bool AgreementActions::importTermSheets(const QStringList &chosen)
{
    if (!m_workspace)
        return false;
    QStringList paths = chosen;
    if (paths.isEmpty()) {
        paths = QFileDialog::getOpenFileNames(
            m_owner->window(), tr("Import Agreements"),
            QFileInfo(m_workspace->path()).absolutePath(),
            tr("Term sheets (*.termsheet.json *.json);;All files (*)"));
        if (paths.isEmpty())
            return false;
    }
    QList<TermSheet> sheets;
    QStringList problems;
    QHash<QString, QString> fileOfId;
    for (const QString &path : std::as_const(paths)) {
        const QString name = QFileInfo(path).fileName();
        const TermSheetFileResult read = readTermSheetFile(path);
        for (const ValidationIssue &issue : read.issues)
            problems << tr("%1: %2").arg(name, issue.toString());
        if (!read.sheet)
            continue;
        if (fileOfId.contains(read.sheet->id)) {
            problems << tr("%1: id: \"%2\" is also the id of %3; one import cannot hold an "
                           "agreement twice")
                            .arg(name, read.sheet->id, fileOfId.value(read.sheet->id));
            continue;
        }
        fileOfId.insert(read.sheet->id, name);
        sheets << *read.sheet;
    }
    if (!problems.isEmpty()) {
        const qsizetype more = problems.size() - MaxListedProblems;
        if (more > 0) {
            problems.resize(MaxListedProblems);
            problems << tr("… and %n more problem(s).", nullptr, int(more));
        }
        QStringList files;
        for (const QString &path : std::as_const(paths))
            files << QFileInfo(path).absoluteFilePath();
        showError(tr("Could not import the agreements"),
                  tr("Nothing was imported: fix these problems in the term sheets and import "
                     "them again.\n\n%1\n\nFiles: %2")
                      .arg(problems.join(u'\n'), files.join(u", "_s)));
        return false;
    }
    QStringList vendors;
    for (const TermSheet &sheet : std::as_const(sheets))
        vendors << sheet.vendor;
    const QString text = sheets.size() == 1
                             ? tr("Import %1").arg(vendors.constFirst())
                             : tr("Import %n agreement(s)", nullptr, int(sheets.size()));
    auto *command = new AddAgreementsCommand(commandContext(), sheets, text);
    const int before = m_context.undoStack->index();
    m_context.undoStack->push(command); // deleted by the stack if its redo failed
    if (m_context.undoStack->index() == before)
        return false;
    const QList<bool> replaced = command->replaced();
    const auto replacedCount = std::count(replaced.cbegin(), replaced.cend(), true);
    status(replacedCount > 0
               ? tr("Imported %1; %2 replaced an agreement with the same id (Edit > Undo puts it "
                    "back).")
                     .arg(vendors.join(u", "_s))
                     .arg(replacedCount)
               : tr("Imported %1.").arg(vendors.join(u", "_s)));
    emit showAgreement(sheets.constLast().id);
    return true;
}

AgreementEditor *AgreementActions::newAgreement()
{
    if (!m_workspace)
        return nullptr;
    QStringList ids;
    for (int row = 0; row < m_context.agreements->rowCount(); ++row)
        ids << m_context.agreements->agreement(row)->id;
    auto *editor = new AgreementEditor(commandContext(), m_context.undoStack, m_owner->window());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->newAgreement(ids);
    connect(editor, &AgreementEditor::saved, this, [this](const QString &id) {
        status(tr("Created agreement %1.").arg(id));
        emit showAgreement(id);
    });
    editor->open();
    return editor;
}

AgreementEditor *AgreementActions::editCurrent()
{
    const QString id = m_currentId();
    const int row = m_context.agreements->rowOfId(id);
    if (!m_workspace || row < 0)
        return nullptr;
    auto *editor = new AgreementEditor(commandContext(), m_context.undoStack, m_owner->window());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->editAgreement(*m_context.agreements->agreement(row));
    connect(editor, &AgreementEditor::saved, this, [this](const QString &savedId) {
        status(tr("Saved the terms of %1 (Edit > Undo takes the change back).").arg(savedId));
        emit showAgreement(savedId);
    });
    editor->open();
    return editor;
}

SubscriptionEditor *AgreementActions::editSubscription()
{
    const QString id = m_currentId();
    const int row = m_context.agreements->rowOfId(id);
    if (!m_workspace || row < 0)
        return nullptr;
    const TermSheet &sheet = *m_context.agreements->agreement(row);
    const StorageResult<std::optional<Subscription>> stored =
        SubscriptionRepository(*m_workspace).load(id);
    if (!stored.ok()) {
        showError(tr("Could not read the subscription"),
                  tr("Could not read the subscription of %1.\n\n%2")
                      .arg(sheet.vendor, stored.error.toString()));
        return nullptr;
    }
    auto *editor = new SubscriptionEditor(commandContext(), m_context.undoStack, m_owner->window());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->editSubscription(id, sheet.vendor, *stored.value, sheet.currency);
    connect(editor, &SubscriptionEditor::saved, this, [this](const QString &savedId) {
        status(
            tr("Saved the subscription of %1 (Edit > Undo takes the change back).").arg(savedId));
    });
    editor->open();
    return editor;
}

bool AgreementActions::deleteCurrent()
{
    const QString id = m_currentId();
    const int row = m_context.agreements->rowOfId(id);
    if (!m_workspace || row < 0)
        return false;
    const QString vendor = m_context.agreements->agreement(row)->vendor;
    const int before = m_context.undoStack->index();
    m_context.undoStack->push(new DeleteAgreementCommand(commandContext(), id, vendor));
    if (m_context.undoStack->index() == before)
        return false;
    status(tr("Deleted %1 with its outages, subscription and claims; Edit > Undo brings all of "
              "it back.")
               .arg(vendor));
    return true;
}

} // namespace termlens
