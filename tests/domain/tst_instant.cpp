#include "instant.h"

#include <QTest>

using namespace termlens;

// ISO 8601 instants. Expected epoch values worked by hand from 2026-01-01T00:00:00Z =
// 1,767,225,600 (2025-01-01 = 1,735,689,600 plus 365 days of 86,400 s).
class TestInstant final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void format();
    void civil_data();
    void civil();
};

void TestInstant::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("epoch");
    // 4 March = 31 + 28 + 3 = 62 days after 1 January: 1,767,225,600 + 62 x 86,400 = 1,772,582,400.
    QTest::newRow("utc with seconds")
        << "2026-03-04T10:15:00Z" << true << qint64(1772582400 + 36900);
    QTest::newRow("utc without seconds")
        << "2026-03-04T10:15Z" << true << qint64(1772582400 + 36900);
    QTest::newRow("fraction dropped")
        << "2026-03-04T10:15:00.750Z" << true << qint64(1772582400 + 36900);
    // 23:00 at -06:00 is 05:00Z on 10 March (68 days in): 1,767,225,600 + 68 x 86,400 + 18,000.
    QTest::newRow("negative offset") << "2026-03-09T23:00:00-06:00" << true << qint64(1773118800);
    QTest::newRow("positive offset crosses back a day")
        << "2026-01-01T00:30:00+01:00" << true << qint64(1767225600 - 1800);
    QTest::newRow("offset without colon")
        << "2026-01-01T00:00:00+0000" << true << qint64(1767225600);
    QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << true << qint64(1709164800);
    QTest::newRow("no zone refused") << "2026-03-04T10:15:00" << false << qint64(0);
    QTest::newRow("date only refused") << "2026-03-04" << false << qint64(0);
    QTest::newRow("30 February refused") << "2026-02-30T00:00:00Z" << false << qint64(0);
    QTest::newRow("hour 24 refused") << "2026-03-04T24:00:00Z" << false << qint64(0);
    QTest::newRow("trailing text refused") << "2026-03-04T10:15:00Zx" << false << qint64(0);
    QTest::newRow("empty refused") << "" << false << qint64(0);
    QTest::newRow("garbage refused") << "yesterday at noon" << false << qint64(0);
    QTest::newRow("bad offset refused") << "2026-03-04T10:15:00+25:00" << false << qint64(0);
}

void TestInstant::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, epoch);
    const auto v = parseInstant(text);
    QCOMPARE(v.has_value(), valid);
    if (valid)
        QCOMPARE(*v, epoch);
}

void TestInstant::format()
{
    QCOMPARE(formatInstantUtc(1772582400 + 36900), QStringLiteral("2026-03-04T10:15:00Z"));
    QCOMPARE(formatInstantWithOffset(1773118800, -6 * 3600),
             QStringLiteral("2026-03-09T23:00:00-06:00"));
    QCOMPARE(formatInstantWithOffset(0, 5 * 3600 + 1800),
             QStringLiteral("1970-01-01T05:30:00+05:30"));
    QCOMPARE(formatInstantUtc(-1), QStringLiteral("1969-12-31T23:59:59Z"));
}

void TestInstant::civil_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("days");
    QTest::newRow("epoch") << QDate(1970, 1, 1) << qint64(0);
    QTest::newRow("2026") << QDate(2026, 1, 1) << qint64(20454); // 1,767,225,600 / 86,400
    QTest::newRow("before epoch") << QDate(1969, 12, 31) << qint64(-1);
    QTest::newRow("2000 leap day") << QDate(2000, 2, 29) << qint64(11016);
}

void TestInstant::civil()
{
    QFETCH(QDate, date);
    QFETCH(qint64, days);
    QCOMPARE(daysFromCivil(date.year(), date.month(), date.day()), days);
    QCOMPARE(civilFromDays(days), date);
}

QTEST_GUILESS_MAIN(TestInstant)
#include "tst_instant.moc"
