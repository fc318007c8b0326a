#include "creditledgermodel.h"

#include "localeformat.h"
#include "plaintooltip.h"
#include "roles.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace termlens {
namespace {

QString minutesText(const Decimal &seconds)
{
    return displayNumber(seconds.divided(Decimal::fromInt(60), 2, Rounding::HalfAwayFromZero));
}

double toDouble(const Decimal &d)
{
    return d.toString().toDouble(); // sorting only: never a decision
}

} // namespace

CreditLedgerModel::CreditLedgerModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{}

CreditLedgerModel::~CreditLedgerModel() = default;

void CreditLedgerModel::setRows(QList<CreditLedgerRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void CreditLedgerModel::setClaims(QList<CreditClaim> claims)
{
    m_claims = std::move(claims);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void CreditLedgerModel::setToday(QDate today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const CreditLedgerRow *CreditLedgerModel::ledgerRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

ClaimStatus CreditLedgerModel::status(int row) const
{
    const CreditLedgerRow *r = ledgerRow(row);
    return r ? claimStatus(*r, m_claims, m_today) : ClaimStatus{};
}

QString CreditLedgerModel::statusText(int row) const
{
    const CreditLedgerRow *r = ledgerRow(row);
    if (!r)
        return {};
    const ClaimStatus s = status(row);
    switch (s.state) {
    case ClaimState::NothingOwed:
        if (r->credit.credit.slaMet)
            return tr("Target met");
        if (!r->hasCreditTerms)
            return tr("Missed; no credit terms");
        if (r->credit.credit.belowMinimum)
            return tr("Missed; below the minimum");
        return tr("Missed; no credit");
    case ClaimState::InProgress:
        return tr("Month in progress");
    case ClaimState::Open:
        if (!s.daysLeft)
            return tr("Open, no deadline stated");
        if (*s.daysLeft == 0)
            return tr("Open, last day today");
        return tr("Open, %n day(s) left", nullptr, *s.daysLeft);
    case ClaimState::Claimed:
        if (s.claim->reference.isEmpty())
            return tr("Claimed %1").arg(displayDate(s.claim->claimedDate));
        return tr("Claimed %1 (%2)").arg(displayDate(s.claim->claimedDate), s.claim->reference);
    case ClaimState::Expired:
        return tr("Expired %n day(s) ago", nullptr, -s.daysLeft.value_or(0));
    }
    return {};
}

int CreditLedgerModel::rowOf(const QString &agreementId, const QString &month,
                             const QString &service) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const CreditLedgerRow &r = m_rows[i];
        if (r.agreementId == agreementId && r.monthKey() == month && r.service == service)
            return i;
    }
    return -1;
}

int CreditLedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CreditLedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CreditLedgerModel::display(const CreditLedgerRow &row, int rowIndex, int column) const
{
    const AvailabilityResult &a = row.credit.availability;
    const CreditResult &c = row.credit.credit;
    switch (column) {
    case AgreementColumn:
        return row.vendor.isEmpty() ? row.agreementId : row.vendor;
    case MonthColumn:
        return row.monthKey();
    case ServiceColumn:
        return row.service.isEmpty() ? tr("All services") : row.service;
    case AvailabilityColumn:
        return tr("%1 %").arg(displayNumber(a.availabilityPercent));
    case TargetColumn:
        return tr("%1 %").arg(displayNumber(a.target));
    case DowntimeColumn:
        return minutesText(a.downtimeSeconds);
    case CreditPercentColumn:
        return row.hasCreditTerms ? tr("%1 %").arg(displayNumber(c.creditPercent))
                                  : tr("not stated");
    case CreditAmountColumn:
        if (!row.hasCreditTerms)
            return tr("not stated");
        if (!c.creditAmount)
            return tr("no fee known");
        return tr("%1 %2").arg(displayAmount(*c.creditAmount), row.currency);
    case DeadlineColumn:
        return row.claimDeadline.isValid() ? displayDate(row.claimDeadline) : tr("not stated");
    case StatusColumn:
        return statusText(rowIndex);
    }
    return {};
}

QVariant CreditLedgerModel::sortValue(const CreditLedgerRow &row, int rowIndex, int column) const
{
    const AvailabilityResult &a = row.credit.availability;
    const CreditResult &c = row.credit.credit;
    switch (column) {
    case AvailabilityColumn:
        return toDouble(a.availabilityPercent);
    case TargetColumn:
        return toDouble(a.target);
    case DowntimeColumn:
        return toDouble(a.downtimeSeconds);
    case CreditPercentColumn:
        return toDouble(c.creditPercent);
    case CreditAmountColumn:
        return c.creditAmount ? c.creditAmount->minorUnits() : -1;
    case DeadlineColumn:
        return row.claimDeadline;
    case StatusColumn:
        return int(status(rowIndex).state) * 100000 + status(rowIndex).daysLeft.value_or(0);
    default:
        return display(row, rowIndex, column);
    }
}

QVariant CreditLedgerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CreditLedgerRow &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.row(), index.column());
    case SortRole:
        return sortValue(row, index.row(), index.column());
    case AgreementIdRole:
        return row.agreementId;
    case Qt::ToolTipRole: {
        // The summary: the credit's own line of the working, the rest is on demand.
        const QStringList &lines = row.credit.credit.working.lines();
        return lines.isEmpty() ? QVariant() : QVariant(plainToolTip(lines.last()));
    }
    case Qt::TextAlignmentRole:
        if (index.column() >= AvailabilityColumn && index.column() <= CreditAmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            const ClaimState state = status(index.row()).state;
            if (state == ClaimState::Expired)
                return QBrush(QColor(0xc6, 0x28, 0x28));
            if (state == ClaimState::Open)
                return QBrush(QColor(0xd0, 0x7a, 0x00));
        }
        if (index.column() == AvailabilityColumn && !row.credit.availability.targetMet)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    default:
        return {};
    }
}

QVariant CreditLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AgreementColumn:
        return tr("Agreement");
    case MonthColumn:
        return tr("Month");
    case ServiceColumn:
        return tr("Service");
    case AvailabilityColumn:
        return tr("Availability");
    case TargetColumn:
        return tr("Target");
    case DowntimeColumn:
        return tr("Downtime (min)");
    case CreditPercentColumn:
        return tr("Credit %");
    case CreditAmountColumn:
        return tr("Credit");
    case DeadlineColumn:
        return tr("Claim by");
    case StatusColumn:
        return tr("Claim status");
    }
    return {};
}

} // namespace termlens
