#include "reporttable.h"

#include "reportstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QGlyphRun>
#include <QPainter>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace termlens {

namespace {

ReportTableText textOf(const QString &text, const QTextCharFormat &format)
{
    const QBrush ink = format.foreground();
    return {text, format.font(), ink.style() == Qt::NoBrush ? ReportStyle::ink() : ink.color()};
}

// The left edges of the columns, and the right edge of the last, across `width` from `left`,
// in whole device pixels (the PDF's coordinates stay short).
QList<qreal> columnEdges(const QList<qreal> &widths, qreal left, qreal width)
{
    const qreal total = std::accumulate(widths.begin(), widths.end(), qreal(0));
    QList<qreal> edges{std::round(left)};
    qreal sum = 0;
    for (const qreal w : widths) {
        sum += w;
        edges << std::round(left + (total > 0 ? width * sum / total : 0));
    }
    return edges;
}

} // namespace

ReportTable::ReportTable(ReportTableObject &tables, int index)
    : m_tables(&tables)
    , m_index(index)
{}

int ReportTable::rows() const
{
    return int(m_tables->table(m_index).rows.size()) - 1;
}

void ReportTable::setText(int row, int column, const QString &text, Qt::Alignment alignment)
{
    ReportTableCell &cell = m_tables->table(m_index).rows[row + 1][column];
    ReportTableText plain = m_tables->plainText();
    plain.text = text;
    cell.lines = {plain};
    cell.alignment = alignment;
}

void ReportTable::setText(int row, int column, const QString &text, const QTextCharFormat &format,
                          Qt::Alignment alignment)
{
    ReportTableCell &cell = m_tables->table(m_index).rows[row + 1][column];
    cell.lines = {textOf(text, format)};
    cell.alignment = alignment;
}

void ReportTable::addLine(int row, int column, const QString &text, const QTextCharFormat &format)
{
    ReportTableCell &cell = m_tables->table(m_index).rows[row + 1][column];
    if (cell.lines.size() == 1 && cell.lines.first().text.isEmpty())
        cell.lines.clear();
    cell.lines << textOf(text, format);
}

void ReportTable::setFill(int row, int column, const QColor &color)
{
    m_tables->table(m_index).rows[row + 1][column].fill = color;
}

void ReportTable::setTotalRow(int row)
{
    for (ReportTableCell &cell : m_tables->table(m_index).rows[row + 1]) {
        cell.fill = ReportStyle::headerFill();
        for (ReportTableText &line : cell.lines)
            line.font.setWeight(QFont::Bold);
    }
}

ReportTableObject::ReportTableObject(const ReportStyle &style, QObject *parent)
    : QObject(parent)
    , m_style(style)
    , m_plain(textOf(QString(), style.tableText()))
{}

ReportTableObject::~ReportTableObject() = default;

int ReportTableObject::add(const QStringList &headers, const QList<qreal> &widths, int rows)
{
    ReportTableData table;
    table.widths = widths;
    ReportTableCell blank;
    blank.lines = {m_plain};
    QList<ReportTableCell> header;
    for (const QString &text : headers) {
        ReportTableCell cell;
        cell.lines = {textOf(text, m_style.tableHeader())};
        cell.fill = ReportStyle::headerFill();
        header << cell;
    }
    table.rows << header;
    for (int r = 0; r < rows; ++r)
        table.rows << QList<ReportTableCell>(headers.size(), blank);
    m_tables << table;
    return int(m_tables.size()) - 1;
}

QTextCharFormat ReportTableObject::rowFormat(int index, int row) const
{
    QTextCharFormat format;
    format.setObjectType(Type);
    format.setProperty(TableIndex, index);
    format.setProperty(RowIndex, row);
    return format;
}

qreal ReportTableObject::rowHeight(int index, int row, qreal width, const QPaintDevice *device)
{
    ReportTableData &table = m_tables[index];
    if (table.heightsWidth != width) {
        table.heights = QList<qreal>(table.rows.size(), -1);
        table.heightsWidth = width;
    }
    qreal &height = table.heights[row];
    if (height >= 0)
        return height;
    const qreal border = m_style.px(0.5); // a hairline's room beside the padding, undrawn
    const qreal padding = m_style.px(3);
    const QList<qreal> edges = columnEdges(table.widths, 0, width);
    qreal tallest = 0;
    const QList<ReportTableCell> &cells = table.rows.at(row);
    for (qsizetype c = 0; c < cells.size() && c + 1 < edges.size(); ++c) {
        const qreal textWidth = edges.at(c + 1) - edges.at(c) - 2 * (padding + border);
        qreal cellHeight = 0;
        for (const ReportTableText &line : cells.at(c).lines) {
            QTextLayout layout(line.text, line.font, device);
            cellHeight += layOutWrapped(layout, textWidth, cells.at(c).alignment);
        }
        tallest = std::max(tallest, cellHeight);
    }
    // Whole device pixels: the text layout rounds a line's height up to them, so the row's
    // fills meet the next row's exactly.
    height = std::ceil(tallest + 2 * padding);
    return height;
}

void ReportTableObject::paintRow(QPainter &painter, const QRectF &area, int index, int row)
{
    const ReportTableData &table = m_tables.at(index);
    const QList<ReportTableCell> &cells = table.rows.at(row);
    const qreal border = m_style.px(0.5); // a hairline's room beside the padding, undrawn
    const qreal padding = m_style.px(3);
    // In whole device pixels (invisible at 300 dpi), so the PDF's coordinates stay short.
    const QRectF rect(QPointF(std::round(area.left()), std::round(area.top())),
                      QPointF(std::round(area.right()), std::round(area.bottom())));
    const QList<qreal> edges = columnEdges(table.widths, rect.left(), rect.width());
    const qsizetype columns = std::min(cells.size(), edges.size() - 1);
    painter.save();
    // The fills, a run of cells of one colour as one rectangle (the PDF stays small).
    for (qsizetype c = 0; c < columns;) {
        qsizetype end = c + 1;
        while (end < columns && cells.at(end).fill == cells.at(c).fill)
            ++end;
        if (cells.at(c).fill.isValid())
            painter.fillRect(
                QRectF(edges.at(c), rect.top(), edges.at(end) - edges.at(c), rect.height()),
                cells.at(c).fill);
        c = end;
    }
    // The texts, the pen changed only where the colour does.
    QColor pen;
    for (qsizetype c = 0; c < columns; ++c) {
        const ReportTableCell &cell = cells.at(c);
        const qreal left = std::round(edges.at(c) + border + padding);
        const qreal textWidth = edges.at(c + 1) - edges.at(c) - 2 * (padding + border);
        qreal y = std::round(rect.top() + padding);
        for (const ReportTableText &line : cell.lines) {
            QTextLayout layout(line.text, line.font, painter.device());
            const qreal height = layOutWrapped(layout, textWidth, cell.alignment);
            if (!line.text.isEmpty()) {
                if (line.ink != pen) {
                    pen = line.ink;
                    painter.setPen(pen);
                }
                for (const QGlyphRun &run : layout.glyphRuns())
                    painter.drawGlyphRun(QPointF(left, y), run);
            }
            y += height;
        }
    }
    painter.restore();
}

QSizeF ReportTableObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const int index = format.property(TableIndex).toInt();
    const int row = format.property(RowIndex).toInt();
    // As wide as the text (less a pixel: an object as wide as the line could wrap).
    const qreal width = document->pageSize().width() - 2 * document->documentMargin() - 1;
    if (width <= 0 || index < 0 || index >= m_tables.size() || row < 0 ||
        row >= m_tables.at(index).rows.size())
        return {std::max<qreal>(width, 1), 1};
    return {width, rowHeight(index, row, width, document->documentLayout()->paintDevice())};
}

void ReportTableObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                   const QTextFormat &format)
{
    const int index = format.property(TableIndex).toInt();
    const int row = format.property(RowIndex).toInt();
    if (index >= 0 && index < m_tables.size() && row >= 0 && row < m_tables.at(index).rows.size())
        paintRow(*painter, rect, index, row);
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
