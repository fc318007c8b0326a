#include "responsedue.h"
#include "termsheetjson.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

#include <limits>
#include <tuple>

using namespace termlens;

// Support response deadlines for the sample agreements' severity levels, worked by hand.
class TestResponseDue final : public QObject
{
    Q_OBJECT

private slots:
    void due_data();
    void due();
    void samples_data();
    void samples();
    void workingNamesEverything();
    void workingOutOfHours();
    void roundTheClockWorking();
    void closedWeekday();
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

// The support terms of a sample term sheet as shipped (resources/sample), so that the rows
// below also check that the levels and calendars were read right from the source documents.
Support sampleSupport(const char *id)
{
    QFile file(QStringLiteral(TERMLENS_TEST_DATA "/../../resources/sample/%1.termsheet.json")
                   .arg(QLatin1StringView(id)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    const TermSheetParseResult parsed = parseTermSheet(file.readAll());
    if (!parsed.sheet || !parsed.sheet->terms.support)
        qFatal("sample %s has no support terms", id);
    return *parsed.sheet->terms.support;
}

} // namespace

void TestResponseDue::samples_data()
{
    QTest::addColumn<QString>("agreement");
    QTest::addColumn<QString>("levelName");
    QTest::addColumn<QString>("reported");
    QTest::addColumn<QString>("expectedDue");
    QTest::addColumn<qint64>("expectedMinutes");

    // Alliantist support policy 6.5/9: 09:00-18:00 GMT (Etc/GMT all year), Mon-Fri, England and
    // Wales bank holidays; Sev 1/2/3 = 60/240/480 business minutes. 540 open minutes a day.
    const QString ai = QStringLiteral("alliantist-isms");
    // Thu 24 Dec 2026 16:00Z: 16:00-18:00 = 120; Fri 25 Christmas, Sat 26, Sun 27, Mon 28 Boxing
    // Day substitute skipped; Tue 29 09:00 + 120 = 11:00Z.
    QTest::newRow("AI Sev 2 Christmas 2026") << ai << "Severity Level 2"
                                             << "2026-12-24T16:00:00Z"
                                             << "2026-12-29T11:00:00Z" << qint64(240);
    // Thu 31 Dec 2026 14:00Z: 14:00-18:00 = 240; Fri 1 Jan, Sat, Sun; Mon 4 Jan 09:00 + 240.
    QTest::newRow("AI Sev 3 New Year 2027") << ai << "Severity Level 3"
                                            << "2026-12-31T14:00:00Z"
                                            << "2027-01-04T13:00:00Z" << qint64(480);
    // Fri 24 Dec 2027 12:00Z: 12:00-18:00 = 360; Sat 25, Sun 26, Mon 27 (Christmas substitute),
    // Tue 28 (Boxing Day substitute) skipped; Wed 29 09:00 + 120 = 11:00Z.
    QTest::newRow("AI Sev 3 Christmas 2027") << ai << "Severity Level 3"
                                             << "2027-12-24T12:00:00Z"
                                             << "2027-12-29T11:00:00Z" << qint64(480);
    // Reported on the substitute day Mon 27 Dec 2027: next opening Wed 29 09:00 + 60.
    QTest::newRow("AI Sev 1 on a substitute day") << ai << "Severity Level 1"
                                                  << "2027-12-27T10:00:00Z"
                                                  << "2027-12-29T10:00:00Z" << qint64(60);
    // Summer, GMT not BST: Mon 6 Jul 2026 09:00Z (10:00 BST) is the opening; + 240 = 13:00Z.
    QTest::newRow("AI Sev 2 at opening, summer") << ai << "Severity Level 2"
                                                 << "2026-07-06T09:00:00Z"
                                                 << "2026-07-06T13:00:00Z" << qint64(240);
    // One second before opening: the clock starts at 09:00Z all the same.
    QTest::newRow("AI Sev 2 a second before opening") << ai << "Severity Level 2"
                                                      << "2026-07-06T08:59:59Z"
                                                      << "2026-07-06T13:00:00Z" << qint64(240);
    // At closing 18:00Z (19:00 BST) nothing is left: Wed 8 Jul 09:00 + 60 = 10:00Z.
    QTest::newRow("AI Sev 1 at closing, summer") << ai << "Severity Level 1"
                                                 << "2026-07-07T18:00:00Z"
                                                 << "2026-07-08T10:00:00Z" << qint64(60);
    // One second before closing: 1 s counted, 3599 s left from Wed 09:00 -> 09:59:59Z.
    QTest::newRow("AI Sev 1 a second before closing") << ai << "Severity Level 1"
                                                      << "2026-07-07T17:59:59Z"
                                                      << "2026-07-08T09:59:59Z" << qint64(60);
    // UK clocks go forward Sun 29 Mar 2026; GMT hours do not move. Fri 27 Mar 17:00Z: 60;
    // Mon 30 Mar 09:00Z + 180 = 12:00Z.
    QTest::newRow("AI Sev 2 over the spring change") << ai << "Severity Level 2"
                                                     << "2026-03-27T17:00:00Z"
                                                     << "2026-03-30T12:00:00Z" << qint64(240);

    // Alliants SLA 3: 09:00-17:30 UK time (Europe/London), Mon-Fri, England and Wales; P1 15
    // min and P2 1 h 24/7; P3/P4/P5 2/4/8 business hours. 510 open minutes a day.
    const QString as = QStringLiteral("alliants");
    // 24x7: wall time, holiday or not. Christmas Day 2026 23:50Z + 15 min.
    QTest::newRow("Alliants P1 24x7 on Christmas night") << as << "P1 - Urgent"
                                                         << "2026-12-25T23:50:00Z"
                                                         << "2026-12-26T00:05:00Z" << qint64(15);
    // London falls back at 01:00Z on Sun 25 Oct 2026: 60 elapsed minutes, 00:30Z -> 01:30Z.
    QTest::newRow("Alliants P2 24x7 over the autumn change")
        << as << "P2 - High"
        << "2026-10-25T00:30:00Z"
        << "2026-10-25T01:30:00Z" << qint64(60);
    // Thu 24 Dec 2026 16:30 GMT: 16:30-17:30 = 60; 25-28 Dec skipped; Tue 29 09:00 + 60.
    QTest::newRow("Alliants P3 Christmas 2026") << as << "P3 - Medium"
                                                << "2026-12-24T16:30:00Z"
                                                << "2026-12-29T10:00:00Z" << qint64(120);
    // Thu 31 Dec 2026 15:00: 15:00-17:30 = 150; 1-3 Jan skipped; Mon 4 Jan 09:00 + 90.
    QTest::newRow("Alliants P4 New Year 2027") << as << "P4 - Low"
                                               << "2026-12-31T15:00:00Z"
                                               << "2027-01-04T10:30:00Z" << qint64(240);
    // Fri 24 Dec 2027 10:00: 10:00-17:30 = 450; 25-28 Dec skipped; Wed 29 09:00 + 30.
    QTest::newRow("Alliants P5 Christmas 2027") << as << "P5 - Info"
                                                << "2027-12-24T10:00:00Z"
                                                << "2027-12-29T09:30:00Z" << qint64(480);
    // Fri 27 Mar 2026 13:00 GMT: 270; Mon 30 Mar opens 09:00 BST = 08:00Z, + 210 = 11:30Z.
    QTest::newRow("Alliants P5 over the spring change") << as << "P5 - Info"
                                                        << "2026-03-27T13:00:00Z"
                                                        << "2026-03-30T11:30:00Z" << qint64(480);
    // Fri 23 Oct 2026 15:30Z = 16:30 BST: 60; Mon 26 Oct opens 09:00 GMT, + 180 = 12:00Z.
    QTest::newRow("Alliants P4 over the autumn change") << as << "P4 - Low"
                                                        << "2026-10-23T15:30:00Z"
                                                        << "2026-10-26T12:00:00Z" << qint64(240);
    // At closing Wed 2 Dec 2026 17:30 GMT: Thu 3 Dec 09:00 + 120 = 11:00Z.
    QTest::newRow("Alliants P3 at closing") << as << "P3 - Medium"
                                            << "2026-12-02T17:30:00Z"
                                            << "2026-12-03T11:00:00Z" << qint64(120);
    QTest::newRow("Alliants P3 a second before closing") << as << "P3 - Medium"
                                                         << "2026-12-02T17:29:59Z"
                                                         << "2026-12-03T10:59:59Z" << qint64(120);
    // Good Friday 26 Mar 2027, clocks forward Sun 28, Easter Monday 29: Tue 30 Mar 09:00 BST =
    // 08:00Z + 120 = 10:00Z.
    QTest::newRow("Alliants P3 over Easter 2027") << as << "P3 - Medium"
                                                  << "2027-03-26T10:00:00Z"
                                                  << "2027-03-30T10:00:00Z" << qint64(120);

    // Identity Automation App. A 2: 08:00-17:00 Central (America/Chicago), Mon-Fri, US federal
    // holidays; L1 10 business hours (600 min), L2/L3/L4 2/3/5 business days of 540 min.
    const QString ia = QStringLiteral("identity-automation");
    // Thu 24 Dec 2026 15:00 CST (21:00Z): 120; Fri 25 skipped; Mon 28 is a US working day:
    // 08:00 + 480 = 16:00 CST = 22:00Z.
    QTest::newRow("IA L1 Christmas 2026") << ia << "Level 1"
                                          << "2026-12-24T21:00:00Z"
                                          << "2026-12-28T22:00:00Z" << qint64(600);
    // Wed 30 Dec 2026 10:00 CST: day 1 Thu 31, Fri 1 Jan skipped, day 2 Mon 4 Jan at 10:00 CST.
    // Minutes: 420 + 540 + 120 = 1080.
    QTest::newRow("IA L2 New Year 2027") << ia << "Level 2"
                                         << "2026-12-30T16:00:00Z"
                                         << "2027-01-04T16:00:00Z" << qint64(1080);
    // Fri 24 Dec 2027 is Christmas observed: out of hours; full days Mon 27, Tue 28, Wed 29;
    // due Wed 29 17:00 CST = 23:00Z; 3 x 540.
    QTest::newRow("IA L3 on the observed Christmas 2027") << ia << "Level 3"
                                                          << "2027-12-24T15:00:00Z"
                                                          << "2027-12-29T23:00:00Z" << qint64(1620);
    // Tue 28 Dec 2027 08:00 CST exactly at opening: Tue 28 is day 1, Wed 29, Thu 30, Fri 31
    // skipped (New Year 2028 observed), Mon 3 Jan 2028 day 4, Tue 4 Jan day 5: 17:00 CST.
    QTest::newRow("IA L4 at opening over New Year 2028") << ia << "Level 4"
                                                         << "2027-12-28T14:00:00Z"
                                                         << "2028-01-04T23:00:00Z" << qint64(2700);
    // Central springs forward Sun 8 Mar 2026. Fri 6 Mar 12:00 CST (18:00Z): 300; Mon 9 Mar
    // 08:00 CDT = 13:00Z + 300 = 18:00Z.
    QTest::newRow("IA L1 over the spring change") << ia << "Level 1"
                                                  << "2026-03-06T18:00:00Z"
                                                  << "2026-03-09T18:00:00Z" << qint64(600);
    // Falls back Sun 1 Nov 2026. Fri 30 Oct 12:00 CDT (17:00Z): 300; Mon 2 Nov 08:00 CST =
    // 14:00Z + 300 = 19:00Z.
    QTest::newRow("IA L1 over the autumn change") << ia << "Level 1"
                                                  << "2026-10-30T17:00:00Z"
                                                  << "2026-11-02T19:00:00Z" << qint64(600);
    // At closing Wed 15 Jul 2026 17:00 CDT (22:00Z): Thu 16 Jul 540; Fri 17 Jul 08:00 + 60 =
    // 09:00 CDT = 14:00Z.
    QTest::newRow("IA L1 at closing") << ia << "Level 1"
                                      << "2026-07-15T22:00:00Z"
                                      << "2026-07-17T14:00:00Z" << qint64(600);
    // Thu 18 Jun 2026 16:00 CDT: 60; Juneteenth Fri 19 skipped; Mon 22 08:00 + 540 runs out
    // exactly at the 17:00 CDT closing (22:00Z).
    QTest::newRow("IA L1 over Juneteenth") << ia << "Level 1"
                                           << "2026-06-18T21:00:00Z"
                                           << "2026-06-22T22:00:00Z" << qint64(600);
    // Independence Day 2026 is a Saturday, observed Fri 3 Jul: reported that Friday 09:00
    // CDT, out of hours; full days Mon 6 and Tue 7, due Tue 17:00 CDT = 22:00Z.
    QTest::newRow("IA L2 on the observed Independence Day")
        << ia << "Level 2"
        << "2026-07-03T14:00:00Z"
        << "2026-07-07T22:00:00Z" << qint64(1080);
    QTest::newRow("IA L2 on Saturday 4 July") << ia << "Level 2"
                                              << "2026-07-04T15:00:00Z"
                                              << "2026-07-07T22:00:00Z" << qint64(1080);
}

void TestResponseDue::samples()
{
    QFETCH(QString, agreement);
    QFETCH(QString, levelName);
    QFETCH(QString, reported);
    QFETCH(QString, expectedDue);
    QFETCH(qint64, expectedMinutes);
    const Outcome<ResponseDue> r =
        responseDue(sampleSupport(qPrintable(agreement)), levelName, utc(reported));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(iso(r.value->due), expectedDue);
    QCOMPARE(r.value->businessMinutes, expectedMinutes);
    // The working names the level's clause and the calendar's.
    const QString all = r.value->working.lines().join(u'\n');
    QVERIFY2(all.contains(levelName), qPrintable(all));
    QVERIFY2(all.contains(expectedDue), qPrintable(all));
}

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

void TestResponseDue::closedWeekday()
{
    // Monday-Thursday hours: Friday is skipped, and the working must not call it a weekend.
    // Thu 7 Jan 2027 17:00 GMT, 4 h: 17:00-18:00 = 60; Fri 8, Sat 9, Sun 10 skipped; Mon 11
    // 09:00 + 180 = 12:00Z.
    Support s = alliantist();
    s.businessHours->days = {1, 2, 3, 4};
    const Outcome<ResponseDue> r =
        responseDue(s, u"Severity Level 2"_qs, utc(u"2027-01-07T17:00:00Z"_qs));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(iso(r.value->due), u"2027-01-11T12:00:00Z"_qs);
    const QString all = r.value->working.lines().join(u'\n');
    QVERIFY2(
        all.contains(u"Skipped Friday 2027-01-08: not a business day (open Monday–Thursday)."_qs),
        qPrintable(all));
    QVERIFY2(all.contains(u"Skipped Saturday 2027-01-09: not a business day (weekend)."_qs),
             qPrintable(all));
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

    // Longer than a century (100 x 366 days): refused with the level named, on either clock,
    // not reported as a calendar that never opens nor silently shortened.
    for (const auto &[amount, unit, clock] :
         {std::tuple{qint64(36601), ResponseUnit::Days, Clock::Business},
          std::tuple{qint64(878401), ResponseUnit::Hours, Clock::Business},
          std::tuple{qint64(1000000), ResponseUnit::Hours, Clock::Business},
          std::tuple{std::numeric_limits<qint64>::max(), ResponseUnit::Days,
                     Clock::TwentyFourSeven}}) {
        Support huge = alliantist();
        huge.levels[0].response = {amount, unit, clock};
        const Outcome<ResponseDue> r = responseDue(huge, u"Severity Level 1"_qs, 0);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"Severity Level 1"_qs), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"century"_qs), qPrintable(r.error));
    }
    // A century exactly is still computed: 36600 business days from a Monday opening.
    Support century = alliantist();
    century.levels[0].response = {36600, ResponseUnit::Days, Clock::Business};
    QVERIFY(responseDue(century, u"Severity Level 1"_qs, utc(u"2026-01-05T09:00:00Z"_qs)).ok());

    // 24x7 needs no business hours.
    Support noHours24 = alliants();
    noHours24.businessHours.reset();
    QVERIFY(responseDue(noHours24, u"P1"_qs, 0).ok());
}

QTEST_GUILESS_MAIN(TestResponseDue)
#include "tst_responsedue.moc"
