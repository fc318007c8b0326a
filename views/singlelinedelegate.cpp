#include "singlelinedelegate.h"

namespace termlens {

SingleLineDelegate::SingleLineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

SingleLineDelegate::~SingleLineDelegate() = default;

void SingleLineDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->features &= ~QStyleOptionViewItem::WrapText;
    option->textElideMode = Qt::ElideRight;
}

} // namespace termlens
