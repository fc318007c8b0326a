#pragma once

#include <QHash>
#include <QSize>
#include <QString>
#include <QStyledItemDelegate>

namespace termlens {

// Paints a comparison-grid cell: a tint for the best (green) and worst (red) value and a bar
// on the left in the colour of the playbook verdict. The colours are picked for the palette's
// lightness, so they read in light and dark appearance; the text carries the same marks as
// symbols ("▲ best", "✖"), so nothing rests on colour alone.
class CompareDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDelegate)

public:
    explicit CompareDelegate(QObject *parent = nullptr);
    ~CompareDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    // Word-wrapped text is costly to measure and the grid's texts do not change when rows are
    // sorted, filtered or columns chosen: hints are kept per text, width and font.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colours for a palette (exposed for tests and the legend).
    static QColor markColor(int mark, const QPalette &palette);
    static QColor verdictColor(int verdict, const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    mutable QHash<QString, QSize> m_sizeHints;
};

} // namespace termlens
