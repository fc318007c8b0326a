#include "tabletext.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace termlens {

QString tableText(const QAbstractItemModel &model, const QString &lineBreak, const QList<int> &rows)
{
    const auto clean = [&lineBreak](QString text) {
        return text.replace(u'\n', lineBreak).replace(u'\t', u' ');
    };
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << clean(model.headerData(c, Qt::Horizontal).toString());
    lines << header.join(u'\t');
    const auto addRow = [&](int r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << clean(model.index(r, c).data().toString());
        lines << cells.join(u'\t');
    };
    if (rows.isEmpty()) {
        for (int r = 0; r < model.rowCount(); ++r)
            addRow(r);
    } else {
        for (int r : rows)
            addRow(r);
    }
    return lines.join(u'\n');
}

} // namespace termlens
