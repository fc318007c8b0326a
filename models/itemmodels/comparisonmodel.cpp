#include "comparisonmodel.h"

#include "plaintooltip.h"
#include "playbookevaluator.h"
#include "roles.h"

namespace termlens {

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ComparisonModel::~ComparisonModel() = default;

void ComparisonModel::setAgreements(const QList<ComparisonInput> &inputs, const Playbook &playbook,
                                    const ComparisonOptions &options)
{
    const QStringList shown = shownAgreements();
    const bool allShown = m_columns.size() == m_ids.size();
    beginResetModel();
    m_sheets.clear();
    m_ids.clear();
    for (const ComparisonInput &input : inputs) {
        m_sheets.append(input.sheet);
        m_ids.append(input.sheet.id);
    }
    m_rows = buildComparisonGrid(inputs, playbook, options);
    m_rowOfKey.clear();
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i)
        m_rowOfKey.insert(m_rows[i].key, int(i));
    // Keep the user's choice across reloads; agreements added since are shown too when every
    // agreement was shown before.
    m_columns.clear();
    for (const QString &id : shown) {
        if (const qsizetype i = m_ids.indexOf(id); i >= 0)
            m_columns.append(int(i));
    }
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        if ((allShown || m_columns.isEmpty()) && !m_columns.contains(int(i)))
            m_columns.append(int(i));
    }
    markShown(m_rows, m_columns, m_ids);
    updateDiffers();
    endResetModel();
}

void ComparisonModel::clear()
{
    beginResetModel();
    m_sheets.clear();
    m_ids.clear();
    m_columns.clear();
    m_rows.clear();
    m_rowOfKey.clear();
    endResetModel();
}

void ComparisonModel::setShownAgreements(const QStringList &ids)
{
    QList<int> columns;
    for (const QString &id : ids) {
        const qsizetype i = m_ids.indexOf(id);
        if (i >= 0 && !columns.contains(int(i)))
            columns.append(int(i));
    }
    if (ids.isEmpty()) {
        for (qsizetype i = 0; i < m_ids.size(); ++i)
            columns.append(int(i));
    }
    if (columns == m_columns)
        return;
    beginResetModel();
    m_columns = columns;
    markShown(m_rows, m_columns, m_ids);
    updateDiffers();
    endResetModel();
}

QStringList ComparisonModel::shownAgreements() const
{
    QStringList ids;
    for (int i : m_columns)
        ids << m_ids[i];
    return ids;
}

QStringList ComparisonModel::allAgreements() const
{
    return m_ids;
}

const TermSheet *ComparisonModel::agreement(const QString &agreementId) const
{
    const qsizetype i = m_ids.indexOf(agreementId);
    return i < 0 ? nullptr : &m_sheets[i];
}

QString ComparisonModel::vendorOf(const QString &agreementId) const
{
    const TermSheet *sheet = agreement(agreementId);
    return sheet ? sheet->vendor : QString();
}

QString ComparisonModel::agreementAt(int column) const
{
    if (column < 1 || column > m_columns.size())
        return {};
    return m_ids[m_columns[column - 1]];
}

int ComparisonModel::columnOf(const QString &agreementId) const
{
    const int i = int(m_ids.indexOf(agreementId));
    const int at = i < 0 ? -1 : int(m_columns.indexOf(i));
    return at < 0 ? -1 : at + 1;
}

int ComparisonModel::rowOfKey(const QString &key) const
{
    return m_rowOfKey.value(key, -1);
}

std::optional<TermRow> ComparisonModel::termRowAt(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 1 || column > m_columns.size())
        return std::nullopt;
    const ComparisonGridRow &r = m_rows[row];
    if (r.kind == ComparisonRowKind::Summary)
        return std::nullopt;
    const ComparisonCell &cell = r.cells[m_columns[column - 1]];
    TermRow term;
    term.key = r.key;
    term.group = r.group;
    term.label = r.label;
    term.value = cell.working.isEmpty() ? cell.value : cell.value + u'\n' + cell.working;
    term.stated = cell.stated;
    term.citation = cell.citation;
    return term;
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_rows.isEmpty() ? 0 : int(m_columns.size()) + 1;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonGridRow &row = m_rows[index.row()];
    if (index.column() == TermColumn)
        return termData(row, role);
    return cellData(row, m_columns[index.column() - 1], role);
}

QVariant ComparisonModel::termData(const ComparisonGridRow &row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case ValueTextRole:
        return row.label;
    case Qt::ToolTipRole: {
        const QString text = row.kind == ComparisonRowKind::Summary
                                 ? row.label
                                 : tr("%1 — %2").arg(termGroupName(row.group), row.label);
        return plainToolTip(row.note.isEmpty() ? text : text + u'\n' + row.note);
    }
    case SortRole:
        // The summary first, then DOMAIN.md's order.
        return row.kind == ComparisonRowKind::Summary ? QString() : row.label.toLower();
    case TermKeyRole:
        return row.key;
    case TermGroupRole:
        return int(row.group);
    case RowKindRole:
        return int(row.kind);
    case SearchTextRole:
        return row.search;
    case DiffersRole:
        return row.differs;
    case StatedRole:
        return true;
    default:
        return {};
    }
}

QString ComparisonModel::citationText(int agreement, const Citation &citation) const
{
    const Document *document = m_sheets[agreement].document(citation.document);
    const QString title =
        document && !document->title.isEmpty() ? document->title : citation.document;
    if (title.isEmpty() || citation.clause.isEmpty())
        return title + citation.clause;
    return tr("%1 · %2").arg(title, citation.clause);
}

QVariant ComparisonModel::cellData(const ComparisonGridRow &row, int agreement, int role) const
{
    const ComparisonCell &cell = row.cells[agreement];
    switch (role) {
    case Qt::DisplayRole:
        return cell.display;
    case ValueTextRole:
        return cell.value;
    case Qt::ToolTipRole:
        return plainToolTip(cell.toolTip);
    case Qt::AccessibleTextRole:
        return cell.verdict >= 0
                   ? tr("%1 (playbook: %2)").arg(cell.display, verdictName(cell.verdict))
                   : cell.display;
    case SortRole:
        return cell.sortValue;
    case MarkRole:
        return int(cell.mark);
    case VerdictRole:
        return cell.verdict;
    case VerdictReasonRole:
        return cell.verdictReason;
    case WorkingRole:
        return cell.working;
    case CitationRole:
        return citationText(agreement, cell.citation);
    case QuoteRole:
        return cell.citation.quote;
    case DocumentIdRole:
        return cell.citation.document;
    case ClauseRole:
        return cell.citation.clause;
    case AmbiguityRole:
        return cell.citation.ambiguity;
    case NoteRole:
        return cell.citation.note;
    case StatedRole:
        return cell.stated;
    case TermKeyRole:
        return row.key;
    case TermGroupRole:
        return int(row.group);
    case RowKindRole:
        return int(row.kind);
    default:
        return {};
    }
}

Qt::ItemFlags ComparisonModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section > m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == TermColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Term")) : QVariant();
    const TermSheet &sheet = m_sheets[m_columns[section - 1]];
    switch (role) {
    case Qt::DisplayRole:
        return sheet.vendor.isEmpty() ? sheet.id : sheet.vendor;
    case Qt::ToolTipRole: {
        const ComparisonGridRow *summary = m_rows.isEmpty() ? nullptr : &m_rows.first();
        QString text =
            sheet.product.isEmpty() ? sheet.vendor : tr("%1 — %2").arg(sheet.vendor, sheet.product);
        if (summary && summary->kind == ComparisonRowKind::Summary) {
            const ComparisonCell &cell = summary->cells[m_columns[section - 1]];
            text += u'\n' + cell.value + QStringLiteral("\n\n") + cell.verdictReason;
        }
        return plainToolTip(text);
    }
    case AgreementIdRole:
        return sheet.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> ComparisonModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(MarkRole, "mark");
    names.insert(VerdictRole, "verdict");
    names.insert(VerdictReasonRole, "verdictReason");
    names.insert(WorkingRole, "working");
    names.insert(SortRole, "sort");
    names.insert(CitationRole, "citation");
    names.insert(QuoteRole, "quote");
    names.insert(TermKeyRole, "termKey");
    return names;
}

void ComparisonModel::updateDiffers()
{
    for (ComparisonGridRow &row : m_rows) {
        row.differs = false;
        for (qsizetype c = 1; c < m_columns.size() && !row.differs; ++c)
            row.differs = row.cells[m_columns[c]].value != row.cells[m_columns[0]].value;
    }
}

} // namespace termlens
