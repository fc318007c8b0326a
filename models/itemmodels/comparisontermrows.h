#pragma once

#include "termrows.h"

#include <QList>

namespace termlens {

// The rows of the comparison-only terms (termination to changes), in DOMAIN.md's order; part
// of termRows(), kept apart to keep each file readable.
void appendTerminationRows(QList<TermRow> &rows, const TermSheet &sheet);
void appendSubprocessorRows(QList<TermRow> &rows, const TermSheet &sheet);
void appendDataRows(QList<TermRow> &rows, const TermSheet &sheet);
// "United Kingdom (GB), Ireland (IE)".
QString countriesText(const QStringList &codes);
// "only with the customer's consent; permitted: European Economic Area": a transfer restriction
// in words (also the data-locations view's).
QString transfersText(const DataTransfers &transfers);
// Breach notification, governing law and changes to terms.
void appendLegalRows(QList<TermRow> &rows, const TermSheet &sheet);

} // namespace termlens
