#pragma once

#include "termsheet.h"

#include <QString>

namespace termlens {

// How working lines and playbook reasons name where a value came from: the clause ("7.2",
// "App. A §3"), else the document id, else a translated "no clause cited", so a line never
// shows an empty pair of brackets.
QString citedAs(const Citation &citation);
// The first citation that names anything, so a value read from a sub-object (the renewal)
// falls back to its parent's citation (the term).
QString citedAs(const Citation &first, const Citation &second);

} // namespace termlens
