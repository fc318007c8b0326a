#include "subscriptionjson.h"

#include <QFile>
#include <QTest>

using namespace termlens;

// The <agreement>.subscription.json shape: read exactly, written back, every problem located.
class TestSubscriptionJson final : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryField();
    void optionalFields();
    void roundTrip_data();
    void roundTrip();
    void problems_data();
    void problems();
    void everyProblemReported();
};

namespace {

const QByteArray kValid = R"({
  "agreement": "alliants", "startDate": "2026-02-01", "billingCycle": "quarterly",
  "currency": "GBP", "account": "northwind",
  "services": [{"service": "Platform", "monthlyFee": "2400.00"},
               {"service": "Messaging", "monthlyFee": 600.5}],
  "payments": [{"date": "2026-02-01", "amount": "3000.00", "reference": "INV-1"},
               {"date": "2026-03-01", "amount": "-50"}]
})";

// kValid with `from` replaced by `to`.
QByteArray variant(const QByteArray &from, const QByteArray &to)
{
    QByteArray json = kValid;
    if (!json.contains(from))
        qFatal("test text not found");
    return json.replace(from, to);
}

} // namespace

void TestSubscriptionJson::readsEveryField()
{
    const SubscriptionParseResult r = parseSubscription(kValid);
    QCOMPARE(r.issues, QList<ValidationIssue>());
    const Subscription &s = *r.subscription;
    QCOMPARE(s.agreementId, QStringLiteral("alliants"));
    QCOMPARE(s.startDate, QDate(2026, 2, 1));
    QCOMPARE(s.billingCycle, BillingCycle::Quarterly);
    QCOMPARE(s.currency, QStringLiteral("GBP"));
    QCOMPARE(s.account, QStringLiteral("northwind"));
    QCOMPARE(s.services.size(), 2);
    QCOMPARE(s.services[0].monthlyFee, Money(240000, QStringLiteral("GBP")));
    // A JSON number is read exactly: 600.5 is 60050 pence.
    QCOMPARE(s.services[1].monthlyFee, Money(60050, QStringLiteral("GBP")));
    QCOMPARE(s.payments.size(), 2);
    QCOMPARE(s.payments[0].reference, QStringLiteral("INV-1"));
    // A refund is a negative payment: -50 GBP = -5000 pence.
    QCOMPARE(s.payments[1].amount, Money(-5000, QStringLiteral("GBP")));
    QCOMPARE(s.monthlyFee(), Money(300050, QStringLiteral("GBP")));
}

void TestSubscriptionJson::optionalFields()
{
    const SubscriptionParseResult r = parseSubscription(
        R"({"agreement": "a", "billingCycle": "monthly", "currency": "JPY", "services": []})");
    QCOMPARE(r.issues, QList<ValidationIssue>());
    QVERIFY(!r.subscription->startDate.isValid());
    QVERIFY(r.subscription->payments.isEmpty());
    QVERIFY(r.subscription->account.isEmpty());
}

void TestSubscriptionJson::roundTrip_data()
{
    QTest::addColumn<QString>("resource");
    for (const char *id : {"alliants", "alliantist-isms", "identity-automation", "logit-io"})
        QTest::newRow(id) << QStringLiteral(":/sample/%1.subscription.json").arg(QLatin1String(id));
}

void TestSubscriptionJson::roundTrip()
{
    QFETCH(QString, resource);
    QFile file(resource);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const SubscriptionParseResult first = parseSubscription(file.readAll());
    QCOMPARE(first.issues, QList<ValidationIssue>());
    const SubscriptionParseResult second =
        parseSubscription(subscriptionToJson(*first.subscription));
    QCOMPARE(second.issues, QList<ValidationIssue>());
    QCOMPARE(*second.subscription, *first.subscription);
}

void TestSubscriptionJson::problems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("issue");
    QTest::newRow("agreement missing") << variant(R"("agreement": "alliants", )", "")
                                       << QStringLiteral("agreement: missing required field");
    QTest::newRow("agreement not an id")
        << variant(R"("alliants")", R"("Alliants Ltd")")
        << QStringLiteral(
               "agreement: expected an agreement id of up to 64 characters a-z, 0-9 and -");
    QTest::newRow("unknown billing cycle")
        << variant(R"("quarterly")", R"("weekly")")
        << QStringLiteral(
               "billingCycle: expected one of: monthly, quarterly, annual (found \"weekly\")");
    QTest::newRow("unknown currency")
        << variant(R"("GBP")", R"("gbp")")
        << QStringLiteral("currency: \"gbp\" is not an ISO 4217 currency code");
    QTest::newRow("fee with a fraction of a penny")
        << variant(R"("2400.00")", R"("2400.005")")
        << QStringLiteral(
               "services[0].monthlyFee: 2400.005 is not an amount in GBP (at most 2 decimals)");
    QTest::newRow("negative fee") << variant(R"("2400.00")", R"("-1")")
                                  << QStringLiteral("services[0].monthlyFee: must not be negative");
    QTest::newRow("service listed twice")
        << variant(R"("Messaging")", R"("Platform")")
        << QStringLiteral("services[1].service: \"Platform\" is listed twice");
    QTest::newRow("payment date not real")
        << variant(R"("2026-03-01")", R"("2026-02-30")")
        << QStringLiteral("payments[1].date: \"2026-02-30\" is not a real date");
    QTest::newRow("payment amount missing")
        << variant(R"(, "amount": "-50")", "")
        << QStringLiteral("payments[1].amount: missing required field");
    QTest::newRow("misspelt field")
        << variant(R"("account")", R"("acount")")
        << QStringLiteral("acount: unknown field; did you mean \"account\"?");
    QTest::newRow("not JSON") << QByteArray("{\"agreement\": ")
                              << QStringLiteral("not valid JSON at byte 14: unterminated object");
    QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("expected a JSON object");
}

void TestSubscriptionJson::problems()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, issue);
    const SubscriptionParseResult r = parseSubscription(json);
    QVERIFY(!r.subscription);
    QStringList texts;
    for (const ValidationIssue &i : r.issues)
        texts << i.toString();
    QCOMPARE(texts, QStringList{issue});
}

void TestSubscriptionJson::everyProblemReported()
{
    // Three independent problems: all three named, in file order.
    QByteArray json = variant(R"("quarterly")", R"("weekly")");
    json.replace(R"("2400.00")", R"("abc")");
    json.replace(R"("2026-02-01", "amount")", R"("1 Feb", "amount")");
    const SubscriptionParseResult r = parseSubscription(json);
    QCOMPARE(r.issues.size(), 3);
    QCOMPARE(r.issues[0].path, QStringLiteral("billingCycle"));
    QCOMPARE(r.issues[1].path, QStringLiteral("services[0].monthlyFee"));
    QCOMPARE(r.issues[2].path, QStringLiteral("payments[0].date"));
}

QTEST_GUILESS_MAIN(TestSubscriptionJson)
#include "tst_subscriptionjson.moc"
