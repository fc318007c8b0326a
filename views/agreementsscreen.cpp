#include "agreementsscreen.h"

#include "agreementactions.h"
#include "agreementlistmodel.h"
#include "agreementpage.h"
#include "localeformat.h"
#include "roles.h"
#include "singlelinedelegate.h"
#include "subscriptionrepository.h"
#include "workspace.h"
#include "workspaceevents.h"

#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace termlens {

AgreementsScreen::AgreementsScreen(const ScreenContext &context, QWidget *parent)
    : Screen(parent)
    , m_agreements(context.agreements)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_page(new AgreementPage(this))
{
    setObjectName(QStringLiteral("agreementsScreen"));
    m_page->setObjectName(QStringLiteral("agreementPage"));
    m_proxy->setSourceModel(m_agreements);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_actions = new AgreementActions(context, this, [this] { return currentAgreementId(); });
    buildList();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("agreementsSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_page);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_toolBar = new QToolBar(tr("Agreement"), this);
    m_toolBar->setObjectName(QStringLiteral("agreementToolBar"));
    m_toolBar->setAccessibleName(tr("Agreement tools"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_actions->newAction());
    m_toolBar->addAction(m_actions->importAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->editAction());
    m_toolBar->addAction(m_actions->subscriptionAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->deleteAction());
    // What the customer pays under the chosen agreement, in one line.
    m_subscription = new QLabel(this);
    m_subscription->setObjectName(QStringLiteral("subscriptionLabel"));
    m_subscription->setAccessibleName(tr("Subscription"));
    m_subscription->setTextFormat(Qt::PlainText);
    m_subscription->setContentsMargins(12, 0, 6, 0);
    m_subscription->setToolTip(tr("What the customer pays under this agreement "
                                  "(Agreement > Subscription… changes it)"));
    if (context.events) {
        connect(context.events, &WorkspaceEvents::subscriptionsChanged, this,
                &AgreementsScreen::showSubscription);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 6, 0);
    top->addWidget(m_toolBar);
    top->addWidget(m_subscription, 1);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    connect(m_actions, &AgreementActions::showAgreement, this, &AgreementsScreen::selectAgreement);
    connect(m_agreements, &QAbstractItemModel::modelReset, this,
            &AgreementsScreen::reselectAfterReset);
    showCurrentAgreement();
}

AgreementsScreen::~AgreementsScreen() = default;

void AgreementsScreen::buildList()
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("agreementFilter"));
    m_filter->setPlaceholderText(tr("Filter agreements"));
    m_filter->setAccessibleName(tr("Filter agreements"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("agreementList"));
    m_list->setAccessibleName(tr("Agreements"));
    m_list->setModel(m_proxy);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(AgreementListModel::VendorColumn, Qt::AscendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    // Two short lines per agreement rather than a list wider than half the window: the cap
    // and renewal texts wrap instead of being cut off.
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setItemDelegateForColumn(AgreementListModel::ProductColumn,
                                     new SingleLineDelegate(m_list));
    // Vendor, product and target keep their width; the cap and renewal texts share what is
    // left and wrap, so a narrow window shows them on more lines instead of cutting them off.
    QHeaderView *header = m_list->horizontalHeader();
    header->setMinimumSectionSize(60);
    // Never narrower than the column's title in the user's language ("Objectif SLA").
    const auto fixedWidth = [header](int column, int width) {
        header->resizeSection(column, std::max(width, header->sectionSizeHint(column)));
    };
    fixedWidth(AgreementListModel::VendorColumn, 105);
    fixedWidth(AgreementListModel::ProductColumn, 110);
    fixedWidth(AgreementListModel::TargetColumn, 82);
    header->setSectionResizeMode(AgreementListModel::LiabilityColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AgreementListModel::RenewalColumn, QHeaderView::Stretch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AgreementsScreen::showCurrentAgreement);
    // Right-click offers what the Agreement menu does; Del works where the list has focus.
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions(
        {m_actions->editAction(), m_actions->subscriptionAction(), m_actions->deleteAction()});
    // A double-click (or Enter) on an agreement opens it for editing.
    connect(m_list, &QAbstractItemView::activated, m_actions->editAction(), &QAction::trigger);
    // Filtering may hide the shown agreement: show what is current in what remains.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this,
            &AgreementsScreen::showCurrentAgreement);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            &AgreementsScreen::showCurrentAgreement);
}

void AgreementsScreen::setWorkspace(Workspace *workspace)
{
    m_hasWorkspace = workspace != nullptr;
    m_workspace = workspace;
    m_actions->setWorkspace(workspace);
    showCurrentAgreement();
    showSubscription(); // the list was reloaded before the workspace was handed over
}

void AgreementsScreen::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QString AgreementsScreen::emptyText() const
{
    if (!m_hasWorkspace)
        return tr("No workspace is open. Use File > Open or File > New.");
    if (m_agreements->rowCount() == 0)
        return tr("This workspace has no agreements yet.");
    if (m_proxy->rowCount() == 0)
        return tr("No agreement matches the filter.");
    return tr("Choose an agreement from the list.");
}

void AgreementsScreen::showCurrentAgreement()
{
    const QModelIndex current = m_list->currentIndex();
    const int sourceRow = m_proxy->mapToSource(current).row();
    const TermSheet *sheet = current.isValid() ? m_agreements->agreement(sourceRow) : nullptr;
    if (sheet && sheet->id == m_page->agreementId())
        return;
    m_selectedId = sheet ? sheet->id : m_selectedId;
    m_page->setAgreement(sheet, emptyText());
    m_actions->updateEnabled();
    showSubscription();
}

void AgreementsScreen::showSubscription()
{
    const QString id = currentAgreementId();
    if (!m_workspace || id.isEmpty()) {
        m_subscription->clear();
        return;
    }
    const auto loaded = SubscriptionRepository(*m_workspace).load(id);
    if (!loaded.ok()) {
        m_subscription->setText(
            tr("Subscription: could not be read (%1)").arg(loaded.error.toString()));
        return;
    }
    if (!*loaded.value) {
        m_subscription->setText(tr("No subscription stored (Agreement > Subscription…)"));
        return;
    }
    const Subscription &s = **loaded.value;
    const Money fee = s.monthlyFee();
    const QString amount = fee.isValid() ? displayMoney(fee) : QString();
    const QString services = tr("%n service(s)", nullptr, int(s.services.size()));
    const QString payments = tr("%n payment(s)", nullptr, int(s.payments.size()));
    m_subscription->setText(
        s.startDate.isValid()
            ? tr("Subscription since %1: %2, %3 a month, %4")
                  .arg(displayDate(s.startDate), services, amount, payments)
            : tr("Subscription: %1, %2 a month, %3").arg(services, amount, payments));
}

QString AgreementsScreen::currentAgreementId() const
{
    return m_page->agreementId();
}

void AgreementsScreen::reselectAfterReset()
{
    // After a reload, stay on the agreement that was shown if it is still there.
    const int row = m_agreements->rowOfId(m_selectedId);
    const QModelIndex source =
        m_agreements->index(row >= 0 ? row : 0, AgreementListModel::VendorColumn);
    const QModelIndex index = m_proxy->mapFromSource(source);
    m_page->setAgreement(nullptr, emptyText());
    if (index.isValid())
        m_list->setCurrentIndex(index);
    else if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    showCurrentAgreement();
}

bool AgreementsScreen::selectAgreement(const QString &id)
{
    const int row = m_agreements->rowOfId(id);
    if (row < 0)
        return false;
    QModelIndex index =
        m_proxy->mapFromSource(m_agreements->index(row, AgreementListModel::VendorColumn));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_agreements->index(row, AgreementListModel::VendorColumn));
    }
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return true;
}

void AgreementsScreen::showEvent(QShowEvent *event)
{
    Screen::showEvent(event);
    if (m_sized)
        return;
    m_sized = true;
    // First show without a remembered layout: the list gets two fifths of the width.
    if (!m_restored) {
        const int list = m_splitter->width() * 2 / 5;
        m_splitter->setSizes({list, m_splitter->width() - list});
    }
}

QByteArray AgreementsScreen::saveLayout() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_splitter->saveState() << m_list->horizontalHeader()->saveState()
        << m_page->saveLayout();
    return state;
}

void AgreementsScreen::restoreLayout(const QByteArray &state)
{
    QDataStream in(state);
    QByteArray splitter, header, page;
    in >> splitter >> header >> page;
    if (in.status() != QDataStream::Ok)
        return;
    m_restored = m_splitter->restoreState(splitter);
    m_list->horizontalHeader()->restoreState(header);
    m_page->restoreLayout(page);
}

} // namespace termlens
