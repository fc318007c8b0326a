#include "monthlycredits.h"

#include "agreementrepository.h"
#include "claimdeadline.h"
#include "localeformat.h"
#include "outagescan.h"
#include "subscriptionrepository.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <limits>

namespace termlens {
namespace {

struct MonthlyCreditsText
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyCredits)
};

QString moneyText(const Money &money)
{
    return MonthlyCreditsText::tr("%1 %2").arg(displayAmount(money), money.currency());
}

// The monthly fee of the affected service: the named one, or the only one listed.
std::optional<ServiceFee> affectedService(const Subscription &subscription, const QString &service)
{
    if (service.isEmpty()) {
        if (subscription.services.size() == 1)
            return subscription.services.first();
        return std::nullopt;
    }
    for (const ServiceFee &fee : subscription.services) {
        if (fee.service == service)
            return fee;
    }
    return std::nullopt;
}

CreditFee unknownServiceFee(const QString &service)
{
    if (service.isEmpty()) {
        return {std::nullopt,
                MonthlyCreditsText::tr("Fee: the subscription lists several services and none "
                                       "was named, so the affected service's fee is not known; "
                                       "only the percentage is shown.")};
    }
    return {std::nullopt, MonthlyCreditsText::tr("Fee: the subscription lists no fee for %1, so "
                                                 "only the percentage is shown.")
                              .arg(service)};
}

CreditFee annualFee(const Subscription &subscription, const QString &service)
{
    // Merged over every record of a subscription with several services, the whole
    // subscription is the affected service.
    std::optional<ServiceFee> affected = affectedService(subscription, service);
    if (!affected && service.isEmpty() && !subscription.services.isEmpty())
        affected = ServiceFee{QString(), subscription.monthlyFee()};
    if (!affected)
        return unknownServiceFee(service);
    const Money annual = affected->monthlyFee.multipliedBy(Decimal::fromInt(12));
    const QString of = affected->service.isEmpty()
                           ? MonthlyCreditsText::tr("the sum of the subscription's services")
                           : affected->service;
    return {annual, MonthlyCreditsText::tr("Fee: the credit base is one twelfth of the annual "
                                           "fee, taken as 12 × the monthly fee of %1: 12 × %2 "
                                           "= %3.")
                        .arg(of, displayAmount(affected->monthlyFee), moneyText(annual))};
}

CreditFee monthlyFee(const Subscription &subscription)
{
    if (subscription.services.isEmpty()) {
        return {std::nullopt, MonthlyCreditsText::tr("Fee: the subscription lists no services, "
                                                     "so only the percentage is shown.")};
    }
    QStringList parts;
    for (const ServiceFee &fee : subscription.services)
        parts << MonthlyCreditsText::tr("%1 %2").arg(fee.service, displayAmount(fee.monthlyFee));
    const Money total = subscription.monthlyFee();
    return {total, MonthlyCreditsText::tr("Fee: the month's fee, the sum of the subscription's "
                                          "services (%1) = %2.")
                       .arg(parts.join(QStringLiteral(", ")), moneyText(total))};
}

CreditFee serviceFee(const Subscription &subscription, const QString &service)
{
    const std::optional<ServiceFee> affected = affectedService(subscription, service);
    if (!affected)
        return unknownServiceFee(service);
    return {affected->monthlyFee,
            MonthlyCreditsText::tr("Fee: the monthly fee of the affected service %1 = %2.")
                .arg(affected->service, moneyText(affected->monthlyFee))};
}

ServiceCredit creditFor(const Availability &rules, AvailabilityResult availability,
                        const CreditFee &fee, const QString &service)
{
    ServiceCredit result;
    result.service = service;
    result.fee = fee.fee;
    result.availability = std::move(availability);
    CreditInput input;
    input.rules = &rules;
    input.availability = result.availability;
    input.fee = fee.fee;
    result.credit = computeCredit(input);
    if (!fee.line.isEmpty())
        result.working.add(fee.line);
    result.working.append(result.availability.working);
    result.working.append(result.credit.working);
    return result;
}

// Shared start of both computations: the rules, the month, and the claim deadline.
Outcome<MonthlyCredits> prepare(const TermSheet &sheet, int year, int month, Working &claim)
{
    using Result = Outcome<MonthlyCredits>;
    if (!sheet.terms.availability) {
        return Result::failure(
            MonthlyCreditsText::tr("The agreement %1 states no availability terms.").arg(sheet.id));
    }
    const Availability &rules = *sheet.terms.availability;
    MonthlyCredits credits;
    credits.agreementId = sheet.id;
    credits.currency = sheet.currency;
    credits.period = monthPeriod(year, month, sheet.timeZone, rules.monthLength);
    if (!credits.period.isValid()) {
        return Result::failure(MonthlyCreditsText::tr("The month %1-%2 in time zone %3 cannot "
                                                      "be used.")
                                   .arg(year)
                                   .arg(month, 2, 10, QLatin1Char('0'))
                                   .arg(sheet.timeZone));
    }
    if (rules.credits)
        credits.claimDeadline = claimDeadline(rules.credits->claimWindow, year, month, &claim);
    return Result::success(credits);
}

// The amounts' currency is the fee's (a subscription may be billed in another currency).
Outcome<MonthlyCredits> finish(MonthlyCredits credits, const Working &claim)
{
    for (ServiceCredit &service : credits.services) {
        if (!service.availability.isValid())
            return Outcome<MonthlyCredits>::failure(service.availability.error);
        if (!service.credit.isValid())
            return Outcome<MonthlyCredits>::failure(service.credit.error);
        service.working.append(claim);
        if (service.fee)
            credits.currency = service.fee->currency();
    }
    return Outcome<MonthlyCredits>::success(std::move(credits));
}

} // namespace

bool MonthlyCredits::slaMet() const
{
    for (const ServiceCredit &s : services) {
        if (!s.credit.slaMet)
            return false;
    }
    return true;
}

std::optional<Money> MonthlyCredits::totalCredit() const
{
    std::optional<Money> total;
    for (const ServiceCredit &s : services) {
        if (!s.credit.creditAmount)
            return std::nullopt;
        total = total ? *total + *s.credit.creditAmount : *s.credit.creditAmount;
    }
    return total;
}

const ServiceCredit *MonthlyCredits::worst() const
{
    const ServiceCredit *worst = nullptr;
    for (const ServiceCredit &s : services) {
        // Exact: compare downtime shares, never the rounded percentages.
        if (!worst ||
            (Decimal::fromInt(worst->availability.periodSeconds) * s.availability.downtimeSeconds >
             Decimal::fromInt(s.availability.periodSeconds) * worst->availability.downtimeSeconds))
            worst = &s;
    }
    return worst;
}

CreditFee creditFee(const Availability &rules, const std::optional<Subscription> &subscription,
                    const QString &service, const std::optional<Money> &override)
{
    if (override) {
        return {override, MonthlyCreditsText::tr("Fee: %1, as given for the credit base.")
                              .arg(moneyText(*override))};
    }
    if (!subscription) {
        return {std::nullopt, MonthlyCreditsText::tr("Fee: no subscription is stored for this "
                                                     "agreement, so only the percentage is "
                                                     "shown.")};
    }
    switch (rules.credits ? rules.credits->base : CreditBase::MonthlyFee) {
    case CreditBase::MonthlyFee:
        return monthlyFee(*subscription);
    case CreditBase::AnnualFeeTwelfth:
        return annualFee(*subscription, service);
    case CreditBase::AffectedServiceFee:
        return serviceFee(*subscription, service);
    }
    return {};
}

QStringList servicesToCompute(const std::optional<Subscription> &subscription,
                              const QString &service)
{
    if (!service.isEmpty())
        return {service};
    QStringList services;
    if (subscription) {
        for (const ServiceFee &fee : subscription->services)
            services << fee.service;
    }
    if (services.isEmpty())
        services << QString(); // every record, merged as one service
    return services;
}

Outcome<MonthlyCredits> computeMonthlyCredits(const TermSheet &sheet,
                                              const std::optional<Subscription> &subscription,
                                              std::span<const Outage> outages,
                                              const MonthlyCreditsRequest &request)
{
    Working claim;
    Outcome<MonthlyCredits> prepared = prepare(sheet, request.year, request.month, claim);
    if (!prepared.ok())
        return prepared;
    MonthlyCredits credits = std::move(*prepared.value);
    const Availability &rules = *sheet.terms.availability;
    for (const QString &service : servicesToCompute(subscription, request.service)) {
        AvailabilityInput input;
        input.rules = &rules;
        input.period = credits.period;
        input.service = service;
        input.nowUtc = request.nowUtc;
        input.itemisedLimit = request.itemisedLimit;
        AvailabilityResult availability = computeAvailability(input, outages);
        const CreditFee fee = creditFee(rules, subscription, service, request.fee);
        credits.services.append(creditFor(rules, std::move(availability), fee, service));
    }
    return finish(std::move(credits), claim);
}

namespace {

struct Stored
{
    TermSheet sheet;
    std::optional<Subscription> subscription;
};

// An unknown agreement is the user's mistake (no file named), a failed read the workspace's.
StorageResult<Stored> loadStored(Workspace &workspace, const QString &agreementId)
{
    using Result = StorageResult<Stored>;
    const auto sheet = AgreementRepository(workspace).load(agreementId);
    if (!sheet.ok())
        return Result::failure(sheet.error);
    if (!*sheet.value)
        return Result::failure(
            {QString(), MonthlyCreditsText::tr("no agreement with id %1").arg(agreementId)});
    const auto subscription = SubscriptionRepository(workspace).load(agreementId);
    if (!subscription.ok())
        return Result::failure(subscription.error);
    return Result::success({**sheet.value, *subscription.value});
}

// The services named as the scan's own strings, so the engine's filter compares pointers.
std::optional<Subscription> sharingServices(std::optional<Subscription> subscription,
                                            const QList<Outage> &outages)
{
    if (!subscription || outages.isEmpty())
        return subscription;
    QHash<QString, QString> shared;
    for (const Outage &o : outages) {
        if (!shared.contains(o.service))
            shared.insert(o.service, o.service);
    }
    for (ServiceFee &fee : subscription->services)
        fee.service = shared.value(fee.service, fee.service);
    return subscription;
}

} // namespace

StorageResult<MonthlyCredits> computeMonthlyCredits(Workspace &workspace,
                                                    const MonthlyCreditsRequest &request)
{
    using Result = StorageResult<MonthlyCredits>;
    MonthlyCreditsRequest one = request;
    one.months = 1;
    StorageResult<QList<MonthlyCredits>> series = computeMonthlyCreditsSeries(workspace, one);
    if (!series.ok())
        return Result::failure(series.error);
    return Result::success(series.value->first());
}

StorageResult<QList<MonthlyCredits>>
computeMonthlyCreditsSeries(Workspace &workspace, const MonthlyCreditsRequest &request)
{
    using Result = StorageResult<QList<MonthlyCredits>>;
    StorageResult<Stored> stored = loadStored(workspace, request.agreementId);
    if (!stored.ok())
        return Result::failure(stored.error);
    const TermSheet &sheet = stored.value->sheet;
    QList<MonthPeriod> periods;
    if (sheet.terms.availability) {
        const QDate first(request.year, request.month, 1);
        for (int k = 0; k < std::max(request.months, 1); ++k) {
            const QDate month = first.addMonths(k);
            periods << monthPeriod(month.year(), month.month(), sheet.timeZone,
                                   sheet.terms.availability->monthLength);
        }
    }
    QList<Outage> outages;
    const bool readable =
        !periods.isEmpty() && periods.first().isValid() && periods.last().isValid();
    if (readable) {
        // Summary working names no record, so it needs no references.
        auto scanned = scanOutages(
            workspace, request.agreementId, periods.first().startUtc, periods.last().endUtc,
            request.itemisedLimit > 0 ? OutageReferences::Read : OutageReferences::Skip);
        if (!scanned.ok())
            return Result::failure(scanned.error);
        outages = std::move(*scanned.value);
    }
    const std::optional<Subscription> subscription =
        sharingServices(stored.value->subscription, outages);
    // Outages come ordered by start; the latest end among the first k is non-decreasing, so
    // each month's records are one contiguous run found by two binary searches.
    QList<qint64> reach(outages.size());
    qint64 furthest = std::numeric_limits<qint64>::min();
    for (qsizetype k = 0; k < outages.size(); ++k) {
        const Outage &o = outages.at(k);
        furthest = std::max(furthest, o.end ? *o.end : std::numeric_limits<qint64>::max());
        reach[k] = furthest;
    }
    QList<MonthlyCredits> results;
    const QDate first(request.year, request.month, 1);
    for (qsizetype k = 0; k < std::max<qsizetype>(periods.size(), 1); ++k) {
        MonthlyCreditsRequest month = request;
        const QDate date = first.addMonths(int(k));
        month.year = date.year();
        month.month = date.month();
        std::span<const Outage> run;
        if (readable) {
            const MonthPeriod &period = periods.at(k);
            const auto from = std::partition_point(reach.cbegin(), reach.cend(),
                                                   [&](qint64 r) { return r < period.startUtc; });
            const auto to =
                std::partition_point(outages.cbegin(), outages.cend(),
                                     [&](const Outage &o) { return o.start < period.endUtc; });
            const qsizetype begin = from - reach.cbegin();
            const qsizetype end = std::max(begin, qsizetype(to - outages.cbegin()));
            run = std::span<const Outage>(outages.constData() + begin, size_t(end - begin));
        }
        Outcome<MonthlyCredits> computed = computeMonthlyCredits(sheet, subscription, run, month);
        if (!computed.ok())
            return Result::failure({QString(), computed.error});
        results.append(std::move(*computed.value));
    }
    return Result::success(std::move(results));
}

Outcome<MonthlyCredits> scenarioCredits(const TermSheet &sheet, int year, int month,
                                        const Decimal &downtimeSeconds, const CreditFee &fee,
                                        const QString &service)
{
    Working claim;
    Outcome<MonthlyCredits> prepared = prepare(sheet, year, month, claim);
    if (!prepared.ok())
        return prepared;
    MonthlyCredits credits = std::move(*prepared.value);
    const Availability &rules = *sheet.terms.availability;
    Working measured;
    const Decimal counted = measuredScenarioDowntime(rules, downtimeSeconds, measured);
    // The period first, then how the downtime was measured, then the month's figures.
    AvailabilityResult availability =
        availabilityFromDowntime(rules, credits.period, counted, 0, measured);
    credits.services.append(creditFor(rules, std::move(availability), fee, service));
    return finish(std::move(credits), claim);
}

} // namespace termlens
