#pragma once

#include "jsonreader.h"
#include "termsheet.h"

namespace termlens {

class TermSheetReader;

// Reads terms.availability: the target, how the month is measured, what is excluded, and the
// service credits (termsheet-format.md). Problems go to the sheet reader's list.
class AvailabilityReader
{
public:
    explicit AvailabilityReader(const TermSheetReader &sheet);

    // Reads and finishes `r`.
    Availability read(JsonReader &r) const;

private:
    QList<Decimal> targetOptions(JsonReader &r) const;
    QList<OutageCategory> exclusions(JsonReader &r) const;
    Measurement measurement(JsonReader &r) const;
    Maintenance maintenance(JsonReader &r) const;
    Credits credits(JsonReader &r) const;
    CreditSchedule schedule(JsonReader &r) const;
    QList<CreditTier> tiers(JsonReader &r) const;
    ClaimWindow claimWindow(JsonReader &r) const;

    const TermSheetReader &m_sheet;
};

} // namespace termlens
