#include "reporttable.h"

#include "reportstyle.h"

#include <QTextCursor>
#include <QTextTable>
#include <QTextTableCell>

namespace termlens {

ReportTable::ReportTable(QTextCursor &cursor, const ReportStyle &style, const QStringList &headers,
                         const QList<qreal> &widths, int rows)
    : m_style(style)
    , m_rows(rows)
{
    QTextTableFormat format = style.table();
    QList<QTextLength> constraints;
    for (const qreal width : widths)
        constraints << QTextLength(QTextLength::PercentageLength, width);
    format.setColumnWidthConstraints(constraints);
    m_table = cursor.insertTable(rows + 1, int(headers.size()), format);
    for (int column = 0; column < headers.size(); ++column) {
        QTextTableCell cell = m_table->cellAt(0, column);
        QTextCharFormat fill = cell.format();
        fill.setBackground(ReportStyle::headerFill());
        cell.setFormat(fill);
        QTextCursor at = cell.firstCursorPosition();
        at.setBlockFormat(style.cellBlock());
        at.insertText(headers.at(column), style.tableHeader());
    }
    cursor.movePosition(QTextCursor::End);
}

void ReportTable::setText(int row, int column, const QString &text, Qt::Alignment alignment)
{
    setText(row, column, text, m_style.tableText(), alignment);
}

void ReportTable::setText(int row, int column, const QString &text, const QTextCharFormat &format,
                          Qt::Alignment alignment)
{
    QTextCursor at = m_table->cellAt(row + 1, column).firstCursorPosition();
    at.setBlockFormat(m_style.cellBlock(alignment));
    at.insertText(text, format);
}

void ReportTable::addLine(int row, int column, const QString &text, const QTextCharFormat &format)
{
    QTextCursor at = m_table->cellAt(row + 1, column).lastCursorPosition();
    const QTextBlockFormat block = at.blockFormat();
    if (at.block().length() > 1)
        at.insertBlock(block);
    at.insertText(text, format);
}

void ReportTable::setFill(int row, int column, const QColor &color)
{
    QTextTableCell cell = m_table->cellAt(row + 1, column);
    QTextCharFormat format = cell.format();
    format.setBackground(color);
    cell.setFormat(format);
}

void ReportTable::setTotalRow(int row)
{
    for (int column = 0; column < m_table->columns(); ++column) {
        setFill(row, column, ReportStyle::headerFill());
        QTextTableCell cell = m_table->cellAt(row + 1, column);
        QTextCursor at = cell.firstCursorPosition();
        at.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        at.mergeCharFormat(bold);
    }
}

QList<QList<int>> columnGroups(int count, int perGroup)
{
    QList<QList<int>> groups;
    if (count <= 0 || perGroup <= 0)
        return groups;
    const int groupCount = (count + perGroup - 1) / perGroup;
    int next = 0;
    for (int g = 0; g < groupCount; ++g) {
        // The first (count % groupCount) groups take one more column.
        const int size = count / groupCount + (g < count % groupCount ? 1 : 0);
        QList<int> group;
        for (int i = 0; i < size; ++i)
            group << next++;
        groups << group;
    }
    return groups;
}

} // namespace termlens
