#include "obligationlistmodel.h"

#include "localeformat.h"
#include "plaintooltip.h"
#include "roles.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace termlens {

ObligationListModel::ObligationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ObligationListModel::~ObligationListModel() = default;

void ObligationListModel::setObligations(QList<Obligation> obligations, QDate today)
{
    beginResetModel();
    m_obligations = std::move(obligations);
    m_today = today;
    endResetModel();
}

const Obligation *ObligationListModel::obligation(int row) const
{
    return row >= 0 && row < m_obligations.size() ? &m_obligations[row] : nullptr;
}

int ObligationListModel::daysLeft(int row) const
{
    const Obligation *o = obligation(row);
    return o ? int(m_today.daysTo(o->date)) : 0;
}

QString ObligationListModel::countdownText(int row) const
{
    const int days = daysLeft(row);
    if (days < 0)
        return tr("Overdue by %n day(s)", nullptr, -days);
    if (days == 0)
        return tr("Today");
    return tr("In %n day(s)", nullptr, days);
}

QString ObligationListModel::kindText(ObligationKind kind)
{
    switch (kind) {
    case ObligationKind::RenewalNotice:
        return tr("Renewal notice");
    case ObligationKind::TermEnd:
        return tr("Term end");
    case ObligationKind::CreditClaim:
        return tr("Credit claim");
    case ObligationKind::CurePeriod:
        return tr("Cure period");
    case ObligationKind::DataRetrieval:
        return tr("Data retrieval");
    }
    return {};
}

int ObligationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_obligations.size());
}

int ObligationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObligationListModel::data(const QModelIndex &index, int role) const
{
    const Obligation *o = index.isValid() ? obligation(index.row()) : nullptr;
    if (!o)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DateColumn:
            return displayDate(o->date);
        case CountdownColumn:
            return countdownText(index.row());
        case AgreementColumn:
            return o->vendor.isEmpty() ? o->agreementId : o->vendor;
        case KindColumn:
            return kindText(o->kind);
        case WhatColumn:
            return o->what;
        case ClauseColumn:
            return o->clause;
        }
        return {};
    case SortRole:
        if (column == DateColumn)
            return o->date;
        if (column == CountdownColumn)
            return daysLeft(index.row());
        return data(index, Qt::DisplayRole);
    case AgreementIdRole:
        return o->agreementId;
    case Qt::ToolTipRole:
        return o->working.isEmpty() ? QVariant()
                                    : QVariant(plainToolTip(o->working.join(QLatin1Char('\n'))));
    case Qt::ForegroundRole:
        if (daysLeft(index.row()) < 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::FontRole:
        if (column == CountdownColumn && daysLeft(index.row()) < 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ObligationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case CountdownColumn:
        return tr("Countdown");
    case AgreementColumn:
        return tr("Agreement");
    case KindColumn:
        return tr("Kind");
    case WhatColumn:
        return tr("Obligation");
    case ClauseColumn:
        return tr("Clause");
    }
    return {};
}

} // namespace termlens
