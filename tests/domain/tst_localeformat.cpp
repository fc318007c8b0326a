#include "localeformat.h"

#include <QTest>

using namespace termlens;

// Display text of money, percentages, numbers and dates per language, worked out by hand from
// the conventions: English 1,234.56 and ISO dates; German 1.234,56 and dd.MM.yyyy; French
// 1 234,56 (narrow no-break space U+202F between groups) and dd/MM/yyyy. The C locale (tests,
// --json) gives the canonical texts.
class TestLocaleFormat final : public QObject
{
    Q_OBJECT

private slots:
    void money_data();
    void money();
    void percent_data();
    void percent();
    void numbers_data();
    void numbers();
    void dates_data();
    void dates();
    void monthNames_data();
    void monthNames();
    void parseTyped_data();
    void parseTyped();
    void defaultLocale();
};

namespace {
Money amountOf(qint64 minor, const char *currency)
{
    return Money(minor, QString::fromLatin1(currency));
}
} // namespace

void TestLocaleFormat::money_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qlonglong>("minorUnits");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    // 2864.40 USD
    QTest::newRow("C") << "C" << 286440LL << "USD"
                       << "2864.40 USD";
    QTest::newRow("en") << "en" << 286440LL << "USD"
                        << "2,864.40 USD";
    QTest::newRow("de") << "de" << 286440LL << "USD"
                        << "2.864,40 USD";
    QTest::newRow("fr") << "fr" << 286440LL << "USD" << QStringLiteral("2\u202f864,40 USD");
    // 1234567890.12 GBP
    QTest::newRow("de millions") << "de" << 123456789012LL << "GBP"
                                 << "1.234.567.890,12 GBP";
    QTest::newRow("en millions") << "en" << 123456789012LL << "GBP"
                                 << "1,234,567,890.12 GBP";
    QTest::newRow("de negative") << "de" << -5000LL << "EUR"
                                 << "-50,00 EUR";
    QTest::newRow("fr small") << "fr" << 7LL << "EUR"
                              << "0,07 EUR";
    QTest::newRow("de yen, no minor unit") << "de" << 1500000LL << "JPY"
                                           << "1.500.000 JPY";
}

void TestLocaleFormat::money()
{
    QFETCH(QString, locale);
    QFETCH(qlonglong, minorUnits);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(displayMoney(Money(minorUnits, currency), QLocale(locale)), expected);
}

void TestLocaleFormat::percent_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("C big") << "C"
                           << "1234567.5"
                           << "1234567.5 %";
    QTest::newRow("en big") << "en"
                            << "1234567.5"
                            << "1,234,567.5 %";
    QTest::newRow("de big") << "de"
                            << "1234567.5" << QStringLiteral("1.234.567,5\u00a0%");
    QTest::newRow("fr big") << "fr"
                            << "1234567.5" << QStringLiteral("1\u202f234\u202f567,5\u00a0%");
    QTest::newRow("C availability") << "C"
                                    << "99.8814"
                                    << "99.8814 %";
    QTest::newRow("en availability") << "en"
                                     << "99.8814"
                                     << "99.8814 %";
    QTest::newRow("de availability") << "de"
                                     << "99.8814" << QStringLiteral("99,8814\u00a0%");
    QTest::newRow("fr availability") << "fr"
                                     << "99.8814" << QStringLiteral("99,8814\u00a0%");
    QTest::newRow("de digits held") << "de"
                                    << "5.00" << QStringLiteral("5,00\u00a0%");
}

void TestLocaleFormat::percent()
{
    QFETCH(QString, locale);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const std::optional<Decimal> parsed = Decimal::parse(value);
    QVERIFY(parsed);
    QCOMPARE(displayPercent(*parsed, QLocale(locale)), expected);
}

void TestLocaleFormat::numbers_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("expected");

    QTest::newRow("C keeps canonical") << "C"
                                       << "-1234567.50"
                                       << "-1234567.50";
    QTest::newRow("en") << "en"
                        << "-1234567.50"
                        << "-1,234,567.50";
    QTest::newRow("de") << "de"
                        << "-1234567.50"
                        << "-1.234.567,50";
    QTest::newRow("de exact 18 digits") << "de"
                                        << "0.123456789012345678"
                                        << "0,123456789012345678";
    // 24 whole digits: beyond a qlonglong, grouped by hand.
    QTest::newRow("de beyond 64 bits") << "de"
                                       << "123456789012345678901234.5"
                                       << "123.456.789.012.345.678.901.234,5";
    QTest::newRow("C beyond 64 bits") << "C"
                                      << "123456789012345678901234"
                                      << "123456789012345678901234";
    QTest::newRow("not a number unchanged") << "de"
                                            << "n/a"
                                            << "n/a";
    QTest::newRow("no grouping under 1000") << "fr"
                                            << "999.99"
                                            << "999,99";
}

void TestLocaleFormat::numbers()
{
    QFETCH(QString, locale);
    QFETCH(QString, canonical);
    QFETCH(QString, expected);
    QCOMPARE(localizedDecimal(canonical, QLocale(locale)), expected);
}

void TestLocaleFormat::dates_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");

    const QDate deadline(2026, 5, 31);
    QTest::newRow("C") << "C" << deadline << "2026-05-31";
    QTest::newRow("en") << "en" << deadline << "2026-05-31";
    QTest::newRow("de") << "de" << deadline << "31.05.2026";
    QTest::newRow("fr") << "fr" << deadline << "31/05/2026";
    QTest::newRow("de single digits padded") << "de" << QDate(2027, 1, 4) << "04.01.2027";
    QTest::newRow("fr single digits padded") << "fr" << QDate(2027, 1, 4) << "04/01/2027";
    QTest::newRow("invalid is empty") << "de" << QDate() << "";
}

void TestLocaleFormat::dates()
{
    QFETCH(QString, locale);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(displayDate(date, QLocale(locale)), expected);
    if (date.isValid())
        QCOMPARE(displayDateTime(QDateTime(date, QTime(9, 5)), QLocale(locale)),
                 expected + QStringLiteral(" 09:05"));
}

void TestLocaleFormat::monthNames_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("expected");
    QTest::newRow("C") << "C" << 3 << "March";
    QTest::newRow("en") << "en" << 3 << "March";
    QTest::newRow("de") << "de" << 3 << QStringLiteral("M\u00e4rz");
    QTest::newRow("fr") << "fr" << 12 << QStringLiteral("d\u00e9cembre");
}

void TestLocaleFormat::monthNames()
{
    QFETCH(QString, locale);
    QFETCH(int, month);
    QFETCH(QString, expected);
    QCOMPARE(displayMonthName(month, QLocale(locale)), expected);
}

void TestLocaleFormat::parseTyped_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("canonical"); // empty: refused

    QTest::newRow("C canonical") << "C"
                                 << "1314.9"
                                 << "1314.9";
    QTest::newRow("C comma refused") << "C"
                                     << "1314,9"
                                     << "";
    QTest::newRow("de comma") << "de"
                              << "1314,9"
                              << "1314.9";
    QTest::newRow("de grouped") << "de"
                                << "1.314,90"
                                << "1314.90";
    QTest::newRow("de canonical still read") << "de"
                                             << "12.5"
                                             << "12.5";
    QTest::newRow("de bad group refused") << "de"
                                          << "1.31,9"
                                          << "";
    QTest::newRow("fr narrow space") << "fr" << QStringLiteral("1\u202f314,9") << "1314.9";
    QTest::newRow("fr plain space") << "fr"
                                    << "1 314,9"
                                    << "1314.9";
    QTest::newRow("fr letters refused") << "fr"
                                        << "12,5 min"
                                        << "";
    QTest::newRow("en grouping refused") << "en"
                                         << "1,314.9"
                                         << "";
}

void TestLocaleFormat::parseTyped()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(QString, canonical);
    const std::optional<Decimal> parsed = parseDisplayDecimal(typed, QLocale(locale));
    QCOMPARE(parsed ? parsed->toString() : QString(), canonical);
}

// Without a locale given, the default one (the chosen language) decides.
void TestLocaleFormat::defaultLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QStringLiteral("de")));
    const QString german = displayMoney(amountOf(286440, "USD"));
    const QString date = displayDate(QDate(2026, 5, 31));
    QLocale::setDefault(before);
    QCOMPARE(german, QStringLiteral("2.864,40 USD"));
    QCOMPARE(date, QStringLiteral("31.05.2026"));
    QCOMPARE(displayMoney(amountOf(286440, "USD")), QStringLiteral("2864.40 USD"));
}

QTEST_GUILESS_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"
