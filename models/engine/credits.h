#pragma once

#include "availability.h"
#include "money.h"
#include "termsheet.h"
#include "working.h"

#include <optional>

namespace termlens {

struct CreditInput
{
    const Availability *rules = nullptr;
    AvailabilityResult availability;
    // The fee the credit base refers to: the month's fee (monthly-fee), the annual fee
    // (annual-fee-twelfth) or the affected service's monthly fee (affected-service-fee).
    // Without it only the percentage is computed.
    std::optional<Money> fee;
};

// The service credit one month earns (DOMAIN.md "Service credits").
struct CreditResult
{
    QString error; // set when the inputs could not be used
    bool slaMet = true;
    // target - availability, in percentage points or as a share of the target (the schedule's
    // shortfallUnit); 0 when the target is met. Rounded to 4 decimals for display: the schedule
    // itself is decided on the exact fraction.
    Decimal shortfall;
    ShortfallUnit shortfallUnit = ShortfallUnit::Points;
    Decimal uncappedPercent; // what the schedule gives
    Decimal creditPercent;   // after the cap
    bool capApplied = false;
    std::optional<Money> base;         // the amount the percent applies to
    std::optional<Money> creditAmount; // absent without a fee; zero when nothing is issued
    bool belowMinimum = false;         // a credit was earned but not above the minimum amount
    Working working;
    bool isValid() const { return error.isEmpty(); }
};

CreditResult computeCredit(const CreditInput &input);

} // namespace termlens
