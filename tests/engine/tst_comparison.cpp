#include "comparison.h"
#include "termsheetjson.h"

#include <QFile>
#include <QTest>

using namespace termlens;
using namespace Qt::StringLiterals;

// The comparison figures of the four sample agreements (resources/sample), each worked out by
// hand from the term sheets' values and DOMAIN.md's rules (the working is in the comments), and
// the best/worst rules on figures made up for the purpose.
namespace {

const QStringList Ids{QStringLiteral("alliantist-isms"), QStringLiteral("alliants"),
                      QStringLiteral("identity-automation"), QStringLiteral("logit-io")};

TermSheet sampleSheet(const QString &id)
{
    QFile file(
        QStringLiteral(TERMLENS_TEST_DATA "/../../resources/sample/%1.termsheet.json").arg(id));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    const TermSheetParseResult parsed = parseTermSheet(file.readAll());
    if (!parsed.sheet)
        qFatal("sample %s does not parse", qPrintable(id));
    return *parsed.sheet;
}

Money gbp(qint64 pounds)
{
    return Money(pounds * 100, QStringLiteral("GBP"));
}

// The subscriptions of resources/sample/*.subscription.json, typed from those files.
Subscription logitSubscription()
{
    Subscription s;
    s.agreementId = QStringLiteral("logit-io");
    s.startDate = QDate(2025, 4, 1);
    s.currency = QStringLiteral("GBP");
    s.services = {{QStringLiteral("Production Logs Stack"), gbp(1180)},
                  {QStringLiteral("Metrics Stack"), gbp(540)}};
    // 2025-04 .. 2025-09 at 1180.00, 2025-10 .. 2026-11 at 1720.00.
    for (QDate d(2025, 4, 1); d <= QDate(2026, 11, 1); d = d.addMonths(1))
        s.payments.append({d, d < QDate(2025, 10, 1) ? gbp(1180) : gbp(1720), {}});
    return s;
}

Subscription identitySubscription()
{
    Subscription s;
    s.agreementId = QStringLiteral("identity-automation");
    s.startDate = QDate(2024, 5, 1);
    s.currency = QStringLiteral("USD");
    s.services = {{QStringLiteral("Identity Platform"), Money(477405, QStringLiteral("USD"))},
                  {QStringLiteral("PhishID"), Money(2000, QStringLiteral("USD"))}};
    for (QDate d(2024, 5, 1); d <= QDate(2026, 11, 1); d = d.addMonths(1)) {
        const qint64 cents = d < QDate(2025, 5, 1)   ? 450000
                             : d < QDate(2025, 9, 1) ? 463500
                             : d < QDate(2026, 5, 1) ? 465500
                                                     : 479405;
        s.payments.append({d, Money(cents, QStringLiteral("USD")), {}});
    }
    return s;
}

Subscription alliantistSubscription()
{
    Subscription s;
    s.agreementId = QStringLiteral("alliantist-isms");
    s.startDate = QDate(2025, 12, 15);
    s.billingCycle = BillingCycle::Quarterly;
    s.currency = QStringLiteral("GBP");
    s.services = {{QStringLiteral("Platform"), gbp(875)}};
    for (QDate d(2025, 12, 15); d <= QDate(2026, 9, 15); d = d.addMonths(3))
        s.payments.append({d, gbp(2625), {}});
    return s;
}

const Comparison &sampleComparison()
{
    static const Comparison comparison = [] {
        QList<ComparisonInput> inputs;
        for (const QString &id : Ids)
            inputs.append({sampleSheet(id), std::nullopt, std::nullopt, {}});
        inputs[0].subscription = alliantistSubscription();
        inputs[2].subscription = identitySubscription();
        inputs[3].subscription = logitSubscription();
        ComparisonOptions options;
        options.claimDate = QDate(2026, 6, 1);
        options.locale = QLocale::c();
        return compareAgreements(inputs, options);
    }();
    return comparison;
}

const ComparisonRow *rowOf(const Comparison &c, const QString &key)
{
    for (const ComparisonRow &row : c.rows) {
        if (row.key == key)
            return &row;
    }
    return nullptr;
}

// "not stated", "no figure", or the value's canonical text.
QString valueOf(const ComparisonFigure &f)
{
    if (!f.stated)
        return QStringLiteral("not stated");
    return f.value ? f.value->toCanonicalString() : QStringLiteral("no figure");
}

ComparisonRow madeUpRow(ComparisonDirection direction, const QStringList &values)
{
    ComparisonRow row;
    row.direction = direction;
    for (const QString &v : values) {
        ComparisonFigure f;
        if (v == u"-") {
            row.figures.append(f); // not stated
            continue;
        }
        f.stated = true;
        if (v != u"?")
            f.value = Decimal::parse(v);
        row.figures.append(f);
    }
    return row;
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private slots:
    void figures_data();
    void figures();
    void marks_data();
    void marks();
    void rules_data();
    void rules();
    void mixedCurrenciesAreNotMarked();
    void everyFigureHasItsWorking();
    void capMoneyForOneSubscription();
};

void TestComparison::figures_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("agreement");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, const char *key, const char *agreement, const char *value) {
        QTest::newRow(name) << QString::fromLatin1(key) << QString::fromLatin1(agreement)
                            << QString::fromUtf8(value);
    };
    // Availability targets as stated.
    row("target alliantist", "availability.target", "alliantist-isms", "99.5");
    row("target alliants", "availability.target", "alliants", "99.95");
    row("target logit", "availability.target", "logit-io", "99.9");
    // Allowed downtime: (100 - target) % of a 30-day month (43,200 min) for calendar months,
    // of 43,830 min for Logit.io's average month.
    row("downtime alliantist 0.5% of 43200", "availability.allowedDowntime", "alliantist-isms",
        "216");
    row("downtime alliants 0.05% of 43200", "availability.allowedDowntime", "alliants", "21.6");
    row("downtime identity 0.1% of 43200", "availability.allowedDowntime", "identity-automation",
        "43.2");
    row("downtime logit 0.1% of 43830", "availability.allowedDowntime", "logit-io", "43.83");
    // Credits at exactly 99 %: Alliantist has no credits (0); Alliants flat 10 % once 99.95 is
    // missed; Identity Automation 99.0 is below 99.9 but not below 99.0 -> 5 %; Logit.io
    // shortfall 99.9 - 99.0 = 0.9 points <= 1 -> 5 %.
    row("credit99 alliantist none", "credits.at99", "alliantist-isms", "0");
    row("credit99 alliants flat", "credits.at99", "alliants", "10");
    row("credit99 identity tier", "credits.at99", "identity-automation", "5");
    row("credit99 logit first band", "credits.at99", "logit-io", "5");
    // At exactly 95 %: Identity Automation below 99.0 but not below 95.0 -> 10 %; Logit.io
    // shortfall 4.9 -> 5 % + 3 further full points x 5 % = 20 %.
    row("credit95 alliants flat", "credits.at95", "alliants", "10");
    row("credit95 identity tier", "credits.at95", "identity-automation", "10");
    row("credit95 logit steps", "credits.at95", "logit-io", "20");
    // Renewal notice: rolling 30 days; Alliants states no term; fixed 90 days; paid period 0.
    row("notice alliantist rolling", "term.renewal.notice", "alliantist-isms", "30");
    row("notice alliants", "term.renewal.notice", "alliants", "not stated");
    row("notice identity fixed", "term.renewal.notice", "identity-automation", "90");
    row("notice logit paid period", "term.renewal.notice", "logit-io", "0");
    // Cap multiples: 1 x previous contract year, none, 1 x 12 months before claim, 1.25 x.
    row("cap multiple alliantist", "liability.cap.multiple", "alliantist-isms", "1");
    row("cap multiple alliants", "liability.cap.multiple", "alliants", "not stated");
    row("cap multiple identity", "liability.cap.multiple", "identity-automation", "1");
    row("cap multiple logit", "liability.cap.multiple", "logit-io", "1.25");
    // Cap in money on 2026-06-01. Alliantist started 2025-12-15: still in its first contract
    // year, no previous year and no first-year rule -> 0. Identity Automation: payments
    // 2025-06-01 .. 2026-05-01 = 3 x 4635 + 8 x 4655 + 4794.05 = 55939.05 USD. Logit.io: the
    // previous contract year 2025-04-01 .. 2026-03-31 = 6 x 1180 + 6 x 1720 = 17400, x 1.25 =
    // 21750 GBP. Alliants: no cap stated.
    row("cap money alliantist first year", "liability.cap.money", "alliantist-isms", "0");
    row("cap money alliants", "liability.cap.money", "alliants", "not stated");
    row("cap money identity", "liability.cap.money", "identity-automation", "55939.05");
    row("cap money logit", "liability.cap.money", "logit-io", "21750");
    // Response, level 1: 1 business hour; 15 minutes 24x7 = 0.25 h; 10 business hours; Logit.io
    // lists no levels.
    row("response1 alliantist", "support.response.1", "alliantist-isms", "1");
    row("response1 alliants", "support.response.1", "alliants", "0.25");
    row("response1 identity", "support.response.1", "identity-automation", "10");
    row("response1 logit", "support.response.1", "logit-io", "not stated");
    // Level 2: 4 business hours; 1 hour 24x7; 2 business days of 08:00-17:00 = 2 x 9 = 18.
    row("response2 identity days", "support.response.2", "identity-automation", "18");
    row("response2 alliants", "support.response.2", "alliants", "1");
    // Level 4: Alliantist lists three levels only.
    row("response4 alliantist", "support.response.4", "alliantist-isms", "not stated");
    row("response4 identity 5 days x 9", "support.response.4", "identity-automation", "45");
    // Cure period the customer gets: Alliantist 30 days; Identity Automation min(15 business
    // days, 30 days): 15 business days are at shortest 19 days (2 whole weeks, then 5 business
    // days from a Sunday end on the Friday) -> 19; Logit.io 10 business days: 1 whole week + 5
    // business days from a Sunday = 7 + 5 = 12.
    row("cure alliantist", "termination.cure", "alliantist-isms", "30");
    row("cure alliants", "termination.cure", "alliants", "not stated");
    row("cure identity business days", "termination.cure", "identity-automation", "19");
    row("cure logit business days", "termination.cure", "logit-io", "12");
    // Data retrieval: only Identity Automation states a window, 7 days.
    row("retrieval identity", "data.retrieval", "identity-automation", "7");
    row("retrieval alliantist", "data.retrieval", "alliantist-isms", "not stated");
    // Breach notification: 48 hours; "without undue delay" has no figure.
    row("breach identity", "breach.notification.hours", "identity-automation", "48");
    row("breach logit undue delay", "breach.notification.hours", "logit-io", "no figure");
    // Change notice: Alliantist's changes take effect on posting, at the earlier of continued
    // use or 30 days (7.1), so the notice it is sure to give is 0 days (0 to 30); 20 business
    // days at shortest 3 weeks + 5 = 26 days; Identity Automation states no period.
    row("changes alliantist", "changes.notice", "alliantist-isms", "0");
    row("changes logit", "changes.notice", "logit-io", "26");
    row("changes identity", "changes.notice", "identity-automation", "not stated");
}

void TestComparison::figures()
{
    QFETCH(QString, key);
    QFETCH(QString, agreement);
    QFETCH(QString, expected);
    const Comparison &c = sampleComparison();
    const ComparisonRow *row = rowOf(c, key);
    QVERIFY2(row, qPrintable(key));
    const qsizetype column = c.agreementIds.indexOf(agreement);
    QVERIFY(column >= 0);
    QCOMPARE(valueOf(row->figures[column]), expected);
}

void TestComparison::marks_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("best");
    QTest::addColumn<QStringList>("worst");
    const QString alliantist = Ids[0], alliants = Ids[1], identity = Ids[2], logit = Ids[3];
    // The values are those of figures_data().
    QTest::newRow("target") << u"availability.target"_s << QStringList{alliants}
                            << QStringList{alliantist};
    QTest::newRow("downtime") << "availability.allowedDowntime" << QStringList{alliants}
                              << QStringList{alliantist};
    QTest::newRow("credit 99") << u"credits.at99"_s << QStringList{alliants}
                               << QStringList{alliantist};
    QTest::newRow("credit 95") << u"credits.at95"_s << QStringList{logit}
                               << QStringList{alliantist};
    QTest::newRow("renewal notice")
        << u"term.renewal.notice"_s << QStringList{logit} << QStringList{identity};
    QTest::newRow("cap multiple tie")
        << u"liability.cap.multiple"_s << QStringList{logit} << QStringList{alliantist, identity};
    QTest::newRow("cap money currencies")
        << u"liability.cap.money"_s << QStringList{} << QStringList{};
    QTest::newRow("response 1") << u"support.response.1"_s << QStringList{alliants}
                                << QStringList{identity};
    QTest::newRow("response 5 single") << u"support.response.5"_s << QStringList{} << QStringList{};
    QTest::newRow("cure") << u"termination.cure"_s << QStringList{alliantist} << QStringList{logit};
    QTest::newRow("retrieval single") << u"data.retrieval"_s << QStringList{} << QStringList{};
    QTest::newRow("breach single")
        << u"breach.notification.hours"_s << QStringList{} << QStringList{};
    // 26 days (Logit.io) against 0 (Alliantist, on posting).
    QTest::newRow("changes") << u"changes.notice"_s << QStringList{logit}
                             << QStringList{alliantist};
}

void TestComparison::marks()
{
    QFETCH(QString, key);
    QFETCH(QStringList, best);
    QFETCH(QStringList, worst);
    const ComparisonRow *row = rowOf(sampleComparison(), key);
    QVERIFY2(row, qPrintable(key));
    QCOMPARE(row->best, best);
    QCOMPARE(row->worst, worst);
}

void TestComparison::rules_data()
{
    QTest::addColumn<int>("direction");
    QTest::addColumn<QStringList>("values"); // "-": not stated, "?": stated without a figure
    QTest::addColumn<QStringList>("best");
    QTest::addColumn<QStringList>("worst");
    const int higher = int(ComparisonDirection::HigherIsBetter);
    const int lower = int(ComparisonDirection::LowerIsBetter);
    QTest::newRow("higher") << higher << QStringList{u"1"_s, u"3"_s, u"2"_s} << QStringList{u"b"_s}
                            << QStringList{u"a"_s};
    QTest::newRow("lower") << lower << QStringList{u"1"_s, u"3"_s, u"2"_s} << QStringList{u"a"_s}
                           << QStringList{u"b"_s};
    QTest::newRow("ties best and worst")
        << higher << QStringList{u"2"_s, u"2"_s, u"1"_s, u"1"_s} << QStringList{u"a"_s, u"b"_s}
        << QStringList{u"c"_s, u"d"_s};
    QTest::newRow("equal values differ in scale, no marks")
        << higher << QStringList{u"1.0"_s, u"1.00"_s, u"1"_s} << QStringList{} << QStringList{};
    QTest::newRow("not stated never best or worst") << lower << QStringList{u"-"_s, u"5"_s, u"9"_s}
                                                    << QStringList{u"b"_s} << QStringList{u"c"_s};
    QTest::newRow("no figure never best") << lower << QStringList{u"?"_s, u"5"_s, u"9"_s}
                                          << QStringList{u"b"_s} << QStringList{u"c"_s};
    QTest::newRow("single value no marks")
        << higher << QStringList{u"-"_s, u"5"_s, u"?"_s} << QStringList{} << QStringList{};
    QTest::newRow("nothing stated")
        << higher << QStringList{u"-"_s, u"-"_s} << QStringList{} << QStringList{};
    QTest::newRow("not comparable")
        << int(ComparisonDirection::NotComparable) << QStringList{u"1"_s, u"2"_s} << QStringList{}
        << QStringList{};
    QTest::newRow("zero is a value") << higher << QStringList{u"0"_s, u"10"_s, u"-"_s}
                                     << QStringList{u"b"_s} << QStringList{u"a"_s};
}

void TestComparison::rules()
{
    QFETCH(int, direction);
    QFETCH(QStringList, values);
    QFETCH(QStringList, best);
    QFETCH(QStringList, worst);
    ComparisonRow row = madeUpRow(ComparisonDirection(direction), values);
    const QStringList ids{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
    markBestAndWorst(row, ids.mid(0, values.size()));
    QCOMPARE(row.best, best);
    QCOMPARE(row.worst, worst);
}

void TestComparison::mixedCurrenciesAreNotMarked()
{
    ComparisonRow row =
        madeUpRow(ComparisonDirection::HigherIsBetter, QStringList{u"100"_s, u"200"_s});
    row.figures[0].currency = QStringLiteral("GBP");
    row.figures[1].currency = QStringLiteral("USD");
    markBestAndWorst(row, QStringList{u"a"_s, u"b"_s});
    QVERIFY(row.best.isEmpty());
    QVERIFY(row.worst.isEmpty());
    QVERIFY(row.note.contains(QStringLiteral("GBP, USD")));
    row.figures[1].currency = QStringLiteral("GBP");
    row.note.clear();
    markBestAndWorst(row, QStringList{u"a"_s, u"b"_s});
    QCOMPARE(row.best, QStringList{u"b"_s});
    QCOMPARE(row.worst, QStringList{u"a"_s});
}

void TestComparison::everyFigureHasItsWorking()
{
    for (const ComparisonRow &row : sampleComparison().rows) {
        QCOMPARE(row.figures.size(), Ids.size());
        for (qsizetype i = 0; i < row.figures.size(); ++i) {
            const ComparisonFigure &f = row.figures[i];
            if (!f.stated)
                continue;
            QVERIFY2(!f.working.isEmpty(), qPrintable(row.key + u' ' + Ids[i]));
            QVERIFY2(!f.text.isEmpty(), qPrintable(row.key + u' ' + Ids[i]));
        }
    }
    // The allowed downtime names the month it assumes; Alliants' 5-minute periods are noted:
    // 21.6 minutes hold 4 whole periods (20 minutes).
    const ComparisonRow *downtime = rowOf(sampleComparison(), u"availability.allowedDowntime"_s);
    QVERIFY(downtime->figures[1].working.lines().join(u'\n').contains(u"at most 4 periods (20"));
    QCOMPARE(downtime->figures[3].text, QStringLiteral("43.83 minutes a month"));
}

void TestComparison::capMoneyForOneSubscription()
{
    // Alliantist on 2027-01-10: contract year 2 began 2026-12-15; the previous year
    // 2025-12-15 .. 2026-12-14 holds four quarterly payments of 2625 = 10500 GBP, x 1.
    QList<ComparisonInput> inputs{{sampleSheet(Ids[0]), alliantistSubscription(), std::nullopt, {}},
                                  {sampleSheet(Ids[3]), logitSubscription(), std::nullopt, {}}};
    ComparisonOptions options;
    options.claimDate = QDate(2027, 1, 10);
    options.locale = QLocale::c();
    const Comparison c = compareAgreements(inputs, options);
    const ComparisonRow *row = rowOf(c, u"liability.cap.money"_s);
    QCOMPARE(valueOf(row->figures[0]), QStringLiteral("10500"));
    QCOMPARE(row->figures[0].text, QStringLiteral("10500.00 GBP"));
    // Logit.io on 2027-01-10: contract year 2 (2026-04-01 .. 2027-03-31); the previous year's
    // payments 2025-04-01 .. 2026-03-01 = 17400 GBP, x 1.25 = 21750; both in GBP: marked.
    QCOMPARE(valueOf(row->figures[1]), QStringLiteral("21750"));
    QCOMPARE(row->best, QStringList{Ids[3]});
    QCOMPARE(row->worst, QStringList{Ids[0]});
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
