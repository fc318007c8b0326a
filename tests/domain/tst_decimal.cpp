#include "decimal.h"
#include "money.h"

#include <QTest>

using namespace termlens;

// Decimal and Money: parsing, exact comparison and the named rounding modes, worked by hand.
class TestDecimal final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void jsonNumbers_data();
    void jsonNumbers();
    void compare_data();
    void compare();
    void rounding_data();
    void rounding();
    void arithmetic();
    void divide_data();
    void divide();
    void moneyParse_data();
    void moneyParse();
    void moneyPercent_data();
    void moneyPercent();
    void moneyArithmetic();
};

void TestDecimal::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("integer") << "100" << true << "100";
    QTest::newRow("two decimals") << "99.95" << true << "99.95";
    QTest::newRow("trailing zeros kept") << "1.00" << true << "1.00";
    QTest::newRow("negative") << "-0.5" << true << "-0.5";
    QTest::newRow("five nines") << "99.999" << true << "99.999";
    QTest::newRow("leading zero") << "0.001" << true << "0.001";
    QTest::newRow("grouping refused") << "1,000.00" << false << "";
    QTest::newRow("leading point refused") << ".5" << false << "";
    QTest::newRow("trailing point refused") << "5." << false << "";
    QTest::newRow("exponent refused") << "1e3" << false << "";
    QTest::newRow("plus refused") << "+1" << false << "";
    QTest::newRow("space refused") << " 1" << false << "";
    QTest::newRow("empty refused") << "" << false << "";
    QTest::newRow("minus alone refused") << "-" << false << "";
    QTest::newRow("two points refused") << "1.2.3" << false << "";
    QTest::newRow("percent sign refused") << "99.9%" << false << "";
    QTest::newRow("19 fraction digits refused") << "0.1234567890123456789" << false << "";
    QTest::newRow("arabic-indic digits refused") << QString::fromUtf8("\u0661") << false << "";
}

void TestDecimal::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    const auto d = Decimal::parse(text);
    QCOMPARE(d.has_value(), valid);
    if (valid)
        QCOMPARE(d->toString(), canonical);
}

void TestDecimal::jsonNumbers_data()
{
    QTest::addColumn<double>("number");
    QTest::addColumn<QString>("expected");
    QTest::newRow("99.95") << 99.95 << "99.95";
    QTest::newRow("99.9") << 99.9 << "99.9";
    QTest::newRow("0.1") << 0.1 << "0.1";
    QTest::newRow("43.83") << 43.83 << "43.83";
    QTest::newRow("1.25") << 1.25 << "1.25";
    QTest::newRow("100") << 100.0 << "100";
    QTest::newRow("negative zero") << -0.0 << "0";
}

void TestDecimal::jsonNumbers()
{
    QFETCH(double, number);
    QFETCH(QString, expected);
    const auto d = Decimal::fromJsonDouble(number);
    QVERIFY(d.has_value());
    QCOMPARE(d->toString(), expected);
}

void TestDecimal::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order"); // -1 a<b, 0 equal, 1 a>b
    QTest::newRow("scale-independent equality") << "1.0"
                                                << "1.00" << 0;
    QTest::newRow("99.9 vs 99.90") << "99.9"
                                   << "99.90" << 0;
    QTest::newRow("just below threshold") << "99.8999"
                                          << "99.9" << -1;
    QTest::newRow("just above threshold") << "99.9001"
                                          << "99.9" << 1;
    QTest::newRow("negative vs positive") << "-0.01"
                                          << "0" << -1;
    QTest::newRow("0.1+0.2 is exact") << "0.30"
                                      << "0.3" << 0;
}

void TestDecimal::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    const Decimal x = *Decimal::parse(a);
    const Decimal y = *Decimal::parse(b);
    QCOMPARE(x == y, order == 0);
    QCOMPARE(x < y, order < 0);
    QCOMPARE(x > y, order > 0);
}

void TestDecimal::rounding_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    const int away = int(Rounding::HalfAwayFromZero);
    const int even = int(Rounding::HalfEven);
    QTest::newRow("half away up") << "2.345" << away << 2 << "2.35";
    QTest::newRow("half away negative") << "-2.345" << away << 2 << "-2.35";
    QTest::newRow("half even down") << "2.345" << even << 2 << "2.34";
    QTest::newRow("half even up") << "2.355" << even << 2 << "2.36";
    QTest::newRow("below half") << "2.3449" << away << 2 << "2.34";
    QTest::newRow("toward zero") << "-2.349" << int(Rounding::TowardZero) << 2 << "-2.34";
    QTest::newRow("away from zero") << "2.341" << int(Rounding::AwayFromZero) << 2 << "2.35";
    QTest::newRow("floor negative") << "-2.341" << int(Rounding::Floor) << 2 << "-2.35";
    QTest::newRow("ceiling positive") << "2.341" << int(Rounding::Ceiling) << 2 << "2.35";
    QTest::newRow("pad zeros") << "7" << away << 2 << "7.00";
    QTest::newRow("to integer") << "0.5" << away << 0 << "1";
}

void TestDecimal::rounding()
{
    QFETCH(QString, value);
    QFETCH(int, mode);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(Decimal::parse(value)->toString(decimals, Rounding(mode)), expected);
}

void TestDecimal::arithmetic()
{
    const Decimal a = *Decimal::parse(u"0.1");
    const Decimal b = *Decimal::parse(u"0.2");
    QCOMPARE((a + b).toString(), QStringLiteral("0.3"));
    QCOMPARE((b - a).toString(), QStringLiteral("0.1"));
    QCOMPARE((*Decimal::parse(u"99.9") - *Decimal::parse(u"97.0")).toString(),
             QStringLiteral("2.9"));
    QCOMPARE((*Decimal::parse(u"1.25") * *Decimal::parse(u"10000.00")).toCanonicalString(),
             QStringLiteral("12500"));
    QVERIFY(!Decimal::fromInt(1).divided(Decimal(), 2, Rounding::HalfAwayFromZero).isValid());
}

void TestDecimal::divide_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("expected");
    // 43.83 minutes of 43,830: 0.1 % downtime exactly.
    QTest::newRow("average month allowance") << "4383"
                                             << "4383000" << 4 << "0.0010";
    QTest::newRow("annual fee twelfth") << "12000.00"
                                        << "12" << 2 << "1000.00";
    QTest::newRow("one third") << "1"
                               << "3" << 6 << "0.333333";
    QTest::newRow("two thirds rounds up") << "2"
                                          << "3" << 2 << "0.67";
}

void TestDecimal::divide()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, scale);
    QFETCH(QString, expected);
    QCOMPARE(Decimal::parse(a)
                 ->divided(*Decimal::parse(b), scale, Rounding::HalfAwayFromZero)
                 .toString(),
             expected);
}

void TestDecimal::moneyParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("pounds and pence") << "1234.50"
                                      << "GBP" << true << qint64(123450);
    QTest::newRow("whole pounds") << "1000"
                                  << "GBP" << true << qint64(100000);
    QTest::newRow("one dollar") << "1.00"
                                << "USD" << true << qint64(100);
    QTest::newRow("yen has no minor unit") << "500"
                                           << "JPY" << true << qint64(500);
    QTest::newRow("fraction of a yen refused") << "500.5"
                                               << "JPY" << false << qint64(0);
    QTest::newRow("fraction of a penny refused") << "1.005"
                                                 << "GBP" << false << qint64(0);
    QTest::newRow("trailing zero beyond pence ok") << "1.500"
                                                   << "GBP" << true << qint64(150);
    QTest::newRow("dinar three digits") << "1.005"
                                        << "KWD" << true << qint64(1005);
    QTest::newRow("lowercase currency refused") << "1"
                                                << "gbp" << false << qint64(0);
    QTest::newRow("grouping refused") << "1,000"
                                      << "GBP" << false << qint64(0);
}

void TestDecimal::moneyParse()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(bool, valid);
    QFETCH(qint64, minor);
    const auto m = Money::parse(text, currency);
    QCOMPARE(m.has_value(), valid);
    if (valid)
        QCOMPARE(m->minorUnits(), minor);
}

void TestDecimal::moneyPercent_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<QString>("expected");
    // Identity Automation: 5 % of (annual fee / 12). 19,999.99 / 12 = 1,666.6658 -> 1,666.67.
    QTest::newRow("5% of 1000") << "1000.00"
                                << "5"
                                << "50.00";
    QTest::newRow("10% of 2500") << "2500.00"
                                 << "10"
                                 << "250.00";
    QTest::newRow("half penny rounds away") << "0.25"
                                            << "10"
                                            << "0.03";
    QTest::newRow("just below half penny") << "0.24"
                                           << "10"
                                           << "0.02";
    QTest::newRow("15% of 333.33") << "333.33"
                                   << "15"
                                   << "50.00";
    QTest::newRow("5% of 20.00 is exactly one dollar") << "20.00"
                                                       << "5"
                                                       << "1.00";
    QTest::newRow("negative rounds away") << "-0.25"
                                          << "10"
                                          << "-0.03";
}

void TestDecimal::moneyPercent()
{
    QFETCH(QString, amount);
    QFETCH(QString, percent);
    QFETCH(QString, expected);
    const Money m = *Money::parse(amount, QStringLiteral("USD"));
    QCOMPARE(m.percentOf(*Decimal::parse(percent)).toString(), expected);
}

void TestDecimal::moneyArithmetic()
{
    const Money a = *Money::parse(u"19999.99", QStringLiteral("USD"));
    QCOMPARE(a.dividedBy(12).toString(), QStringLiteral("1666.67"));
    const Money b = *Money::parse(u"0.01", QStringLiteral("USD"));
    QCOMPARE((a + b).toString(), QStringLiteral("20000.00"));
    QCOMPARE((a - a).toString(), QStringLiteral("0.00"));
    const Money gbp(100, QStringLiteral("GBP"));
    QVERIFY(!(a + gbp).isValid());
    QCOMPARE(Money(100000, QStringLiteral("GBP")).multipliedBy(*Decimal::parse(u"1.25")).toString(),
             QStringLiteral("1250.00"));
}

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
