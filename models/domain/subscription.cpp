#include "subscription.h"

namespace termlens {

Money Subscription::monthlyFee() const
{
    Money total(0, currency);
    for (const ServiceFee &s : services)
        total = total + s.monthlyFee;
    return total;
}

std::optional<Money> Subscription::serviceFee(const QString &service) const
{
    for (const ServiceFee &s : services) {
        if (s.service == service)
            return s.monthlyFee;
    }
    return std::nullopt;
}

} // namespace termlens
