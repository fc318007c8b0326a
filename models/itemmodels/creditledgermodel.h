#pragma once

#include "creditledger.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace termlens {

// The credits ledger as a table: one row per agreement, month and service (creditledger.h).
// DisplayRole is text, SortRole sorts numbers and dates as such, ToolTipRole gives a one-line
// summary of the working (the full working is the row's, on demand: row()).
class CreditLedgerModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreditLedgerModel)

public:
    enum Column
    {
        AgreementColumn,
        MonthColumn,
        ServiceColumn,
        AvailabilityColumn,
        TargetColumn,
        DowntimeColumn,
        CreditPercentColumn,
        CreditAmountColumn,
        DeadlineColumn,
        StatusColumn,
        ColumnCount
    };

    explicit CreditLedgerModel(QObject *parent = nullptr);
    ~CreditLedgerModel() override;

    void setRows(QList<CreditLedgerRow> rows);
    void setClaims(QList<CreditClaim> claims);
    void setToday(QDate today);
    QDate today() const { return m_today; }

    const CreditLedgerRow *ledgerRow(int row) const;
    ClaimStatus status(int row) const;
    // The status column's text ("Open, 12 days left", "Claimed 2026-06-03 (REF)", ...).
    QString statusText(int row) const;
    // The row of an agreement's month and service; -1 when it is not listed.
    int rowOf(const QString &agreementId, const QString &month, const QString &service) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const CreditLedgerRow &row, int rowIndex, int column) const;
    QVariant sortValue(const CreditLedgerRow &row, int rowIndex, int column) const;

    QList<CreditLedgerRow> m_rows;
    QList<CreditClaim> m_claims;
    QDate m_today;
};

} // namespace termlens
