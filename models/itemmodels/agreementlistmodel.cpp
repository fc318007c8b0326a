#include "agreementlistmodel.h"

#include "roles.h"
#include "termrows.h"

#include <QFont>

namespace termlens {

namespace {

// A decimal as an integer in millionths, so the proxy compares numbers, not text ("100" after
// "99.9"). Absent values sort before every stated one (-1 is below any target or multiplier).
qlonglong sortableDecimal(const std::optional<Decimal> &value)
{
    if (!value || !value->isValid())
        return -1;
    return static_cast<qlonglong>(value->rescaled(6, Rounding::HalfAwayFromZero).mantissa());
}

} // namespace

AgreementListModel::AgreementListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

AgreementListModel::~AgreementListModel() = default;

void AgreementListModel::setAgreements(QList<TermSheet> sheets, const QLocale &locale)
{
    beginResetModel();
    m_lines.clear();
    m_lines.reserve(sheets.size());
    for (TermSheet &sheet : sheets) {
        Line line{std::move(sheet), {}, {}, {}};
        line.target = availabilityTargetText(line.sheet, locale);
        line.liability = liabilityCapText(line.sheet, locale);
        line.renewal = renewalText(line.sheet, locale);
        m_lines.append(std::move(line));
    }
    endResetModel();
}

void AgreementListModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

const TermSheet *AgreementListModel::agreement(int row) const
{
    if (row < 0 || row >= m_lines.size())
        return nullptr;
    return &m_lines[row].sheet;
}

int AgreementListModel::rowOfId(const QString &id) const
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].sheet.id == id)
            return int(i);
    }
    return -1;
}

int AgreementListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int AgreementListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementListModel::displayText(const Line &line, int column) const
{
    switch (column) {
    case VendorColumn:
        return line.sheet.vendor;
    case ProductColumn:
        return line.sheet.product;
    case TargetColumn:
        return line.target;
    case LiabilityColumn:
        return line.liability;
    case RenewalColumn:
        return line.renewal;
    }
    return {};
}

QVariant AgreementListModel::sortValue(const Line &line, int column) const
{
    const Terms &terms = line.sheet.terms;
    switch (column) {
    case TargetColumn:
        return sortableDecimal(terms.availability ? std::optional(terms.availability->target)
                                                  : std::nullopt);
    case LiabilityColumn:
        return sortableDecimal(terms.liabilityCap ? std::optional(terms.liabilityCap->multiplier)
                                                  : std::nullopt);
    default:
        return displayText(line, column);
    }
}

QVariant AgreementListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(line, index.column());
    case Qt::FontRole: {
        const bool absent = (index.column() == TargetColumn && !line.sheet.terms.availability) ||
                            (index.column() == LiabilityColumn && !line.sheet.terms.liabilityCap) ||
                            (index.column() == RenewalColumn && !line.sheet.terms.term);
        if (!absent)
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case AgreementIdRole:
        return line.sheet.id;
    case SortRole:
        return sortValue(line, index.column());
    }
    return {};
}

QVariant AgreementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VendorColumn:
        return tr("Vendor");
    case ProductColumn:
        return tr("Product");
    case TargetColumn:
        return tr("SLA target");
    case LiabilityColumn:
        return tr("Liability cap");
    case RenewalColumn:
        return tr("Renewal");
    }
    return {};
}

QHash<int, QByteArray> AgreementListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AgreementIdRole, "agreementId");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace termlens
