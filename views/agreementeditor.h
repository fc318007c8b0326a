#pragma once

#include "agreementcommands.h"
#include "termsheet.h"
#include "termsheetjson.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QStringListModel;
class QTimer;
class QUndoStack;

namespace termlens {

class DocumentView;
class FormNode;
class ObjectNode;
struct EditorFormContext;

// Edits every term of one agreement, or makes a new one: a form per group of terms, each value
// with its citation (document, clause, quote, note, ambiguity), and the documents' text beside
// it, where selected words become the current term's quote ("Use as Quote", Ctrl+Shift+Q).
// The form is turned into a term sheet and checked by the domain's validator (the rules of an
// import); each problem is shown beside its field and in a list, and Save stays disabled while
// there is any. Saving pushes an undoable command on the workspace's undo stack.
class AgreementEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementEditor)

public:
    AgreementEditor(const AgreementCommandContext &commands, QUndoStack *undoStack,
                    QWidget *parent = nullptr);
    ~AgreementEditor() override;

    // Edits a stored agreement (its id stays).
    void editAgreement(const TermSheet &sheet);
    // A new agreement; its id must differ from `existingIds`.
    void newAgreement(const QStringList &existingIds);
    bool isNew() const { return m_isNew; }

    // Checks the form now (it is also checked shortly after each edit). True when it is a
    // valid term sheet.
    bool validate();
    QList<ValidationIssue> issues() const { return m_issues; }
    // The form as a term sheet, when it is valid.
    std::optional<TermSheet> sheet() const { return m_sheet; }
    // The field at a JSON path ("terms.term.renewal.noticeDays"), when the form shows it.
    FormNode *field(const QString &path);
    // Makes the object at `path` ("terms.term.renewal") the one quotes go to.
    bool setCurrentCitation(const QString &path);
    // Copies the words selected in the document text into the current citation's quote (and
    // its document). False, with the reason in the status line, when there is nothing to copy.
    bool useSelectionAsQuote();
    DocumentView *documentView() const { return m_documentView; }
    bool canSave() const;

signals:
    void saved(const QString &agreementId);

private:
    void buildForm();
    QWidget *buildRight();
    void buildLayout();
    QJsonObject formJson() const;
    void load(const QJsonObject &json);
    void scheduleValidation();
    void showIssues();
    void refreshDocuments(const QJsonObject &json);
    void showProblem(QListWidgetItem *item);
    void focusChanged(QWidget *now);
    void setCitationTarget(QGroupBox *box);
    void save();

    AgreementCommandContext m_commands;
    QUndoStack *m_undoStack = nullptr;
    std::unique_ptr<EditorFormContext> m_context;
    std::unique_ptr<ObjectNode> m_root;  // the top level without terms
    std::unique_ptr<ObjectNode> m_terms; // terms
    QStringListModel *m_timeZones = nullptr;
    QListWidget *m_sections = nullptr;
    QStackedWidget *m_pages = nullptr;
    DocumentView *m_documentView = nullptr;
    QPushButton *m_quoteButton = nullptr;
    QLabel *m_quoteTarget = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_quoteStatus = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_validation = nullptr;
    QSplitter *m_splitter = nullptr;
    QPointer<QGroupBox> m_citation;
    QHash<QString, FormNode *> m_index;
    QList<ValidationIssue> m_issues;
    std::optional<TermSheet> m_sheet;
    TermSheet m_original;
    QStringList m_existingIds;
    QList<Document> m_shownDocuments;
    bool m_isNew = false;
};

} // namespace termlens
