#include "agreementeditor.h"

#include "agreementeditorform.h"
#include "agreementeditorschema.h"
#include "documentview.h"
#include "plaintooltip.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace termlens {

namespace {

using namespace Qt::StringLiterals;

constexpr int NodePathRole = Qt::UserRole + 1;
const char *const AgreementEditorGeometryKey = "agreementEditor/geometry";
const char *const SplitterKey = "agreementEditor/splitter";

// "terms.support.levels[1].name" -> "terms.support.levels[1]" -> "terms.support.levels".
QString parentPath(const QString &path)
{
    if (path.endsWith(u']'))
        return path.left(path.lastIndexOf(u'['));
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot < 0 ? QString() : path.left(dot);
}

QStringList timeZoneNames()
{
    QStringList names;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        names << QString::fromUtf8(id);
    names.sort();
    return names;
}

} // namespace

AgreementEditor::AgreementEditor(const AgreementCommandContext &commands, QUndoStack *undoStack,
                                 QWidget *parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_undoStack(undoStack)
    , m_context(std::make_unique<EditorFormContext>())
    , m_timeZones(new QStringListModel(timeZoneNames(), this))
    , m_validation(new QTimer(this))
{
    setObjectName(u"agreementEditor"_s);
    setAccessibleName(tr("Agreement editor"));
    m_context->locale = locale();
    m_context->timeZones = m_timeZones;
    m_context->changed = [this] { scheduleValidation(); };
    m_validation->setSingleShot(true);
    m_validation->setInterval(250);
    connect(m_validation, &QTimer::timeout, this, &AgreementEditor::validate);
    buildForm();
    buildLayout();
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { focusChanged(now); });
    resize(1380, 840);
    // Size, place and the split between form and text are remembered between sessions.
    const QSettings settings;
    restoreGeometry(settings.value(QString::fromLatin1(AgreementEditorGeometryKey)).toByteArray());
    m_splitter->restoreState(settings.value(QString::fromLatin1(SplitterKey)).toByteArray());
}

AgreementEditor::~AgreementEditor()
{
    QSettings settings;
    settings.setValue(QString::fromLatin1(AgreementEditorGeometryKey), saveGeometry());
    settings.setValue(QString::fromLatin1(SplitterKey), m_splitter->saveState());
    // Nodes unregister from the context as they go: destroy them while it exists.
    m_root.reset();
    m_terms.reset();
}

void AgreementEditor::buildForm()
{
    const QList<EditorSection> sections = agreementEditorSections();
    EditorField rootSpec;
    rootSpec.type = EditorFieldType::Object;
    rootSpec.required = true;
    EditorField termsSpec = rootSpec;
    termsSpec.key = u"terms"_s;
    for (const EditorSection &section : sections)
        (section.path.isEmpty() ? rootSpec : termsSpec).fields << section.fields;
    m_root = std::make_unique<ObjectNode>(rootSpec, *m_context, this, true);
    m_terms = std::make_unique<ObjectNode>(termsSpec, *m_context, this, true);

    m_sections = new QListWidget(this);
    m_sections->setObjectName(u"editorSections"_s);
    m_sections->setAccessibleName(tr("Groups of terms"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"editorPages"_s);
    for (const EditorSection &section : sections) {
        auto *page = new QWidget;
        auto *form = new QFormLayout(page);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        const ObjectNode *owner = section.path.isEmpty() ? m_root.get() : m_terms.get();
        for (const EditorField &field : section.fields)
            ObjectNode::addRow(form, owner->child(field.key));
        auto *scroll = new QScrollArea(m_pages);
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setAccessibleName(section.title);
        m_pages->addWidget(scroll);
        m_sections->addItem(section.title);
    }
    m_sections->setCurrentRow(0);
    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    const int width = m_sections->sizeHintForColumn(0) + 2 * m_sections->frameWidth() + 16;
    m_sections->setFixedWidth(std::max(width, 160));
}

QWidget *AgreementEditor::buildRight()
{
    auto *right = new QWidget(this);
    m_documentView = new DocumentView(right);
    m_documentView->setObjectName(u"editorDocumentView"_s);
    m_quoteButton = new QPushButton(tr("Use as &Quote"), right);
    m_quoteButton->setObjectName(u"useAsQuote"_s);
    m_quoteButton->setAccessibleName(tr("Use the selected words as the quote"));
    m_quoteButton->setToolTip(
        tr("Copy the words selected in the document into the quote of the term being edited "
           "(Ctrl+Shift+Q)"));
    connect(m_quoteButton, &QPushButton::clicked, this, &AgreementEditor::useSelectionAsQuote);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), this);
    connect(shortcut, &QShortcut::activated, this, &AgreementEditor::useSelectionAsQuote);
    m_quoteTarget = new QLabel(tr("Click in a term's fields to choose where quotes go."), right);
    m_quoteTarget->setObjectName(u"quoteTarget"_s);
    m_quoteTarget->setTextFormat(Qt::PlainText);
    m_quoteTarget->setWordWrap(true);
    m_quoteStatus = new QLabel(right);
    m_quoteStatus->setObjectName(u"quoteStatus"_s);
    m_quoteStatus->setTextFormat(Qt::PlainText);
    m_quoteStatus->setWordWrap(true);
    auto *quoteRow = new QHBoxLayout;
    quoteRow->addWidget(m_quoteButton);
    quoteRow->addWidget(m_quoteTarget, 1);
    auto *layout = new QVBoxLayout(right);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_documentView, 1);
    layout->addLayout(quoteRow);
    layout->addWidget(m_quoteStatus);
    return right;
}

void AgreementEditor::buildLayout()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    splitter->setObjectName(u"editorSplitter"_s);
    splitter->addWidget(m_pages);
    splitter->addWidget(buildRight());
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 480});

    m_problems = new QListWidget(this);
    m_problems->setObjectName(u"editorProblems"_s);
    m_problems->setAccessibleName(tr("Problems"));
    connect(m_problems, &QListWidget::itemActivated, this, &AgreementEditor::showProblem);
    connect(m_problems, &QListWidget::itemClicked, this, &AgreementEditor::showProblem);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"editorSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    m_buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AgreementEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(m_sections);
    top->addWidget(splitter, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_problems);
    layout->addLayout(bottom);
}

void AgreementEditor::editAgreement(const TermSheet &sheet)
{
    m_isNew = false;
    m_original = sheet;
    setWindowTitle(tr("Edit %1").arg(sheet.vendor));
    load(QJsonDocument::fromJson(termSheetToJson(sheet)).object());
    if (auto *id = qobject_cast<QLineEdit *>(m_root->child(u"id"_s)->focusTarget())) {
        id->setReadOnly(true);
        id->setToolTip(tr("An agreement keeps its id; import or create a new one to change it."));
    }
}

void AgreementEditor::newAgreement(const QStringList &existingIds)
{
    m_isNew = true;
    m_existingIds = existingIds;
    m_original = TermSheet();
    setWindowTitle(tr("New Agreement"));
    // One document to paste the agreement's text into; the terms are filled in later.
    const QJsonObject document{{u"id"_s, u"agreement"_s}, {u"title"_s, tr("Agreement")}};
    load(QJsonObject{{u"documents"_s, QJsonArray{document}},
                     {u"timeZone"_s, QString::fromUtf8(QTimeZone::systemTimeZoneId())},
                     {u"terms"_s, QJsonObject()}});
}

void AgreementEditor::load(const QJsonObject &json)
{
    m_context->loading = true;
    m_root->setValue(json);
    m_terms->setValue(json.value("terms"_L1));
    m_context->loading = false;
    validate();
}

QJsonObject AgreementEditor::formJson() const
{
    QJsonObject json = m_root->value().toObject();
    json.insert(u"format"_s, TermSheet::Format.toString());
    json.insert(u"terms"_s, m_terms->value().toObject());
    return json;
}

void AgreementEditor::scheduleValidation()
{
    m_validation->start();
}

bool AgreementEditor::validate()
{
    m_validation->stop();
    const QJsonObject json = formJson();
    refreshDocuments(json);
    TermSheetParseResult parsed = parseTermSheet(QJsonDocument(json).toJson());
    m_issues = parsed.issues;
    if (m_isNew && m_existingIds.contains(json.value("id"_L1).toString())) {
        m_issues.append({u"id"_s, tr("an agreement with this id is stored already; choose "
                                     "another id, or import a term sheet to replace it")});
    }
    m_sheet = m_issues.isEmpty() ? std::move(parsed.sheet) : std::nullopt;
    m_index.clear();
    m_root->index(QString(), m_index);
    m_terms->index(u"terms"_s, m_index);
    showIssues();
    return m_issues.isEmpty();
}

void AgreementEditor::showIssues()
{
    QHash<FormNode *, QStringList> byNode;
    m_problems->clear();
    for (const ValidationIssue &issue : std::as_const(m_issues)) {
        QString path = issue.path;
        while (!path.isEmpty() && !m_index.contains(path))
            path = parentPath(path);
        FormNode *node = m_index.value(path);
        byNode[node] << issue.message;
        const QString label =
            node && !node->spec().label.isEmpty()
                ? tr("%1: %2 (%3)").arg(node->spec().label, issue.message, issue.path)
                : issue.toString();
        auto *item = new QListWidgetItem(label, m_problems);
        item->setData(NodePathRole, path);
        item->setToolTip(plainToolTip(issue.toString()));
    }
    for (FormNode *node : std::as_const(m_index))
        node->setProblems(byNode.value(node));
    const bool changed = m_isNew || !m_sheet || *m_sheet != m_original;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(canSave());
    if (!m_issues.isEmpty())
        m_summary->setText(
            tr("%n problem(s) to fix before saving.", nullptr, int(m_issues.size())));
    else
        m_summary->setText(changed ? tr("No problems found.") : tr("No changes to save."));
    m_problems->setVisible(!m_issues.isEmpty());
    // As tall as its first few problems, so one problem does not take a third of the window.
    if (m_problems->count() > 0) {
        const int shownRows = std::min(m_problems->count(), 4);
        m_problems->setFixedHeight(shownRows * m_problems->sizeHintForRow(0) +
                                   2 * m_problems->frameWidth() + 4);
    }
}

bool AgreementEditor::canSave() const
{
    return m_issues.isEmpty() && m_sheet && (m_isNew || *m_sheet != m_original);
}

void AgreementEditor::refreshDocuments(const QJsonObject &json)
{
    QList<std::pair<QString, QString>> ids;
    QList<Document> documents;
    for (const QJsonValue &value : json.value("documents"_L1).toArray()) {
        const QJsonObject object = value.toObject();
        Document document;
        document.id = object.value("id"_L1).toString();
        document.title = object.value("title"_L1).toString();
        document.version = object.value("version"_L1).toString();
        document.text = object.value("text"_L1).toString();
        ids.append({document.id, document.title});
        documents.append(document);
    }
    if (ids != m_context->documents) {
        m_context->documents = ids;
        m_root->refreshDocuments();
        m_terms->refreshDocuments();
    }
    if (documents != m_shownDocuments) {
        m_shownDocuments = documents;
        const QString shown = m_documentView->currentDocumentId();
        m_documentView->setDocuments(documents);
        m_documentView->showDocument(shown);
    }
}

FormNode *AgreementEditor::field(const QString &path)
{
    validate();
    return m_index.value(path);
}

void AgreementEditor::showProblem(QListWidgetItem *item)
{
    FormNode *node = item ? m_index.value(item->data(NodePathRole).toString()) : nullptr;
    QWidget *target = node ? node->focusTarget() : nullptr;
    if (!target)
        return;
    for (QWidget *w = target; w; w = w->parentWidget()) {
        if (w->parentWidget() == m_pages) {
            m_sections->setCurrentRow(m_pages->indexOf(w));
            if (auto *scroll = qobject_cast<QScrollArea *>(w))
                scroll->ensureWidgetVisible(target);
            break;
        }
    }
    target->setFocus(Qt::OtherFocusReason);
}

void AgreementEditor::focusChanged(QWidget *now)
{
    if (!now || !m_pages->isAncestorOf(now))
        return;
    for (QWidget *w = now; w && w != m_pages; w = w->parentWidget()) {
        if (auto *box = qobject_cast<QGroupBox *>(w);
            box && m_context->citationBoxes.contains(box)) {
            if (box != m_citation)
                setCitationTarget(box);
            return;
        }
    }
}

void AgreementEditor::setCitationTarget(QGroupBox *box)
{
    m_citation = box;
    ObjectNode *node = m_context->citationBoxes.value(box);
    if (!node)
        return;
    m_quoteTarget->setText(tr("Quotes go to: %1").arg(box->title()));
    const QString quote = node->child(u"quote"_s)->value().toString();
    if (!quote.isEmpty())
        m_documentView->showQuote(node->child(u"document"_s)->value().toString(), quote);
}

bool AgreementEditor::setCurrentCitation(const QString &path)
{
    auto *node = dynamic_cast<ObjectNode *>(field(path));
    if (!node || !node->spec().cites)
        return false;
    setCitationTarget(qobject_cast<QGroupBox *>(node->widget()));
    return true;
}

bool AgreementEditor::useSelectionAsQuote()
{
    ObjectNode *node = m_citation ? m_context->citationBoxes.value(m_citation) : nullptr;
    if (!node) {
        m_quoteStatus->setText(tr("Click in the fields of a term first: the quote goes to that "
                                  "term."));
        return false;
    }
    const QString words = m_documentView->selectedText().trimmed();
    if (words.isEmpty()) {
        m_quoteStatus->setText(tr("Select the words to quote in the document text first."));
        return false;
    }
    node->child(u"quote"_s)->setValue(words);
    node->child(u"document"_s)->setValue(m_documentView->currentDocumentId());
    m_quoteStatus->setText(tr("Quote set for %1.").arg(m_citation->title()));
    validate();
    return true;
}

void AgreementEditor::save()
{
    if (!validate() || !canSave())
        return;
    const int before = m_undoStack->index();
    const int count = m_undoStack->count();
    if (m_isNew)
        m_undoStack->push(new AddAgreementsCommand(m_commands, {*m_sheet},
                                                   tr("New agreement %1").arg(m_sheet->vendor)));
    else
        m_undoStack->push(new EditAgreementCommand(m_commands, m_original, *m_sheet));
    // A command whose first redo failed is dropped by the stack; the error is on screen and
    // the form keeps what the user typed.
    if (m_undoStack->index() == before && m_undoStack->count() <= count)
        return;
    emit saved(m_sheet->id);
    accept();
}

} // namespace termlens
