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

// Where the block's lines are in the document. The layout's blockBoundingRect does not follow
// a line the pagination moved to the next page (a chart that did not fit), its lines do.
QRectF linesRect(QTextDocument &document, const QTextBlock &block)
{
    // Its top left is the layout's position (in its frame or table cell); lines count from it.
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return rect;
    const qreal origin = rect.top();
    const QTextLine first = layout->lineAt(0);
    const QTextLine last = layout->lineAt(layout->lineCount() - 1);
    return QRectF(rect.left(), origin + first.y(), rect.width(),
                  last.y() + last.height() - first.y());
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
// or if it keeps with the next (a heading, a caption) and would end a page: less than
// KeepWithNextSpace below it, or the run of keep-with-next blocks it begins followed by a
// block that begins on a later page (a chart or a table that did not fit below it). Returns
// the last block checked (the run moves as one).
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
    const QRectF rect = linesRect(document, block);
    const qreal pageTop = std::floor(rect.top() / pageHeight) * pageHeight;
    const qreal fromTop = rect.top() - pageTop;
    bool move = false;
    if (fromTop > style.px(24)) {
        if (startsPage) {
            move = true;
        } else {
            const qreal bottom = linesRect(document, last).bottom();
            const QTextBlock next = keptWith(block);
            move = pageTop + pageHeight - bottom < style.px(ReportStyle::KeepWithNextSpace) ||
                   (next.isValid() && linesRect(document, next).top() > pageTop + pageHeight - 1);
        }
    }
    if (move) {
        QTextBlockFormat broken = format;
        broken.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(broken);
    }
    return last;
}

// Where the unit's content ends: the next unit's first block goes there. The empty block a
// table leaves after itself (the one the next paragraph would have used) counts as not there.
qreal contentEnd(QTextDocument &document)
{
    const QTextBlock last = document.lastBlock();
    const QRectF rect = linesRect(document, last);
    if (last.length() <= 1 && last.previous().isValid())
        return rect.top();
    return rect.bottom();
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

ReportPagination paginateReport(const QList<QTextDocument *> &units, const ReportStyle &style)
{
    ReportPagination result;
    int page = 0; // the page the next unit starts on
    qreal y = 0;  // how much of it the units so far fill
    for (QTextDocument *document : units) {
        const qreal pageHeight = document->pageSize().height();
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
        // Inside the unit, in order (each break re-lays out the rest of this unit only).
        for (QTextBlock block = breakBefore(*document, first, style).next(); block.isValid();
             block = breakBefore(*document, block, style).next()) {
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
