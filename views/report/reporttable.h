#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTextCharFormat>
#include <QTextObjectInterface>

class QPaintDevice;

namespace termlens {

class ReportStyle;
class ReportTableObject;

// A table of the report, drawn by ReportTableObject: each row is a block of its own holding
// one object (the row, laid out and drawn whole), so a row never breaks across two pages: a
// row that does not fit below the last one moves whole to the next page, where the writer
// prints the table's header row again above it (reportpages.h). A row taller than a page is
// first cut between its lines (ReportTableObject::splitTallRows). Every text is kept and drawn as
// plain text. `widths` are percentages of the text width, one per column.
class ReportTable
{
public:
    ReportTable(ReportTableObject &tables, int index);

    // Data rows count from 0 (the header row is not counted).
    void setText(int row, int column, const QString &text, Qt::Alignment alignment = Qt::AlignLeft);
    void setText(int row, int column, const QString &text, const QTextCharFormat &format,
                 Qt::Alignment alignment = Qt::AlignLeft);
    // Another paragraph below what the cell already holds.
    void addLine(int row, int column, const QString &text, const QTextCharFormat &format);
    void setFill(int row, int column, const QColor &color);
    // A row that sums up the table: bold, on a light fill.
    void setTotalRow(int row);
    int rows() const;
    int index() const { return m_index; }

private:
    ReportTableObject *m_tables;
    int m_index;
};

// One paragraph of a cell: its text, font and colour.
struct ReportTableText
{
    QString text;
    QFont font;
    QColor ink;
};

struct ReportTableCell
{
    QList<ReportTableText> lines;
    Qt::Alignment alignment = Qt::AlignLeft;
    QColor fill; // invalid: none
};

struct ReportTableData
{
    QList<qreal> widths;                // percentages of the row's width
    QList<QList<ReportTableCell>> rows; // rows[0] is the header row
    QList<qreal> heights;               // per row, for `heightsWidth` (-1: not measured)
    qreal heightsWidth = -1;
};

// The text layout's handler for table rows inserted as objects of type ReportTableObject::Type:
// the format's TableIndex names the table, RowIndex the row (0: the header row). A row is as
// tall as its tallest cell (every paragraph of every cell wrapped in its column), plus the
// cells' padding; it is drawn with its fills (the header row's, a marked cell's) and texts.
class ReportTableObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(ReportTableObject)

public:
    static constexpr int Type = QTextFormat::UserObject + 18;
    static constexpr int TableIndex = QTextFormat::UserProperty + 30;
    static constexpr int RowIndex = QTextFormat::UserProperty + 31;

    explicit ReportTableObject(const ReportStyle &style, QObject *parent = nullptr);
    ~ReportTableObject() override;

    // A new table of a header row and `rows` empty data rows; returns its index.
    int add(const QStringList &headers, const QList<qreal> &widths, int rows);
    ReportTableData &table(int index) { return m_tables[index]; }
    const ReportStyle &style() const { return m_style; }
    // An empty paragraph in the table's text format (ReportStyle::tableText), made once.
    const ReportTableText &plainText() const { return m_plain; }
    // The character format of the object that shows row `row` (0: the header) of table `index`.
    QTextCharFormat rowFormat(int index, int row) const;

    // A row's height at `width` device pixels of `device`.
    qreal rowHeight(int index, int row, qreal width, const QPaintDevice *device);
    // Cuts every data row of `document` that could not stand on a page of `pageSize` (the
    // text area) below its table's header row into rows that can, between wrapped lines: the
    // first piece stays where the row was, the others follow it as rows of their own (their
    // blocks inserted after its block), so the pagination moves them on like any row and no
    // text is lost at a page's edge. A cell's fill and alignment carry on into every piece.
    // Runs before the document has a page size (no layout yet). Returns the rows added.
    int splitTallRows(QTextDocument &document, const QSizeF &pageSize);
    void paintRow(QPainter &painter, const QRectF &area, int index, int row);

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument,
                         const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
                    int positionInDocument, const QTextFormat &format) override;

private:
    // Row `row` of table `index` as rows each no taller than `limit`, its cells' wrapped lines
    // kept in order (one piece when it fits).
    QList<QList<ReportTableCell>> rowPieces(int index, int row, qreal width, qreal limit,
                                            const QPaintDevice *device);

    const ReportStyle &m_style;
    ReportTableText m_plain;
    QList<ReportTableData> m_tables;
};

// Splits `count` columns into groups of at most `perGroup`, as even as can be (10 by 4: 4, 3,
// 3), so a wide comparison is printed as several tables of readable columns.
QList<QList<int>> columnGroups(int count, int perGroup);

} // namespace termlens
