#pragma once

#include "obligations.h"

#include <QAbstractTableModel>
#include <QDate>

namespace termlens {

// The deadlines list: every dated obligation with a countdown from `today`; overdue ones
// marked. SortRole sorts dates and day counts as such; ToolTipRole is the working.
class ObligationListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObligationListModel)

public:
    enum Column
    {
        DateColumn,
        CountdownColumn,
        AgreementColumn,
        KindColumn,
        WhatColumn,
        ClauseColumn,
        ColumnCount
    };

    explicit ObligationListModel(QObject *parent = nullptr);
    ~ObligationListModel() override;

    void setObligations(QList<Obligation> obligations, QDate today);
    const QList<Obligation> &obligations() const { return m_obligations; }
    const Obligation *obligation(int row) const;
    // today → date in days: negative when overdue.
    int daysLeft(int row) const;
    QString countdownText(int row) const;
    static QString kindText(ObligationKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Obligation> m_obligations;
    QDate m_today;
};

} // namespace termlens
