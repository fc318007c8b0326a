#pragma once

#include "termrows.h"

#include <QList>

namespace termlens {

// The rows of the comparison-only terms (termination to changes), in DOMAIN.md's order; part
// of termRows(), kept apart to keep each file readable.
void appendTerminationRows(QList<TermRow> &rows, const TermSheet &sheet);
void appendSubprocessorRows(QList<TermRow> &rows, const TermSheet &sheet);
void appendDataRows(QList<TermRow> &rows, const TermSheet &sheet);
// Breach notification, governing law and changes to terms.
void appendLegalRows(QList<TermRow> &rows, const TermSheet &sheet);

} // namespace termlens
