#include "comparisonfiltermodel.h"

#include "comparisonmodel.h"
#include "roles.h"

namespace termlens {

namespace {

bool isSummary(const QModelIndex &index)
{
    return index.siblingAtColumn(ComparisonModel::TermColumn)
               .data(ComparisonModel::RowKindRole)
               .toInt() == int(ComparisonRowKind::Summary);
}

} // namespace

ComparisonFilterModel::ComparisonFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

ComparisonFilterModel::~ComparisonFilterModel() = default;

void ComparisonFilterModel::setText(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == m_text)
        return;
    m_text = lower;
    invalidateRowsFilter();
}

void ComparisonFilterModel::setGroup(int group)
{
    if (group == m_group)
        return;
    m_group = group;
    invalidateRowsFilter();
}

void ComparisonFilterModel::setOnlyDifferent(bool only)
{
    if (only == m_onlyDifferent)
        return;
    m_onlyDifferent = only;
    invalidateRowsFilter();
}

bool ComparisonFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex term =
        sourceModel()->index(sourceRow, ComparisonModel::TermColumn, sourceParent);
    if (term.data(ComparisonModel::RowKindRole).toInt() == int(ComparisonRowKind::Summary))
        return true;
    if (m_group >= 0 && term.data(TermGroupRole).toInt() != m_group)
        return false;
    if (m_onlyDifferent && !term.data(ComparisonModel::DiffersRole).toBool())
        return false;
    return m_text.isEmpty() ||
           term.data(ComparisonModel::SearchTextRole).toString().contains(m_text);
}

bool ComparisonFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    if (isSummary(left) != isSummary(right))
        return isSummary(left) == ascending; // the summary stays on top either way
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.isValid() != b.isValid())
        return a.isValid() == ascending; // "not stated" last either way
    if (!a.isValid())
        return left.row() < right.row();
    const bool aNumber = a.typeId() == QMetaType::LongLong;
    const bool bNumber = b.typeId() == QMetaType::LongLong;
    if (aNumber && bNumber)
        return a.toLongLong() < b.toLongLong();
    if (aNumber != bNumber)
        return aNumber; // figures before words: one consistent order over mixed rows
    return a.toString().localeAwareCompare(b.toString()) < 0;
}

} // namespace termlens
