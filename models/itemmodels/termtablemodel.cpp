#include "termtablemodel.h"

#include "roles.h"

#include <QFont>

namespace termlens {

TermTableModel::TermTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

TermTableModel::~TermTableModel() = default;

void TermTableModel::setTermSheet(const TermSheet &sheet, const QLocale &locale)
{
    beginResetModel();
    m_rows = termRows(sheet, locale);
    m_documentTitles.clear();
    for (const Document &document : sheet.documents)
        m_documentTitles.insert(document.id,
                                document.title.isEmpty() ? document.id : document.title);
    endResetModel();
}

void TermTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_documentTitles.clear();
    endResetModel();
}

void TermTableModel::setAmbiguityIcon(const QIcon &icon)
{
    m_ambiguityIcon = icon;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TermColumn), index(rowCount() - 1, TermColumn),
                         {Qt::DecorationRole});
}

const TermRow *TermTableModel::termRow(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows[row];
}

int TermTableModel::rowOfKey(const QString &key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].key == key)
            return int(i);
    }
    return -1;
}

QString TermTableModel::documentTitle(const QString &documentId) const
{
    return m_documentTitles.value(documentId, documentId);
}

int TermTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TermTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TermTableModel::displayText(const TermRow &row, int column) const
{
    switch (column) {
    case GroupColumn:
        return termGroupName(row.group);
    case TermColumn:
        return row.label;
    case ValueColumn:
        return row.value;
    case DocumentColumn:
        return row.citation.document.isEmpty() ? QString() : documentTitle(row.citation.document);
    case ClauseColumn:
        return row.citation.clause;
    }
    return {};
}

QString TermTableModel::citationText(const TermRow &row) const
{
    const QString document =
        row.citation.document.isEmpty() ? QString() : documentTitle(row.citation.document);
    if (document.isEmpty() || row.citation.clause.isEmpty())
        return document + row.citation.clause;
    return tr("%1 · %2").arg(document, row.citation.clause);
}

QVariant TermTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TermRow &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == TermColumn && !row.citation.ambiguity.isEmpty())
            return m_ambiguityIcon;
        return {};
    case Qt::TextAlignmentRole:
        // A group's name spans its rows in the view: at the top, where its first row is.
        if (index.column() == GroupColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignTop));
        return {};
    case Qt::FontRole:
        if (index.column() == ValueColumn && !row.stated) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        return row.citation.ambiguity.isEmpty() ? QString() : tr("Ambiguous");
    case CitationRole:
        return citationText(row);
    case QuoteRole:
        return row.citation.quote;
    case DocumentIdRole:
        return row.citation.document;
    case AmbiguityRole:
        return row.citation.ambiguity;
    case NoteRole:
        return row.citation.note;
    case ClauseRole:
        return row.citation.clause;
    case TermKeyRole:
        return row.key;
    case TermGroupRole:
        return int(row.group);
    case StatedRole:
        return row.stated;
    }
    return {};
}

Qt::ItemFlags TermTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // The group name labels a section; selecting a term selects the term's own cells.
    if (index.column() == GroupColumn)
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant TermTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GroupColumn:
        return tr("Group");
    case TermColumn:
        return tr("Term");
    case ValueColumn:
        return tr("Value");
    case DocumentColumn:
        return tr("Document");
    case ClauseColumn:
        return tr("Clause");
    }
    return {};
}

QHash<int, QByteArray> TermTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CitationRole, "citation");
    names.insert(QuoteRole, "quote");
    names.insert(DocumentIdRole, "documentId");
    names.insert(AmbiguityRole, "ambiguity");
    names.insert(NoteRole, "note");
    names.insert(ClauseRole, "clause");
    names.insert(TermKeyRole, "termKey");
    names.insert(TermGroupRole, "termGroup");
    names.insert(StatedRole, "stated");
    return names;
}

} // namespace termlens
