#pragma once

#include <QString>
#include <QStringView>

namespace termlens {

enum class QuoteMatchKind
{
    Exact,
    // Found once runs of white space (line breaks, non-breaking spaces) are read as one space
    // and typographic quotation marks, apostrophes and dashes as their plain forms: a quote
    // typed by hand or copied from a reflowed PDF.
    Normalised,
    NotFound,
    EmptyQuote,
};

// Where a citation's quoted words sit in a document's text: [start, start + length) of `text`.
struct QuoteMatch
{
    QuoteMatchKind kind = QuoteMatchKind::NotFound;
    qsizetype start = -1;
    qsizetype length = 0;
    bool found() const { return start >= 0; }
};

// Finds the first occurrence of the quote exactly, else after normalising both texts.
QuoteMatch locateQuote(QStringView text, QStringView quote);

} // namespace termlens
