#pragma once

#include "money.h"
#include "subscription.h"
#include "termsheet.h"
#include "working.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace termlens {

// The liability cap at a claim date (DOMAIN.md "Liability cap at a claim date"): the multiplier
// times the fees paid in a look-back window, with the window, the payments inside it and the
// carve-outs that sit outside the cap.
struct LiabilityResult
{
    std::optional<Money> cap;   // set on success
    QDate windowFrom, windowTo; // inclusive; both invalid when there is no window (fixed amount)
    Money paidInWindow;
    Decimal multiplier;
    QList<Payment> paymentsInWindow; // by date
    QStringList carveOuts;           // liabilities outside the cap, as the term sheet names them
    bool insuranceLimited = false;   // never more than the insurers pay: the cap is a ceiling
    bool firstYearRule = false;      // the first contract year's own basis was used
    Working working;
};

// Windows, all inclusive of both ends:
// - fees-paid-previous-contract-year: contract years run from the start date's anniversaries
//   (year k: start + 12k months .. the day before start + 12(k+1) months, clamped to month end).
//   A payment dated on an anniversary belongs to the year that begins that day. The window is
//   the year before the one containing the claim date. In the first contract year there is no
//   previous year: with firstYear fees-paid-first-contract-year (Logit.io 13.5) the window is
//   the first year up to the claim date (payments dated later were not yet paid); without it
//   the window is empty and the cap zero, and the working says so.
// - fees-paid-12-months-before-claim: claimDate - 12 months .. claimDate - 1 day, so the claim
//   day itself is outside (2025-03-10 -> 2024-03-10 .. 2025-03-09).
// - fixed-amount: amount x multiplier; no window, no payments.
// cap = multiplier x paid, rounded half away from zero to the currency's minor unit; never
// below zero (refunds that outweigh a window's payments give a zero cap, and the working says so).
// Fails on a payment in another currency, an unknown currency, a claim before the start
// (previous contract year), or a fixed amount that is not stated.
Outcome<LiabilityResult> liabilityCap(const LiabilityCap &cap, const QString &currency, QDate start,
                                      QList<Payment> payments, QDate claimDate);

} // namespace termlens
