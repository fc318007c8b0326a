#include "agreementmatrixmodel.h"

#include "citationtext.h"
#include "plaintooltip.h"
#include "roles.h"

namespace termlens {

AgreementMatrixModel::AgreementMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

AgreementMatrixModel::~AgreementMatrixModel() = default;

QString AgreementMatrixModel::citationTip(const Citation &c)
{
    QStringList parts;
    if (!c.document.isEmpty() || !c.clause.isEmpty())
        parts << tr("Cited: %1").arg(citedAs(c));
    if (!c.quote.isEmpty())
        parts << tr("“%1”").arg(c.quote);
    if (!c.note.isEmpty())
        parts << c.note;
    if (!c.ambiguity.isEmpty())
        parts << tr("Ambiguity: %1").arg(c.ambiguity);
    return parts.join(u'\n');
}

void AgreementMatrixModel::setAgreements(const QList<TermSheet> &sheets)
{
    beginResetModel();
    m_sheets = sheets;
    m_rows = buildRows(m_sheets);
    m_rowOfKey.clear();
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rowOfKey.insert(m_rows[i].key, int(i));
    endResetModel();
}

void AgreementMatrixModel::clear()
{
    beginResetModel();
    m_sheets.clear();
    m_rows.clear();
    m_rowOfKey.clear();
    endResetModel();
}

QString AgreementMatrixModel::agreementAt(int column) const
{
    const int a = column - FirstAgreementColumn;
    return a >= 0 && a < m_sheets.size() ? m_sheets[a].id : QString();
}

int AgreementMatrixModel::columnOf(const QString &agreementId) const
{
    for (qsizetype a = 0; a < m_sheets.size(); ++a) {
        if (m_sheets[a].id == agreementId)
            return int(a) + FirstAgreementColumn;
    }
    return -1;
}

const TermSheet *AgreementMatrixModel::agreement(const QString &agreementId) const
{
    const int column = columnOf(agreementId);
    return column < 0 ? nullptr : &m_sheets[column - FirstAgreementColumn];
}

int AgreementMatrixModel::rowOfKey(const QString &key) const
{
    return m_rowOfKey.value(key, -1);
}

std::optional<TermRow> AgreementMatrixModel::termRowAt(int row, int column) const
{
    const int a = column - FirstAgreementColumn;
    if (row < 0 || row >= m_rows.size() || a < 0 || a >= m_sheets.size())
        return std::nullopt;
    const MatrixCell &cell = m_rows[row].cells[a];
    TermRow term;
    term.key = m_rows[row].key;
    term.group = group();
    term.label = m_rows[row].label;
    term.value = !cell.stated          ? notStatedText()
                 : cell.text.isEmpty() ? tr("not listed by this agreement")
                                       : cell.text;
    term.stated = cell.stated && !cell.text.isEmpty();
    term.citation = cell.citation;
    return term;
}

int AgreementMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgreementMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstAgreementColumn + int(m_sheets.size());
}

QVariant AgreementMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MatrixRow &row = m_rows[index.row()];
    switch (role) {
    case HighlightRole:
        return row.highlighted;
    case CountRole:
        return row.count;
    case TermKeyRole:
        return row.key;
    default:
        break;
    }
    if (index.column() == LabelColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return row.label;
        case Qt::ToolTipRole:
            return plainToolTip(row.detail.isEmpty() ? row.label : row.detail);
        case SortRole:
            return row.label.toLower();
        case StatedRole:
            return true;
        default:
            return {};
        }
    }
    if (index.column() == SummaryColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return row.summary;
        case SortRole:
            return row.count;
        case StatedRole:
            return true;
        default:
            return {};
        }
    }
    const qsizetype a = index.column() - FirstAgreementColumn;
    const MatrixCell &cell = row.cells[a];
    switch (role) {
    case Qt::DisplayRole:
        return cell.stated ? cell.text : notStatedText();
    case Qt::AccessibleTextRole:
        return cell.stated ? (cell.text.isEmpty() ? tr("not listed") : cell.text) : notStatedText();
    case Qt::ToolTipRole:
        return plainToolTip(cell.toolTip);
    case SortRole:
        // Agreements that have the item first, then those without it, then "not stated".
        return cell.stated ? (cell.text.isEmpty() ? QStringLiteral("1")
                                                  : QStringLiteral("0") + cell.text.toLower())
                           : QStringLiteral("2");
    case PresentRole:
        return cell.stated && !cell.text.isEmpty();
    case StatedRole:
        return cell.stated;
    case AgreementIdRole:
        return m_sheets[a].id;
    case QuoteRole:
        return cell.citation.quote;
    case DocumentIdRole:
        return cell.citation.document;
    case ClauseRole:
        return cell.citation.clause;
    case CitationRole: {
        const Document *document = m_sheets[a].document(cell.citation.document);
        const QString title =
            document && !document->title.isEmpty() ? document->title : cell.citation.document;
        return cell.citation.clause.isEmpty() ? title
                                              : tr("%1 · %2").arg(title, cell.citation.clause);
    }
    default:
        return {};
    }
}

Qt::ItemFlags AgreementMatrixModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant AgreementMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == LabelColumn)
        return role == Qt::DisplayRole ? QVariant(labelHeader()) : QVariant();
    if (section == SummaryColumn)
        return role == Qt::DisplayRole ? QVariant(summaryHeader()) : QVariant();
    const TermSheet &sheet = m_sheets[section - FirstAgreementColumn];
    switch (role) {
    case Qt::DisplayRole:
        return sheet.vendor.isEmpty() ? sheet.id : sheet.vendor;
    case Qt::ToolTipRole:
        return plainToolTip(sheet.product.isEmpty()
                                ? sheet.vendor
                                : tr("%1 — %2").arg(sheet.vendor, sheet.product));
    case AgreementIdRole:
        return sheet.id;
    default:
        return {};
    }
}

} // namespace termlens
