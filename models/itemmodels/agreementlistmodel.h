#pragma once

#include "termsheet.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace termlens {

// The agreements of a workspace, one line each: vendor, product, availability target,
// liability cap and renewal in short words (termrows.h). AgreementIdRole gives the id and
// SortRole a value that sorts as the column means (targets and multipliers as numbers, terms
// the documents do not state after every stated one).
class AgreementListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementListModel)

public:
    enum Column
    {
        VendorColumn,
        ProductColumn,
        TargetColumn,
        LiabilityColumn,
        RenewalColumn,
        ColumnCount
    };

    explicit AgreementListModel(QObject *parent = nullptr);
    ~AgreementListModel() override;

    void setAgreements(QList<TermSheet> sheets, const QLocale &locale = QLocale());
    void clear();
    // nullptr when row is out of range.
    const TermSheet *agreement(int row) const;
    // -1 when no agreement has this id.
    int rowOfId(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Line
    {
        TermSheet sheet;
        QString target, liability, renewal; // formatted once: sorting asks for them often
    };
    QVariant displayText(const Line &line, int column) const;
    QVariant sortValue(const Line &line, int column) const;

    QList<Line> m_lines;
};

} // namespace termlens
