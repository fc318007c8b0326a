#pragma once

#include "jsonreader.h"
#include "termsheet.h"

namespace termlens {

class TermSheetReader;

// Reads the `terms` object of a term sheet: availability (through AvailabilityReader) and the
// terms that are compared between agreements (termsheet-format.md).
class TermsReader
{
public:
    explicit TermsReader(const TermSheetReader &sheet);

    // Reads and finishes `r`.
    Terms read(JsonReader &r) const;

private:
    Term term(JsonReader &r) const;
    Renewal renewal(JsonReader &r) const;
    LiabilityCap liabilityCap(JsonReader &r) const;
    Support support(JsonReader &r) const;
    SupportLevel supportLevel(JsonReader &r) const;
    ResponseTime response(JsonReader &r) const;
    Termination termination(JsonReader &r) const;
    std::optional<QList<Subprocessor>> subprocessors(JsonReader &r) const;
    SubprocessorPolicy subprocessorPolicy(JsonReader &r) const;
    std::optional<QList<DataLocation>> dataLocations(JsonReader &r) const;
    DataTransfers dataTransfers(JsonReader &r) const;
    DataReturn dataReturn(JsonReader &r) const;
    BreachNotification breachNotification(JsonReader &r) const;
    GoverningLaw governingLaw(JsonReader &r) const;
    Changes changes(JsonReader &r) const;

    const TermSheetReader &m_sheet;
};

} // namespace termlens
