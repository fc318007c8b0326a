#pragma once

#include "outage.h"
#include "outageledger.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace termlens {

class Workspace;

// An edit typed into one cell of the ledger, checked: the outage as it would be stored, or
// why not (named by row and column by the model). Times are ISO 8601 with Z or an offset.
struct OutageEditCheck
{
    std::optional<Outage> outage;
    QString error;
};

// The outage ledger of one agreement: service, start, end, duration, category, notice given,
// reference and notes. It never holds all rows: the row count comes from one count query and
// rows are read in pages of PageSize when the view asks for them (OutageLedgerQuery::window),
// at most MaxCachedPages pages kept, the least recently used dropped first. Sorting and
// filtering are SQL (ORDER BY an indexed expression, WHERE), so a million outages open and
// scroll to the end as fast as ten. Edits are checked here and handed on through
// editRequested(); the screen stores them as undoable commands.
class OutageLedgerModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutageLedgerModel)

public:
    enum Column
    {
        ServiceColumn,
        StartColumn,
        EndColumn,
        DurationColumn,
        CategoryColumn,
        NoticeColumn,
        ReferenceColumn,
        NotesColumn,
        ColumnCount
    };
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 40;

    explicit OutageLedgerModel(QObject *parent = nullptr);
    ~OutageLedgerModel() override;

    // The workspace read from (nullptr: none); it outlives the model or is unset first.
    void setWorkspace(Workspace *workspace);
    void setFilter(const OutageLedgerFilter &filter);
    const OutageLedgerFilter &filter() const { return m_filter; }
    OutageSortKey sortKey() const { return m_sortKey; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Reads again after stored outages changed. The same number of rows keeps the view where
    // it is (only the pages are dropped); another number resets it.
    void reload();

    // The outage shown in a row (reading its page if needed).
    std::optional<Outage> outageAt(int row) const;
    // The last storage failure, empty when the last read worked.
    QString lastError() const { return m_error; }
    // Pages read since the filter or sort last changed, and rows held now (tests, benchmarks).
    qint64 pagesRead() const { return m_pagesRead; }
    qsizetype cachedRows() const;

    // Checks `text` typed into `column` of `outage`.
    static OutageEditCheck checkEdit(const Outage &outage, int column, const QString &text);
    static QString durationText(qint64 seconds);
    // A category as one outage's label ("Third party"); typed edits take it or the key.
    static QString categoryName(OutageCategory category);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A checked edit: store `after` in place of `before` (the screen pushes an undo command).
    void editRequested(const termlens::Outage &before, const termlens::Outage &after);
    // An edit refused, with the row, column and reason in words.
    void editRejected(const QString &message);
    // Reading failed (the message names the file and the cause).
    void readFailed(const QString &message);

private:
    struct Page
    {
        QList<Outage> rows;
        quint64 used = 0;
    };
    const Page *pageFor(int row) const;
    void readCount();

    Workspace *m_workspace = nullptr;
    OutageLedgerFilter m_filter;
    OutageSortKey m_sortKey = OutageSortKey::Start;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qint64 m_count = 0;
    mutable QHash<qint64, Page> m_pages;
    mutable quint64 m_clock = 0;
    mutable qint64 m_pagesRead = 0;
    mutable QString m_error;
};

} // namespace termlens
