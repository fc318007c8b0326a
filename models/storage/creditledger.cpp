#include "creditledger.h"

#include "localtime.h"
#include "outagerepository.h"
#include "subscriptionrepository.h"
#include "workspace.h"

namespace termlens {

QString CreditLedgerRow::monthKey() const
{
    return QStringLiteral("%1-%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'));
}

bool CreditLedgerRow::creditOwed() const
{
    const CreditResult &c = credit.credit;
    if (c.slaMet || c.belowMinimum || c.creditPercent.isZero() || c.creditPercent.isNegative())
        return false;
    return !c.creditAmount || !c.creditAmount->isZero();
}

std::optional<CreditClaim> claimFor(const CreditLedgerRow &row, const QList<CreditClaim> &claims)
{
    const QString month = row.monthKey();
    std::optional<CreditClaim> whole;
    for (const CreditClaim &claim : claims) {
        if (claim.agreementId != row.agreementId || claim.month != month)
            continue;
        if (claim.service == row.service)
            return claim;
        if (claim.service.isEmpty())
            whole = claim;
    }
    return whole;
}

ClaimStatus claimStatus(const CreditLedgerRow &row, const QList<CreditClaim> &claims, QDate today)
{
    ClaimStatus status;
    status.claim = claimFor(row, claims);
    if (status.claim) {
        status.state = ClaimState::Claimed;
        return status;
    }
    if (row.monthInProgress) {
        status.state = ClaimState::InProgress;
        return status;
    }
    if (!row.creditOwed()) {
        status.state = ClaimState::NothingOwed;
        return status;
    }
    if (!row.claimDeadline.isValid()) {
        status.state = ClaimState::Open;
        return status;
    }
    const qint64 left = today.daysTo(row.claimDeadline);
    if (left < 0) {
        status.state = ClaimState::Expired;
        status.daysLeft = int(left);
        return status;
    }
    status.state = ClaimState::Open;
    status.daysLeft = int(left);
    return status;
}

namespace {

// The first month of the ledger for one agreement, or nothing when it has no outages.
StorageResult<std::optional<QDate>> firstMonth(Workspace &workspace, const TermSheet &sheet,
                                               const std::optional<Subscription> &subscription)
{
    using Result = StorageResult<std::optional<QDate>>;
    const auto first = OutageRepository(workspace).page(sheet.id, OutageCursor{}, 1);
    if (!first.ok())
        return Result::failure(first.error);
    if (first.value->isEmpty())
        return Result::success(std::nullopt);
    QDate day = localDate(zoneFromIana(sheet.timeZone), first.value->first().start);
    if (subscription && subscription->startDate.isValid() && day < subscription->startDate)
        day = subscription->startDate;
    return Result::success(QDate(day.year(), day.month(), 1));
}

} // namespace

StorageResult<QList<CreditLedgerRow>> loadCreditLedger(Workspace &workspace,
                                                       const CreditLedgerRequest &request)
{
    using Result = StorageResult<QList<CreditLedgerRow>>;
    QList<CreditLedgerRow> rows;
    for (const TermSheet &sheet : request.sheets) {
        if (!sheet.terms.availability)
            continue;
        const Availability &rules = *sheet.terms.availability;
        const auto subscription = SubscriptionRepository(workspace).load(sheet.id);
        if (!subscription.ok())
            return Result::failure(subscription.error);
        const auto first = firstMonth(workspace, sheet, *subscription.value);
        if (!first.ok())
            return Result::failure(first.error);
        if (!*first.value)
            continue;
        const QDate last = localDate(zoneFromIana(sheet.timeZone), request.nowUtc);
        const QDate from = **first.value;
        if (!last.isValid() || from > last)
            continue;
        // Every month up to this one from one read of the agreement's outages.
        MonthlyCreditsRequest series;
        series.agreementId = sheet.id;
        series.year = from.year();
        series.month = from.month();
        series.months = int((last.year() - from.year()) * 12 + last.month() - from.month() + 1);
        series.nowUtc = request.nowUtc;
        const auto months = computeMonthlyCreditsSeries(workspace, series);
        if (!months.ok())
            return Result::failure(months.error);
        for (const MonthlyCredits &month : *months.value) {
            for (const ServiceCredit &service : month.services) {
                CreditLedgerRow row;
                row.agreementId = sheet.id;
                row.vendor = sheet.vendor;
                row.service = service.service;
                row.year = month.period.year;
                row.month = month.period.month;
                row.currency = month.currency;
                row.claimDeadline = month.claimDeadline;
                row.hasCreditTerms =
                    rules.credits && rules.credits->schedule.kind != ScheduleKind::None;
                row.monthInProgress = request.nowUtc < month.period.endUtc;
                row.credit = service;
                rows.append(std::move(row));
            }
        }
    }
    return Result::success(std::move(rows));
}

} // namespace termlens
