#include "month.h"

#include <QDateTime>
#include <QTest>

using namespace termlens;

Q_DECLARE_METATYPE(termlens::MonthLength)

// A calendar month in an agreement's zone (DOMAIN.md rules 1 and 2): boundaries move with the
// zone and a DST month is an hour longer or shorter. Boundaries worked from the zone rules.
class TestMonth final : public QObject
{
    Q_OBJECT

private slots:
    void monthPeriods_data();
    void monthPeriods();
    void invalid();
    void description();
};

namespace {

qint64 utc(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t.toSecsSinceEpoch();
}

} // namespace

void TestMonth::monthPeriods_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<MonthLength>("length");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<qint64>("lengthSeconds");

    const auto cal = MonthLength::Calendar;
    // BST starts 29 March 2026: 31 x 24 - 1 = 743 h; the month ends at 00:00 BST = 23:00 UTC.
    QTest::newRow("London March 2026, 743 h")
        << "Europe/London" << 2026 << 3 << cal << utc("2026-03-01T00:00:00Z")
        << utc("2026-03-31T23:00:00Z") << qint64(743) * 3600;
    // BST ends 25 October 2026: 31 x 24 + 1 = 745 h; starts at 00:00 BST = 23:00 UTC on 30 Sep.
    QTest::newRow("London October 2026, 745 h")
        << "Europe/London" << 2026 << 10 << cal << utc("2026-09-30T23:00:00Z")
        << utc("2026-11-01T00:00:00Z") << qint64(745) * 3600;
    // CDT ends 1 November 2026: 30 x 24 + 1 = 721 h, 05:00 UTC to 06:00 UTC.
    QTest::newRow("Chicago November 2026, 721 h")
        << "America/Chicago" << 2026 << 11 << cal << utc("2026-11-01T05:00:00Z")
        << utc("2026-12-01T06:00:00Z") << qint64(721) * 3600;
    // CDT starts 8 March 2026: 743 h, 06:00 UTC to 05:00 UTC.
    QTest::newRow("Chicago March 2026, 743 h")
        << "America/Chicago" << 2026 << 3 << cal << utc("2026-03-01T06:00:00Z")
        << utc("2026-04-01T05:00:00Z") << qint64(743) * 3600;
    // No change in May: 31 x 24 = 744 h = 44,640 min.
    QTest::newRow("London May 2026, 744 h")
        << "Europe/London" << 2026 << 5 << cal << utc("2026-04-30T23:00:00Z")
        << utc("2026-05-31T23:00:00Z") << qint64(744) * 3600;
    // Leap February in UTC: 29 x 24 = 696 h.
    QTest::newRow("UTC February 2028, 696 h")
        << "UTC" << 2028 << 2 << cal << utc("2028-02-01T00:00:00Z") << utc("2028-03-01T00:00:00Z")
        << qint64(696) * 3600;
    // December runs into next year's January.
    QTest::newRow("Chicago December 2026")
        << "America/Chicago" << 2026 << 12 << cal << utc("2026-12-01T06:00:00Z")
        << utc("2027-01-01T06:00:00Z") << qint64(744) * 3600;
    // Asia/Kolkata, +05:30 all year: 00:00 IST on 1 March is 18:30 UTC on 28 February.
    QTest::newRow("Kolkata March 2026, 744 h")
        << "Asia/Kolkata" << 2026 << 3 << cal << utc("2026-02-28T18:30:00Z")
        << utc("2026-03-31T18:30:00Z") << qint64(744) * 3600;
    // Australia/Lord_Howe, a 30-minute DST change: summer time (+11) ends 5 April 2026, so
    // April runs from 00:00 +11 (31 March 13:00 UTC) to 00:00 +10:30 (30 April 13:30 UTC):
    // 720 h + 30 min.
    QTest::newRow("Lord Howe April 2026, 720.5 h")
        << "Australia/Lord_Howe" << 2026 << 4 << cal << utc("2026-03-31T13:00:00Z")
        << utc("2026-04-30T13:30:00Z") << qint64(7205) * 360;
    // Summer time starts 4 October 2026: 00:00 +10:30 (30 September 13:30 UTC) to 00:00 +11
    // (31 October 13:00 UTC): 744 h - 30 min.
    QTest::newRow("Lord Howe October 2026, 743.5 h")
        << "Australia/Lord_Howe" << 2026 << 10 << cal << utc("2026-09-30T13:30:00Z")
        << utc("2026-10-31T13:00:00Z") << qint64(7435) * 360;
    // Leap February in London (GMT throughout): 696 h.
    QTest::newRow("London February 2028, 696 h")
        << "Europe/London" << 2028 << 2 << cal << utc("2028-02-01T00:00:00Z")
        << utc("2028-03-01T00:00:00Z") << qint64(696) * 3600;
    // Average month: same boundaries, length 43,830 min = 2,629,800 s.
    QTest::newRow("London March 2026, average")
        << "Europe/London" << 2026 << 3 << MonthLength::Average << utc("2026-03-01T00:00:00Z")
        << utc("2026-03-31T23:00:00Z") << qint64(2629800);
}

void TestMonth::monthPeriods()
{
    QFETCH(QString, zone);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(MonthLength, length);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(qint64, lengthSeconds);
    const MonthPeriod p = monthPeriod(year, month, zone, length);
    QVERIFY(p.isValid());
    QCOMPARE(p.startUtc, start);
    QCOMPARE(p.endUtc, end);
    QCOMPARE(p.lengthSeconds, lengthSeconds);
}

void TestMonth::invalid()
{
    QVERIFY(!monthPeriod(2026, 3, QStringLiteral("Mars/Olympus_Mons"), MonthLength::Calendar)
                 .isValid());
    QVERIFY(!monthPeriod(2026, 3, QString(), MonthLength::Calendar).isValid());
    QVERIFY(!monthPeriod(2026, 0, QStringLiteral("UTC"), MonthLength::Calendar).isValid());
    QVERIFY(!monthPeriod(2026, 13, QStringLiteral("UTC"), MonthLength::Average).isValid());
}

void TestMonth::description()
{
    // 743 h = 44,580 min.
    const MonthPeriod march =
        monthPeriod(2026, 3, QStringLiteral("Europe/London"), MonthLength::Calendar);
    QCOMPARE(describeMonth(march),
             QStringLiteral("March 2026 (Europe/London), calendar month of 44580 minutes (743 "
                            "hours)"));
    const MonthPeriod average =
        monthPeriod(2026, 3, QStringLiteral("Europe/London"), MonthLength::Average);
    QVERIFY(describeMonth(average).contains(u"43,830 minutes"));
}

QTEST_GUILESS_MAIN(TestMonth)
#include "tst_month.moc"
