#include "subscriptionrepository.h"

#include "sqlerror.h"
#include "sqltransaction.h"
#include "vocabulary.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace termlens {

namespace {

using namespace Qt::StringLiterals;

QVariant dateColumn(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

StorageStatus checkCurrencies(const Subscription &s, const QString &file)
{
    const auto wrong = [&](const Money &amount) {
        return !amount.isValid() || amount.currency() != s.currency;
    };
    for (const ServiceFee &fee : s.services) {
        if (wrong(fee.monthlyFee))
            return StorageStatus::failure(
                {file, QCoreApplication::translate(
                           "SubscriptionRepository",
                           "The fee of service %1 is in %2, but the subscription is in %3; "
                           "nothing was saved.")
                           .arg(fee.service, fee.monthlyFee.currency(), s.currency)});
    }
    for (const Payment &payment : s.payments) {
        if (wrong(payment.amount))
            return StorageStatus::failure(
                {file, QCoreApplication::translate(
                           "SubscriptionRepository",
                           "The payment of %1 is in %2, but the subscription is in %3; nothing "
                           "was saved.")
                           .arg(payment.date.toString(Qt::ISODate), payment.amount.currency(),
                                s.currency)});
    }
    return storageOk();
}

StorageStatus writeRows(const QSqlDatabase &db, const QString &file, const Subscription &s)
{
    QSqlQuery query(db);
    StorageStatus status = execStatement(
        query, file,
        u"INSERT INTO subscriptions (agreement_id, start_date, billing_cycle, currency, account)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (agreement_id) DO UPDATE SET"
        " start_date = excluded.start_date, billing_cycle = excluded.billing_cycle,"
        " currency = excluded.currency, account = excluded.account"_s,
        {s.agreementId, dateColumn(s.startDate), keyOf(s.billingCycle), s.currency,
         nonNullText(s.account)});
    for (const QString &table : {u"subscription_services"_s, u"payments"_s}) {
        // Table names come from this fixed list, never from data.
        if (status.ok())
            status =
                execStatement(query, file, u"DELETE FROM %1 WHERE agreement_id = ?"_s.arg(table),
                              {s.agreementId});
    }
    if (status.ok())
        status = prepareQuery(query, file,
                              u"INSERT INTO subscription_services (agreement_id, service,"
                              " position, monthly_fee_minor) VALUES (?, ?, ?, ?)"_s);
    for (qsizetype i = 0; status.ok() && i < s.services.size(); ++i) {
        const ServiceFee &fee = s.services.at(i);
        status = execQuery(query, file,
                           {s.agreementId, fee.service, qint64(i), fee.monthlyFee.minorUnits()});
    }
    if (status.ok())
        status = prepareQuery(query, file,
                              u"INSERT INTO payments (agreement_id, date, amount_minor, reference)"
                              " VALUES (?, ?, ?, ?)"_s);
    for (qsizetype i = 0; status.ok() && i < s.payments.size(); ++i) {
        const Payment &p = s.payments.at(i);
        status = execQuery(
            query, file,
            {s.agreementId, dateColumn(p.date), p.amount.minorUnits(), nonNullText(p.reference)});
    }
    return status;
}

StorageStatus readServiceRows(const QSqlDatabase &db, const QString &file, Subscription &s)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (const StorageStatus st =
            execStatement(query, file,
                          u"SELECT service, monthly_fee_minor FROM subscription_services"
                          " WHERE agreement_id = ? ORDER BY position"_s,
                          {s.agreementId});
        !st.ok())
        return st;
    while (query.next())
        s.services.append(
            {query.value(0).toString(), Money(query.value(1).toLongLong(), s.currency)});
    if (const StorageStatus st = finishedCleanly(query, file); !st.ok())
        return st;
    if (const StorageStatus st = execStatement(
            query, file,
            u"SELECT date, amount_minor, reference FROM payments WHERE agreement_id = ?"
            " ORDER BY id"_s,
            {s.agreementId});
        !st.ok())
        return st;
    while (query.next())
        s.payments.append({dateFrom(query.value(0)), Money(query.value(1).toLongLong(), s.currency),
                           query.value(2).toString()});
    return finishedCleanly(query, file);
}

} // namespace

SubscriptionRepository::SubscriptionRepository(Workspace &workspace)
    : m_workspace(workspace)
{}

StorageResult<std::optional<Subscription>>
SubscriptionRepository::load(const QString &agreementId) const
{
    using Result = StorageResult<std::optional<Subscription>>;
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    const QString file = m_workspace.path();
    const QSqlDatabase db = m_workspace.database();
    Subscription s;
    s.agreementId = agreementId;
    {
        QSqlQuery query(db);
        if (const StorageStatus st = execStatement(
                query, file,
                u"SELECT start_date, billing_cycle, currency, account FROM subscriptions"
                " WHERE agreement_id = ?"_s,
                {agreementId});
            !st.ok())
            return Result::failure(st.error);
        if (!query.next()) {
            if (const StorageStatus st = finishedCleanly(query, file); !st.ok())
                return Result::failure(st.error);
            return Result::success(std::nullopt);
        }
        s.startDate = dateFrom(query.value(0));
        const std::optional<BillingCycle> cycle = fromKey<BillingCycle>(query.value(1).toString());
        if (!cycle)
            return Result::failure(
                {file, QCoreApplication::translate("SubscriptionRepository",
                                                   "The stored subscription of %1 has an unknown "
                                                   "billing cycle \"%2\".")
                           .arg(agreementId, query.value(1).toString())});
        s.billingCycle = *cycle;
        s.currency = query.value(2).toString();
        s.account = query.value(3).toString();
    }
    if (const StorageStatus st = readServiceRows(db, file, s); !st.ok())
        return Result::failure(st.error);
    return Result::success(s);
}

StorageStatus SubscriptionRepository::save(const Subscription &subscription)
{
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return open;
    const QString file = m_workspace.path();
    if (const StorageStatus s = checkCurrencies(subscription, file); !s.ok())
        return s;
    const QSqlDatabase db = m_workspace.database();
    SqlTransaction transaction(db, file);
    StorageStatus status = transaction.begin();
    if (status.ok())
        status = writeRows(db, file, subscription);
    if (status.ok())
        status = transaction.commit();
    return status;
}

StorageResult<bool> SubscriptionRepository::remove(const QString &agreementId)
{
    using Result = StorageResult<bool>;
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    QSqlQuery query(m_workspace.database());
    const StorageStatus s =
        execStatement(query, m_workspace.path(),
                      u"DELETE FROM subscriptions WHERE agreement_id = ?"_s, {agreementId});
    if (!s.ok())
        return Result::failure(s.error);
    return Result::success(query.numRowsAffected() > 0);
}

} // namespace termlens
