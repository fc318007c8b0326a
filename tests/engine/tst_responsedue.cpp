#include "responsedue.h"

#include <QDateTime>
#include <QTest>

using namespace termlens;

// Support response deadlines for the sample agreements' severity levels, worked by hand.
class TestResponseDue final : public QObject
{
    Q_OBJECT

private slots:
    void due_data();
    void due();
    void workingNamesEverything();
    void workingOutOfHours();
    void roundTheClockWorking();
    void longResponses();
    void failures();
};

namespace {

qint64 utc(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    Q_ASSERT(t.isValid() && t.timeSpec() == Qt::UTC);
    return t.toSecsSinceEpoch();
}

QString iso(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

SupportLevel level(const char *name, qint64 amount, ResponseUnit unit, Clock clock,
                   const char *clause)
{
    SupportLevel l;
    l.name = QString::fromLatin1(name);
    l.response = {amount, unit, clock};
    l.citation.clause = QString::fromLatin1(clause);
    return l;
}

BusinessHours businessHours(const char *zone, QTime from, QTime to, HolidaySet set,
                            const char *clause)
{
    BusinessHours h;
    h.days = {1, 2, 3, 4, 5};
    h.from = from;
    h.to = to;
    h.timeZone = QString::fromLatin1(zone);
    h.holidays = set;
    h.citation.clause = QString::fromLatin1(clause);
    return h;
}

// Alliantist support policy: "Business Hour" 09:00-18:00 GMT on UK weekdays, excluding UK
// public holidays (1.5); Severity 1/2/3: 1/4/8 Business Hours (3.1-3.3).
Support alliantist()
{
    Support s;
    s.businessHours =
        businessHours("Etc/GMT", QTime(9, 0), QTime(18, 0), HolidaySet::EnglandAndWales, "1.5");
    s.levels = {level("Severity Level 1", 1, ResponseUnit::Hours, Clock::Business, "3.1"),
                level("Severity Level 2", 4, ResponseUnit::Hours, Clock::Business, "3.2"),
                level("Severity Level 3", 8, ResponseUnit::Hours, Clock::Business, "3.3")};
    return s;
}

// Identity Automation App. A: Monday-Friday 08:00-17:00 Central, excluding Holidays; Level 1
// 10 business hours, Levels 2-4 2/3/5 business days.
Support identityAutomation()
{
    Support s;
    s.businessHours = businessHours("America/Chicago", QTime(8, 0), QTime(17, 0),
                                    HolidaySet::UsFederal, "App. A Support");
    s.levels = {level("Level 1", 10, ResponseUnit::Hours, Clock::Business, "App. A L1"),
                level("Level 2", 2, ResponseUnit::Days, Clock::Business, "App. A L2"),
                level("Level 3", 3, ResponseUnit::Days, Clock::Business, "App. A L3"),
                level("Level 4", 5, ResponseUnit::Days, Clock::Business, "App. A L4")};
    return s;
}

// Alliants SLA: P1 15 minutes 24/7; P3 2 Business Hours (09:00-17:30 UK time).
Support alliants()
{
    Support s;
    s.businessHours = businessHours("Europe/London", QTime(9, 0), QTime(17, 30),
                                    HolidaySet::EnglandAndWales, "Business Hours");
    s.levels = {level("P1", 15, ResponseUnit::Minutes, Clock::TwentyFourSeven, "P1"),
                level("P3", 2, ResponseUnit::Hours, Clock::Business, "P3"),
                level("X", 1, ResponseUnit::Days, Clock::TwentyFourSeven, "X")};
    return s;
}

} // namespace

void TestResponseDue::due_data()
{
    QTest::addColumn<Support>("support");
    QTest::addColumn<QString>("levelName");
    QTest::addColumn<QString>("reported");
    QTest::addColumn<QString>("expectedDue");
    QTest::addColumn<qint64>("expectedMinutes");
    // 4 h = 240 min: Fri 23 Dec 16:30-18:00 = 90; Sat 24, Sun 25, Mon 26 Boxing Day, Tue 27
    // Christmas substitute skipped; Wed 28 09:00 + 150 = 11:30.
    QTest::newRow("Sev 2 over Christmas") << alliantist() << "Severity Level 2"
                                          << "2022-12-23T16:30:00Z"
                                          << "2022-12-28T11:30:00Z" << qint64(240);
    QTest::newRow("Sev 1 at opening") << alliantist() << "Severity Level 1"
                                      << "2022-12-28T09:00:00Z"
                                      << "2022-12-28T10:00:00Z" << qint64(60);
    // 18:00 is closed: Thu 29 09:00 + 60.
    QTest::newRow("Sev 1 at closing") << alliantist() << "Severity Level 1"
                                      << "2022-12-28T18:00:00Z"
                                      << "2022-12-29T10:00:00Z" << qint64(60);
    // 17:00 + 60 runs out exactly at closing.
    QTest::newRow("Sev 1 ending at closing") << alliantist() << "Severity Level 1"
                                             << "2022-12-28T17:00:00Z"
                                             << "2022-12-28T18:00:00Z" << qint64(60);
    // Saturday 1 Jul 2023: from Mon 3 Jul 09:00 GMT (10:00 BST), 8 h -> 17:00Z.
    QTest::newRow("Sev 3 out of hours in summer") << alliantist() << "Severity Level 3"
                                                  << "2023-07-01T12:00:00Z"
                                                  << "2023-07-03T17:00:00Z" << qint64(480);
    QTest::newRow("level name ignoring case") << alliantist() << "severity level 1"
                                              << "2022-12-28T09:00:00Z"
                                              << "2022-12-28T10:00:00Z" << qint64(60);
    // Wed 22 Nov 2023 10:00 CST; Thanksgiving Thu 23; Fri 24 day 1; Mon 27 10:00 CST day 2.
    // Minutes: Wed 7 h + Fri 9 h + Mon 2 h = 18 h = 1080.
    QTest::newRow("IA L2 over Thanksgiving") << identityAutomation() << "Level 2"
                                             << "2023-11-22T16:00:00Z"
                                             << "2023-11-27T16:00:00Z" << qint64(1080);
    // Wed 18:00 CST out of hours: full days Fri 24 and Mon 27, due Mon 17:00 CST = 23:00Z.
    QTest::newRow("IA L2 reported after hours") << identityAutomation() << "Level 2"
                                                << "2023-11-23T00:00:00Z"
                                                << "2023-11-27T23:00:00Z" << qint64(1080);
    // 10 h = 600: Wed 16:30-17:00 CST 30, Fri 540, Mon 08:00-08:30 CST 30 -> 14:30Z.
    QTest::newRow("IA L1 over Thanksgiving") << identityAutomation() << "Level 1"
                                             << "2023-11-22T22:30:00Z"
                                             << "2023-11-27T14:30:00Z" << qint64(600);
    // 24x7: 15 minutes of wall time, Christmas Day or not.
    QTest::newRow("Alliants P1 24x7") << alliants() << "P1"
                                      << "2022-12-25T03:00:00Z"
                                      << "2022-12-25T03:15:00Z" << qint64(15);
    // 24x7 day = 24 h = 1440 min, even over the London change (wall time is UTC time).
    QTest::newRow("24x7 day is 24 hours") << alliants() << "X"
                                          << "2023-03-25T12:00:00Z"
                                          << "2023-03-26T12:00:00Z" << qint64(1440);
    // Fri 24 Mar 2023 17:00 GMT: 30 min to 17:30; Mon 27 opens 09:00 BST = 08:00Z, + 90.
    QTest::newRow("Alliants P3 over the spring change") << alliants() << "P3"
                                                        << "2023-03-24T17:00:00Z"
                                                        << "2023-03-27T09:30:00Z" << qint64(120);
}

void TestResponseDue::due()
{
    QFETCH(Support, support);
    QFETCH(QString, levelName);
    QFETCH(QString, reported);
    QFETCH(QString, expectedDue);
    QFETCH(qint64, expectedMinutes);
    const Outcome<ResponseDue> r = responseDue(support, levelName, utc(reported));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(iso(r.value->due), expectedDue);
    QCOMPARE(r.value->businessMinutes, expectedMinutes);
    QVERIFY(!r.value->working.isEmpty());
}

void TestResponseDue::workingNamesEverything()
{
    const Outcome<ResponseDue> r =
        responseDue(alliantist(), u"Severity Level 2"_qs, utc(u"2022-12-23T16:30:00Z"_qs));
    QVERIFY(r.ok());
    const QString all = r.value->working.lines().join(u'\n');
    const QStringList expected = {
        u"Severity Level 2"_qs,
        u"clause 3.2"_qs,
        u"4 business hours"_qs, // level, clause, amount
        u"Monday–Friday 09:00–18:00 Etc/GMT"_qs,
        u"England and Wales bank holidays"_qs,
        u"clause 1.5"_qs, // calendar
        u"Counted Friday 2022-12-23: 2022-12-23 16:30 GMT to 2022-12-23 18:00 GMT, 90 minutes."_qs,
        u"Skipped Saturday 2022-12-24: not a business day (weekend)."_qs,
        u"Skipped Sunday 2022-12-25: not a business day (weekend)."_qs,
        u"Skipped Monday 2022-12-26: Boxing Day (England and Wales bank holidays)."_qs,
        u"Skipped Tuesday 2022-12-27: Christmas Day (substitute day) (England and Wales bank holidays)."_qs,
        u"Counted Wednesday 2022-12-28: 2022-12-28 09:00 GMT to 2022-12-28 11:30 GMT, 150 minutes."_qs,
        u"2022-12-28T11:30:00Z"_qs,
        u"after 240 business minutes"_qs};
    for (const QString &part : expected)
        QVERIFY2(all.contains(part), qPrintable(part + u"\n---\n"_qs + all));
    QVERIFY(!all.contains(u"Reported out of hours"_qs));
}

void TestResponseDue::workingOutOfHours()
{
    const Outcome<ResponseDue> r =
        responseDue(identityAutomation(), u"Level 2"_qs, utc(u"2023-11-23T00:00:00Z"_qs));
    QVERIFY(r.ok());
    const QString all = r.value->working.lines().join(u'\n');
    const QStringList expected = {
        u"Level 2"_qs,
        u"2 business days"_qs,
        u"America/Chicago"_qs,
        u"US federal holidays"_qs,
        u"next opening, 2023-11-24 08:00 CST (2023-11-24T14:00:00Z)"_qs,
        u"Skipped Thursday 2023-11-23: Thanksgiving Day (US federal holidays)."_qs,
        u"Skipped Saturday 2023-11-25"_qs,
        u"Skipped Sunday 2023-11-26"_qs,
        u"full business days"_qs};
    for (const QString &part : expected)
        QVERIFY2(all.contains(part), qPrintable(part + u"\n---\n"_qs + all));
    // Reported Wednesday evening: Wednesday is a business day, neither skipped nor counted.
    QVERIFY(!all.contains(u"Wednesday 2023-11-22"_qs));
}

void TestResponseDue::roundTheClockWorking()
{
    const Outcome<ResponseDue> r =
        responseDue(alliants(), u"P1"_qs, utc(u"2022-12-25T03:00:00Z"_qs));
    QVERIFY(r.ok());
    const QString all = r.value->working.lines().join(u'\n');
    QVERIFY2(all.contains(u"24×7"_qs), qPrintable(all));
    QVERIFY2(all.contains(u"15 minutes"_qs), qPrintable(all));
    QVERIFY2(!all.contains(u"Skipped"_qs), qPrintable(all));
}

void TestResponseDue::longResponses()
{
    // 100 business days from Monday 2024-01-01 00:00 GMT, Alliantist's hours (Mon-Fri 09:00-18:00
    // Etc/GMT, England and Wales bank holidays): 1 Jan is New Year's Day, so day 1 is Tue 2 Jan.
    // Weekdays from 2 Jan: Jan 22 (2..31), Feb 21 (43), Mar 20 (1, 4-8, 11-15, 18-22, 25-28;
    // Good Friday 29 Mar; 63), Apr 21 (22 weekdays less Easter Monday 1 Apr; 84); May: 1-3
    // (87), 7-10 (6 May bank holiday; 91), 13-17 (96), 20-23 (100): due Thu 2024-05-23 18:00.
    // The working itemises the first 62 days and sums up the rest in one line.
    Support s = alliantist();
    s.levels = {level("Long", 100, ResponseUnit::Days, Clock::Business, "z")};
    const Outcome<ResponseDue> r = responseDue(s, u"Long"_qs, utc(u"2024-01-01T00:00:00Z"_qs));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(iso(r.value->due), u"2024-05-23T18:00:00Z"_qs);
    QCOMPARE(r.value->businessMinutes, qint64(100) * 9 * 60);
    const QStringList &lines = r.value->working.lines();
    QVERIFY2(lines.size() < 80, qPrintable(QString::number(lines.size())));
    const QString all = lines.join(u'\n');
    QVERIFY2(all.contains(u"not itemised"_qs), qPrintable(all));
    QVERIFY2(all.contains(u"Good Friday"_qs) || all.contains(u"New Year"_qs), qPrintable(all));
}

void TestResponseDue::failures()
{
    const Outcome<ResponseDue> unknown = responseDue(alliantist(), u"P1"_qs, 0);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error.contains(u"\"P1\""_qs));
    for (const char *name : {"Severity Level 1", "Severity Level 2", "Severity Level 3"})
        QVERIFY2(unknown.error.contains(QString::fromLatin1(name)), qPrintable(unknown.error));

    Support noLevels;
    QVERIFY(!responseDue(noLevels, u"P1"_qs, 0).ok());

    Support noHours = alliantist();
    noHours.businessHours.reset();
    const Outcome<ResponseDue> hourless = responseDue(noHours, u"Severity Level 1"_qs, 0);
    QVERIFY(!hourless.ok());
    QVERIFY(hourless.error.contains(u"no business hours"_qs));

    Support badZone = alliantist();
    badZone.businessHours->timeZone = u"GMT+25"_qs;
    QVERIFY(!responseDue(badZone, u"Severity Level 1"_qs, 0).ok());
    // Qt reads a name without a slash as a POSIX rule and would take "garbage" for UTC.
    badZone.businessHours->timeZone = u"garbage"_qs;
    const Outcome<ResponseDue> garbage = responseDue(badZone, u"Severity Level 1"_qs, 0);
    QVERIFY(!garbage.ok());
    QVERIFY2(garbage.error.contains(u"garbage"_qs), qPrintable(garbage.error));

    // A valid term sheet allows a response amount up to 1,000,000: beyond what the business
    // clock counts the answer is a clear refusal, never a shorter due (100,000 days were
    // silently used for more) nor "the business hours never open" (minutes past a century).
    Support far = alliantist();
    far.levels = {level("Days", 100001, ResponseUnit::Days, Clock::Business, "x"),
                  level("Hours", 1000000, ResponseUnit::Hours, Clock::Business, "y")};
    for (const QString &name : {u"Days"_qs, u"Hours"_qs}) {
        const Outcome<ResponseDue> tooFar = responseDue(far, name, utc(u"2024-01-01T00:00:00Z"_qs));
        QVERIFY(!tooFar.ok());
        QVERIFY2(tooFar.error.contains(u"too long"_qs) && tooFar.error.contains(name),
                 qPrintable(tooFar.error));
    }

    // 24x7 needs no business hours.
    Support noHours24 = alliants();
    noHours24.businessHours.reset();
    QVERIFY(responseDue(noHours24, u"P1"_qs, 0).ok());
}

QTEST_GUILESS_MAIN(TestResponseDue)
#include "tst_responsedue.moc"
