#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCharFormat>

class QTextCursor;
class QTextTable;

namespace termlens {

class ReportStyle;

// A table of the report: a header row the layout repeats at the top of every page the table
// runs onto, then the data rows. Rows break between pages, never inside a line; every text is
// inserted as plain text. `widths` are percentages of the text width, one per column.
class ReportTable
{
public:
    ReportTable(QTextCursor &cursor, const ReportStyle &style, const QStringList &headers,
                const QList<qreal> &widths, int rows);

    // Data rows count from 0 (the header row is not counted).
    void setText(int row, int column, const QString &text, Qt::Alignment alignment = Qt::AlignLeft);
    void setText(int row, int column, const QString &text, const QTextCharFormat &format,
                 Qt::Alignment alignment = Qt::AlignLeft);
    // Another paragraph below what the cell already holds.
    void addLine(int row, int column, const QString &text, const QTextCharFormat &format);
    void setFill(int row, int column, const QColor &color);
    // A row that sums up the table: bold, on a light fill.
    void setTotalRow(int row);
    int rows() const { return m_rows; }
    QTextTable *table() const { return m_table; }

private:
    const ReportStyle &m_style;
    QTextTable *m_table = nullptr;
    int m_rows = 0;
};

// Splits `count` columns into groups of at most `perGroup`, as even as can be (10 by 4: 4, 3,
// 3), so a wide comparison is printed as several tables of readable columns.
QList<QList<int>> columnGroups(int count, int perGroup);

} // namespace termlens
