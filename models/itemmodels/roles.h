#pragma once

#include <Qt>

namespace termlens {

// Item-data roles shared by every model the views bind to.
enum ItemRole
{
    CitationRole = Qt::UserRole + 1, // QString: "document · clause"
    QuoteRole,                       // QString: the quoted words
    DocumentIdRole,                  // QString: the cited document's id
    AgreementIdRole,                 // QString
    SortRole,                        // a value that sorts correctly (numbers as numbers)
    AmbiguityRole,                   // QString: what is unclear, empty when nothing is
    NoteRole,                        // QString: the reading chosen, empty when none
    ClauseRole,                      // QString: the cited clause alone ("13.5")
    TermKeyRole,                     // QString: TermRow::key ("availability.target")
    TermGroupRole,                   // int: a TermGroup
    StatedRole,                      // bool: false when the documents do not state the term
};

} // namespace termlens
