#include "businesscalendar.h"
#include "dates.h"
#include "termdeadlines.h"
#include "termsheetjson.h"

#include <QFile>
#include <QTest>

using namespace termlens;

// Term ends, notice deadlines and windows, worked by hand from DOMAIN.md "Deadlines from dates"
// and the source agreements (Identity Automation 7.1-7.2, Alliantist 4.2-4.3, Logit.io 14.2).
class TestTermDeadlines final : public QObject
{
    Q_OBJECT

private slots:
    void addMonths_data();
    void addMonths();
    void termEnd_data();
    void termEnd();
    void fixed_data();
    void fixed();
    void identityAutomationInterfacesExample();
    void rolling_data();
    void rolling();
    void paidPeriod_data();
    void paidPeriod();
    void paidPeriodAfterInitialTerm();
    void paidPeriodWithNotice_data();
    void paidPeriodWithNotice();
    void noRenewal();
    void failures_data();
    void failures();
    void windowEnd_data();
    void windowEnd();
    void windowEndWithCalendar();
    void samplesCureAndRetrieval();
    void durationSpan_data();
    void durationSpan();
};

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Term fixedTerm(std::optional<int> initial, int months, std::optional<int> notice)
{
    Term t;
    t.initialMonths = initial;
    t.renewal.kind = RenewalKind::Fixed;
    t.renewal.months = months;
    t.renewal.noticeDays = notice;
    t.renewal.citation.clause = QStringLiteral("7.2");
    return t;
}

} // namespace

void TestTermDeadlines::addMonths_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("31 Jan + 1, common year: 28 Feb") << d("2023-01-31") << 1 << d("2023-02-28");
    QTest::newRow("31 Jan + 1, leap year: 29 Feb") << d("2024-01-31") << 1 << d("2024-02-29");
    QTest::newRow("29 Feb + 12: 28 Feb") << d("2024-02-29") << 12 << d("2025-02-28");
    QTest::newRow("29 Feb + 48: 29 Feb again") << d("2024-02-29") << 48 << d("2028-02-29");
    QTest::newRow("31 Mar - 1: 29 Feb") << d("2024-03-31") << -1 << d("2024-02-29");
    QTest::newRow("31 Aug + 1: 30 Sep") << d("2024-08-31") << 1 << d("2024-09-30");
    QTest::newRow("31 Dec + 2 over the year: 29 Feb") << d("2023-12-31") << 2 << d("2024-02-29");
    QTest::newRow("15 Jan + 36") << d("2024-01-15") << 36 << d("2027-01-15");
}

void TestTermDeadlines::addMonths()
{
    QFETCH(QDate, date);
    QFETCH(int, months);
    QFETCH(QDate, expected);
    QCOMPARE(addMonthsClamped(date, months), expected);
}

void TestTermDeadlines::termEnd_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("expected");

    // The day before the M-month anniversary.
    QTest::newRow("36 months from 15 Jan 2024") << d("2024-01-15") << 36 << d("2027-01-14");
    QTest::newRow("12 months from 1 Mar 2024") << d("2024-03-01") << 12 << d("2025-02-28");
    // Anniversary 29 Feb 2024 (clamped from the 31st), so the month ends on 28 Feb.
    QTest::newRow("1 month from 31 Jan 2024") << d("2024-01-31") << 1 << d("2024-02-28");
    // Anniversary 28 Feb 2023 (clamped), so 27 Feb.
    QTest::newRow("1 month from 31 Jan 2023") << d("2023-01-31") << 1 << d("2023-02-27");
    // Anniversary 28 Feb 2025 (no 29th), so 27 Feb.
    QTest::newRow("12 months from 29 Feb 2024") << d("2024-02-29") << 12 << d("2025-02-27");
    QTest::newRow("zero months is no term") << d("2024-01-15") << 0 << QDate();
}

void TestTermDeadlines::termEnd()
{
    QFETCH(QDate, start);
    QFETCH(int, months);
    QFETCH(QDate, expected);
    QCOMPARE(termEndDate(start, months), expected);
}

void TestTermDeadlines::fixed_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("initial");
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("notice");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("termNumber");
    QTest::addColumn<QDate>("termStart");
    QTest::addColumn<QDate>("termEnd");
    QTest::addColumn<QDate>("noticeDeadline");
    QTest::addColumn<bool>("missed");
    QTest::addColumn<int>("daysUntil");
    QTest::addColumn<QDate>("nextRenewal");
    QTest::addColumn<QDate>("nextNoticeDeadline");

    // Identity Automation 7.1-7.2: 36-month initial term, 12-month renewals, 90 days' notice.
    // Initial term 2024-01-15 .. 2027-01-14; 2027-01-14 - 90 days = 2026-10-16
    // (14 days back to 2026-12-31, then 31 + 30 + 15 to 16 Oct). Next term ends 2028-01-14,
    // whose deadline is 2027-10-16 by the same count.
    const QDate s = d("2024-01-15");
    // 2025-06-01 -> 2026-06-01 is 365 days, then 29 + 31 + 31 + 30 + 16 = 137: 502.
    QTest::newRow("IA: well before the deadline")
        << s << 36 << 12 << 90 << d("2025-06-01") << 0 << s << d("2027-01-14") << d("2026-10-16")
        << false << 502 << d("2027-01-15") << d("2027-10-16");
    QTest::newRow("IA: on the deadline itself, not missed")
        << s << 36 << 12 << 90 << d("2026-10-16") << 0 << s << d("2027-01-14") << d("2026-10-16")
        << false << 0 << d("2027-01-15") << d("2027-10-16");
    QTest::newRow("IA: the day after the deadline, missed")
        << s << 36 << 12 << 90 << d("2026-10-17") << 0 << s << d("2027-01-14") << d("2026-10-16")
        << true << -1 << d("2027-01-15") << d("2027-10-16");
    QTest::newRow("IA: last day of the initial term, 90 days late")
        << s << 36 << 12 << 90 << d("2027-01-14") << 0 << s << d("2027-01-14") << d("2026-10-16")
        << true << -90 << d("2027-01-15") << d("2027-10-16");
    // First renewal term 2027-01-15 .. 2028-01-14; the following one ends 2029-01-14, whose
    // deadline is 2028-10-16. Day of year of 16 Oct 2027 is 273 + 16 = 289; 289 - 15 = 274.
    QTest::newRow("IA: first day of the first renewal term")
        << s << 36 << 12 << 90 << d("2027-01-15") << 1 << d("2027-01-15") << d("2028-01-14")
        << d("2027-10-16") << false << 274 << d("2028-01-15") << d("2028-10-16");
    // 2023-12-01 -> 2024-12-01 (366, leap) -> 2025-12-01 (365) -> 2026-10-16 (365 - 46 = 319).
    QTest::newRow("IA: before the start, the first term is shown")
        << s << 36 << 12 << 90 << d("2023-12-01") << 0 << s << d("2027-01-14") << d("2026-10-16")
        << false << 1050 << d("2027-01-15") << d("2027-10-16");
    // Month-end start, monthly terms counted from the start, not chained: term 1 starts on
    // 31 Jan + 1 month = 29 Feb and ends the day before 31 Jan + 2 months = 31 Mar, i.e. 30 Mar
    // (chaining would have given 28 Mar). Term 2: 31 Mar .. 29 Apr (30 Apr - 1).
    // Deadlines: 30 Mar - 10 = 20 Mar; 29 Apr - 10 = 19 Apr. 15 Mar -> 20 Mar is 5 days.
    QTest::newRow("31 Jan start, monthly terms do not drift")
        << d("2024-01-31") << 1 << 1 << 10 << d("2024-03-15") << 1 << d("2024-02-29")
        << d("2024-03-30") << d("2024-03-20") << false << 5 << d("2024-03-31") << d("2024-04-19");
    // Start on 29 Feb 2024: the 36-month anniversary clamps to 28 Feb 2027, so the initial term
    // ends 2027-02-27; - 90 days: 27 back to 31 Jan, 31 to 31 Dec, 31 to 30 Nov, 1 to 29 Nov
    // 2026. Renewal 1 runs 2027-02-28 .. 2028-02-28 (48 months from the start is 29 Feb 2028),
    // deadline 2028-02-28 - 90 = 30 Nov 2027 (28 + 31 + 30 + 1); renewal 2 ends 2029-02-27
    // (60 months: 28 Feb 2029), deadline 29 Nov 2028.
    const QDate leap = d("2024-02-29");
    QTest::newRow("29 Feb start: on the deadline")
        << leap << 36 << 12 << 90 << d("2026-11-29") << 0 << leap << d("2027-02-27")
        << d("2026-11-29") << false << 0 << d("2027-02-28") << d("2027-11-30");
    QTest::newRow("29 Feb start: the day after the deadline")
        << leap << 36 << 12 << 90 << d("2026-11-30") << 0 << leap << d("2027-02-27")
        << d("2026-11-29") << true << -1 << d("2027-02-28") << d("2027-11-30");
    QTest::newRow("29 Feb start: on the term end")
        << leap << 36 << 12 << 90 << d("2027-02-27") << 0 << leap << d("2027-02-27")
        << d("2026-11-29") << true << -90 << d("2027-02-28") << d("2027-11-30");
    // 2027-02-28 -> 2027-11-28 is 28+31+30+31+30+31+31+30+31 = 273 days, + 2 = 275.
    QTest::newRow("29 Feb start: the day after the term end")
        << leap << 36 << 12 << 90 << d("2027-02-28") << 1 << d("2027-02-28") << d("2028-02-28")
        << d("2027-11-30") << false << 275 << d("2028-02-29") << d("2028-11-29");
    // Far in the future: term 20 of 12 months after a 36-month initial term starts
    // 2024-01-15 + 36 + 19 * 12 months = 2046-01-15 and ends 2047-01-14; 2047-01-14 - 90 days
    // = 2046-10-16 (2046 is not a leap year).
    QTest::newRow("IA: twentieth renewal term")
        << s << 36 << 12 << 90 << d("2046-06-01") << 20 << d("2046-01-15") << d("2047-01-14")
        << d("2046-10-16") << false << 137 << d("2047-01-15") << d("2047-10-16");
}

void TestTermDeadlines::fixed()
{
    QFETCH(QDate, start);
    QFETCH(int, initial);
    QFETCH(int, months);
    QFETCH(int, notice);
    QFETCH(QDate, asOf);

    const auto result = termDeadlines(fixedTerm(initial, months, notice), start, asOf);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const TermDeadlines &t = *result.value;
    QCOMPARE(t.renewal, RenewalKind::Fixed);
    QTEST(t.termNumber, "termNumber");
    QTEST(t.termStart, "termStart");
    QTEST(t.termEnd, "termEnd");
    QTEST(t.noticeDeadline, "noticeDeadline");
    QTEST(t.noticeMissed, "missed");
    QVERIFY(t.daysUntilNotice.has_value());
    QTEST(*t.daysUntilNotice, "daysUntil");
    QTEST(t.nextRenewal, "nextRenewal");
    QTEST(t.nextNoticeDeadline, "nextNoticeDeadline");
    QVERIFY(!t.working.isEmpty());
}

void TestTermDeadlines::identityAutomationInterfacesExample()
{
    // INTERFACES.md: {"termEnd": "2027-01-14", "noticeDeadline": "2026-10-16",
    // "nextRenewal": "2027-01-15", "renewal": "fixed"}
    const auto r = termDeadlines(fixedTerm(36, 12, 90), d("2024-01-15"), d("2026-01-01"));
    QVERIFY(r.ok());
    QCOMPARE(isoDate(r.value->termEnd), QStringLiteral("2027-01-14"));
    QCOMPARE(isoDate(r.value->noticeDeadline), QStringLiteral("2026-10-16"));
    QCOMPARE(isoDate(r.value->nextRenewal), QStringLiteral("2027-01-15"));
    // The working names the clause and the literal reading.
    const QString working = r.value->working.lines().join(u'\n');
    QVERIFY2(working.contains(QStringLiteral("7.2")), qPrintable(working));
    QVERIFY2(working.contains(QStringLiteral("2027-01-14 - 90 days = 2026-10-16")),
             qPrintable(working));

    // A fixed renewal without a notice period: dates, but no deadline.
    const auto silent =
        termDeadlines(fixedTerm(36, 12, std::nullopt), d("2024-01-15"), d("2026-01-01"));
    QVERIFY(silent.ok());
    QVERIFY(!silent.value->noticeDeadline.isValid());
    QVERIFY(!silent.value->daysUntilNotice.has_value());
    QCOMPARE(silent.value->nextRenewal, d("2027-01-15"));
}

void TestTermDeadlines::rolling_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("initial"); // 0: no minimum term
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QDate>("termEnd");
    QTest::addColumn<QDate>("noticeDeadline");
    QTest::addColumn<int>("daysUntil");

    // Alliantist 4.2-4.3: start 2024-01-15, 12-month minimum (ends 2025-01-14), then rolling
    // with 30 days' notice. Deadline for the minimum term's end: 2025-01-14 - 30 = 2024-12-15.
    // 2024-06-01 -> 2024-12-15: 29 + 31 + 31 + 30 + 31 + 30 + 15 = 197.
    QTest::newRow("Alliantist: inside the minimum term")
        << d("2024-01-15") << 12 << d("2024-06-01") << d("2025-01-14") << d("2024-12-15") << 197;
    // 2024-12-15 + 30 = 2025-01-14: exactly the minimum term's end.
    QTest::newRow("Alliantist: last day to end with the minimum term")
        << d("2024-01-15") << 12 << d("2024-12-15") << d("2025-01-14") << d("2024-12-15") << 0;
    // 2024-12-16 + 30 = 2025-01-15, past the minimum: notice today, end moves with it.
    QTest::newRow("Alliantist: one day later, the end moves")
        << d("2024-01-15") << 12 << d("2024-12-16") << d("2025-01-15") << d("2024-12-16") << 0;
    // 2025-06-01 + 30 = 2025-07-01.
    QTest::newRow("Alliantist: after the minimum term")
        << d("2024-01-15") << 12 << d("2025-06-01") << d("2025-07-01") << d("2025-06-01") << 0;
    // No minimum: 2024-02-10 + 30 days = 11 Mar (19 days to 29 Feb in a leap year, then 11).
    QTest::newRow("no minimum term, leap February")
        << d("2024-01-15") << 0 << d("2024-02-10") << d("2024-03-11") << d("2024-02-10") << 0;
    // Before the start, no minimum: 2023-11-01 + 30 = 2023-12-01, before the 2024-01-15 start,
    // so the earliest end is the start date itself, not a day before the agreement begins.
    QTest::newRow("no minimum term, long before the start")
        << d("2024-01-15") << 0 << d("2023-11-01") << d("2024-01-15") << d("2023-11-01") << 0;
    // 2024-01-01 + 30 = 2024-01-31, after the start: the ordinary rule.
    QTest::newRow("no minimum term, shortly before the start")
        << d("2024-01-15") << 0 << d("2024-01-01") << d("2024-01-31") << d("2024-01-01") << 0;
    // Alliantist from 29 Feb 2024: the minimum year ends the day before the clamped anniversary
    // 28 Feb 2025, i.e. 2025-02-27; its notice deadline is 2025-02-27 - 30 = 2025-01-28
    // (27 back to 31 Jan, then 3). 2024-06-01 -> 2025-01-01 is 30+31+31+30+31+30+31 = 214,
    // + 27 = 241.
    const QDate leap = d("2024-02-29");
    QTest::newRow("29 Feb start: inside the minimum term")
        << leap << 12 << d("2024-06-01") << d("2025-02-27") << d("2025-01-28") << 241;
    QTest::newRow("29 Feb start: on the notice deadline")
        << leap << 12 << d("2025-01-28") << d("2025-02-27") << d("2025-01-28") << 0;
    // The day after: 2025-01-29 + 30 = 2025-02-28, one day past the minimum term.
    QTest::newRow("29 Feb start: the day after the notice deadline")
        << leap << 12 << d("2025-01-29") << d("2025-02-28") << d("2025-01-29") << 0;
    // On the minimum term's last day: + 30 = 29 Mar 2025 (1 day to 28 Feb, 29 more).
    QTest::newRow("29 Feb start: on the minimum term's end")
        << leap << 12 << d("2025-02-27") << d("2025-03-29") << d("2025-02-27") << 0;
    QTest::newRow("29 Feb start: the day after the minimum term")
        << leap << 12 << d("2025-02-28") << d("2025-03-30") << d("2025-02-28") << 0;
}

void TestTermDeadlines::rolling()
{
    QFETCH(QDate, start);
    QFETCH(int, initial);
    QFETCH(QDate, asOf);
    Term t;
    if (initial > 0)
        t.initialMonths = initial;
    t.renewal.kind = RenewalKind::Rolling;
    t.renewal.noticeDays = 30;
    const auto r = termDeadlines(t, start, asOf);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->renewal, RenewalKind::Rolling);
    QTEST(r.value->termEnd, "termEnd");
    QTEST(r.value->noticeDeadline, "noticeDeadline");
    QTEST(*r.value->daysUntilNotice, "daysUntil");
    QCOMPARE(r.value->noticeMissed, false);
    QVERIFY(!r.value->nextRenewal.isValid());
}

void TestTermDeadlines::paidPeriod_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("cycle");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QDate>("termStart");
    QTest::addColumn<QDate>("termEnd");
    QTest::addColumn<QDate>("nextTermEnd");
    QTest::addColumn<int>("daysUntil");

    const int monthly = int(BillingCycle::Monthly);
    // Periods from 31 Jan 2024: 31 Jan..28 Feb, 29 Feb..30 Mar, 31 Mar..29 Apr.
    // 5 Mar -> 30 Mar = 25 days.
    QTest::newRow("Logit.io monthly from 31 Jan")
        << d("2024-01-31") << monthly << d("2024-03-05") << d("2024-02-29") << d("2024-03-30")
        << d("2024-04-29") << 25;
    QTest::newRow("first day of a period")
        << d("2024-01-31") << monthly << d("2024-03-31") << d("2024-03-31") << d("2024-04-29")
        << d("2024-05-30") << 29;
    // Quarterly from 15 Jan: 15 Apr .. 14 Jul, then 15 Jul .. 14 Oct. 15 Apr -> 14 Jul: 90.
    QTest::newRow("quarterly, on a period's first day")
        << d("2024-01-15") << int(BillingCycle::Quarterly) << d("2024-04-15") << d("2024-04-15")
        << d("2024-07-14") << d("2024-10-14") << 90;
    // Annual: 15 Jan 2025 .. 14 Jan 2026. 1 Mar 2025 -> 1 Jan 2026 is the days of March to
    // December, 31+30+31+30+31+31+30+31+30+31 = 306; then 13 more to 14 Jan: 319.
    // Monthly from 29 Feb 2024: period 0 is 29 Feb .. 28 Mar (29 Mar - 1), period 1 29 Mar ..
    // 28 Apr, period 2 29 Apr .. 28 May. 29 Mar -> 28 Apr = 30 days.
    QTest::newRow("29 Feb monthly: last day of the first period")
        << d("2024-02-29") << monthly << d("2024-03-28") << d("2024-02-29") << d("2024-03-28")
        << d("2024-04-28") << 0;
    QTest::newRow("29 Feb monthly: the day after")
        << d("2024-02-29") << monthly << d("2024-03-29") << d("2024-03-29") << d("2024-04-28")
        << d("2024-05-28") << 30;
    // Annual from 29 Feb 2024: year 0 ends 2025-02-27 (the anniversary clamps to 28 Feb),
    // year 1 is 2025-02-28 .. 2026-02-27 (364 days on), year 2 ends 2027-02-27.
    QTest::newRow("29 Feb annual: last day of the first year")
        << d("2024-02-29") << int(BillingCycle::Annual) << d("2025-02-27") << d("2024-02-29")
        << d("2025-02-27") << d("2026-02-27") << 0;
    QTest::newRow("29 Feb annual: the clamped anniversary")
        << d("2024-02-29") << int(BillingCycle::Annual) << d("2025-02-28") << d("2025-02-28")
        << d("2026-02-27") << d("2027-02-27") << 364;
    QTest::newRow("annual") << d("2024-01-15") << int(BillingCycle::Annual) << d("2025-03-01")
                            << d("2025-01-15") << d("2026-01-14") << d("2027-01-14") << 319;
}

void TestTermDeadlines::paidPeriodAfterInitialTerm()
{
    // A 12-month minimum, then monthly paid periods from 15 Jan 2024: the initial term ends
    // 2025-01-14; the first paid period after it is 2025-01-15 .. 2025-02-14.
    Term t;
    t.initialMonths = 12;
    t.renewal.kind = RenewalKind::PaidPeriod;
    auto r = termDeadlines(t, d("2024-01-15"), d("2024-06-01"), BillingCycle::Monthly);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->termEnd, d("2025-01-14"));
    QCOMPARE(r.value->nextRenewal, d("2025-01-15"));
    QCOMPARE(r.value->nextTermEnd, d("2025-02-14"));
    QCOMPARE(r.value->termNumber, 0);
    // After it, the monthly period containing 2025-03-20: 2025-03-15 .. 2025-04-14 (period 14).
    r = termDeadlines(t, d("2024-01-15"), d("2025-03-20"), BillingCycle::Monthly);
    QVERIFY(r.ok());
    QCOMPARE(r.value->termStart, d("2025-03-15"));
    QCOMPARE(r.value->termEnd, d("2025-04-14"));
    QCOMPARE(r.value->termNumber, 14);
}

void TestTermDeadlines::paidPeriod()
{
    QFETCH(QDate, start);
    QFETCH(int, cycle);
    QFETCH(QDate, asOf);
    QFETCH(QDate, termEnd);
    Term t;
    t.renewal.kind = RenewalKind::PaidPeriod;
    const auto r = termDeadlines(t, start, asOf, BillingCycle(cycle));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QTEST(r.value->termStart, "termStart");
    QCOMPARE(r.value->termEnd, termEnd);
    // No notice period: the last day to cancel is the last day paid for.
    QCOMPARE(r.value->noticeDeadline, termEnd);
    QCOMPARE(r.value->nextRenewal, termEnd.addDays(1));
    QTEST(r.value->nextTermEnd, "nextTermEnd");
    QTEST(*r.value->daysUntilNotice, "daysUntil");
}

void TestTermDeadlines::paidPeriodWithNotice_data()
{
    QTest::addColumn<int>("cycle");
    QTest::addColumn<int>("notice");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QDate>("termEnd");
    QTest::addColumn<QDate>("noticeDeadline");
    QTest::addColumn<int>("daysUntil");
    QTest::addColumn<QDate>("nextNoticeDeadline");
    // From 15 Jan 2026, "cancel at least N days before the end of the period paid for".
    // Annual: 2026-01-15 .. 2027-01-14; 2027-01-14 - 30 days = 2026-12-15. 1 Jun -> 15 Dec:
    // 29 (June) + 31 + 31 + 30 + 31 + 30 + 15 = 197. Next period ends 2028-01-14: 2027-12-15.
    QTest::newRow("annual, 30 days, in time")
        << int(BillingCycle::Annual) << 30 << d("2026-06-01") << d("2027-01-14") << d("2026-12-15")
        << 197 << d("2027-12-15");
    QTest::newRow("annual, 30 days, on the last day")
        << int(BillingCycle::Annual) << 30 << d("2026-12-15") << d("2027-01-14") << d("2026-12-15")
        << 0 << d("2027-12-15");
    QTest::newRow("annual, 30 days, a day late")
        << int(BillingCycle::Annual) << 30 << d("2026-12-16") << d("2027-01-14") << d("2026-12-15")
        << -1 << d("2027-12-15");
    // Monthly: 1 Mar 2026 is in 15 Feb .. 14 Mar; 14 Mar - 30 days = 12 Feb, 17 days before
    // 1 Mar (16 in February, 1 in March): missed. The next period 15 Mar .. 14 Apr: 15 Mar.
    QTest::newRow("monthly, 30 days, missed")
        << int(BillingCycle::Monthly) << 30 << d("2026-03-01") << d("2026-03-14") << d("2026-02-12")
        << -17 << d("2026-03-15");
    // Quarterly, 10 days: 15 Jan .. 14 Apr; 14 Apr - 10 = 4 Apr; 20 Mar -> 4 Apr = 15.
    QTest::newRow("quarterly, 10 days")
        << int(BillingCycle::Quarterly) << 10 << d("2026-03-20") << d("2026-04-14")
        << d("2026-04-04") << 15 << d("2026-07-04");
}

void TestTermDeadlines::paidPeriodWithNotice()
{
    QFETCH(int, cycle);
    QFETCH(int, notice);
    QFETCH(QDate, asOf);
    QFETCH(int, daysUntil);
    Term t;
    t.renewal.kind = RenewalKind::PaidPeriod;
    t.renewal.noticeDays = notice;
    const auto r = termDeadlines(t, d("2026-01-15"), asOf, BillingCycle(cycle));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QTEST(r.value->termEnd, "termEnd");
    QTEST(r.value->noticeDeadline, "noticeDeadline");
    QCOMPARE(*r.value->daysUntilNotice, daysUntil);
    QCOMPARE(r.value->noticeMissed, daysUntil < 0);
    QTEST(r.value->nextNoticeDeadline, "nextNoticeDeadline");
    const QString working = r.value->working.lines().join(u'\n');
    QVERIFY2(working.contains(
                 QStringLiteral("at least %1 days before the end of the period").arg(notice)),
             qPrintable(working));
    if (daysUntil < 0)
        QVERIFY2(working.contains(QStringLiteral("passed %1 day").arg(-daysUntil)),
                 qPrintable(working));
}

void TestTermDeadlines::noRenewal()
{
    Term t;
    t.initialMonths = 24;
    // 2024-01-15 + 24 months ends 2026-01-14.
    auto r = termDeadlines(t, d("2024-01-15"), d("2025-05-01"));
    QVERIFY(r.ok());
    QCOMPARE(r.value->termEnd, d("2026-01-14"));
    QCOMPARE(r.value->ended, false);
    QVERIFY(!r.value->noticeDeadline.isValid());
    QVERIFY(!r.value->nextRenewal.isValid());
    r = termDeadlines(t, d("2024-01-15"), d("2026-01-15"));
    QVERIFY(r.ok());
    QCOMPARE(r.value->ended, true);
    // No term stated at all: nothing to compute, but not an error.
    r = termDeadlines(Term{}, d("2024-01-15"), d("2026-01-15"));
    QVERIFY(r.ok());
    QVERIFY(!r.value->termEnd.isValid());
    QVERIFY(!r.value->working.isEmpty());
}

void TestTermDeadlines::failures_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("initial"); // 0: absent
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("asOf");

    QTest::newRow("fixed without initial term")
        << int(RenewalKind::Fixed) << 0 << 12 << d("2024-01-15") << d("2024-06-01");
    QTest::newRow("fixed without renewal length")
        << int(RenewalKind::Fixed) << 36 << 0 << d("2024-01-15") << d("2024-06-01");
    QTest::newRow("paid period without billing cycle")
        << int(RenewalKind::PaidPeriod) << 0 << 0 << d("2024-01-15") << d("2024-06-01");
    QTest::newRow("invalid start")
        << int(RenewalKind::Fixed) << 36 << 12 << QDate() << d("2024-06-01");
    QTest::newRow("invalid as-of")
        << int(RenewalKind::Fixed) << 36 << 12 << d("2024-01-15") << QDate();
}

void TestTermDeadlines::failures()
{
    QFETCH(int, kind);
    QFETCH(int, initial);
    QFETCH(int, months);
    QFETCH(QDate, start);
    QFETCH(QDate, asOf);
    Term t = fixedTerm(initial > 0 ? std::optional(initial) : std::nullopt, months, 90);
    t.renewal.kind = RenewalKind(kind);
    const auto r = termDeadlines(t, start, asOf);
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
}

void TestTermDeadlines::windowEnd_data()
{
    QTest::addColumn<QDate>("event");
    QTest::addColumn<int>("amount");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QDate>("expected");

    const int days = int(DurationUnit::Days);
    const int bd = int(DurationUnit::BusinessDays);
    QTest::newRow("30 days after 1 Mar") << d("2024-03-01") << 30 << days << d("2024-03-31");
    QTest::newRow("0 days is the event day") << d("2024-03-01") << 0 << days << d("2024-03-01");
    QTest::newRow("1 month after 31 Jan, leap")
        << d("2024-01-31") << 1 << int(DurationUnit::Months) << d("2024-02-29");
    QTest::newRow("2 weeks") << d("2024-03-01") << 2 << int(DurationUnit::Weeks) << d("2024-03-15");
    QTest::newRow("1 year from 29 Feb")
        << d("2024-02-29") << 1 << int(DurationUnit::Years) << d("2025-02-28");
    // Friday 1 Mar + 10 business days: 4-8 Mar (5), 11-15 Mar (10).
    QTest::newRow("10 business days from a Friday")
        << d("2024-03-01") << 10 << bd << d("2024-03-15");
    QTest::newRow("1 business day from a Saturday")
        << d("2024-03-02") << 1 << bd << d("2024-03-04");
    // Wednesday 6 Mar: 7-8 (2), 11-15 (7), 18-22 (12), 25-27 (15).
    QTest::newRow("15 business days from a Wednesday")
        << d("2024-03-06") << 15 << bd << d("2024-03-27");
    // Without a calendar Good Friday and Easter Monday 2024 count: 29 Mar (1), 1 Apr (2).
    QTest::newRow("2 business days over Easter, no calendar")
        << d("2024-03-28") << 2 << bd << d("2024-04-01");
    QTest::newRow("48 hours is 2 days")
        << d("2024-03-01") << 48 << int(DurationUnit::Hours) << d("2024-03-03");
    QTest::newRow("25 hours rounds up to 2 days")
        << d("2024-03-01") << 25 << int(DurationUnit::Hours) << d("2024-03-03");
    QTest::newRow("negative amount") << d("2024-03-01") << -1 << days << QDate();
}

void TestTermDeadlines::windowEnd()
{
    QFETCH(QDate, event);
    QFETCH(int, amount);
    QFETCH(int, unit);
    QFETCH(QDate, expected);
    Working working;
    const Duration duration{amount, DurationUnit(unit)};
    QCOMPARE(termlens::windowEnd(event, duration, nullptr, &working), expected);
    if (duration.unit == DurationUnit::BusinessDays)
        QVERIFY(working.lines().join(u' ').contains(QStringLiteral("Monday to Friday")));
}

void TestTermDeadlines::windowEndWithCalendar()
{
    BusinessHours hours;
    hours.days = {1, 2, 3, 4, 5};
    hours.from = QTime(9, 0);
    hours.to = QTime(17, 30);
    hours.timeZone = QStringLiteral("Europe/London");
    hours.holidays = HolidaySet::EnglandAndWales;
    const BusinessCalendar calendar(hours);
    QVERIFY2(calendar.isValid(), qPrintable(calendar.problem()));
    // Thursday 28 Mar 2024: Good Friday 29 Mar and Easter Monday 1 Apr are bank holidays, so
    // Tue 2 Apr (1), Wed 3 Apr (2).
    Working working;
    QCOMPARE(termlens::windowEnd(d("2024-03-28"), Duration{2, DurationUnit::BusinessDays},
                                 &calendar, &working),
             d("2024-04-03"));
    QVERIFY(working.isEmpty()); // nothing assumed
    // Logit.io 14.5.2: 10 Business Days after notice on Fri 20 Dec 2024; Christmas Day, Boxing
    // Day and New Year's Day are out: 23, 24, 27, 30, 31 Dec (5), 2, 3, 6, 7, 8 Jan (10).
    QCOMPARE(
        termlens::windowEnd(d("2024-12-20"), Duration{10, DurationUnit::BusinessDays}, &calendar),
        d("2025-01-08"));
}

namespace {

TermSheet sampleSheet(const char *id)
{
    QFile file(QStringLiteral(TERMLENS_TEST_DATA "/../../resources/sample/%1.termsheet.json")
                   .arg(QLatin1StringView(id)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    const TermSheetParseResult parsed = parseTermSheet(file.readAll());
    if (!parsed.sheet)
        qFatal("sample %s does not parse", id);
    return *parsed.sheet;
}

std::optional<Duration> cureOf(const TermSheet &sheet, TerminationTrigger trigger)
{
    for (const TerminationRight &right : sheet.terms.termination->rights) {
        if (right.trigger == trigger && right.cure)
            return right.cure;
    }
    return std::nullopt;
}

} // namespace

void TestTermDeadlines::samplesCureAndRetrieval()
{
    // Identity Automation 7.3(a): 15 business days after notice of a payment default, on the
    // support calendar (US federal holidays). Notice Wed 23 Dec 2026: Thu 24 (1), Fri 25 out,
    // Mon 28 .. Thu 31 (2-5), Fri 1 Jan out, Mon 4 .. Fri 8 (6-10), Mon 11 .. Fri 15 (11-15).
    const TermSheet ia = sampleSheet("identity-automation");
    const BusinessCalendar usCalendar(*ia.terms.support->businessHours);
    const auto payment = cureOf(ia, TerminationTrigger::NonPayment);
    QVERIFY(payment);
    QCOMPARE(payment->unit, DurationUnit::BusinessDays);
    QCOMPARE(termlens::windowEnd(d("2026-12-23"), *payment, &usCalendar), d("2027-01-15"));
    // 7.3(b): 30 calendar days: 23 Dec + 30 = 22 Jan.
    const auto other = cureOf(ia, TerminationTrigger::MaterialBreach);
    QVERIFY(other);
    QCOMPARE(other->unit, DurationUnit::Days);
    QCOMPARE(termlens::windowEnd(d("2026-12-23"), *other, &usCalendar), d("2027-01-22"));
    // Logit.io 14.5: 10 Business Days (England and Wales). Notice Thu 24 Dec 2026: Fri 25 and
    // Mon 28 (Boxing Day substitute) out, Tue 29 .. Thu 31 (1-3), Fri 1 Jan out, Mon 4 .. Fri 8
    // (4-8), Mon 11 (9), Tue 12 (10).
    const TermSheet logit = sampleSheet("logit-io");
    const BusinessCalendar ukCalendar(*logit.terms.support->businessHours);
    const auto logitCure = cureOf(logit, TerminationTrigger::NonPayment);
    QVERIFY(logitCure);
    QCOMPARE(termlens::windowEnd(d("2026-12-24"), *logitCure, &ukCalendar), d("2027-01-12"));
    // Identity Automation's retrieval window: 7.6 says seven calendar days (end of term
    // 2027-01-14 + 7 = 2027-01-21), Appendix A thirty; the term sheet keeps 7.6 and must carry
    // the contradiction so that the app shows it beside the date.
    const DataReturn &data = *ia.terms.dataReturn;
    QVERIFY(data.retrievalWindow);
    QCOMPARE(termlens::windowEnd(d("2027-01-14"), *data.retrievalWindow, &usCalendar),
             d("2027-01-21"));
    QVERIFY(data.citation.ambiguity.contains(QStringLiteral("seven (7) calendar days")));
    QVERIFY(data.citation.ambiguity.contains(QStringLiteral("thirty (30) days")));
}

void TestTermDeadlines::durationSpan_data()
{
    QTest::addColumn<int>("amount");
    QTest::addColumn<int>("unit");
    QTest::addColumn<qint64>("shortestDays");
    QTest::addColumn<qint64>("longestDays");

    QTest::newRow("30 days") << 30 << int(DurationUnit::Days) << qint64(30) << qint64(30);
    QTest::newRow("2 weeks") << 2 << int(DurationUnit::Weeks) << qint64(14) << qint64(14);
    // 31 Jan -> 28 Feb (common year) .. any 31-day month.
    QTest::newRow("1 month") << 1 << int(DurationUnit::Months) << qint64(28) << qint64(31);
    // 29 Feb 2024 -> 28 Feb 2025 is 365; 1 Jan 2004 -> 1 Jan 2005 is 366.
    QTest::newRow("12 months") << 12 << int(DurationUnit::Months) << qint64(365) << qint64(366);
    // From Sunday: Mon (+1). From Friday: Mon (+3).
    QTest::newRow("1 business day")
        << 1 << int(DurationUnit::BusinessDays) << qint64(1) << qint64(3);
    // From Sunday: the second Friday (+12). From Monday to Friday: two weeks on (+14).
    QTest::newRow("10 business days")
        << 10 << int(DurationUnit::BusinessDays) << qint64(12) << qint64(14);
    // From Friday: Mon, Tue, Wed (+5). From Sunday: Mon, Tue, Wed (+3).
    QTest::newRow("3 business days")
        << 3 << int(DurationUnit::BusinessDays) << qint64(3) << qint64(5);
}

void TestTermDeadlines::durationSpan()
{
    QFETCH(int, amount);
    QFETCH(int, unit);
    QFETCH(qint64, shortestDays);
    QFETCH(qint64, longestDays);
    const DurationSpan span = termlens::durationSpan(Duration{amount, DurationUnit(unit)});
    QCOMPARE(span.shortestMinutes, shortestDays * 1440);
    QCOMPARE(span.longestMinutes, longestDays * 1440);
    QCOMPARE(span.holidaysIgnored, DurationUnit(unit) == DurationUnit::BusinessDays);
}

QTEST_GUILESS_MAIN(TestTermDeadlines)
#include "tst_termdeadlines.moc"
