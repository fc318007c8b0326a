#include "playbookscreen.h"

#include "activeplaybook.h"
#include "agreementlistmodel.h"
#include "layoutstate.h"
#include "localeformat.h"
#include "plainlabel.h"
#include "playbookmodels.h"
#include "playbookrepository.h"
#include "roles.h"
#include "subscriptionrepository.h"
#include "workspace.h"
#include "workspaceevents.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace termlens {

namespace {

// One change to the workspace's playbook. Redo stores `after` and makes it active; undo puts
// back what was there: the stored playbook before, or the shipped default (the stored copy
// removed again).
class PlaybookCommand final : public QUndoCommand
{
public:
    PlaybookCommand(Workspace *workspace, WorkspaceEvents *events, Playbook before,
                    bool beforeStored, Playbook after, const QString &text)
        : QUndoCommand(text)
        , m_workspace(workspace)
        , m_events(events)
        , m_before(std::move(before))
        , m_beforeStored(beforeStored)
        , m_after(std::move(after))
    {}

    void redo() override { report(store(m_after)); }

    void undo() override
    {
        if (m_beforeStored) {
            report(store(m_before));
            return;
        }
        PlaybookRepository repository(*m_workspace);
        const StorageResult<bool> removed = repository.remove(m_after.id);
        if (!removed.ok()) {
            report(removed.error.toString());
            return;
        }
        const StorageStatus active = setActivePlaybook(*m_workspace, QString());
        report(active.ok() ? QString() : active.error.toString());
    }

private:
    QString store(const Playbook &playbook)
    {
        PlaybookRepository repository(*m_workspace);
        const StorageStatus saved =
            repository.save({playbook.id, playbook.name, playbookToJson(playbook)});
        if (!saved.ok())
            return saved.error.toString();
        const StorageStatus active = setActivePlaybook(*m_workspace, playbook.id);
        return active.ok() ? QString() : active.error.toString();
    }
    void report(const QString &error)
    {
        if (!m_events)
            return;
        if (!error.isEmpty())
            emit m_events->statusMessage(
                PlaybookScreen::tr("The playbook could not be stored: %1").arg(error));
        emit m_events->playbookChanged();
    }

    Workspace *m_workspace;
    WorkspaceEvents *m_events;
    Playbook m_before;
    bool m_beforeStored;
    Playbook m_after;
};

QTableView *makeTable(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    // Small tables (a rule or an agreement a row): rows fit their wrapped words at any width.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QSortFilterProxyModel *sorted(QAbstractItemModel *model, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    return proxy;
}

} // namespace

PlaybookScreen::PlaybookScreen(const ScreenContext &context, QWidget *parent)
    : Screen(parent)
    , m_context(context)
    , m_rules(new PlaybookRulesModel(this))
    , m_scores(new PlaybookScoresModel(this))
    , m_results(new PlaybookResultsModel(this))
{
    setObjectName(QStringLiteral("playbookScreen"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("playbookSplitter"));
    m_splitter->addWidget(buildRules());
    m_splitter->addWidget(buildScores());
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({620, 820});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);
    if (m_context.events)
        connect(m_context.events, &WorkspaceEvents::playbookChanged, this, &PlaybookScreen::reload);
    if (m_context.agreements)
        connect(m_context.agreements, &QAbstractItemModel::modelReset, this,
                &PlaybookScreen::reload);
    reload();
}

PlaybookScreen::~PlaybookScreen() = default;

QWidget *PlaybookScreen::buildRules()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = plainTextLabel(QString(), box);
    m_title->setObjectName(QStringLiteral("playbookTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_description = plainTextLabel(QString(), box);
    m_description->setWordWrap(true);
    m_rulesTable = makeTable(box, QStringLiteral("playbookRules"), tr("Playbook rules"));
    m_rulesTable->setModel(m_rules);
    m_rulesTable->horizontalHeader()->resizeSection(PlaybookRulesModel::TermColumn, 170);
    m_rulesTable->horizontalHeader()->resizeSection(PlaybookRulesModel::PositionColumn, 140);
    m_rulesTable->horizontalHeader()->resizeSection(PlaybookRulesModel::SeverityColumn, 115);
    connect(m_rulesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlaybookScreen::showRule);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_rulesTable, 1);
    layout->addWidget(buildForm());
    return box;
}

QWidget *PlaybookScreen::buildForm()
{
    auto *form = new QWidget(this);
    auto *grid = new QFormLayout(form);
    grid->setContentsMargins(0, 0, 0, 0);
    m_term = new QComboBox(form);
    m_term->setObjectName(QStringLiteral("playbookTerm"));
    m_term->setAccessibleName(tr("Term"));
    for (const auto &entry : vocabulary<PlaybookTerm>())
        m_term->addItem(playbookTermLabel(entry.value), int(entry.value));
    m_kind = new QComboBox(form);
    m_kind->setObjectName(QStringLiteral("playbookKind"));
    m_kind->setAccessibleName(tr("Kind of position"));
    m_value = new QLineEdit(form);
    m_value->setObjectName(QStringLiteral("playbookValue"));
    m_value->setAccessibleName(tr("Value"));
    m_severity = new QComboBox(form);
    m_severity->setObjectName(QStringLiteral("playbookSeverity"));
    m_severity->setAccessibleName(tr("If missed"));
    m_severity->addItem(tr("✖ fail"), int(Severity::Fail));
    m_severity->addItem(tr("⚠ warn"), int(Severity::Warn));
    m_reason = new QLineEdit(form);
    m_reason->setObjectName(QStringLiteral("playbookReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why the organisation takes this position"));
    connect(m_term, &QComboBox::currentIndexChanged, this, &PlaybookScreen::updateValueField);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const auto kind = RuleKind(m_kind->currentData().toInt());
        m_value->setEnabled(valueTypeOf(kind) != PlaybookValueType::Flag);
    });
    m_message = plainTextLabel(QString(), form);
    m_message->setObjectName(QStringLiteral("playbookMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_apply = new QPushButton(tr("Apply to Rule"), form);
    m_apply->setObjectName(QStringLiteral("playbookApply"));
    m_apply->setStatusTip(tr("Change the chosen rule to the position in the form (undoable)"));
    auto *add = new QPushButton(tr("Add Rule"), form);
    add->setObjectName(QStringLiteral("playbookAdd"));
    add->setStatusTip(tr("Add the position in the form as a new rule (undoable)"));
    m_remove = new QPushButton(tr("Remove Rule"), form);
    m_remove->setObjectName(QStringLiteral("playbookRemove"));
    m_remove->setStatusTip(tr("Remove the chosen rule (undoable)"));
    auto *restore = new QPushButton(tr("Use Default Playbook"), form);
    restore->setObjectName(QStringLiteral("playbookRestore"));
    restore->setStatusTip(tr("Replace the workspace's playbook by the shipped default (undoable)"));
    connect(m_apply, &QPushButton::clicked, this, &PlaybookScreen::applyRule);
    connect(add, &QPushButton::clicked, this, &PlaybookScreen::addRule);
    connect(m_remove, &QPushButton::clicked, this, &PlaybookScreen::removeRule);
    connect(restore, &QPushButton::clicked, this, &PlaybookScreen::restoreDefault);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(restore);
    // Labels made here, not by the form layout: every label is plain text.
    const auto addRow = [grid, form](const QString &text, QWidget *field) {
        QLabel *label = plainTextLabel(text, form);
        label->setBuddy(field);
        grid->addRow(label, field);
    };
    addRow(tr("&Term:"), m_term);
    addRow(tr("&Position:"), m_kind);
    addRow(tr("&Value:"), m_value);
    addRow(tr("If &missed:"), m_severity);
    addRow(tr("&Reason:"), m_reason);
    grid->addRow(buttons);
    grid->addRow(m_message);
    updateValueField();
    return form;
}

QWidget *PlaybookScreen::buildScores()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = plainTextLabel(tr("Agreements scored against the playbook"), box);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_scoresTable = makeTable(box, QStringLiteral("playbookScores"), tr("Scores by agreement"));
    m_scoresTable->setModel(sorted(m_scores, this));
    m_scoresTable->setSortingEnabled(true);
    m_scoresTable->sortByColumn(PlaybookScoresModel::VendorColumn, Qt::AscendingOrder);
    m_scoresTable->horizontalHeader()->setStretchLastSection(false);
    m_scoresTable->horizontalHeader()->resizeSection(PlaybookScoresModel::VendorColumn, 220);
    connect(m_scoresTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlaybookScreen::showResults);
    auto *hint =
        plainTextLabel(tr("Choose an agreement to see each rule's verdict and reason."), box);
    hint->setWordWrap(true);
    m_resultsTable = makeTable(box, QStringLiteral("playbookResults"), tr("Verdicts and reasons"));
    m_resultsTable->setModel(sorted(m_results, this));
    m_resultsTable->setSortingEnabled(true);
    m_resultsTable->sortByColumn(-1, Qt::AscendingOrder);
    m_resultsTable->horizontalHeader()->resizeSection(PlaybookResultsModel::VerdictColumn, 95);
    m_resultsTable->horizontalHeader()->resizeSection(PlaybookResultsModel::TermColumn, 150);
    m_resultsTable->horizontalHeader()->resizeSection(PlaybookResultsModel::ValueColumn, 150);
    m_resultsTable->horizontalHeader()->resizeSection(PlaybookResultsModel::PositionColumn, 110);
    layout->addWidget(title);
    layout->addWidget(m_scoresTable, 1);
    layout->addWidget(hint);
    layout->addWidget(m_resultsTable, 3);
    return box;
}

void PlaybookScreen::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    reload();
}

void PlaybookScreen::reload()
{
    m_playbook = defaultPlaybook();
    m_stored = false;
    if (m_workspace) {
        const StorageResult<Playbook> active = activePlaybook(*m_workspace);
        if (active.ok()) {
            m_playbook = *active.value;
            const auto stored = PlaybookRepository(*m_workspace).load(m_playbook.id);
            m_stored = stored.ok() && stored.value->has_value();
        } else if (m_context.events) {
            emit m_context.events->statusMessage(active.error.toString());
        }
    }
    const QString selected = m_rulesTable->currentIndex()
                                 .siblingAtColumn(0)
                                 .data(PlaybookRulesModel::RuleIdRole)
                                 .toString();
    m_rules->setPlaybook(m_playbook);
    m_title->setText(m_stored ? tr("Playbook: %1 (this workspace's own)").arg(m_playbook.name)
                              : tr("Playbook: %1 (shipped default)").arg(m_playbook.name));
    m_description->setText(m_playbook.description);
    const int row = m_rules->rowOfRule(selected);
    if (row >= 0)
        m_rulesTable->setCurrentIndex(m_rules->index(row, 0));

    const QString agreement = m_scoresTable->currentIndex().isValid()
                                  ? m_scoresTable->currentIndex().data(AgreementIdRole).toString()
                                  : QString();
    QList<AgreementScore> scores;
    for (int r = 0; m_context.agreements && r < m_context.agreements->rowCount(); ++r) {
        const TermSheet *sheet = m_context.agreements->agreement(r);
        std::optional<Money> annualFee;
        if (m_workspace) {
            const auto loaded = SubscriptionRepository(*m_workspace).load(sheet->id);
            if (loaded.ok() && loaded.value->has_value() && !(*loaded.value)->services.isEmpty())
                annualFee = (*loaded.value)->monthlyFee().multipliedBy(Decimal::fromInt(12));
        }
        scores.append({sheet->id, sheet->vendor.isEmpty() ? sheet->id : sheet->vendor,
                       evaluatePlaybook(m_playbook, *sheet, annualFee)});
    }
    m_scores->setScores(scores);
    QAbstractItemModel *shown = m_scoresTable->model();
    for (int r = 0; r < shown->rowCount(); ++r) {
        if (shown->index(r, 0).data(AgreementIdRole).toString() == agreement || r == 0)
            m_scoresTable->setCurrentIndex(shown->index(r, 0));
    }
    showResults();
}

void PlaybookScreen::showResults()
{
    const QString id = m_scoresTable->currentIndex().data(AgreementIdRole).toString();
    for (const AgreementScore &score : m_scores->scores()) {
        if (score.agreementId == id) {
            m_results->setResults(score.score.results);
            return;
        }
    }
    m_results->setResults({});
}

void PlaybookScreen::updateValueField()
{
    const auto term = PlaybookTerm(m_term->currentData().toInt());
    const PlaybookValueType type = valueTypeOf(term);
    const QSignalBlocker block(m_kind);
    m_kind->clear();
    for (const auto &entry : vocabulary<RuleKind>()) {
        if (valueTypeOf(entry.value) != type)
            continue;
        const QString label = entry.value == RuleKind::Minimum     ? tr("at least")
                              : entry.value == RuleKind::Maximum   ? tr("at most")
                              : entry.value == RuleKind::Allowed   ? tr("only these codes")
                              : entry.value == RuleKind::Forbidden ? tr("none of these codes")
                              : entry.value == RuleKind::Present   ? tr("must be yes")
                                                                   : tr("must be no");
        m_kind->addItem(label, int(entry.value));
    }
    const QString unit = playbookTermUnit(term);
    m_value->setEnabled(type != PlaybookValueType::Flag);
    m_value->setPlaceholderText(type == PlaybookValueType::Number ? tr("a number, in %1").arg(unit)
                                : type == PlaybookValueType::Codes
                                    ? tr("codes separated by commas, e.g. GB, EEA")
                                    : tr("no value needed"));
}

void PlaybookScreen::showRule()
{
    const int row = m_rulesTable->currentIndex().row();
    m_apply->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    if (row < 0 || row >= m_playbook.rules.size())
        return;
    const PlaybookRule &rule = m_playbook.rules[row];
    m_term->setCurrentIndex(m_term->findData(int(rule.term)));
    updateValueField();
    m_kind->setCurrentIndex(m_kind->findData(int(rule.kind)));
    m_value->setText(valueTypeOf(rule.kind) == PlaybookValueType::Number
                         ? rule.value.toCanonicalString()
                         : rule.values.join(QStringLiteral(", ")));
    m_severity->setCurrentIndex(m_severity->findData(int(rule.severity)));
    m_reason->setText(rule.reason);
    m_message->clear();
}

std::optional<PlaybookRule> PlaybookScreen::ruleFromForm(const QString &id)
{
    PlaybookRule rule;
    rule.id = id;
    rule.term = PlaybookTerm(m_term->currentData().toInt());
    rule.kind = RuleKind(m_kind->currentData().toInt());
    rule.severity = Severity(m_severity->currentData().toInt());
    rule.reason = m_reason->text().trimmed();
    const QString text = m_value->text().trimmed();
    switch (valueTypeOf(rule.kind)) {
    case PlaybookValueType::Number: {
        const std::optional<Decimal> value = parseDisplayDecimal(text);
        if (!value) {
            m_message->setText(
                tr("Value: “%1” is not a number (write it like 99.9 or 60).").arg(text));
            return std::nullopt;
        }
        rule.value = *value;
        break;
    }
    case PlaybookValueType::Codes:
        for (const QString &code : text.split(u',', Qt::SkipEmptyParts))
            rule.values << code.trimmed();
        if (rule.values.isEmpty()) {
            m_message->setText(tr("Value: name at least one code, e.g. GB, EEA."));
            return std::nullopt;
        }
        break;
    case PlaybookValueType::Flag:
        break;
    }
    return rule;
}

bool PlaybookScreen::change(const Playbook &after, const QString &text)
{
    // The file format is the judge: what it would refuse is refused here, with its path.
    const PlaybookParseResult checked = parsePlaybook(playbookToJson(after));
    if (!checked.playbook) {
        QStringList problems;
        for (const ValidationIssue &issue : checked.issues)
            problems << issue.toString();
        m_message->setText(tr("Not changed: %1").arg(problems.join(QStringLiteral("; "))));
        return false;
    }
    if (!m_workspace || !m_context.undoStack) {
        m_message->setText(tr("Not changed: no workspace is open."));
        return false;
    }
    m_message->clear();
    m_context.undoStack->push(new PlaybookCommand(m_workspace, m_context.events, m_playbook,
                                                  m_stored, *checked.playbook, text));
    return true;
}

void PlaybookScreen::applyRule()
{
    const int row = m_rulesTable->currentIndex().row();
    if (row < 0 || row >= m_playbook.rules.size())
        return;
    const std::optional<PlaybookRule> rule = ruleFromForm(m_playbook.rules[row].id);
    if (!rule)
        return;
    Playbook after = m_playbook;
    after.rules[row] = *rule;
    change(after, tr("Change Playbook Rule"));
}

void PlaybookScreen::addRule()
{
    const QString base = keyOf(PlaybookTerm(m_term->currentData().toInt()));
    QString id = base;
    for (int n = 2; m_rules->rowOfRule(id) >= 0; ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    const std::optional<PlaybookRule> rule = ruleFromForm(id);
    if (!rule)
        return;
    Playbook after = m_playbook;
    after.rules.append(*rule);
    if (change(after, tr("Add Playbook Rule")))
        m_rulesTable->setCurrentIndex(m_rules->index(m_rules->rowOfRule(id), 0));
}

void PlaybookScreen::removeRule()
{
    const int row = m_rulesTable->currentIndex().row();
    if (row < 0 || row >= m_playbook.rules.size())
        return;
    Playbook after = m_playbook;
    after.rules.removeAt(row);
    change(after, tr("Remove Playbook Rule"));
}

void PlaybookScreen::restoreDefault()
{
    change(defaultPlaybook(), tr("Use Default Playbook"));
}

QString PlaybookScreen::formMessage() const
{
    return m_message->text();
}

QByteArray PlaybookScreen::saveLayout() const
{
    return saveLayoutParts({m_splitter});
}

void PlaybookScreen::restoreLayout(const QByteArray &state)
{
    restoreLayoutParts(state, {m_splitter});
}

} // namespace termlens
