#include "tabletext.h"

#include <QAbstractItemModel>
#include <QRegularExpression>
#include <QStringList>

namespace termlens {

QString spreadsheetSafe(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' &&
        first != u'\r' && first != u'\n')
        return cell;
    // A signed plain number: digits with group separators and a decimal point, maybe a percent.
    static const QRegularExpression number(
        QStringLiteral("^[+-]\\d{1,3}(?:[,\\x{00A0}\\x{202F} ]?\\d{3})*(?:[.,]\\d+)?%?$"));
    if (number.match(cell).hasMatch())
        return cell;
    return u'\'' + cell;
}

QString tableText(const QAbstractItemModel &model, const QString &lineBreak, const QList<int> &rows)
{
    const auto clean = [&lineBreak](QString text) {
        return spreadsheetSafe(text).replace(u'\n', lineBreak).replace(u'\t', u' ');
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
