#pragma once

#include "storageresult.h"
#include "subscription.h"

#include <QString>

#include <optional>

namespace termlens {

class Workspace;

// The customer's subscription to an agreement, with its services (in the order entered) and
// payments (in the order entered). Amounts are stored as integer minor units of the
// subscription's currency.
class SubscriptionRepository
{
public:
    explicit SubscriptionRepository(Workspace &workspace);

    // Absent when the agreement has no subscription stored.
    StorageResult<std::optional<Subscription>> load(const QString &agreementId) const;
    // Inserts or replaces the subscription with all its services and payments, in one
    // transaction. Refuses amounts in another currency than the subscription's.
    StorageStatus save(const Subscription &subscription);
    StorageResult<bool> remove(const QString &agreementId);

private:
    Workspace &m_workspace;
};

} // namespace termlens
