#pragma once

#include "comparisongrid.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QStringList>

namespace termlens {

// The comparison grid (PRODUCT.md point 3): agreements as columns, terms as rows. Column 0 is
// the term; columns 1.. are the chosen agreements in the chosen order. Row 0 sums up each
// agreement's playbook score; then every term of DOMAIN.md's table (termrows.h, list terms such
// as sub-processors folded into one cell per agreement), with the normalised figures of
// comparison.h beside the term they normalise (a figure with a term's own key takes its place).
// Each cell: the value (with the best/worst mark and the playbook verdict as symbols, so they
// never rest on colour alone), its working and quote as a plain-text tooltip, the citation.
class ComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonModel)

public:
    enum Role
    {
        MarkRole = Qt::UserRole + 100, // int: ComparisonMark
        VerdictRole,                   // int: a Verdict, or -1 when no rule covers the cell
        VerdictReasonRole,             // QString: the rules' reasons, one a line
        WorkingRole,                   // QString: how the figure was derived, one step a line
        ValueTextRole,                 // QString: the value alone, without marks or symbols
        RowKindRole,                   // int: ComparisonRowKind
        SearchTextRole,                // QString (column 0): the row's words, lower case
        DiffersRole,                   // bool (column 0): the shown agreements differ here
    };
    static constexpr int TermColumn = 0;

    explicit ComparisonModel(QObject *parent = nullptr);
    ~ComparisonModel() override;

    // Every agreement of the workspace; the columns become all of them in this order (or the
    // chosen ones, when a chosen order is set and still names some of them).
    void setAgreements(const QList<ComparisonInput> &inputs, const Playbook &playbook,
                       const ComparisonOptions &options);
    void clear();
    // The agreements shown, in column order; unknown ids are ignored. Empty: all of them.
    void setShownAgreements(const QStringList &ids);
    QStringList shownAgreements() const;
    QStringList allAgreements() const;
    QString vendorOf(const QString &agreementId) const;
    const TermSheet *agreement(const QString &agreementId) const;
    // The agreement of a column, empty for the term column.
    QString agreementAt(int column) const;
    int columnOf(const QString &agreementId) const;
    // The first row with this key (a term row key or a figure key), -1 if none.
    int rowOfKey(const QString &key) const;
    // A cell as a term row (label, value, citation) for the citation panel; nullopt for the
    // term column and the summary row.
    std::optional<TermRow> termRowAt(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant cellData(const ComparisonGridRow &row, int agreement, int role) const;
    QString citationText(int agreement, const Citation &citation) const;
    QVariant termData(const ComparisonGridRow &row, int role) const;
    void updateDiffers();

    QList<TermSheet> m_sheets;
    QStringList m_ids;
    QList<int> m_columns; // indexes into m_sheets, in column order
    QList<ComparisonGridRow> m_rows;
    QHash<QString, int> m_rowOfKey;
};

} // namespace termlens
