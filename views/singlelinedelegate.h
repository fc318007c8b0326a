#pragma once

#include <QStyledItemDelegate>

namespace termlens {

// Draws a cell on one line, elided, in a view that wraps its other columns: a long document
// title should not make every row of the term table six lines high.
class SingleLineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleLineDelegate)

public:
    explicit SingleLineDelegate(QObject *parent = nullptr);
    ~SingleLineDelegate() override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace termlens
