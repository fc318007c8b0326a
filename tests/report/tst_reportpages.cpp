#include "reportpages.h"
#include "reportstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextObjectInterface>

#include <cmath>
#include <memory>
#include <vector>

using namespace termlens;

// paginateReport: the report's units (a heading and what belongs to it, each its own document)
// chained on pages. Units are made of blocks of fixed heights on pages 1000 pixels tall, with
// a style at 72 dpi (one point = one pixel): a heading that keeps with the next needs 96 below
// it, "at the top of a page" is within 24, and less than 14 left on a page is a full page.
// Every expected page is worked out by hand in the comments.
class TestReportPages final : public QObject
{
    Q_OBJECT

private slots:
    void chainsUnits();
    void headingNeverEndsAPage();
    void pagesGrowLinearly();
    void tableRowsNeverSplit();
    void rowTallerThanAPage();
    void headerRowNeverEndsAPage();
};

namespace {

constexpr qreal PageHeight = 1000;
const QSizeF Page(500, PageHeight);

enum Kind
{
    Line,    // a line of text
    Heading, // keeps with the next
    Caption, // keeps with the next (a paragraph introducing a chart or a table)
    Section  // a heading that starts a page
};

struct Block
{
    Kind kind;
    qreal height;
};

// A table row as the report inserts it (ReportBuilder::table): a block of its own holding one
// object, here as tall as the format's RowHeight property.
class FixedRows final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int Type = QTextFormat::UserObject + 99;
    static constexpr int RowHeight = QTextFormat::UserProperty + 99;
    static constexpr int RowName = QTextFormat::UserProperty + 98;

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        return {100, format.property(RowHeight).toReal()};
    }
    void drawObject(QPainter *, const QRectF &, QTextDocument *, int, const QTextFormat &) override
    {}
};

class Units
{
public:
    // A unit of a table: a header row `header` tall, then data rows of `heights`; a heading 30
    // tall above it with `heading`.
    void addTable(FixedRows &rows, qreal header, const QList<qreal> &heights, bool heading = false)
    {
        auto document = std::make_unique<QTextDocument>();
        document->setDocumentMargin(0);
        document->setUndoRedoEnabled(false);
        document->documentLayout()->registerHandler(FixedRows::Type, &rows);
        QTextCursor cursor(document.get());
        bool first = true;
        const auto insert = [&](const QTextBlockFormat &block, qreal height, const QString &name) {
            if (first)
                cursor.setBlockFormat(block);
            else
                cursor.insertBlock(block);
            first = false;
            QTextCharFormat object;
            object.setObjectType(FixedRows::Type);
            object.setProperty(FixedRows::RowHeight, height);
            object.setProperty(FixedRows::RowName, name);
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
        };
        if (heading) {
            QTextBlockFormat format;
            format.setProperty(ReportStyle::KeepWithNext, true);
            insert(format, 30, QStringLiteral("heading"));
        }
        QTextBlockFormat headerFormat;
        headerFormat.setProperty(ReportStyle::TableHeader, true);
        headerFormat.setProperty(ReportStyle::KeepWithNext, true);
        insert(headerFormat, header, QStringLiteral("header"));
        QTextBlockFormat rowFormat;
        rowFormat.setProperty(ReportStyle::TableRow, true);
        for (int i = 0; i < heights.size(); ++i)
            insert(rowFormat, heights.at(i), QStringLiteral("row %1").arg(i));
        m_documents.push_back(std::move(document));
    }

    // A unit of `blocks`; `lines` more lines of 30 after them.
    void add(const QList<Block> &blocks, int lines = 0)
    {
        auto document = std::make_unique<QTextDocument>();
        document->setDocumentMargin(0);
        document->setUndoRedoEnabled(false);
        QTextCursor cursor(document.get());
        bool first = true;
        const auto insert = [&](const Block &b) {
            QTextBlockFormat format;
            format.setLineHeight(b.height, QTextBlockFormat::FixedHeight);
            if (b.kind != Line)
                format.setProperty(ReportStyle::KeepWithNext, true);
            if (b.kind == Section)
                format.setProperty(ReportStyle::StartsPage, true);
            if (first)
                cursor.setBlockFormat(format);
            else
                cursor.insertBlock(format);
            first = false;
            cursor.insertText(b.kind == Line ? QStringLiteral("line") : QStringLiteral("heading"));
        };
        for (const Block &b : blocks)
            insert(b);
        for (int i = 0; i < lines; ++i)
            insert({Line, 30});
        m_documents.push_back(std::move(document));
    }
    QList<QTextDocument *> list() const
    {
        QList<QTextDocument *> out;
        for (const auto &d : m_documents)
            out << d.get();
        return out;
    }
    QTextDocument *at(int i) const { return m_documents.at(std::size_t(i)).get(); }

private:
    std::vector<std::unique_ptr<QTextDocument>> m_documents;
};

// Where a block starts in its unit's layout: its position, or the top of the next page when
// the layout moved its line there (a line that does not fit below the position).
qreal lineTop(QTextDocument *document, const QTextBlock &block)
{
    const qreal position = document->documentLayout()->blockBoundingRect(block).top();
    const QTextLine line = block.layout()->lineAt(0);
    const qreal middlePage = std::floor((position + line.y() + line.height() / 2) / PageHeight);
    return middlePage > std::floor(position / PageHeight) ? middlePage * PageHeight : position;
}

// The unit's blocks that are not the spacer paginateReport put first.
QTextBlock content(QTextDocument *document, const ReportUnitPlacement &placement)
{
    return placement.top > 0 ? document->begin().next() : document->begin();
}

// Each object block of the unit (the table's rows and headers, a heading): its name and where
// its line starts in the unit's layout.
QList<QPair<QString, qreal>> objectRows(QTextDocument *document)
{
    QList<QPair<QString, qreal>> rows;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.begin().atEnd())
            continue; // the spacer, the end block
        const QTextCharFormat format = block.begin().fragment().charFormat();
        if (format.objectType() == FixedRows::Type)
            rows << qMakePair(format.property(FixedRows::RowName).toString(),
                              lineTop(document, block));
    }
    return rows;
}

} // namespace

void TestReportPages::chainsUnits()
{
    const ReportStyle style(72);
    Units units;
    // 1: 30 lines of 30 = 900: page 1 up to 900.
    units.add({}, 30);
    // 2: a heading at 900 would leave 1000 - 930 = 70 < 96 below it: it moves to the top of
    //    page 2 (its unit's page 1, from 1000), its 10 lines to 1330: page 2 up to 330.
    units.add({{Heading, 30}}, 10);
    // 3: a section: 330 > 24 from the top, so page 3 from its top; 30 + 5 x 30 = 180.
    units.add({{Section, 30}}, 5);
    // 4: a heading at 180 (fits), then 40 lines from 210: 26 end at 990, the 27th would end at
    //    1020 so it starts page 4 at 1000, the other 13 end at 1000 + 14 x 30 = 1420: page 4
    //    up to 420.
    units.add({{Heading, 30}}, 40);
    // 5: a heading and a caption at 420 and 450, then a chart 600 tall that cannot end by
    //    1000 (480 + 600): the chart goes to page 5, and the heading and caption with it:
    //    heading 1000, caption 1030, chart 1060 to 1660: page 5 up to 660.
    units.add({{Heading, 30}, {Caption, 30}, {Line, 600}});
    // 6: a heading at 660 with 1000 - 690 = 310 below it: stays; one line: page 5 up to 720.
    units.add({{Heading, 30}}, 1);
    const ReportPagination p = paginateReport(units.list(), Page, style);
    QCOMPARE(p.units.size(), 6);
    const QList<int> firstPages{0, 0, 2, 2, 3, 4};
    const QList<int> pages{1, 2, 1, 2, 2, 1};
    const QList<qreal> tops{0, 900, 0, 180, 420, 660};
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(p.units.at(i).document, units.at(i));
        QCOMPARE(p.units.at(i).firstPage, firstPages.at(i));
        QCOMPARE(p.units.at(i).pages, pages.at(i));
        QCOMPARE(p.units.at(i).top, tops.at(i));
    }
    QCOMPARE(p.pages, 5);
    // The moved headings stand at the top of their unit's second page.
    QCOMPARE(lineTop(units.at(1), content(units.at(1), p.units.at(1))), 1000.0);
    QCOMPARE(lineTop(units.at(4), content(units.at(4), p.units.at(4))), 1000.0);
    QCOMPARE(lineTop(units.at(4), content(units.at(4), p.units.at(4)).next().next()), 1060.0);
    // The others where the units before them end.
    QCOMPARE(lineTop(units.at(3), content(units.at(3), p.units.at(3))), 180.0);
    QCOMPARE(lineTop(units.at(5), content(units.at(5), p.units.at(5))), 660.0);
}

void TestReportPages::headingNeverEndsAPage()
{
    // Units of a heading and 7 lines (240 each) after a first unit of n lines of 30: whatever
    // the first unit leaves, no heading's line ends a page with less than 96 below it, and no
    // page has a heading as its last line.
    const ReportStyle style(72);
    for (int n = 0; n <= 33; ++n) {
        Units units;
        units.add({}, n);
        for (int i = 0; i < 9; ++i)
            units.add({{Heading, 30}}, 7);
        const ReportPagination p = paginateReport(units.list(), Page, style);
        for (int i = 1; i < 10; ++i) {
            QTextDocument *d = units.at(i);
            const qreal top = lineTop(d, content(d, p.units.at(i)));
            const qreal below = PageHeight - (top - std::floor(top / PageHeight) * PageHeight) - 30;
            QVERIFY2(
                below >= 96,
                qPrintable(
                    QStringLiteral("n %1 unit %2: %3 below the heading").arg(n).arg(i).arg(below)));
        }
        // 33 lines of 30 = 990: less than 14 left, so the second unit starts page 2.
        if (n == 33)
            QCOMPARE(p.units.at(1).firstPage, 1);
    }
}

void TestReportPages::pagesGrowLinearly()
{
    // k units of a heading and 32 lines: 30 + 32 x 30 = 990 each. The first fills page 1 to
    // 990, which leaves less than 14: each next unit starts a page, so k units take k pages,
    // the same for 1, 10 and 100 of them.
    const ReportStyle style(72);
    for (const int k : {1, 10, 100}) {
        Units units;
        for (int i = 0; i < k; ++i)
            units.add({{Heading, 30}}, 32);
        const ReportPagination p = paginateReport(units.list(), Page, style);
        QCOMPARE(p.pages, k);
        QCOMPARE(p.units.last().firstPage, k - 1);
    }
}

void TestReportPages::tableRowsNeverSplit()
{
    // A heading (30), a header row of 40, then rows of 200, 200, 200, 300, 50, 900, 100, 100 on
    // pages of 1000. Page 1: heading 0, header 30, rows 0-3 at 70, 270, 470, 670 (ends 970);
    // row 4 (50) would end at 1020: it moves whole to page 2, the header again above it:
    // header 1000, row 4 1040, row 5 (900) 1090 to 1990; row 6 (100) would end at 2090: page
    // 3, header 2000, row 6 2040, row 7 2140 (ends 2240). 3 pages.
    FixedRows handler;
    Units units;
    units.addTable(handler, 40, {200, 200, 200, 300, 50, 900, 100, 100}, true);
    const ReportStyle style(72);
    const ReportPagination p = paginateReport(units.list(), Page, style);
    QCOMPARE(p.pages, 3);
    QCOMPARE(p.units.at(0).pages, 3);
    using Row = QPair<QString, qreal>;
    const QList<Row> expected{{QStringLiteral("heading"), 0},   {QStringLiteral("header"), 30},
                              {QStringLiteral("row 0"), 70},    {QStringLiteral("row 1"), 270},
                              {QStringLiteral("row 2"), 470},   {QStringLiteral("row 3"), 670},
                              {QStringLiteral("header"), 1000}, {QStringLiteral("row 4"), 1040},
                              {QStringLiteral("row 5"), 1090},  {QStringLiteral("header"), 2000},
                              {QStringLiteral("row 6"), 2040},  {QStringLiteral("row 7"), 2140}};
    QCOMPARE(objectRows(units.at(0)), expected);
    // The repeated headers are the table's own header row again (same object, same block
    // properties), each starting its page.
    for (QTextBlock block = units.at(0)->begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().boolProperty(ReportStyle::TableHeader))
            continue;
        QCOMPARE(block.begin().fragment().charFormat().property(FixedRows::RowHeight).toReal(),
                 40.0);
        QVERIFY(block.blockFormat().boolProperty(ReportStyle::KeepWithNext));
    }
}

void TestReportPages::rowTallerThanAPage()
{
    // Only a row taller than a page runs over a page's edge (the report cuts such rows first:
    // ReportTableObject::splitTallRows, tst_report). Header 40 at 0, row 0 (500) at
    // 40 to 540; row 1 (1200) would end at 1740: it starts page 2 under the header again
    // (header 1000, row 1 1040 to 2240, over the edge of page 2); row 2 (100) at 2240 starts
    // on page 3, where row 1 ends: no header above it. 3 pages.
    FixedRows handler;
    Units units;
    units.addTable(handler, 40, {500, 1200, 100});
    const ReportStyle style(72);
    const ReportPagination p = paginateReport(units.list(), Page, style);
    QCOMPARE(p.pages, 3);
    using Row = QPair<QString, qreal>;
    const QList<Row> expected{{QStringLiteral("header"), 0},
                              {QStringLiteral("row 0"), 40},
                              {QStringLiteral("header"), 1000},
                              {QStringLiteral("row 1"), 1040},
                              {QStringLiteral("row 2"), 2240}};
    QCOMPARE(objectRows(units.at(0)), expected);
}

void TestReportPages::headerRowNeverEndsAPage()
{
    // A first unit of 30 lines of 30 fills page 1 to 900. A table then: its header row (40)
    // would stand at 900 to 940, but its first row (100) would end at 1040 and moves to page
    // 2: the header goes with it (no header alone at the foot of a page, none repeated): header
    // 1000, row 0 1040, row 1 1140. In the unit's layout (a spacer of 900 first) that is 1000,
    // 1040, 1140 too.
    FixedRows handler;
    Units units;
    units.add({}, 30);
    units.addTable(handler, 40, {100, 100});
    const ReportStyle style(72);
    const ReportPagination p = paginateReport(units.list(), Page, style);
    QCOMPARE(p.pages, 2);
    QCOMPARE(p.units.at(1).firstPage, 0);
    QCOMPARE(p.units.at(1).top, 900.0);
    using Row = QPair<QString, qreal>;
    const QList<Row> expected{{QStringLiteral("header"), 1000},
                              {QStringLiteral("row 0"), 1040},
                              {QStringLiteral("row 1"), 1140}};
    QCOMPARE(objectRows(units.at(1)), expected);
}

QTEST_MAIN(TestReportPages)
#include "tst_reportpages.moc"
