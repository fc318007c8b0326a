#pragma once

#include "comparison.h"
#include "playbook.h"
#include "termrows.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace termlens {

enum class ComparisonMark
{
    None,
    Best,
    Worst
};

enum class ComparisonRowKind
{
    Summary, // each agreement's playbook score
    Figure,  // a normalised figure of comparison.h
    Text     // a term as termrows.h words it
};

// One agreement's value in one row of the comparison grid. All text is plain text.
struct ComparisonCell
{
    QString value;   // the value alone
    QString display; // with the verdict symbol and the best/worst mark in words
    QString toolTip; // value, working, clause and quote (shown through plainToolTip())
    QString working;
    bool stated = false;
    Citation citation;
    ComparisonMark mark = ComparisonMark::None;
    int verdict = -1; // a Verdict, -1 when no playbook rule reads this term
    QString verdictReason;
    QVariant sortValue; // numbers as numbers; not stated after every stated value
    // Figure rows: the compared value and its currency (money rows), to mark the best and worst
    // again when other agreements are chosen.
    std::optional<Decimal> figure;
    QString currency;
};

struct ComparisonGridRow
{
    QString key; // a term row's key (termrows.h), a figure's key (comparison.h) or "playbook"
    ComparisonRowKind kind = ComparisonRowKind::Text;
    TermGroup group = TermGroup::Availability;
    QString label;
    QString note;     // how to read the row (a figure row's note)
    QString baseNote; // the part of the note that does not depend on the marks
    ComparisonDirection direction = ComparisonDirection::NotComparable;
    QList<ComparisonCell> cells; // one per input, in input order
    QString search;              // label and values, lower case, for the row filter
    bool differs = false;        // set by the model for the agreements shown
};

// The rows of the grid: the playbook summary, then every term of termRows() in DOMAIN.md's
// order (lists folded into one cell per agreement), each figure of compareAgreements() after
// the term it normalises, and each cell's playbook verdict from evaluatePlaybook().
QList<ComparisonGridRow> buildComparisonGrid(const QList<ComparisonInput> &inputs,
                                             const Playbook &playbook,
                                             const ComparisonOptions &options);

// Marks the best and worst of each figure row again among the cells `shown` (indexes into each
// row's cells, in column order; `ids` the agreement id of every cell) and rebuilds every cell's
// display text and tooltip: the marks compare only the agreements a user chose to compare.
void markShown(QList<ComparisonGridRow> &rows, const QList<int> &shown, const QStringList &ids);

// The symbol shown for a verdict ("✔", "⚠", "✖", "?") and its word.
QString verdictSymbol(int verdict);
QString verdictName(int verdict);

} // namespace termlens
