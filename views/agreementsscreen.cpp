#include "agreementsscreen.h"

#include "agreementlistmodel.h"
#include "agreementpage.h"
#include "roles.h"
#include "singlelinedelegate.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

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
    header->resizeSection(AgreementListModel::VendorColumn, 105);
    header->resizeSection(AgreementListModel::ProductColumn, 110);
    header->resizeSection(AgreementListModel::TargetColumn, 82);
    header->setSectionResizeMode(AgreementListModel::LiabilityColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AgreementListModel::RenewalColumn, QHeaderView::Stretch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AgreementsScreen::showCurrentAgreement);
    // Filtering may hide the shown agreement: show what is current in what remains.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this,
            &AgreementsScreen::showCurrentAgreement);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            &AgreementsScreen::showCurrentAgreement);
}

void AgreementsScreen::setWorkspace(Workspace *workspace)
{
    m_hasWorkspace = workspace != nullptr;
    showCurrentAgreement();
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
