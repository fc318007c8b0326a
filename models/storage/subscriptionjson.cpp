#include "subscriptionjson.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace termlens {
namespace {

struct SubscriptionText
{
    Q_DECLARE_TR_FUNCTIONS(SubscriptionJson)
};

// An amount in the subscription's currency, exactly: "12.345" GBP has no meaning in pence.
std::optional<Money> readMoney(JsonReader &r, QStringView key, const QString &currency,
                               bool allowNegative)
{
    const std::optional<Decimal> amount = r.decimal(key, Need::Required);
    if (!amount || currency.isEmpty())
        return std::nullopt;
    if (!allowNegative && amount->isNegative()) {
        r.reportField(key, SubscriptionText::tr("must not be negative"));
        return std::nullopt;
    }
    const std::optional<Money> money = Money::parse(amount->toString(), currency);
    if (!money) {
        r.reportField(key, SubscriptionText::tr("%1 is not an amount in %2 (at most %3 decimals)")
                               .arg(amount->toString(), currency)
                               .arg(Money::minorDigits(currency)));
    }
    return money;
}

QString readAgreement(JsonReader &r)
{
    const std::optional<QString> id = r.string(u"agreement", Need::Required);
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9-]{1,64}")));
    if (id && !shape.match(*id).hasMatch()) {
        r.reportField(u"agreement",
                      SubscriptionText::tr("expected an agreement id of up to 64 characters "
                                           "a-z, 0-9 and -"));
    }
    return id.value_or(QString());
}

QString readCurrency(JsonReader &r)
{
    const std::optional<QString> code = r.string(u"currency", Need::Required);
    if (!code)
        return {};
    if (!Money::isKnownCurrency(*code)) {
        r.reportField(u"currency",
                      SubscriptionText::tr("\"%1\" is not an ISO 4217 currency code").arg(*code));
        return {};
    }
    return *code;
}

void readServices(JsonReader &r, Subscription &s)
{
    QSet<QString> seen;
    r.forEachObject(u"services", Need::Required, [&](JsonReader &item, qsizetype) {
        ServiceFee fee;
        fee.service = item.string(u"service", Need::Required).value_or(QString());
        if (!fee.service.isEmpty() && seen.contains(fee.service))
            item.reportField(u"service",
                             SubscriptionText::tr("\"%1\" is listed twice").arg(fee.service));
        seen.insert(fee.service);
        if (const auto money = readMoney(item, u"monthlyFee", s.currency, false))
            fee.monthlyFee = *money;
        item.finish();
        s.services.append(fee);
    });
}

void readPayments(JsonReader &r, Subscription &s)
{
    r.forEachObject(u"payments", Need::Optional, [&](JsonReader &item, qsizetype) {
        Payment payment;
        payment.date = item.date(u"date", Need::Required).value_or(QDate());
        // A refund is a negative payment.
        if (const auto money = readMoney(item, u"amount", s.currency, true))
            payment.amount = *money;
        payment.reference = item.string(u"reference").value_or(QString());
        item.finish();
        s.payments.append(payment);
    });
}

} // namespace

SubscriptionParseResult parseSubscription(const QByteArray &json)
{
    SubscriptionParseResult result;
    if (json.size() > MaxSubscriptionBytes) {
        result.issues.append({QString(), SubscriptionText::tr("the file is larger than %1 MiB")
                                             .arg(MaxSubscriptionBytes / (1024 * 1024))});
        return result;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        result.issues.append({QString(), SubscriptionText::tr("not valid JSON at byte %1: %2")
                                             .arg(error.offset)
                                             .arg(error.errorString())});
        return result;
    }
    if (!document.isObject()) {
        result.issues.append({QString(), SubscriptionText::tr("expected a JSON object")});
        return result;
    }
    JsonReader r(document.object(), QString(), &result.issues);
    Subscription s;
    s.agreementId = readAgreement(r);
    s.startDate = r.date(u"startDate").value_or(QDate());
    s.billingCycle =
        r.choice<BillingCycle>(u"billingCycle", Need::Required).value_or(BillingCycle::Monthly);
    s.currency = readCurrency(r);
    s.account = r.string(u"account").value_or(QString());
    readServices(r, s);
    readPayments(r, s);
    r.finish();
    if (result.issues.isEmpty())
        result.subscription = std::move(s);
    return result;
}

QByteArray subscriptionToJson(const Subscription &subscription)
{
    QJsonObject root;
    root.insert(u"agreement", subscription.agreementId);
    if (subscription.startDate.isValid())
        root.insert(u"startDate", subscription.startDate.toString(Qt::ISODate));
    root.insert(u"billingCycle", keyOf(subscription.billingCycle));
    root.insert(u"currency", subscription.currency);
    if (!subscription.account.isEmpty())
        root.insert(u"account", subscription.account);
    QJsonArray services;
    for (const ServiceFee &fee : subscription.services) {
        services.append(QJsonObject{{QStringLiteral("service"), fee.service},
                                    {QStringLiteral("monthlyFee"), fee.monthlyFee.toString()}});
    }
    root.insert(u"services", services);
    QJsonArray payments;
    for (const Payment &payment : subscription.payments) {
        QJsonObject item{{QStringLiteral("date"), payment.date.toString(Qt::ISODate)},
                         {QStringLiteral("amount"), payment.amount.toString()}};
        if (!payment.reference.isEmpty())
            item.insert(u"reference", payment.reference);
        payments.append(item);
    }
    root.insert(u"payments", payments);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace termlens
