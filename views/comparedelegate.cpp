#include "comparedelegate.h"

#include "comparisongrid.h"
#include "comparisonmodel.h"
#include "playbookevaluator.h"
#include "roles.h"

#include <QPainter>

namespace termlens {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

CompareDelegate::CompareDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

CompareDelegate::~CompareDelegate() = default;

QColor CompareDelegate::markColor(int mark, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (ComparisonMark(mark)) {
    case ComparisonMark::Best:
        return dark ? QColor(0x1e, 0x4d, 0x2b) : QColor(0xd8, 0xf0, 0xdc);
    case ComparisonMark::Worst:
        return dark ? QColor(0x5c, 0x22, 0x22) : QColor(0xf8, 0xdc, 0xdc);
    case ComparisonMark::None:
        break;
    }
    return {};
}

QColor CompareDelegate::verdictColor(int verdict, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (Verdict(verdict)) {
    case Verdict::Pass:
        return dark ? QColor(0x4c, 0xc3, 0x6b) : QColor(0x1e, 0x8e, 0x3e);
    case Verdict::Warn:
        return dark ? QColor(0xf2, 0xb1, 0x3c) : QColor(0xb2, 0x6a, 0x00);
    case Verdict::Fail:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case Verdict::NotStated:
        return palette.color(QPalette::PlaceholderText);
    }
    return {};
}

void CompareDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QColor tint = markColor(index.data(ComparisonModel::MarkRole).toInt(), option->palette);
    if (tint.isValid())
        option->backgroundBrush = tint;
    if (!index.data(StatedRole).toBool())
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    if (index.data(ComparisonModel::RowKindRole).toInt() == int(ComparisonRowKind::Summary) ||
        index.column() == ComparisonModel::TermColumn)
        option->font.setBold(index.column() == ComparisonModel::TermColumn ||
                             index.data(ComparisonModel::RowKindRole).toInt() ==
                                 int(ComparisonRowKind::Summary));
}

QSize CompareDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    constexpr qsizetype MaxCached = 50000;
    const bool bold =
        index.column() == ComparisonModel::TermColumn ||
        index.data(ComparisonModel::RowKindRole).toInt() == int(ComparisonRowKind::Summary);
    const QString key = index.data().toString() + u'\x1f' + QString::number(option.rect.width()) +
                        u'\x1f' + option.font.key() + (bold ? u'b' : u'n');
    const auto found = m_sizeHints.constFind(key);
    if (found != m_sizeHints.constEnd())
        return *found;
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (m_sizeHints.size() >= MaxCached)
        m_sizeHints.clear();
    m_sizeHints.insert(key, size);
    return size;
}

void CompareDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QVariant verdict = index.data(ComparisonModel::VerdictRole);
    if (!verdict.isValid() || verdict.toInt() < 0)
        return;
    const QColor color = verdictColor(verdict.toInt(), option.palette);
    painter->save();
    painter->fillRect(QRect(option.rect.left(), option.rect.top() + 1, 4, option.rect.height() - 2),
                      color);
    painter->restore();
}

} // namespace termlens
