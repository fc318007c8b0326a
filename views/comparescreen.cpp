#include "comparescreen.h"

#include "activeplaybook.h"
#include "agreementlistmodel.h"
#include "citationpanel.h"
#include "comparedelegate.h"
#include "comparisonfiltermodel.h"
#include "comparisonmodel.h"
#include "documentview.h"
#include "monthlycredits.h"
#include "plaintooltip.h"
#include "roles.h"
#include "subscriptionrepository.h"
#include "tabletext.h"
#include "workspace.h"
#include "workspaceevents.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDataStream>
#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace termlens {

namespace {

constexpr int AgreementColumnWidth = 250;
// Beyond this many agreements rows keep one height: fitting 200 columns of text costs more
// than it gives (every value is in the tooltip and the citation panel).
constexpr int MaxColumnsForFittedRows = 30;

// The fee the credit figures show an amount for: the credit base's fee from the subscription;
// for a base of the affected service's fee, the first service listed.
CreditFee feeFor(const TermSheet &sheet, const std::optional<Subscription> &subscription)
{
    if (!sheet.terms.availability)
        return {};
    QString service;
    if (subscription && !subscription->services.isEmpty())
        service = subscription->services.first().service;
    return creditFee(*sheet.terms.availability, subscription, service, std::nullopt);
}

} // namespace

CompareScreen::CompareScreen(const ScreenContext &context, QWidget *parent)
    : Screen(parent)
    , m_context(context)
    , m_model(new ComparisonModel(this))
    , m_proxy(new ComparisonFilterModel(this))
    , m_citation(new CitationPanel(this))
    , m_documentView(new DocumentView(this))
{
    setObjectName(QStringLiteral("compareScreen"));
    m_citation->setObjectName(QStringLiteral("compareCitation"));
    m_documentView->setObjectName(QStringLiteral("compareDocumentView"));
    m_proxy->setSourceModel(m_model);
    QWidget *toolbar = buildToolbar();
    QWidget *chooser = buildChooser();
    buildGrid();

    auto *citationScroll = new QScrollArea(this);
    citationScroll->setWidget(m_citation);
    citationScroll->setWidgetResizable(true);
    citationScroll->setFrameShape(QFrame::NoFrame);
    citationScroll->setAccessibleName(tr("Citation"));
    m_citationSplitter = new QSplitter(Qt::Horizontal, this);
    m_citationSplitter->setObjectName(QStringLiteral("compareCitationSplitter"));
    m_citationSplitter->addWidget(citationScroll);
    m_citationSplitter->addWidget(m_documentView);
    m_citationSplitter->setStretchFactor(0, 2);
    m_citationSplitter->setStretchFactor(1, 3);
    m_citationSplitter->setChildrenCollapsible(false);

    auto *gridArea = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridArea);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(toolbar);
    gridLayout->addWidget(m_emptyLabel);
    gridLayout->addWidget(m_grid, 1);

    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->setObjectName(QStringLiteral("compareVerticalSplitter"));
    m_vertical->addWidget(gridArea);
    m_vertical->addWidget(m_citationSplitter);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);
    m_vertical->setChildrenCollapsible(false);

    m_horizontal = new QSplitter(Qt::Horizontal, this);
    m_horizontal->setObjectName(QStringLiteral("compareSplitter"));
    m_horizontal->addWidget(chooser);
    m_horizontal->addWidget(m_vertical);
    m_horizontal->setStretchFactor(0, 0);
    m_horizontal->setStretchFactor(1, 1);
    m_horizontal->setSizes({190, 1250});
    m_vertical->setSizes({520, 300});
    m_citationSplitter->setSizes({420, 640});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_horizontal);

    WorkspaceEvents *events = m_context.events;
    connect(m_context.agreements, &QAbstractItemModel::modelReset, this,
            &CompareScreen::scheduleReload);
    connect(events, &WorkspaceEvents::subscriptionsChanged, this, &CompareScreen::scheduleReload);
    connect(events, &WorkspaceEvents::playbookChanged, this, &CompareScreen::scheduleReload);
    connect(events, &WorkspaceEvents::agreementsChanged, this, &CompareScreen::scheduleReload);
    m_citation->showMessage(tr("Citation"), tr("Choose a cell to see the clause it cites."));
}

CompareScreen::~CompareScreen() = default;

QWidget *CompareScreen::buildToolbar()
{
    auto *bar = new QWidget(this);
    // Two lines: the controls, then the legend (wrapped), so that a longer language's words
    // never make the window wider than the screen.
    auto *lines = new QVBoxLayout(bar);
    lines->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    lines->addLayout(row);
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("compareFilter"));
    m_filter->setPlaceholderText(tr("Filter terms and values"));
    m_filter->setAccessibleName(tr("Filter terms and values"));
    m_filter->setStatusTip(tr("Show only the rows whose term or values contain these words"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ComparisonFilterModel::setText);

    m_group = new QComboBox(bar);
    m_group->setObjectName(QStringLiteral("compareGroup"));
    m_group->setAccessibleName(tr("Group of terms"));
    m_group->setStatusTip(tr("Show one group of terms, or all of them"));
    // As wide as a usual group's name, not the longest one's in every language.
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_group->setMinimumContentsLength(18);
    m_group->addItem(tr("All terms"), -1);
    for (int g = int(TermGroup::Availability); g <= int(TermGroup::Changes); ++g)
        m_group->addItem(termGroupName(TermGroup(g)), g);
    connect(m_group, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setGroup(m_group->currentData().toInt()); });

    m_onlyDifferent = new QCheckBox(tr("Only rows that differ"), bar);
    m_onlyDifferent->setObjectName(QStringLiteral("compareOnlyDifferent"));
    m_onlyDifferent->setAccessibleName(tr("Only rows that differ"));
    m_onlyDifferent->setStatusTip(tr("Hide the rows where every agreement compared says the same"));
    connect(m_onlyDifferent, &QCheckBox::toggled, m_proxy,
            &ComparisonFilterModel::setOnlyDifferent);

    auto *claimLabel = new QLabel(tr("Cap for a claim on"), bar);
    claimLabel->setTextFormat(Qt::PlainText);
    m_claimDate = new QDateEdit(QDate::currentDate(), bar);
    m_claimDate->setObjectName(QStringLiteral("compareClaimDate"));
    m_claimDate->setCalendarPopup(true);
    m_claimDate->setAccessibleName(tr("Claim date for the liability cap"));
    m_claimDate->setToolTip(tr("The liability cap in money is worked out for a claim made on this "
                               "day, from the subscription's payments"));
    m_claimDate->setStatusTip(m_claimDate->toolTip());
    claimLabel->setBuddy(m_claimDate);
    connect(m_claimDate, &QDateEdit::dateChanged, this, &CompareScreen::scheduleReload);

    auto *copy = new QPushButton(tr("Copy Table"), bar);
    copy->setObjectName(QStringLiteral("compareCopyTable"));
    copy->setAccessibleName(tr("Copy the table as text"));
    copy->setToolTip(tr("Copy the rows shown, with the agreements' names, as tab-separated text"));
    copy->setStatusTip(copy->toolTip());
    connect(copy, &QPushButton::clicked, this, &CompareScreen::copyTable);

    auto *legend =
        new QLabel(tr("▲ best  ▼ worst  ·  playbook: ✔ pass  ⚠ warn  ✖ fail  ? not stated"), bar);
    legend->setTextFormat(Qt::PlainText);
    legend->setWordWrap(true);
    legend->setAccessibleName(tr("Legend"));
    row->addWidget(m_filter, 2);
    row->addWidget(m_group);
    row->addWidget(m_onlyDifferent);
    row->addWidget(claimLabel);
    row->addWidget(m_claimDate);
    row->addStretch(1);
    row->addWidget(copy);
    lines->addWidget(legend);
    return bar;
}

QWidget *CompareScreen::buildChooser()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Agreements compared"), box);
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *hint = new QLabel(tr("Tick to compare; drag to reorder."), box);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    m_chooser = new QListWidget(box);
    m_chooser->setObjectName(QStringLiteral("compareChooser"));
    m_chooser->setAccessibleName(tr("Agreements compared"));
    m_chooser->setDragDropMode(QAbstractItemView::InternalMove);
    m_chooser->setDefaultDropAction(Qt::MoveAction);
    connect(m_chooser, &QListWidget::itemChanged, this, &CompareScreen::applyChooser);
    connect(m_chooser->model(), &QAbstractItemModel::rowsMoved, this, &CompareScreen::applyChooser);
    auto *all = new QPushButton(tr("Compare All"), box);
    all->setAccessibleName(tr("Compare all agreements"));
    all->setStatusTip(tr("Compare every agreement of the workspace, in the list's order"));
    connect(all, &QPushButton::clicked, this, [this] { setShownAgreements({}); });
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_chooser, 1);
    layout->addWidget(all);
    return box;
}

void CompareScreen::buildGrid()
{
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setWordWrap(true);
    m_grid = new QTableView(this);
    m_grid->setObjectName(QStringLiteral("compareGrid"));
    m_grid->setAccessibleName(tr("Comparison of agreements"));
    m_grid->setModel(m_proxy);
    m_grid->setItemDelegate(new CompareDelegate(m_grid));
    m_grid->setSortingEnabled(true);
    m_grid->sortByColumn(-1, Qt::AscendingOrder); // DOMAIN.md's order until a header is clicked
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setWordWrap(true);
    m_grid->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_grid->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_grid->verticalHeader()->hide();
    QHeaderView *header = m_grid->horizontalHeader();
    header->setSectionsMovable(true);
    header->setDefaultSectionSize(AgreementColumnWidth);
    header->setMinimumSectionSize(80);
    header->setTextElideMode(Qt::ElideRight);
    connect(header, &QHeaderView::sectionMoved, this, &CompareScreen::headerMoved);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CompareScreen::showCurrentCell);
    connect(m_grid, &QAbstractItemView::clicked, this, &CompareScreen::showCurrentCell);
    // Sorting keeps each row's height (the header moves it with the row); rows a filter brings
    // back are fitted alone. The delegate caches its size hints, so fitting again is cheap.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                if (m_model->columnCount() - 1 > MaxColumnsForFittedRows)
                    return;
                for (int row = first; row <= last; ++row)
                    m_grid->resizeRowToContents(row);
            });
}

void CompareScreen::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    reload();
}

void CompareScreen::scheduleReload()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reload();
    });
}

void CompareScreen::reload()
{
    QList<ComparisonInput> inputs;
    Playbook playbook = defaultPlaybook();
    QStringList problems;
    if (m_workspace) {
        SubscriptionRepository subscriptions(*m_workspace);
        for (int row = 0; row < m_context.agreements->rowCount(); ++row) {
            const TermSheet *sheet = m_context.agreements->agreement(row);
            ComparisonInput input{*sheet, std::nullopt, std::nullopt, {}};
            const auto loaded = subscriptions.load(sheet->id);
            if (loaded.ok())
                input.subscription = *loaded.value;
            else
                problems << loaded.error.message;
            const CreditFee fee = feeFor(*sheet, input.subscription);
            input.creditFee = fee.fee;
            input.creditFeeNote = fee.line;
            inputs.append(std::move(input));
        }
        const StorageResult<Playbook> active = activePlaybook(*m_workspace);
        if (active.ok())
            playbook = *active.value;
        else
            problems << active.error.message;
    }
    ComparisonOptions options;
    options.claimDate = m_claimDate->date();
    options.creditYear = options.claimDate.year();
    options.locale = locale();
    m_model->setAgreements(inputs, playbook, options);
    if (!m_pendingShown.isEmpty() && !inputs.isEmpty()) {
        m_model->setShownAgreements(m_pendingShown);
        m_pendingShown.clear();
    }
    fillChooser();
    if (!problems.isEmpty() && m_context.events)
        emit m_context.events->statusMessage(problems.first());
    m_emptyLabel->setText(!m_workspace ? tr("No workspace is open. Use File > Open or File > New.")
                          : inputs.isEmpty() ? tr("This workspace has no agreements to compare.")
                                             : QString());
    m_emptyLabel->setVisible(!m_emptyLabel->text().isEmpty());
    sizeGrid();
    showCurrentCell();
}

void CompareScreen::fillChooser()
{
    m_fillingChooser = true;
    m_chooser->clear();
    const QStringList shown = m_model->shownAgreements();
    const QSet<QString> shownSet(shown.cbegin(), shown.cend());
    QStringList order = shown;
    for (const QString &id : m_model->allAgreements()) {
        if (!shownSet.contains(id))
            order << id;
    }
    for (const QString &id : order) {
        auto *item = new QListWidgetItem(m_model->vendorOf(id), m_chooser);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       Qt::ItemIsDragEnabled);
        item->setCheckState(shownSet.contains(id) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(plainToolTip(id));
    }
    m_fillingChooser = false;
}

void CompareScreen::applyChooser()
{
    if (m_fillingChooser)
        return;
    QStringList ids;
    for (int i = 0; i < m_chooser->count(); ++i) {
        if (m_chooser->item(i)->checkState() == Qt::Checked)
            ids << m_chooser->item(i)->data(Qt::UserRole).toString();
    }
    if (ids.isEmpty()) { // at least one agreement stays: an empty grid says nothing
        fillChooser();
        return;
    }
    m_model->setShownAgreements(ids);
    sizeGrid();
}

void CompareScreen::setClaimDate(const QDate &date)
{
    if (date == m_claimDate->date())
        return;
    const QSignalBlocker block(m_claimDate);
    m_claimDate->setDate(date);
    reload();
}

QDate CompareScreen::claimDate() const
{
    return m_claimDate->date();
}

void CompareScreen::setShownAgreements(const QStringList &ids)
{
    m_model->setShownAgreements(ids);
    fillChooser();
    sizeGrid();
}

void CompareScreen::headerMoved(int logical, int oldVisual, int newVisual)
{
    Q_UNUSED(logical)
    QHeaderView *header = m_grid->horizontalHeader();
    QStringList ids;
    for (int visual = 0; visual < header->count(); ++visual) {
        const QString id = m_model->agreementAt(header->logicalIndex(visual));
        if (!id.isEmpty())
            ids << id;
    }
    // The model takes the new order; the header goes back to showing columns as they come.
    header->blockSignals(true);
    header->moveSection(newVisual, oldVisual);
    header->blockSignals(false);
    QTimer::singleShot(0, this, [this, ids] { setShownAgreements(ids); });
}

void CompareScreen::sizeGrid()
{
    QHeaderView *header = m_grid->horizontalHeader();
    if (header->count() == 0)
        return;
    header->resizeSection(ComparisonModel::TermColumn, m_termWidth);
    if (m_model->columnCount() - 1 <= MaxColumnsForFittedRows)
        m_grid->resizeRowsToContents();
}

void CompareScreen::showCurrentCell()
{
    const QModelIndex current = m_proxy->mapToSource(m_grid->currentIndex());
    const std::optional<TermRow> row = m_model->termRowAt(current.row(), current.column());
    if (!row) {
        m_citation->showMessage(tr("Citation"), tr("Choose a cell to see the clause it cites."));
        m_documentView->clearHighlight();
        return;
    }
    const QString agreementId = m_model->agreementAt(current.column());
    if (agreementId != m_documentsOf) {
        const TermSheet *sheet = m_model->agreement(agreementId);
        m_documentView->setDocuments(sheet ? sheet->documents : QList<Document>());
        m_documentsOf = agreementId;
    }
    TermRow shown = *row;
    const QString verdict = current.data(ComparisonModel::VerdictReasonRole).toString();
    if (!verdict.isEmpty())
        shown.value += QStringLiteral("\n\n") + tr("Playbook:\n%1").arg(verdict);
    m_citation->showRow(shown, tr("%1 · %2").arg(m_model->vendorOf(agreementId),
                                                 current.data(CitationRole).toString()));
    if (!row->stated || row->citation.quote.isEmpty()) {
        m_documentView->clearHighlight(tr("The documents do not state this term."));
        return;
    }
    m_documentView->showQuote(row->citation.document, row->citation.quote);
}

QString CompareScreen::tableAsText() const
{
    return tableText(*m_proxy) + u'\n';
}

void CompareScreen::copyTable()
{
    QApplication::clipboard()->setText(tableAsText());
    if (m_context.events)
        emit m_context.events->statusMessage(
            tr("Copied %n row(s) of the comparison.", nullptr, m_proxy->rowCount()));
}

void CompareScreen::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QByteArray CompareScreen::saveLayout() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_horizontal->saveState() << m_vertical->saveState() << m_citationSplitter->saveState()
        << m_model->shownAgreements() << m_grid->horizontalHeader()->sectionSize(0);
    return state;
}

void CompareScreen::restoreLayout(const QByteArray &state)
{
    QDataStream in(state);
    QByteArray horizontal, vertical, citation;
    QStringList shown;
    int termWidth = 0;
    in >> horizontal >> vertical >> citation >> shown >> termWidth;
    if (in.status() != QDataStream::Ok)
        return;
    m_horizontal->restoreState(horizontal);
    m_vertical->restoreState(vertical);
    m_citationSplitter->restoreState(citation);
    if (termWidth >= 80)
        m_termWidth = termWidth;
    m_pendingShown = shown; // applied once the workspace's agreements are loaded
    if (!m_model->allAgreements().isEmpty() && !shown.isEmpty()) {
        setShownAgreements(shown);
        m_pendingShown.clear();
    }
}

} // namespace termlens
