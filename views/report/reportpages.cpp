#include "reportpages.h"

#include "reportstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

namespace termlens {

namespace {

// Where the block starts in the document: its layout's position, or the top of the page its
// first line went to when the layout moved that line on (a chart that did not fit; the
// layout's blockBoundingRect keeps the position).
qreal blockTop(QTextDocument &document, const QTextBlock &block)
{
    const qreal origin = document.documentLayout()->blockBoundingRect(block).top();
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return origin;
    const qreal pageHeight = document.pageSize().height();
    const QTextLine first = layout->lineAt(0);
    const qreal lineMiddle = origin + first.y() + first.height() / 2;
    const qreal linePage = std::floor(lineMiddle / pageHeight);
    return linePage > std::floor(origin / pageHeight) ? linePage * pageHeight : origin;
}

// Where the block ends: where the block after it starts (its margin counts with it), or, last
// in the document, its last line's bottom.
qreal blockBottom(QTextDocument &document, const QTextBlock &block)
{
    const QTextBlock next = block.next();
    if (next.isValid())
        return document.documentLayout()->blockBoundingRect(next).top();
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return rect.bottom();
    const QTextLine last = layout->lineAt(layout->lineCount() - 1);
    return rect.top() + last.y() + last.height();
}

// The block after `block` in reading order that does not keep with the next (a table's first
// cell counts): what a run of keep-with-next blocks from `block` on must share a page with.
QTextBlock keptWith(const QTextBlock &block)
{
    QTextBlock next = block.next();
    while (next.isValid() && next.blockFormat().boolProperty(ReportStyle::KeepWithNext))
        next = next.next();
    return next;
}

// Moves `block` to the top of the next page if it starts a page and is not at the top of one,
// or if it keeps with the next (a heading, a caption, a table's header row) and would end a
// page: less than KeepWithNextSpace below it (below the block above a header row, which
// itself needs only its first row below it), or the run of keep-with-next blocks it begins
// followed by a block that begins on a later page (a chart or a table row that did not fit
// below it). Returns the last block checked (the run moves as one).
QTextBlock breakBefore(QTextDocument &document, const QTextBlock &block, const ReportStyle &style)
{
    const QTextBlockFormat format = block.blockFormat();
    const bool startsPage = format.boolProperty(ReportStyle::StartsPage);
    const bool keep = format.boolProperty(ReportStyle::KeepWithNext);
    if (!startsPage && !keep)
        return block;
    QTextBlock last = block;
    if (keep) {
        while (last.next().isValid() &&
               last.next().blockFormat().boolProperty(ReportStyle::KeepWithNext))
            last = last.next();
    }
    if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        return last;
    const qreal pageHeight = document.pageSize().height();
    const qreal top = blockTop(document, block);
    const qreal pageTop = std::floor(top / pageHeight) * pageHeight;
    const qreal fromTop = top - pageTop;
    bool move = false;
    if (fromTop > style.px(24)) {
        if (startsPage) {
            move = true;
        } else {
            // A table's header row needs only its first row below it (the next block), the
            // heading or caption above it the space of a heading, the header row included.
            QTextBlock spaced = last;
            if (last.blockFormat().boolProperty(ReportStyle::TableHeader))
                spaced = last == block ? QTextBlock() : last.previous();
            const QTextBlock next = keptWith(block);
            move = (spaced.isValid() && pageTop + pageHeight - blockBottom(document, spaced) <
                                            style.px(ReportStyle::KeepWithNextSpace)) ||
                   (next.isValid() && blockTop(document, next) > pageTop + pageHeight - 1);
        }
    }
    if (move) {
        QTextBlockFormat broken = format;
        broken.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        broken.setTopMargin(0); // at the top of the page, as a section heading stands
        QTextCursor(block).setBlockFormat(broken);
        document.documentLayout()->documentSize(); // what follows, laid out again in full
    }
    return last;
}

// A table's data row (ReportStyle::TableRow) that starts a later page than the row above it
// ends on (it did not fit below it, and a row moves whole): the table's header row again, at the
// top of that page, above it. The header is the last one above (the table's own, or one repeated
// before). What follows is laid out again, in this unit only.
void repeatHeader(QTextDocument &document, const QTextBlock &block)
{
    if (!block.blockFormat().boolProperty(ReportStyle::TableRow))
        return;
    const QTextBlock previous = block.previous();
    if (!previous.isValid() || !previous.blockFormat().boolProperty(ReportStyle::TableRow))
        return;
    // Not where the row above ends (a row taller than a page runs on over the page's edge).
    const qreal pageHeight = document.pageSize().height();
    const QTextLayout *above = previous.layout();
    const qreal aboveEnd = blockTop(document, previous) +
                           (above && above->lineCount() > 0 ? above->lineAt(0).height() : 0);
    if (std::floor(blockTop(document, block) / pageHeight) <=
        std::floor((aboveEnd - 0.5) / pageHeight))
        return;
    QTextBlock header = previous;
    while (header.isValid() && !header.blockFormat().boolProperty(ReportStyle::TableHeader))
        header = header.previous();
    if (!header.isValid())
        return;
    QTextBlockFormat format = header.blockFormat();
    format.setTopMargin(0);
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor cursor(previous);
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertBlock(format);
    cursor.insertText(header.text(), header.begin().fragment().charFormat());
    document.documentLayout()->documentSize(); // what follows, laid out again in full
}

// An empty last block of no height: where it starts is where the unit's content ends, its
// last block's bottom margin included (the empty block a table leaves after itself is used).
void appendEnd(QTextDocument &document)
{
    QTextBlockFormat end;
    end.setLineHeight(0, QTextBlockFormat::FixedHeight);
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::End);
    if (cursor.block().length() > 1 || cursor.block() == document.begin())
        cursor.insertBlock(end);
    else
        cursor.setBlockFormat(end);
}

qreal contentEnd(QTextDocument &document)
{
    return document.documentLayout()->blockBoundingRect(document.lastBlock()).top();
}

// An empty first block `height` device pixels tall, so the unit's content starts below what
// the units before it left on the page. The layout scales fixed line heights from 96 dpi to
// the paint device's resolution.
void insertSpacer(QTextDocument &document, qreal height)
{
    const QPaintDevice *device = document.documentLayout()->paintDevice();
    const qreal scale = device ? device->logicalDpiY() / 96.0 : 1.0;
    QTextCursor cursor(&document);
    cursor.insertBlock(cursor.blockFormat(), cursor.blockCharFormat());
    QTextBlockFormat spacer;
    spacer.setLineHeight(height / scale, QTextBlockFormat::FixedHeight);
    QTextCursor(document.begin()).setBlockFormat(spacer);
}

} // namespace

ReportPagination paginateReport(const QList<QTextDocument *> &units, const QSizeF &pageSize,
                                const ReportStyle &style)
{
    ReportPagination result;
    int page = 0; // the page the next unit starts on
    qreal y = 0;  // how much of it the units so far fill
    const qreal pageHeight = pageSize.height();
    for (QTextDocument *document : units) {
        const QTextBlockFormat format = document->begin().blockFormat();
        // Less than a line left: the next page.
        if (y > pageHeight - style.px(14) ||
            (format.boolProperty(ReportStyle::StartsPage) && y > style.px(24))) {
            ++page;
            y = 0;
        }
        QTextBlock first = document->begin();
        if (y > 0) {
            insertSpacer(*document, y);
            first = document->begin().next();
        }
        appendEnd(*document);
        // The unit's layout runs from here (it has none without a page size), all of it: the
        // layout's lazy steps and a block format changed between them can leave blocks out.
        document->setPageSize(pageSize);
        document->documentLayout()->documentSize();
        // In order, from its first block (each break re-lays out the rest of this unit only).
        // A table row that starts a page gets its table's header above it.
        for (QTextBlock block = first; block.isValid();) {
            repeatHeader(*document, block);
            block = breakBefore(*document, block, style).next();
        }
        const qreal end = contentEnd(*document);
        const int last = end > 0 ? std::max(0, int(std::ceil(end / pageHeight)) - 1) : 0;
        result.units << ReportUnitPlacement{document, page, last + 1, y};
        page += last;
        y = end - last * pageHeight;
    }
    result.pages = units.isEmpty() ? 0 : page + 1;
    return result;
}

} // namespace termlens
