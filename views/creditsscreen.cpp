#include "creditsscreen.h"

#include "agreementlistmodel.h"
#include "availabilitychart.h"
#include "claimdraft.h"
#include "claimdraftdialog.h"
#include "creditclaimcommand.h"
#include "creditledgermodel.h"
#include "layoutstate.h"
#include "localeformat.h"
#include "outagerepository.h"
#include "roles.h"
#include "subscriptionrepository.h"
#include "workspace.h"
#include "workspaceevents.h"

#include <QDateEdit>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace termlens {

CreditsScreen::CreditsScreen(const ScreenContext &context, QWidget *parent)
    : Screen(parent)
    , m_context(context)
    , m_nowUtc(QDateTime::currentSecsSinceEpoch())
{
    setObjectName(QStringLiteral("creditsScreen"));
    m_model = new CreditLedgerModel(this);
    m_model->setToday(QDateTime::fromSecsSinceEpoch(m_nowUtc).date());
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("creditsFilter"));
    m_filter->setPlaceholderText(tr("Filter by agreement, month, service or status"));
    m_filter->setAccessibleName(tr("Filter credits"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    bar->addWidget(m_filter, 1);
    m_mark = new QPushButton(tr("&Mark Claimed…"), this);
    m_mark->setObjectName(QStringLiteral("markClaimed"));
    m_mark->setStatusTip(tr("Record that this month's credit was claimed, with the date and "
                            "the vendor's reference"));
    m_unmark = new QPushButton(tr("&Unmark Claim"), this);
    m_unmark->setObjectName(QStringLiteral("unmarkClaim"));
    m_unmark->setStatusTip(tr("Remove the claim recorded for this month"));
    m_draft = new QPushButton(tr("&Draft Claim…"), this);
    m_draft->setObjectName(QStringLiteral("draftClaim"));
    m_draft->setStatusTip(tr("Write the claim the agreement asks for, to copy or print"));
    bar->addWidget(m_mark);
    bar->addWidget(m_unmark);
    bar->addWidget(m_draft);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("creditsTable"));
    m_table->setAccessibleName(tr("Credits by agreement and month"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    m_working = new QPlainTextEdit(this);
    m_working->setObjectName(QStringLiteral("creditWorking"));
    m_working->setAccessibleName(tr("Working of the selected month"));
    m_working->setReadOnly(true);
    m_working->setPlaceholderText(tr("Select a month to see how its credit was worked out."));
    m_chart = new AvailabilityChart(this);
    m_chart->setObjectName(QStringLiteral("availabilityChart"));

    m_horizontal = new QSplitter(Qt::Horizontal, this);
    m_horizontal->setObjectName(QStringLiteral("creditsDetailSplitter"));
    m_horizontal->addWidget(m_working);
    m_horizontal->addWidget(m_chart);
    m_horizontal->setStretchFactor(0, 1);
    m_horizontal->setStretchFactor(1, 1);
    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->setObjectName(QStringLiteral("creditsSplitter"));
    m_vertical->addWidget(m_table);
    m_vertical->addWidget(m_horizontal);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);
    layout->addWidget(m_vertical, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CreditsScreen::showCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CreditsScreen::showCurrent);
    connect(m_mark, &QPushButton::clicked, this, &CreditsScreen::askMarkClaimed);
    connect(m_unmark, &QPushButton::clicked, this, [this] { unmarkClaim(currentRow()); });
    connect(m_draft, &QPushButton::clicked, this, [this] {
        if (ClaimDraftDialog *dialog = draftClaim(currentRow()))
            dialog->show();
    });
    if (m_context.events) {
        connect(m_context.events, &WorkspaceEvents::creditClaimsChanged, this,
                &CreditsScreen::reloadClaims);
        connect(m_context.events, &WorkspaceEvents::outagesChanged, this,
                &CreditsScreen::scheduleReload);
        connect(m_context.events, &WorkspaceEvents::subscriptionsChanged, this,
                &CreditsScreen::scheduleReload);
        connect(m_context.events, &WorkspaceEvents::agreementsChanged, this,
                &CreditsScreen::scheduleReload);
    }
    showCurrent();
}

CreditsScreen::~CreditsScreen() = default;

void CreditsScreen::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    // Loaded when first shown: start-up never waits for screens nobody looks at.
    m_stale = true;
    if (isVisible())
        reload();
    else
        m_model->setRows({});
}

void CreditsScreen::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QByteArray CreditsScreen::saveLayout() const
{
    return saveLayoutParts({m_vertical, m_horizontal, m_table->horizontalHeader()});
}

void CreditsScreen::restoreLayout(const QByteArray &state)
{
    if (restoreLayoutParts(state, {m_vertical, m_horizontal, m_table->horizontalHeader()}))
        m_sized = true;
}

void CreditsScreen::showEvent(QShowEvent *event)
{
    Screen::showEvent(event);
    if (m_stale)
        reload();
    if (m_sized)
        return;
    m_sized = true;
    const int height = m_vertical->height();
    m_vertical->setSizes({height * 11 / 20, height * 9 / 20});
    const int width = m_horizontal->width();
    m_horizontal->setSizes({width / 2, width - width / 2});
}

void CreditsScreen::setNow(qint64 nowUtc)
{
    m_nowUtc = nowUtc;
    m_model->setToday(QDateTime::fromSecsSinceEpoch(nowUtc).date());
    reload();
}

void CreditsScreen::scheduleReload()
{
    if (!isVisible()) {
        m_stale = true; // reloaded when shown
        return;
    }
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reload();
    });
}

void CreditsScreen::reload()
{
    m_stale = false;
    const int row = currentRow();
    QString agreement, month, service;
    if (const CreditLedgerRow *r = m_model->ledgerRow(row)) {
        agreement = r->agreementId;
        month = r->monthKey();
        service = r->service;
    }
    if (!m_workspace || !m_context.agreements) {
        m_model->setRows({});
        m_model->setClaims({});
        showCurrent();
        return;
    }
    CreditLedgerRequest request;
    for (int i = 0; i < m_context.agreements->rowCount(); ++i) {
        if (const TermSheet *sheet = m_context.agreements->agreement(i))
            request.sheets << *sheet;
    }
    request.nowUtc = m_nowUtc;
    StorageResult<QList<CreditLedgerRow>> rows = loadCreditLedger(*m_workspace, request);
    if (!rows.ok()) {
        m_model->setRows({});
        reportError(rows.error.toString());
        return;
    }
    m_model->setRows(std::move(*rows.value));
    reloadClaims();
    m_table->resizeColumnsToContents();
    if (agreement.isEmpty() || !selectRow(agreement, month, service)) {
        // Start on the first month that owes a credit, so its working and chart show at once.
        for (int i = 0; i < m_model->rowCount(); ++i) {
            const CreditLedgerRow *r = m_model->ledgerRow(i);
            if (r->creditOwed()) {
                selectRow(r->agreementId, r->monthKey(), r->service);
                break;
            }
        }
    }
    showCurrent();
}

void CreditsScreen::reloadClaims()
{
    if (!m_workspace)
        return;
    QList<CreditClaim> claims;
    QStringList seen;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const QString id = m_model->ledgerRow(i)->agreementId;
        if (seen.contains(id))
            continue;
        seen << id;
        const StorageResult<QList<CreditClaim>> listed =
            CreditClaimRepository(*m_workspace).list(id);
        if (!listed.ok()) {
            reportError(listed.error.toString());
            return;
        }
        claims << *listed.value;
    }
    m_model->setClaims(std::move(claims));
}

bool CreditsScreen::selectRow(const QString &agreementId, const QString &month,
                              const QString &service)
{
    const int row = m_model->rowOf(agreementId, month, service);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

int CreditsScreen::currentRow() const
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    return index.isValid() ? index.row() : -1;
}

QString CreditsScreen::workingText() const
{
    return m_working->toPlainText();
}

void CreditsScreen::showCurrent()
{
    const int row = currentRow();
    const CreditLedgerRow *r = m_model->ledgerRow(row);
    const ClaimStatus status = m_model->status(row);
    m_mark->setEnabled(r && m_workspace && status.state != ClaimState::NothingOwed &&
                       status.state != ClaimState::InProgress);
    m_unmark->setEnabled(r && m_workspace && status.state == ClaimState::Claimed);
    m_draft->setEnabled(r && r->creditOwed() && !r->monthInProgress);
    if (!r) {
        m_working->clear();
        m_chart->setRows({}, {});
        return;
    }
    QStringList lines;
    const QString service = r->service.isEmpty() ? tr("all services") : r->service;
    lines << tr("%1, %2, %3: %4").arg(r->vendor, r->monthKey(), service, m_model->statusText(row))
          << QString();
    lines << r->credit.working.lines();
    m_working->setPlainText(lines.join(QLatin1Char('\n')));

    QList<CreditLedgerRow> same;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const CreditLedgerRow *other = m_model->ledgerRow(i);
        if (other->agreementId == r->agreementId && other->service == r->service)
            same << *other;
    }
    m_chart->setRows(tr("%1, %2: monthly availability").arg(r->vendor, service), same);
}

bool CreditsScreen::markClaimed(int row, QDate date, const QString &reference)
{
    const CreditLedgerRow *r = m_model->ledgerRow(row);
    if (!r || !m_workspace || !m_context.undoStack || !date.isValid())
        return false;
    CreditClaim claim{r->agreementId, r->service, r->monthKey(), date, reference.trimmed()};
    std::optional<CreditClaim> before;
    if (const ClaimStatus s = m_model->status(row); s.claim && s.claim->service == r->service)
        before = s.claim;
    auto *command = new CreditClaimCommand(m_workspace, m_context.events, r->agreementId,
                                           r->service, r->monthKey(), before, claim,
                                           [this](const QString &text) { reportError(text); });
    const int indexBefore = m_context.undoStack->index();
    m_context.undoStack->push(command); // runs redo(); a failed first redo drops it
    const bool failed = m_context.undoStack->index() == indexBefore;
    if (!m_context.events)
        reloadClaims();
    return !failed;
}

bool CreditsScreen::unmarkClaim(int row)
{
    const CreditLedgerRow *r = m_model->ledgerRow(row);
    if (!r || !m_workspace || !m_context.undoStack)
        return false;
    const ClaimStatus s = m_model->status(row);
    if (!s.claim)
        return false;
    auto *command = new CreditClaimCommand(m_workspace, m_context.events, s.claim->agreementId,
                                           s.claim->service, s.claim->month, s.claim, std::nullopt,
                                           [this](const QString &text) { reportError(text); });
    m_context.undoStack->push(command);
    if (!m_context.events)
        reloadClaims();
    return true;
}

ClaimDraftDialog *CreditsScreen::draftClaim(int row)
{
    const CreditLedgerRow *r = m_model->ledgerRow(row);
    if (!r || !m_workspace || !r->creditOwed())
        return nullptr;
    const TermSheet *sheet = nullptr;
    for (int i = 0; i < m_context.agreements->rowCount(); ++i) {
        if (m_context.agreements->agreement(i)->id == r->agreementId)
            sheet = m_context.agreements->agreement(i);
    }
    if (!sheet)
        return nullptr;
    const auto subscription = SubscriptionRepository(*m_workspace).load(r->agreementId);
    if (!subscription.ok()) {
        reportError(subscription.error.toString());
        return nullptr;
    }
    const MonthPeriod &period = r->credit.availability.period;
    const auto outages =
        OutageRepository(*m_workspace).list(r->agreementId, period.startUtc, period.endUtc);
    if (!outages.ok()) {
        reportError(outages.error.toString());
        return nullptr;
    }
    auto *dialog = new ClaimDraftDialog(
        termlens::draftClaim(*sheet, *subscription.value, *r, *outages.value), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void CreditsScreen::askMarkClaimed()
{
    const int row = currentRow();
    const CreditLedgerRow *r = m_model->ledgerRow(row);
    if (!r)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Mark Credit Claimed"));
    auto *form = new QFormLayout(&dialog);
    auto *what = new QLabel(
        tr("%1, %2, %3")
            .arg(r->vendor, r->monthKey(), r->service.isEmpty() ? tr("all services") : r->service),
        &dialog);
    what->setTextFormat(Qt::PlainText);
    form->addRow(what);
    auto *date = new QDateEdit(m_model->today(), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(displayDateFormat());
    date->setAccessibleName(tr("Date claimed"));
    auto *dateLabel = new QLabel(tr("&Claimed on:"), &dialog);
    dateLabel->setTextFormat(Qt::PlainText);
    dateLabel->setBuddy(date);
    form->addRow(dateLabel, date);
    auto *reference = new QLineEdit(&dialog);
    reference->setAccessibleName(tr("Claim reference"));
    reference->setPlaceholderText(tr("The vendor's case or ticket number"));
    auto *referenceLabel = new QLabel(tr("&Reference:"), &dialog);
    referenceLabel->setTextFormat(Qt::PlainText);
    referenceLabel->setBuddy(reference);
    form->addRow(referenceLabel, reference);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        markClaimed(row, date->date(), reference->text());
}

void CreditsScreen::reportError(const QString &text)
{
    QMessageBox box(QMessageBox::Warning, tr("Credits"), text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorMessage"));
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace termlens
