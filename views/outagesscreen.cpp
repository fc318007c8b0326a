#include "outagesscreen.h"

#include "agreementlistmodel.h"
#include "layoutstate.h"
#include "month.h"
#include "outagecommands.h"
#include "outageledger.h"
#include "outageledgermodel.h"
#include "subscriptionrepository.h"
#include "tabletext.h"
#include "vocabulary.h"
#include "workspace.h"
#include "workspaceevents.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

#include <set>

namespace termlens {

namespace {

using namespace Qt::StringLiterals;

QComboBox *filterBox(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // the mnemonic still works with a buddy
    label->setBuddy(buddy);
    return label;
}

} // namespace

OutagesScreen::OutagesScreen(const ScreenContext &context, QWidget *parent)
    : Screen(parent)
    , m_agreements(context.agreements)
    , m_undoStack(context.undoStack)
    , m_events(context.events)
    , m_model(new OutageLedgerModel(this))
{
    setObjectName(u"outagesScreen"_s);
    buildUi();
    connect(m_model, &OutageLedgerModel::editRequested, this, &OutagesScreen::storeEdit);
    connect(m_model, &OutageLedgerModel::editRejected, this, &OutagesScreen::showMessage);
    connect(m_model, &OutageLedgerModel::readFailed, this, &OutagesScreen::showMessage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutagesScreen::updateCount);
    if (m_agreements)
        connect(m_agreements, &QAbstractItemModel::modelReset, this,
                &OutagesScreen::fillAgreements);
    if (m_events) {
        connect(m_events, &WorkspaceEvents::outagesChanged, this, [this](const QString &id) {
            if (!id.isEmpty() && id != m_model->filter().agreementId)
                return;
            m_model->reload();
            fillServicesAndMonths();
            updateCount();
        });
    }
    fillAgreements();
}

OutagesScreen::~OutagesScreen() = default;

void OutagesScreen::buildUi()
{
    m_agreement = filterBox(this, u"ledgerAgreement"_s, tr("Agreement"));
    m_agreement->setStatusTip(tr("Whose outages the ledger shows"));
    m_service = filterBox(this, u"ledgerService"_s, tr("Service"));
    m_service->setStatusTip(tr("Show one service's outages, or every service's"));
    m_month = filterBox(this, u"ledgerMonth"_s, tr("Month"));
    m_month->setStatusTip(tr("Show the outages that overlap one month, in the agreement's time "
                             "zone"));
    m_category = filterBox(this, u"ledgerCategory"_s, tr("Category"));
    m_category->setStatusTip(tr("Show one category of outage"));
    m_category->addItem(tr("All categories"));
    for (const auto &entry : vocabulary<OutageCategory>())
        m_category->addItem(OutageLedgerModel::categoryName(entry.value), int(entry.value));
    m_count = new QLabel(this);
    m_count->setObjectName(u"ledgerCount"_s);
    m_count->setTextFormat(Qt::PlainText);

    auto *filters = new QHBoxLayout;
    filters->addWidget(buddyLabel(tr("&Agreement:"), m_agreement, this));
    filters->addWidget(m_agreement);
    filters->addSpacing(12);
    filters->addWidget(buddyLabel(tr("&Service:"), m_service, this));
    filters->addWidget(m_service);
    filters->addSpacing(12);
    filters->addWidget(buddyLabel(tr("&Month:"), m_month, this));
    filters->addWidget(m_month);
    filters->addSpacing(12);
    filters->addWidget(buddyLabel(tr("Ca&tegory:"), m_category, this));
    filters->addWidget(m_category);
    filters->addStretch(1);
    filters->addWidget(m_count);

    m_message = new QLabel(this);
    m_message->setObjectName(u"ledgerMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Why the last edit was refused"));
    m_message->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(u"ledgerTable"_s);
    m_table->setAccessibleName(tr("Outages"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(OutageLedgerModel::StartColumn,
                                                  Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setStatusTip(tr("Double-click a cell to edit it; Edit > Undo takes an edit back"));
    // Every row the same height, and no size hint asked of a million rows.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setMinimumSectionSize(60);
    const int instant = m_table->fontMetrics().horizontalAdvance(u"2026-03-04T10:15:00Z"_s) + 24;
    header->resizeSection(OutageLedgerModel::ServiceColumn, 160);
    header->resizeSection(OutageLedgerModel::StartColumn, instant);
    header->resizeSection(OutageLedgerModel::EndColumn, instant);
    header->resizeSection(OutageLedgerModel::DurationColumn, 90);
    header->resizeSection(OutageLedgerModel::CategoryColumn, 170);
    header->resizeSection(OutageLedgerModel::NoticeColumn, instant);
    header->resizeSection(OutageLedgerModel::ReferenceColumn, 120);
    header->setStretchLastSection(true);

    auto *copy = new QAction(tr("&Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    copy->setStatusTip(tr("Copy the selected outages as tab-separated text"));
    connect(copy, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedRowsText()); });
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_agreement, &QComboBox::currentIndexChanged, this, &OutagesScreen::agreementChosen);
    for (QComboBox *box : {m_service, m_month, m_category})
        connect(box, &QComboBox::currentIndexChanged, this, &OutagesScreen::applyFilter);
}

void OutagesScreen::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_model->setWorkspace(workspace);
    fillAgreements();
}

void OutagesScreen::focusFilter()
{
    m_service->setFocus(Qt::ShortcutFocusReason);
}

void OutagesScreen::fillAgreements()
{
    const QString current = m_agreement->currentData().toString();
    {
        const QSignalBlocker block(m_agreement);
        m_agreement->clear();
        for (int row = 0; m_agreements && row < m_agreements->rowCount(); ++row) {
            const TermSheet *sheet = m_agreements->agreement(row);
            m_agreement->addItem(tr("%1 — %2").arg(sheet->vendor, sheet->product), sheet->id);
        }
        const int index = m_agreement->findData(current);
        m_agreement->setCurrentIndex(index >= 0 ? index : 0);
    }
    agreementChosen();
}

bool OutagesScreen::selectAgreement(const QString &id)
{
    const int index = m_agreement->findData(id);
    if (index < 0)
        return false;
    m_agreement->setCurrentIndex(index);
    return true;
}

QString OutagesScreen::currentTimeZone() const
{
    const int row =
        m_agreements ? m_agreements->rowOfId(m_agreement->currentData().toString()) : -1;
    const TermSheet *sheet = row >= 0 ? m_agreements->agreement(row) : nullptr;
    return sheet ? sheet->timeZone : u"UTC"_s;
}

void OutagesScreen::agreementChosen()
{
    {
        const QSignalBlocker blockService(m_service);
        const QSignalBlocker blockMonth(m_month);
        m_service->clear();
        m_month->clear();
    }
    fillServicesAndMonths();
    applyFilter();
}

void OutagesScreen::fillServicesAndMonths()
{
    const QString agreementId = m_agreement->currentData().toString();
    const QString service = m_service->currentData().toString();
    const QString month = m_month->currentData().toString();
    const QSignalBlocker blockService(m_service);
    const QSignalBlocker blockMonth(m_month);
    m_service->clear();
    m_month->clear();
    m_service->addItem(tr("All services"), QString());
    m_month->addItem(tr("All months"), QString());
    if (!m_workspace || !m_workspace->isOpen() || agreementId.isEmpty())
        return;
    // The subscription's services in its order, then any other service outages name.
    QStringList names;
    const auto subscription = SubscriptionRepository(*m_workspace).load(agreementId);
    if (subscription.ok() && *subscription.value) {
        for (const ServiceFee &fee : (*subscription.value)->services)
            names << fee.service;
    }
    const OutageLedgerQuery query(*m_workspace);
    if (const auto stored = query.services(agreementId); stored.ok()) {
        for (const QString &name : *stored.value) {
            if (!names.contains(name))
                names << name;
        }
    }
    for (const QString &name : std::as_const(names))
        m_service->addItem(name, name);
    m_service->setCurrentIndex(std::max(0, m_service->findData(service)));

    // Every month from the first outage's to the last one's start, in the agreement's zone.
    const auto range = query.startRange(agreementId);
    if (range.ok() && *range.value) {
        const QTimeZone zone(currentTimeZone().toUtf8());
        const auto localDate = [&](qint64 utc) {
            return QDateTime::fromSecsSinceEpoch(utc, zone.isValid() ? zone : QTimeZone::utc())
                .date();
        };
        const QDate first = localDate((*range.value)->first);
        const QDate last = localDate((*range.value)->second);
        const QLocale locale;
        // The newest month first: that is the one a claim is about.
        for (QDate m(last.year(), last.month(), 1); m >= QDate(first.year(), first.month(), 1);
             m = m.addMonths(-1)) {
            m_month->addItem(locale.toString(m, u"MMMM yyyy"_s), m.toString(u"yyyy-MM"_s));
        }
    }
    m_month->setCurrentIndex(std::max(0, m_month->findData(month)));
}

void OutagesScreen::applyFilter()
{
    OutageLedgerFilter filter;
    filter.agreementId = m_agreement->currentData().toString();
    filter.service = m_service->currentData().toString();
    if (m_category->currentIndex() > 0)
        filter.category = OutageCategory(m_category->currentData().toInt());
    const QString month = m_month->currentData().toString();
    if (!month.isEmpty()) {
        const QDate first = QDate::fromString(month + u"-01"_s, Qt::ISODate);
        const MonthPeriod period =
            monthPeriod(first.year(), first.month(), currentTimeZone(), MonthLength::Calendar);
        if (period.isValid()) {
            filter.from = period.startUtc;
            filter.to = period.endUtc;
        }
    }
    m_message->hide();
    m_model->setFilter(filter);
    updateCount();
}

void OutagesScreen::updateCount()
{
    const QLocale locale;
    if (!m_workspace || m_model->filter().agreementId.isEmpty()) {
        m_count->setText(m_workspace ? tr("No agreement to show.") : tr("No workspace is open."));
        return;
    }
    m_count->setText(tr("%1 outage(s)").arg(locale.toString(m_model->rowCount())));
}

void OutagesScreen::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (m_events && !text.isEmpty())
        emit m_events->statusMessage(text);
}

void OutagesScreen::storeEdit(const Outage &before, const Outage &after)
{
    m_message->hide();
    if (!m_undoStack || !m_workspace)
        return;
    QPointer<OutagesScreen> self(this);
    m_undoStack->push(
        new EditOutageCommand(m_workspace, m_events, before, after, [self](const QString &why) {
            if (self)
                self->showMessage(tr("The edit was not stored: %1").arg(why));
        }));
}

QString OutagesScreen::selectedRowsText() const
{
    std::set<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes())
        rows.insert(index.row());
    return rows.empty() ? QString()
                        : tableText(*m_model, QStringLiteral(" "), {rows.begin(), rows.end()});
}

QByteArray OutagesScreen::saveLayout() const
{
    return saveLayoutParts({m_table->horizontalHeader()});
}

void OutagesScreen::restoreLayout(const QByteArray &state)
{
    restoreLayoutParts(state, {m_table->horizontalHeader()});
}

} // namespace termlens
