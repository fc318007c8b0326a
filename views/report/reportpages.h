#pragma once

#include <QList>
#include <QSizeF>

class QTextDocument;

namespace termlens {

class ReportStyle;

// Where one unit of the report (a document of its own, reportbuilder.h) falls on the pages.
// The unit's page i (its layout's band [i × height, (i + 1) × height)) is printed on page
// firstPage + i, for i from 0 to pages − 1. Its page 0 may be shared with the units before it:
// the unit then begins with a spacer block as tall as what they fill of that page.
struct ReportUnitPlacement
{
    QTextDocument *document = nullptr;
    int firstPage = 0;
    int pages = 1;
    qreal top = 0; // where the unit's content starts on its first page (device pixels)
};

struct ReportPagination
{
    QList<ReportUnitPlacement> units;
    int pages = 0; // pages of the whole report
};

// Chains the units on pages, in order, each laid out on its own: the units come without a
// page size (so composing them ran no layout) and each is given `pageSize` (the text area of
// a page) once its place is known. A unit whose first block starts a page (ReportStyle::StartsPage)
// begins on a new page unless the page so far holds less than a line; a unit whose first
// block must keep with the next (ReportStyle::KeepWithNext: every heading) and would leave
// less than ReportStyle::KeepWithNextSpace below it at the bottom of a page begins on the
// next page. Inside a unit, a block that keeps with the next moves to the next page the same
// way (the unit's own layout runs again, never the others'). A table's data row (a block of its
// own, ReportStyle::TableRow, never split) that starts a later page than the row above it
// gets a copy of its table's header row (ReportStyle::TableHeader) inserted above it, at the
// top of that page. The layout of each unit runs a
// bounded number of times, so the time grows with the length of the report, not its square.
ReportPagination paginateReport(const QList<QTextDocument *> &units, const QSizeF &pageSize,
                                const ReportStyle &style);

} // namespace termlens
