#include "businesscalendar.h"
#include "localtime.h"

#include <QDateTime>
#include <QTest>

using namespace termlens;

// Business calendars and weekly windows: open time in UTC worked out by hand from the wall
// times and the zone's offset on each date (GMT/BST +0/+1, CST/CDT -6/-5; 2023 changes:
// London 26 Mar and 29 Oct at 01:00 UTC, Chicago 12 Mar 08:00 UTC and 5 Nov 07:00 UTC).
class TestBusinessCalendar final : public QObject
{
    Q_OBJECT

private slots:
    void offsetsAroundTransitions();
    void localToUtc_data();
    void localToUtc();
    void openIntervals_data();
    void openIntervals();
    void weeklyWindow_data();
    void weeklyWindow();
    void isBusinessDay_data();
    void isBusinessDay();
    void addBusinessMinutes_data();
    void addBusinessMinutes();
    void addBusinessDays_data();
    void addBusinessDays();
    void minutesBetween_data();
    void minutesBetween();
    void invalidCalendars();
};

namespace {

const QList<int> Weekdays = {1, 2, 3, 4, 5};

qint64 utc(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid() && t.timeSpec() == Qt::UTC);
    return t.toSecsSinceEpoch();
}

QString iso(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QStringList text(const QList<Interval> &intervals)
{
    QStringList out;
    for (const Interval &i : intervals)
        out << iso(i.start) + u'/' + iso(i.end);
    return out;
}

// "2023-03-23T09:00:00Z/2023-03-23T17:30:00Z", ...
QStringList spans(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out << QString::fromLatin1(s);
    return out;
}

BusinessHours hours(const char *zone, QTime from, QTime to, HolidaySet set = HolidaySet::None,
                    QList<int> days = Weekdays)
{
    BusinessHours h;
    h.days = days;
    h.from = from;
    h.to = to;
    h.timeZone = QString::fromLatin1(zone);
    h.holidays = set;
    return h;
}

BusinessHours alliantist()
{
    return hours("Etc/GMT", QTime(9, 0), QTime(18, 0), HolidaySet::EnglandAndWales);
}
BusinessHours alliants()
{
    return hours("Europe/London", QTime(9, 0), QTime(17, 30), HolidaySet::EnglandAndWales);
}
BusinessHours identityAutomation()
{
    return hours("America/Chicago", QTime(8, 0), QTime(17, 0), HolidaySet::UsFederal);
}

} // namespace

// offsetAt remembers the span between two transitions it last answered for, per zone: asked
// in this order (inside a span first, then each side of its ends, zones interleaved), every
// answer must still be the offset in force at that second.
void TestBusinessCalendar::offsetsAroundTransitions()
{
    const auto utc = [](int y, int m, int d, int h, int min, int sec) {
        return QDateTime(QDate(y, m, d), QTime(h, min, sec), Qt::UTC).toSecsSinceEpoch();
    };
    struct Case
    {
        const char *zone;
        qint64 utc;
        int offset;
    };
    const Case cases[] = {
        {"Europe/London", utc(2023, 7, 1, 12, 0, 0), 3600},
        {"America/Chicago", utc(2023, 7, 1, 12, 0, 0), -18000},
        {"Europe/London", utc(2023, 3, 26, 1, 0, 0), 3600}, // the spring change itself
        {"Europe/London", utc(2023, 3, 26, 0, 59, 59), 0},
        {"Europe/London", utc(2023, 10, 29, 0, 59, 59), 3600},
        {"America/Chicago", utc(2023, 11, 5, 6, 59, 59), -18000},
        {"Europe/London", utc(2023, 10, 29, 1, 0, 0), 0}, // the autumn change
        {"America/Chicago", utc(2023, 11, 5, 7, 0, 0), -21600},
        {"America/Chicago", utc(2023, 3, 12, 7, 59, 59), -21600},
        {"America/Chicago", utc(2023, 3, 12, 8, 0, 0), -18000},
        {"Asia/Kolkata", utc(2023, 7, 1, 12, 0, 0), 19800}, // no change since 1945
        {"Asia/Kolkata", utc(2030, 1, 1, 0, 0, 0), 19800},
        {"Etc/GMT", utc(2023, 7, 1, 12, 0, 0), 0},
        {"Europe/London", utc(2023, 7, 1, 12, 0, 0), 3600},
        {"Europe/London", utc(2023, 12, 31, 23, 59, 59), 0},
        {"Europe/London", utc(2024, 3, 31, 0, 59, 59), 0}, // 2024's change: 31 Mar 01:00 UTC
        {"Europe/London", utc(2024, 3, 31, 1, 0, 0), 3600},
    };
    for (const Case &c : cases) {
        const QTimeZone zone = zoneFromIana(QString::fromLatin1(c.zone));
        QVERIFY(zone.isValid());
        QVERIFY2(offsetAt(zone, c.utc) == c.offset,
                 qPrintable(QStringLiteral("%1 at %2: %3, expected %4")
                                .arg(QString::fromLatin1(c.zone), iso(c.utc))
                                .arg(offsetAt(zone, c.utc))
                                .arg(c.offset)));
    }
}

void TestBusinessCalendar::localToUtc_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QString>("expected");
    QTest::newRow("London winter")
        << "Europe/London" << QDate(2023, 1, 10) << QTime(9, 0) << "2023-01-10T09:00:00Z";
    QTest::newRow("London summer, BST")
        << "Europe/London" << QDate(2023, 7, 3) << QTime(9, 0) << "2023-07-03T08:00:00Z";
    // 01:30 does not exist on 26 Mar 2023: the clocks jump from 01:00 GMT to 02:00 BST, at
    // 01:00 UTC, the first instant the clock reads 01:30 or later.
    QTest::newRow("London gap -> the jump")
        << "Europe/London" << QDate(2023, 3, 26) << QTime(1, 30) << "2023-03-26T01:00:00Z";
    // 01:30 happens twice on 29 Oct 2023: first at 01:30 BST = 00:30 UTC.
    QTest::newRow("London overlap -> first")
        << "Europe/London" << QDate(2023, 10, 29) << QTime(1, 30) << "2023-10-29T00:30:00Z";
    QTest::newRow("Etc/GMT in summer")
        << "Etc/GMT" << QDate(2023, 7, 3) << QTime(9, 0) << "2023-07-03T09:00:00Z";
    QTest::newRow("Chicago CDT") << "America/Chicago" << QDate(2023, 11, 3) << QTime(8, 0)
                                 << "2023-11-03T13:00:00Z";
    QTest::newRow("Chicago CST") << "America/Chicago" << QDate(2023, 11, 6) << QTime(8, 0)
                                 << "2023-11-06T14:00:00Z";
}

void TestBusinessCalendar::localToUtc()
{
    QFETCH(QString, zone);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(QString, expected);
    const QTimeZone z = zoneFromIana(zone);
    QVERIFY(z.isValid());
    const qint64 instant = termlens::localToUtc(z, date, time);
    QCOMPARE(iso(instant), expected);
    QCOMPARE(localDate(z, instant), date);
}

void TestBusinessCalendar::openIntervals_data()
{
    QTest::addColumn<BusinessHours>("hours");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("expected");
    // 09:00-17:30 London: GMT days at 09:00-17:30Z, BST days at 08:00-16:30Z, 8.5 h each.
    QTest::newRow("London spring-forward week")
        << alliants() << "2023-03-23T00:00:00Z"
        << "2023-03-29T00:00:00Z"
        << spans({"2023-03-23T09:00:00Z/2023-03-23T17:30:00Z",
                  "2023-03-24T09:00:00Z/2023-03-24T17:30:00Z",
                  "2023-03-27T08:00:00Z/2023-03-27T16:30:00Z",
                  "2023-03-28T08:00:00Z/2023-03-28T16:30:00Z"});
    QTest::newRow("London fall-back week") << alliants() << "2023-10-26T00:00:00Z"
                                           << "2023-11-01T00:00:00Z"
                                           << spans({"2023-10-26T08:00:00Z/2023-10-26T16:30:00Z",
                                                     "2023-10-27T08:00:00Z/2023-10-27T16:30:00Z",
                                                     "2023-10-30T09:00:00Z/2023-10-30T17:30:00Z",
                                                     "2023-10-31T09:00:00Z/2023-10-31T17:30:00Z"});
    // 08:00-17:00 Central: CST (-6) 14:00-23:00Z, CDT (-5) 13:00-22:00Z.
    QTest::newRow("Chicago spring-forward week")
        << identityAutomation() << "2023-03-09T00:00:00Z"
        << "2023-03-15T00:00:00Z"
        << spans({"2023-03-09T14:00:00Z/2023-03-09T23:00:00Z",
                  "2023-03-10T14:00:00Z/2023-03-10T23:00:00Z",
                  "2023-03-13T13:00:00Z/2023-03-13T22:00:00Z",
                  "2023-03-14T13:00:00Z/2023-03-14T22:00:00Z"});
    QTest::newRow("Chicago fall-back week") << identityAutomation() << "2023-11-02T00:00:00Z"
                                            << "2023-11-08T00:00:00Z"
                                            << spans({"2023-11-02T13:00:00Z/2023-11-02T22:00:00Z",
                                                      "2023-11-03T13:00:00Z/2023-11-03T22:00:00Z",
                                                      "2023-11-06T14:00:00Z/2023-11-06T23:00:00Z",
                                                      "2023-11-07T14:00:00Z/2023-11-07T23:00:00Z"});
    // "09:00-18:00 GMT" stays 09:00-18:00Z in July (10:00-19:00 BST); London hours move.
    QTest::newRow("Etc/GMT in summer") << alliantist() << "2023-07-03T00:00:00Z"
                                       << "2023-07-05T00:00:00Z"
                                       << spans({"2023-07-03T09:00:00Z/2023-07-03T18:00:00Z",
                                                 "2023-07-04T09:00:00Z/2023-07-04T18:00:00Z"});
    QTest::newRow("London in summer") << alliants() << "2023-07-03T00:00:00Z"
                                      << "2023-07-05T00:00:00Z"
                                      << spans({"2023-07-03T08:00:00Z/2023-07-03T16:30:00Z",
                                                "2023-07-04T08:00:00Z/2023-07-04T16:30:00Z"});
    QTest::newRow("clipped to the range") << alliantist() << "2023-07-03T12:00:00Z"
                                          << "2023-07-04T10:00:00Z"
                                          << spans({"2023-07-03T12:00:00Z/2023-07-03T18:00:00Z",
                                                    "2023-07-04T09:00:00Z/2023-07-04T10:00:00Z"});
    // Sat 24, Sun 25, Mon 26 (Boxing Day), Tue 27 (Christmas substitute) closed.
    QTest::newRow("Christmas 2022 skipped") << alliantist() << "2022-12-23T00:00:00Z"
                                            << "2022-12-29T00:00:00Z"
                                            << spans({"2022-12-23T09:00:00Z/2022-12-23T18:00:00Z",
                                                      "2022-12-28T09:00:00Z/2022-12-28T18:00:00Z"});
    // 00:00-00:00 every day is 24 h a day; touching days merge into one interval.
    QTest::newRow("round the clock merges")
        << hours("Etc/GMT", QTime(0, 0), QTime(0, 0), HolidaySet::None, {1, 2, 3, 4, 5, 6, 7})
        << "2023-07-03T00:00:00Z"
        << "2023-07-05T00:00:00Z" << spans({"2023-07-03T00:00:00Z/2023-07-05T00:00:00Z"});
    QTest::newRow("empty range") << alliantist() << "2023-07-03T12:00:00Z"
                                 << "2023-07-03T12:00:00Z" << QStringList();
}

void TestBusinessCalendar::openIntervals()
{
    QFETCH(BusinessHours, hours);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, expected);
    const BusinessCalendar calendar(hours);
    QVERIFY(calendar.isValid());
    QCOMPARE(text(calendar.openIntervals(utc(from.toLatin1()), utc(to.toLatin1()))), expected);
}

void TestBusinessCalendar::weeklyWindow_data()
{
    QTest::addColumn<QList<int>>("days");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("expected");
    const QList<int> saturday = {6};
    // Sat 11 Mar 23:00 CST = Sun 05:00Z; Sun 04:00 CDT = 09:00Z: 4 h, one short.
    QTest::newRow("23-04 Chicago, spring-forward night")
        << saturday << "America/Chicago"
        << "2023-03-11T00:00:00Z"
        << "2023-03-13T00:00:00Z" << spans({"2023-03-12T05:00:00Z/2023-03-12T09:00:00Z"});
    // Sat 18 Mar 23:00 CDT = Sun 04:00Z; Sun 04:00 CDT = 09:00Z: 5 h.
    QTest::newRow("23-04 Chicago, ordinary night")
        << saturday << "America/Chicago"
        << "2023-03-18T00:00:00Z"
        << "2023-03-20T00:00:00Z" << spans({"2023-03-19T04:00:00Z/2023-03-19T09:00:00Z"});
    // Sat 4 Nov 23:00 CDT = Sun 04:00Z; Sun 04:00 CST = 10:00Z: 6 h.
    QTest::newRow("23-04 Chicago, fall-back night")
        << saturday << "America/Chicago"
        << "2023-11-04T00:00:00Z"
        << "2023-11-06T00:00:00Z" << spans({"2023-11-05T04:00:00Z/2023-11-05T10:00:00Z"});
    // The range starts on Sunday, but Saturday's window runs into it until 09:00Z.
    QTest::newRow("window from the day before")
        << saturday << "America/Chicago"
        << "2023-03-12T07:00:00Z"
        << "2023-03-13T00:00:00Z" << spans({"2023-03-12T07:00:00Z/2023-03-12T09:00:00Z"});
    // Every night in January (CST): Sunday's ends 9 Jan 10:00Z before the range; Monday's is
    // 10 Jan 05:00-10:00Z; Tuesday's 11 Jan 05:00-10:00Z; Wednesday's starts after the range.
    QTest::newRow("nightly, CST") << QList<int>{1, 2, 3, 4, 5, 6, 7} << "America/Chicago"
                                  << "2023-01-10T00:00:00Z"
                                  << "2023-01-11T12:00:00Z"
                                  << spans({"2023-01-10T05:00:00Z/2023-01-10T10:00:00Z",
                                            "2023-01-11T05:00:00Z/2023-01-11T10:00:00Z"});
    QTest::newRow("unknown zone") << saturday << "Mars/Olympus"
                                  << "2023-03-11T00:00:00Z"
                                  << "2023-03-13T00:00:00Z" << QStringList();
}

void TestBusinessCalendar::weeklyWindow()
{
    QFETCH(QList<int>, days);
    QFETCH(QString, zone);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, expected);
    const WeeklyWindow window{days, QTime(23, 0), QTime(4, 0), zone};
    QCOMPARE(text(weeklyWindowIntervals(window, utc(from.toLatin1()), utc(to.toLatin1()))),
             expected);
}

void TestBusinessCalendar::isBusinessDay_data()
{
    QTest::addColumn<BusinessHours>("hours");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("expected");
    QTest::newRow("EW Fri 23 Dec 2022") << alliantist() << QDate(2022, 12, 23) << true;
    QTest::newRow("EW Sat 24 Dec 2022") << alliantist() << QDate(2022, 12, 24) << false;
    QTest::newRow("EW Boxing Day 2022") << alliantist() << QDate(2022, 12, 26) << false;
    QTest::newRow("EW Christmas substitute 2022") << alliantist() << QDate(2022, 12, 27) << false;
    QTest::newRow("EW Wed 28 Dec 2022") << alliantist() << QDate(2022, 12, 28) << true;
    QTest::newRow("US Thanksgiving 2023") << identityAutomation() << QDate(2023, 11, 23) << false;
    QTest::newRow("US day after Thanksgiving")
        << identityAutomation() << QDate(2023, 11, 24) << true;
    QTest::newRow("US New Year 2022 observed")
        << identityAutomation() << QDate(2021, 12, 31) << false;
}

void TestBusinessCalendar::isBusinessDay()
{
    QFETCH(BusinessHours, hours);
    QFETCH(QDate, date);
    QFETCH(bool, expected);
    QCOMPARE(BusinessCalendar(hours).isBusinessDay(date), expected);
}

void TestBusinessCalendar::addBusinessMinutes_data()
{
    QTest::addColumn<BusinessHours>("hours");
    QTest::addColumn<QString>("from");
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<QString>("expected");
    // Fri 16:30-18:00 = 90; Sat-Tue closed; Wed 09:00 + 150 min = 11:30.
    QTest::newRow("Christmas weekend")
        << alliantist() << "2022-12-23T16:30:00Z" << qint64(240) << "2022-12-28T11:30:00Z";
    // Fri 90, Wed 540 (630), Thu 09:00 + 370 min (6 h 10) = 15:10.
    QTest::newRow("over several days")
        << alliantist() << "2022-12-23T16:30:00Z" << qint64(1000) << "2022-12-29T15:10:00Z";
    QTest::newRow("at opening") << alliantist() << "2022-12-28T09:00:00Z" << qint64(60)
                                << "2022-12-28T10:00:00Z";
    // Closing is out of hours: Thu 09:00 + 60.
    QTest::newRow("at closing") << alliantist() << "2022-12-28T18:00:00Z" << qint64(60)
                                << "2022-12-29T10:00:00Z";
    // 1 min Wed + 59 min Thu.
    QTest::newRow("a minute before closing")
        << alliantist() << "2022-12-28T17:59:00Z" << qint64(60) << "2022-12-29T09:59:00Z";
    QTest::newRow("runs out at closing")
        << alliantist() << "2022-12-28T17:00:00Z" << qint64(60) << "2022-12-28T18:00:00Z";
    QTest::newRow("before opening")
        << alliantist() << "2022-12-28T06:00:00Z" << qint64(30) << "2022-12-28T09:30:00Z";
    QTest::newRow("zero minutes out of hours")
        << alliantist() << "2022-12-24T10:00:00Z" << qint64(0) << "2022-12-28T09:00:00Z";
    QTest::newRow("zero minutes in hours")
        << alliantist() << "2022-12-28T10:15:00Z" << qint64(0) << "2022-12-28T10:15:00Z";
    // GMT hours in July: Mon 17:30-18:00Z, Tue from 09:00Z.
    QTest::newRow("Etc/GMT in summer")
        << alliantist() << "2023-07-03T17:30:00Z" << qint64(60) << "2023-07-04T09:30:00Z";
    // Fri 17:00-17:30 GMT, Mon opens 09:00 BST = 08:00Z, + 30 min.
    QTest::newRow("London over the change")
        << alliants() << "2023-03-24T17:00:00Z" << qint64(60) << "2023-03-27T08:30:00Z";
    QTest::newRow("London whole day")
        << alliants() << "2023-03-24T09:00:00Z" << qint64(510) << "2023-03-24T17:30:00Z";
    // Wed 16:30-17:00 CST (30), Thu Thanksgiving, Fri 540 (570), Mon 08:00 CST + 30 = 14:30Z.
    QTest::newRow("Chicago over Thanksgiving")
        << identityAutomation() << "2023-11-22T22:30:00Z" << qint64(600) << "2023-11-27T14:30:00Z";
    // Night hours 22:00-06:00 UK time, each span belonging to the day it starts on.
    const BusinessHours night =
        hours("Europe/London", QTime(22, 0), QTime(6, 0), HolidaySet::EnglandAndWales);
    // Fri 3 Jul 2026 23:00 BST (22:00Z) + 4 h inside Friday's span: Sat 03:00 BST = 02:00Z.
    QTest::newRow("night span past midnight")
        << night << "2026-07-03T22:00:00Z" << qint64(240) << "2026-07-04T02:00:00Z";
    // Thu 24 Dec 2026 23:00 GMT: Thursday's span gives 7 h to Fri 06:00; the spans of Fri 25
    // (Christmas) and Mon 28 (Boxing Day substitute) never open, Sat and Sun are not listed;
    // Tue 29 22:00 + 1 h = 23:00Z.
    QTest::newRow("night over Christmas 2026")
        << night << "2026-12-24T23:00:00Z" << qint64(480) << "2026-12-29T23:00:00Z";
    // Christmas morning 05:00 is still inside Thursday's span: 60 min run out at 06:00.
    QTest::newRow("night span into a holiday morning")
        << night << "2026-12-25T05:00:00Z" << qint64(60) << "2026-12-25T06:00:00Z";
    // Every night, no holidays: Sat 28 Mar 2026 22:00 GMT .. Sun 06:00 BST (05:00Z) is 7 h
    // (the clocks go forward inside it); Sunday's span opens 22:00 BST = 21:00Z, + 1 h.
    QTest::newRow("night over the spring change")
        << hours("Europe/London", QTime(22, 0), QTime(6, 0), HolidaySet::None,
                 {1, 2, 3, 4, 5, 6, 7})
        << "2026-03-28T22:00:00Z" << qint64(480) << "2026-03-29T22:00:00Z";
}

void TestBusinessCalendar::addBusinessMinutes()
{
    QFETCH(BusinessHours, hours);
    QFETCH(QString, from);
    QFETCH(qint64, minutes);
    QFETCH(QString, expected);
    QCOMPARE(iso(BusinessCalendar(hours).addBusinessMinutes(utc(from.toLatin1()), minutes)),
             expected);
}

void TestBusinessCalendar::addBusinessDays_data()
{
    QTest::addColumn<BusinessHours>("hours");
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("expected");
    // Wed 22 Nov 10:00 CST; Thu 23 Thanksgiving; day 1 Fri 24, day 2 Mon 27 at 10:00 CST.
    QTest::newRow("2 days over Thanksgiving")
        << identityAutomation() << "2023-11-22T16:00:00Z" << 2 << "2023-11-27T16:00:00Z";
    // Day 1 Fri 24, 2 Mon 27, 3 Tue 28, 4 Wed 29, 5 Thu 30 at 10:00 CST.
    QTest::newRow("5 days over Thanksgiving")
        << identityAutomation() << "2023-11-22T16:00:00Z" << 5 << "2023-11-30T16:00:00Z";
    // Wed 18:00 CST: out of hours; Fri 24 and Mon 27 are the two full days: Mon 17:00 CST.
    QTest::newRow("out of hours") << identityAutomation() << "2023-11-23T00:00:00Z" << 2
                                  << "2023-11-27T23:00:00Z";
    // At Mon 20 Nov 08:00 CST opening: Mon and Tue full, Tue 17:00 CST.
    QTest::newRow("at opening") << identityAutomation() << "2023-11-20T14:00:00Z" << 2
                                << "2023-11-21T23:00:00Z";
    // Fri 3 Nov 10:00 CDT; Mon 6 Nov 10:00 CST = 16:00Z.
    QTest::newRow("over the fall-back weekend")
        << identityAutomation() << "2023-11-03T15:00:00Z" << 1 << "2023-11-06T16:00:00Z";
    QTest::newRow("zero days out of hours")
        << identityAutomation() << "2023-11-23T00:00:00Z" << 0 << "2023-11-24T14:00:00Z";
    const BusinessHours night =
        hours("Europe/London", QTime(22, 0), QTime(6, 0), HolidaySet::EnglandAndWales);
    // At Monday 6 Jul 2026's opening, 22:00 BST: one full day closes Tue 06:00 BST = 05:00Z.
    QTest::newRow("night, at opening")
        << night << "2026-07-06T21:00:00Z" << 1 << "2026-07-07T05:00:00Z";
    // Sat 4 Jul 04:00 BST is 6 h into Friday's span; one day later is 6 h into Monday's:
    // Tue 04:00 BST = 03:00Z.
    QTest::newRow("night, inside Friday's span on Saturday")
        << night << "2026-07-04T03:00:00Z" << 1 << "2026-07-07T03:00:00Z";
    // US calendar: Thu 24 Dec 2026 10:00 CST; Fri 25 Christmas; day 1 Mon 28, day 2 Tue 29 at
    // 10:00 CST = 16:00Z.
    QTest::newRow("US Christmas 2026")
        << identityAutomation() << "2026-12-24T16:00:00Z" << 2 << "2026-12-29T16:00:00Z";
}

void TestBusinessCalendar::addBusinessDays()
{
    QFETCH(BusinessHours, hours);
    QFETCH(QString, from);
    QFETCH(int, days);
    QFETCH(QString, expected);
    QCOMPARE(iso(BusinessCalendar(hours).addBusinessDays(utc(from.toLatin1()), days)), expected);
}

void TestBusinessCalendar::minutesBetween_data()
{
    QTest::addColumn<BusinessHours>("hours");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("Christmas weekend") << alliantist() << "2022-12-23T16:30:00Z"
                                       << "2022-12-28T11:30:00Z" << qint64(240);
    QTest::newRow("reversed") << alliantist() << "2022-12-28T11:30:00Z"
                              << "2022-12-23T16:30:00Z" << qint64(-240);
    // Five London days of 510 minutes on either side of each change.
    QTest::newRow("London week before spring") << alliants() << "2023-03-20T00:00:00Z"
                                               << "2023-03-27T00:00:00Z" << qint64(2550);
    QTest::newRow("London week after spring") << alliants() << "2023-03-27T00:00:00Z"
                                              << "2023-04-03T00:00:00Z" << qint64(2550);
    QTest::newRow("London fortnight over autumn") << alliants() << "2023-10-23T00:00:00Z"
                                                  << "2023-11-06T00:00:00Z" << qint64(5100);
    // 2023 has 260 weekdays; 9 E&W bank holidays, all weekdays: 251 x 540 = 135,540.
    QTest::newRow("Alliantist year 2023") << alliantist() << "2023-01-01T00:00:00Z"
                                          << "2024-01-01T00:00:00Z" << qint64(135540);
    // 260 weekdays; 11 observed federal holidays, all weekdays: 249 x 540 = 134,460; the
    // Central-time year runs from 06:00Z to 06:00Z.
    QTest::newRow("Identity Automation year 2023") << identityAutomation() << "2023-01-01T06:00:00Z"
                                                   << "2024-01-01T06:00:00Z" << qint64(134460);
    QTest::newRow("seconds are truncated") << alliantist() << "2023-07-03T09:00:00Z"
                                           << "2023-07-03T09:01:59Z" << qint64(1);
}

void TestBusinessCalendar::minutesBetween()
{
    QFETCH(BusinessHours, hours);
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(qint64, expected);
    QCOMPARE(BusinessCalendar(hours).businessMinutesBetween(utc(a.toLatin1()), utc(b.toLatin1())),
             expected);
}

void TestBusinessCalendar::invalidCalendars()
{
    const BusinessCalendar badZone(hours("Mars/Olympus", QTime(9, 0), QTime(17, 0)));
    QVERIFY(!badZone.isValid());
    QVERIFY(badZone.problem().contains(u"Mars/Olympus"));
    QCOMPARE(badZone.openIntervals(utc("2023-07-03T00:00:00Z"), utc("2023-07-05T00:00:00Z")),
             QList<Interval>());
    QCOMPARE(badZone.addBusinessMinutes(utc("2023-07-03T00:00:00Z"), 60), BusinessCalendar::Never);
    QCOMPARE(badZone.addBusinessDays(utc("2023-07-03T00:00:00Z"), 1), BusinessCalendar::Never);

    const BusinessCalendar noDays(
        hours("Etc/GMT", QTime(9, 0), QTime(17, 0), HolidaySet::None, {}));
    QVERIFY(!noDays.isValid());
    QCOMPARE(noDays.addBusinessMinutes(utc("2023-07-03T00:00:00Z"), 60), BusinessCalendar::Never);

    const BusinessCalendar badDay(
        hours("Etc/GMT", QTime(9, 0), QTime(17, 0), HolidaySet::None, {0, 8}));
    QVERIFY(!badDay.isValid());
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
