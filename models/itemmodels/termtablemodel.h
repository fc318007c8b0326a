#pragma once

#include "termrows.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QLocale>

namespace termlens {

// The terms of one agreement as a table: one line per TermRow, with the cited document and
// clause. Roles: CitationRole, QuoteRole, DocumentIdRole, AmbiguityRole, NoteRole, ClauseRole,
// TermKeyRole, TermGroupRole, StatedRole (roles.h). Every text is plain text.
class TermTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TermTableModel)

public:
    enum Column
    {
        GroupColumn,
        TermColumn,
        ValueColumn,
        DocumentColumn,
        ClauseColumn,
        ColumnCount
    };

    explicit TermTableModel(QObject *parent = nullptr);
    ~TermTableModel() override;

    void setTermSheet(const TermSheet &sheet, const QLocale &locale = QLocale());
    void clear();
    // The marker shown beside a term whose reading is ambiguous (the view picks the icon).
    void setAmbiguityIcon(const QIcon &icon);

    // nullptr when row is out of range.
    const TermRow *termRow(int row) const;
    // The first row with this key, -1 if none.
    int rowOfKey(const QString &key) const;
    // The title of one of the agreement's documents, else its id.
    QString documentTitle(const QString &documentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant displayText(const TermRow &row, int column) const;
    QString citationText(const TermRow &row) const;

    QList<TermRow> m_rows;
    QHash<QString, QString> m_documentTitles;
    QIcon m_ambiguityIcon;
};

} // namespace termlens
