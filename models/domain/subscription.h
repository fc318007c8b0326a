#pragma once

#include "money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace termlens {

enum class BillingCycle
{
    Monthly,
    Quarterly,
    Annual
};

// A service the customer pays for under an agreement, with its fee per month.
struct ServiceFee
{
    QString service;
    Money monthlyFee;
    friend bool operator==(const ServiceFee &, const ServiceFee &) = default;
};

struct Payment
{
    QDate date;
    Money amount;
    QString reference;
    friend bool operator==(const Payment &, const Payment &) = default;
};

// The customer's own commercial facts for an agreement (terms belong to the vendor).
struct Subscription
{
    QString agreementId;
    QDate startDate;
    BillingCycle billingCycle = BillingCycle::Monthly;
    QString currency;
    QString account; // the customer's account or user account name with the vendor
    QList<ServiceFee> services;
    QList<Payment> payments;

    // Sum of the services' monthly fees.
    Money monthlyFee() const;
    // The fee of one service, if the subscription lists it.
    std::optional<Money> serviceFee(const QString &service) const;
    friend bool operator==(const Subscription &, const Subscription &) = default;
};

} // namespace termlens
