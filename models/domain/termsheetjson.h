#pragma once

#include "termsheet.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace termlens {

// One problem found in a file: where (a JSON path such as
// "terms.availability.credits.schedule.tiers[1].below") and why, in words a user can act on.
struct ValidationIssue
{
    QString path;
    QString message;
    QString toString() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

// Larger files are refused before parsing: a term sheet with its documents' full text is
// well under a megabyte, so anything this big is not one.
constexpr qsizetype MaxTermSheetBytes = 20 * 1024 * 1024;

struct TermSheetParseResult
{
    std::optional<TermSheet> sheet; // set only when issues is empty
    QList<ValidationIssue> issues;
};

// Reads and completely validates one term sheet (termsheet-format.md). Every problem is
// reported, not just the first; nothing is returned when anything is wrong. A document without
// `text` keeps its `source` for the caller to resolve.
TermSheetParseResult parseTermSheet(const QByteArray &json);

// The words for the days of the week in term sheets: "Mon" ... "Sun", index 0 = Qt::Monday.
QStringList weekdayKeys();

// Writes the same format back, pretty-printed; parseTermSheet(toJson(x)).sheet == x.
QByteArray termSheetToJson(const TermSheet &sheet);

} // namespace termlens
