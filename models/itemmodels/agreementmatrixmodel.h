#pragma once

#include "termrows.h"
#include "termsheet.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace termlens {

// One agreement's entry in one row of a matrix. All text is plain text.
struct MatrixCell
{
    QString text;        // shown in the cell; empty when the agreement does not have the row's item
    QString toolTip;     // the details, clause and quote
    bool stated = false; // false: the agreement does not state the term at all ("not stated")
    Citation citation;
};

struct MatrixRow
{
    QString key;     // stable, never shown
    QString label;   // the row's item: a sub-processor, a country
    QString summary; // the second column: how many agreements have it, and why it matters
    QString detail;  // the label's tooltip
    int count = 0;   // agreements with the item
    // The row needs attention (a sub-processor behind several vendors, data outside the
    // UK/EEA); shown by colour and by a symbol in `summary`, never by colour alone.
    bool highlighted = false;
    QList<MatrixCell> cells; // one per agreement, in agreement order
};

// A table with an item per row and agreements as columns (sub-processors x vendors, countries x
// vendors). Column 0 is the item, column 1 its summary, columns 2.. the agreements in order.
// Subclasses build the rows; this class holds them and answers the views.
class AgreementMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementMatrixModel)

public:
    enum Role
    {
        HighlightRole = Qt::UserRole + 200, // bool: the row needs attention
        CountRole,                          // int: agreements with the row's item
        PresentRole,                        // bool (agreement columns): the agreement has it
    };
    enum Column
    {
        LabelColumn = 0,
        SummaryColumn = 1,
        FirstAgreementColumn = 2,
    };

    explicit AgreementMatrixModel(QObject *parent = nullptr);
    ~AgreementMatrixModel() override;

    void setAgreements(const QList<TermSheet> &sheets);
    void clear();
    QString agreementAt(int column) const;
    int columnOf(const QString &agreementId) const;
    const TermSheet *agreement(const QString &agreementId) const;
    int rowOfKey(const QString &key) const;
    // A cell as a term row for the citation panel; nullopt outside the agreement columns.
    std::optional<TermRow> termRowAt(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    // A cell's tooltip lines for its citation: where it is cited, the quote, the note and any
    // ambiguity, one per line; empty when the citation names nothing.
    static QString citationTip(const Citation &citation);

    virtual QList<MatrixRow> buildRows(const QList<TermSheet> &sheets) const = 0;
    virtual QString labelHeader() const = 0;
    virtual QString summaryHeader() const = 0;
    virtual TermGroup group() const = 0;

private:
    QList<TermSheet> m_sheets;
    QList<MatrixRow> m_rows;
    QHash<QString, int> m_rowOfKey;
};

// Sub-processors x vendors (PRODUCT.md point 3): one row per sub-processor, the same company
// under different names ("AWS", "Amazon Web Services UK Limited") on one row, so a provider
// behind several vendors shows as a concentration risk.
class SubprocessorMatrixModel final : public AgreementMatrixModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubprocessorMatrixModel)

public:
    explicit SubprocessorMatrixModel(QObject *parent = nullptr);
    ~SubprocessorMatrixModel() override;

    // The key one company goes by: lower case, legal forms and country suffixes dropped, a few
    // well-known aliases joined ("Amazon Web Services UK Limited" -> "aws").
    static QString companyKey(const QString &name);

protected:
    QList<MatrixRow> buildRows(const QList<TermSheet> &sheets) const override;
    QString labelHeader() const override;
    QString summaryHeader() const override;
    TermGroup group() const override { return TermGroup::Subprocessors; }
};

// Countries x vendors: where each agreement keeps the data and in which role (primary,
// failover, backup), countries outside the UK and the EEA marked, and a last row with each
// agreement's restriction on transfers abroad.
class DataLocationMatrixModel final : public AgreementMatrixModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataLocationMatrixModel)

public:
    explicit DataLocationMatrixModel(QObject *parent = nullptr);
    ~DataLocationMatrixModel() override;

    static constexpr QStringView TransfersKey = u"transfers";

protected:
    QList<MatrixRow> buildRows(const QList<TermSheet> &sheets) const override;
    QString labelHeader() const override;
    QString summaryHeader() const override;
    TermGroup group() const override { return TermGroup::Data; }
};

} // namespace termlens
