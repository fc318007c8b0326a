#pragma once

#include "money.h"
#include "subscription.h"
#include "termsheet.h"
#include "working.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace termlens {

// The comparison grid's figures (PRODUCT.md point 3): terms that several agreements state in
// different shapes ("1 month", "30 days", "10 Business Days"; 99.9 % of an average month, 99.95 %
// in 5-minute periods), normalised to one unit per row so they can be set side by side and the
// best and worst of each row marked. Pure: values in, values out; every figure carries its
// working (how it was derived, which clause). Shared by the comparison grid and the PDF report.

// Which way a row is better for the customer.
enum class ComparisonDirection
{
    HigherIsBetter,
    LowerIsBetter,
    NotComparable, // shown side by side, never marked
};

// One agreement's input: its term sheet and, for money figures, the customer's subscription.
struct ComparisonInput
{
    TermSheet sheet;
    std::optional<Subscription> subscription;
    // The fee the credit base refers to (storage's creditFee(): the month's fee, the annual fee
    // for annual-fee-twelfth, the affected service's fee); absent: credits in percent only.
    std::optional<Money> creditFee;
    QString creditFeeNote; // where that fee came from, added to the credit figures' working
};

struct ComparisonOptions
{
    // The claim date of the liability cap in money ("if a claim were made on this day").
    QDate claimDate;
    // The month the credit figures are computed in, in each agreement's own time zone. A month
    // without a DST change keeps "99 % availability" free of a one-hour surprise: June is.
    int creditYear = 2026;
    int creditMonth = 6;
    QLocale locale; // numbers in the texts
};

// One agreement's figure in one row.
struct ComparisonFigure
{
    // False: the documents do not state the term. Shown as "not stated", never best.
    bool stated = false;
    // The normalised value in the row's unit; absent when stated without a figure ("without
    // undue delay", "no fixed period") or not stated. Only figures with a value are compared.
    std::optional<Decimal> value;
    QString currency; // money rows: the value's currency; figures in different currencies are
                      // never compared with each other
    QString text;     // translated display text with its unit ("43.83 minutes", "1.25 × fees")
    QString unit;     // translated unit of `value` ("days", "hours", "%", "× annual fees")
    Working working;  // how the figure was derived, naming the clause
    Citation citation;
};

// One row of the grid: the same term across the agreements, in the input's order.
struct ComparisonRow
{
    QString key;     // stable, never shown: "liability.cap.multiple", "support.response.1"
    QString termKey; // the term row (termrows.h) this row normalises: "liability.cap"
    QString label;   // translated: "Liability cap (× annual fees)"
    ComparisonDirection direction = ComparisonDirection::NotComparable;
    QList<ComparisonFigure> figures; // one per input, in input order
    // Agreement ids. Ties: every tied agreement. No marks when fewer than two figures have a
    // value, when every value is equal, for NotComparable rows, and (money rows) when the
    // figures are in more than one currency. A figure without a value is never marked.
    QStringList best;
    QStringList worst;
    QString note; // translated: why the row has no marks, or how to read it; may be empty
};

struct Comparison
{
    QStringList agreementIds; // input order
    QList<ComparisonRow> rows;
};

// Rows, in this order (DOMAIN.md's table):
// - availability.target (%; higher is better)
// - availability.allowedDowntime: minutes of downtime a month the target allows, in a 30-day
//   month (43,200 minutes) for "calendar" agreements and in the average month (43,830) for
//   "average" ones; lower is better. Fixed-interval measurement is noted in the working.
// - credits.at99 / credits.at95: the credit percent for exactly 99 % / 95 % availability in
//   options' month, through the credit engine (availabilityFromDowntime + computeCredit): the
//   downtime is (100 - A) % of that month's length. An agreement without a schedule earns 0 %
//   (stated, "no service credits"); without availability terms it is not stated. The amount
//   for the customer's fee is shown in the text when the fee is known. Higher is better.
// - term.renewal.notice: days of notice to stop renewal or end a rolling agreement (0 for a
//   paid-period subscription and a term that does not renew); lower is better.
// - liability.cap.multiple: the cap as a multiple of a year's fees (bases of fees paid over a
//   year: the multiplier; a fixed amount: amount x multiplier / the subscription's annual fee,
//   12 x its monthly fee); higher is better.
// - liability.cap.money: the cap in money at options.claimDate from the subscription's
//   payments, through liabilityCap() (liability.h); higher is better.
// - support.response.N: the Nth support level (most severe first) in hours of its own clock,
//   with the clock and calendar in the text; business days are days of the calendar's opening
//   hours; lower is better.
// - termination.cure: the shortest cure period the customer gets (playbookreading.h
//   cure-period-days), in days; higher is better.
// - data.retrieval: days to retrieve data after termination; higher is better.
// - breach.notification: hours to notify a breach; lower is better.
// - changes.notice: days of notice of changes to the terms; higher is better.
// Durations without one fixed length in days (months: 28-31 days; business days: counted
// Monday to Friday, longer over holidays) take the length least favourable to the customer
// (the shortest where higher is better, the longest where lower is better), and the working
// says so; this is the playbook's reading too.
Comparison compareAgreements(const QList<ComparisonInput> &inputs,
                             const ComparisonOptions &options);

// The marks of one row from its figures (compareAgreements() applies it to every row).
void markBestAndWorst(ComparisonRow &row, const QStringList &agreementIds);

} // namespace termlens
