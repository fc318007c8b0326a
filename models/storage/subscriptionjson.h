#pragma once

#include "subscription.h"
#include "termsheetjson.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace termlens {

// The customer's subscription file, <agreement>.subscription.json:
//   {"agreement": "alliants", "startDate": "2026-02-01", "billingCycle": "monthly",
//    "currency": "GBP", "account": "northwind-analytics",
//    "services": [{"service": "Platform", "monthlyFee": "2400.00"}],
//    "payments": [{"date": "2026-02-01", "amount": "3000.00", "reference": "INV-1"}]}
// Amounts are decimal strings or JSON numbers with no more fraction digits than the currency's
// minor unit. Required: agreement, billingCycle, currency, services (may be empty). Unknown
// fields are errors, as in term sheets.
struct SubscriptionParseResult
{
    std::optional<Subscription> subscription; // set only when issues is empty
    QList<ValidationIssue> issues;            // every problem, each with its JSON path
};

// Larger files are refused before parsing (ten years of daily payments is well under it).
constexpr qsizetype MaxSubscriptionBytes = 4 * 1024 * 1024;

SubscriptionParseResult parseSubscription(const QByteArray &json);

// Writes the same shape back; parseSubscription(subscriptionToJson(s)).subscription == s.
QByteArray subscriptionToJson(const Subscription &subscription);

} // namespace termlens
