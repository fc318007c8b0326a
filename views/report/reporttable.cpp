#include "reporttable.h"

#include "reportstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QGlyphRun>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
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

QList<QList<ReportTableCell>> ReportTableObject::rowPieces(int index, int row, qreal width,
                                                           qreal limit, const QPaintDevice *device)
{
    // One wrapped line of a cell: which paragraph, where in its text, how tall.
    struct Line
    {
        qsizetype paragraph;
        int start;
        int length;
    };
    const ReportTableData &table = m_tables.at(index);
    const QList<ReportTableCell> &cells = table.rows.at(row);
    const qreal border = m_style.px(0.5);
    const qreal padding = m_style.px(3);
    const qreal room = limit - 2 * padding;
    const QList<qreal> edges = columnEdges(table.widths, 0, width);
    // Each cell's lines, a piece at a time: as many as fit in `room` (one at least).
    QList<QList<QList<Line>>> cellPieces;
    qsizetype count = 1;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        QList<QList<Line>> pieces(1);
        if (c + 1 < edges.size()) {
            const qreal textWidth = edges.at(c + 1) - edges.at(c) - 2 * (padding + border);
            qreal used = 0;
            for (qsizetype p = 0; p < cells.at(c).lines.size(); ++p) {
                const ReportTableText &text = cells.at(c).lines.at(p);
                QTextLayout layout(text.text, text.font, device);
                layOutWrapped(layout, textWidth, cells.at(c).alignment);
                for (int i = 0; i < layout.lineCount(); ++i) {
                    const QTextLine line = layout.lineAt(i);
                    if (used + line.height() > room && !pieces.last().isEmpty()) {
                        pieces.append(QList<Line>());
                        used = 0;
                    }
                    pieces.last().append({p, line.textStart(), line.textLength()});
                    used += line.height();
                }
            }
        }
        count = std::max(count, pieces.size());
        cellPieces << pieces;
    }
    QList<QList<ReportTableCell>> rows(count);
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const ReportTableCell &source = cells.at(c);
        for (qsizetype k = 0; k < count; ++k) {
            ReportTableCell cell;
            cell.alignment = source.alignment;
            cell.fill = source.fill;
            const QList<Line> lines =
                k < cellPieces.at(c).size() ? cellPieces.at(c).at(k) : QList<Line>();
            // Consecutive lines of one paragraph make one paragraph of the piece again.
            for (qsizetype i = 0; i < lines.size();) {
                qsizetype end = i + 1;
                while (end < lines.size() && lines.at(end).paragraph == lines.at(i).paragraph)
                    ++end;
                ReportTableText text = source.lines.at(lines.at(i).paragraph);
                const int from = lines.at(i).start;
                text.text =
                    text.text.mid(from, lines.at(end - 1).start + lines.at(end - 1).length - from);
                cell.lines << text;
                i = end;
            }
            if (cell.lines.isEmpty()) { // this cell ended in an earlier piece
                ReportTableText empty = source.lines.isEmpty() ? m_plain : source.lines.first();
                empty.text.clear();
                cell.lines << empty;
            }
            rows[k] << cell;
        }
    }
    return rows;
}

int ReportTableObject::splitTallRows(QTextDocument &document, const QSizeF &pageSize)
{
    // As wide as intrinsicSize makes a row once the document has this page size.
    const qreal width = pageSize.width() - 2 * document.documentMargin() - 1;
    const QPaintDevice *device = document.documentLayout()->paintDevice();
    int added = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().boolProperty(ReportStyle::TableRow) ||
            !block.begin().fragment().isValid())
            continue;
        const QTextCharFormat format = block.begin().fragment().charFormat();
        const int index = format.property(TableIndex).toInt();
        const int row = format.property(RowIndex).toInt();
        if (format.objectType() != Type || index < 0 || index >= m_tables.size() || row <= 0 ||
            row >= m_tables.at(index).rows.size())
            continue;
        // Room for the row under its header row, which is printed again above a row that
        // starts a page (a pixel spare for rounding).
        const qreal limit = pageSize.height() - rowHeight(index, 0, width, device) - 1;
        if (width <= 0 || limit <= 0 || rowHeight(index, row, width, device) <= limit)
            continue;
        const QList<QList<ReportTableCell>> pieces = rowPieces(index, row, width, limit, device);
        if (pieces.size() < 2)
            continue;
        ReportTableData &table = m_tables[index];
        table.rows[row] = pieces.first();
        // The row's bottom margin (the table's last row has one) goes to its last piece.
        QTextBlockFormat blockFormat = block.blockFormat();
        const qreal bottomMargin = blockFormat.bottomMargin();
        blockFormat.setBottomMargin(0);
        QTextCursor cursor(block);
        cursor.setBlockFormat(blockFormat);
        cursor.movePosition(QTextCursor::EndOfBlock);
        for (qsizetype k = 1; k < pieces.size(); ++k) {
            table.rows << pieces.at(k);
            if (k + 1 == pieces.size())
                blockFormat.setBottomMargin(bottomMargin);
            cursor.insertBlock(blockFormat);
            cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                              rowFormat(index, int(table.rows.size()) - 1));
            ++added;
        }
        table.heightsWidth = -1; // the heights are measured again, for every row
        block = cursor.block();
    }
    return added;
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
