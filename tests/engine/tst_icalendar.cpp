#include "deadlinecalendar.h"
#include "icalendar.h"

#include <QTest>

#include <tuple>

using namespace termlens;

// RFC 5545 text as calendars read it: CRLF line ends, lines folded at 75 octets without
// splitting a UTF-8 character, TEXT escaping, and all-day events with their reminders.
class TestICalendar final : public QObject
{
    Q_OBJECT

private slots:
    void escape_data();
    void escape();
    void fold_data();
    void fold();
    void wholeCalendar();
    void everyLineIsShortAndEndsInCrlf();
    void deadlineEvents();
    void noNoticeDeadline();
    void rollingEarliestEnd();
    void paidPeriodEvents();
    void allDayEndsAreExclusive();
};

void TestICalendar::escape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Renewal notice") << QStringLiteral("Renewal notice");
    QTest::newRow("comma") << QStringLiteral("Acme, Inc.") << QStringLiteral("Acme\\, Inc.");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a\\;b");
    QTest::newRow("backslash") << QStringLiteral("C:\\x") << QStringLiteral("C:\\\\x");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
    QTest::newRow("CR LF is one newline") << QStringLiteral("a\r\nb") << QStringLiteral("a\\nb");
    QTest::newRow("lone CR") << QStringLiteral("a\rb") << QStringLiteral("a\\nb");
    // A colon and a double quote need no escaping in TEXT.
    QTest::newRow("colon and quote")
        << QStringLiteral("7.2: \"Term\"") << QStringLiteral("7.2: \"Term\"");
    // TSAFE-CHAR excludes control characters: SOH, ESC, DEL and NUL are dropped, tab kept.
    const QString controls = QStringLiteral("a") + QChar(0x01) + u'b' + QChar(0x1b) + QChar(0x7f) +
                             u'\t' + u'c' + QChar(0) + u'd';
    QTest::newRow("control characters dropped") << controls << QStringLiteral("ab\tcd");
    QTest::newRow("non-ASCII untouched")
        << QStringLiteral("§7.2 – £") << QStringLiteral("§7.2 – £");
}

void TestICalendar::escape()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(escapeIcsText(text), expected);
}

void TestICalendar::fold_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray a75(75, 'a');
    QTest::newRow("empty") << QByteArray() << QByteArray("\r\n");
    QTest::newRow("75 octets stay one line") << a75 << a75 + "\r\n";
    // 76 octets: 75, then a space and the last one.
    QTest::newRow("76 octets") << a75 + 'b' << a75 + "\r\n b\r\n";
    // 75 + 74 = 149 octets fill two lines; the 150th starts a third.
    QTest::newRow("150 octets") << a75 + QByteArray(75, 'c')
                                << a75 + "\r\n " + QByteArray(74, 'c') + "\r\n c\r\n";
    // 74 ASCII octets then "é" (C3 A9): the character would straddle octets 75 and 76, so the
    // first line ends after 74 octets and "é" opens the next.
    QTest::newRow("UTF-8 not split")
        << QByteArray(74, 'a') + "\xc3\xa9" << QByteArray(74, 'a') + "\r\n \xc3\xa9\r\n";
    // 73 + "€" (E2 82 AC) = 76 octets: the euro sign moves whole to the second line.
    QTest::newRow("3-octet character")
        << QByteArray(73, 'a') + "\xe2\x82\xac" << QByteArray(73, 'a') + "\r\n \xe2\x82\xac\r\n";
    // On a continuation line the room is 74 octets after the space: 75 + 73 ASCII octets then
    // "é" would end the second line at octet 76, so "é" opens the third.
    QTest::newRow("UTF-8 not split on a continuation line")
        << a75 + QByteArray(73, 'b') + "\xc3\xa9"
        << a75 + "\r\n " + QByteArray(73, 'b') + "\r\n \xc3\xa9\r\n";
    // 72 + "€" fills the first line to exactly 75 octets: no fold inside or after it.
    QTest::newRow("3-octet character ending at octet 75")
        << QByteArray(72, 'a') + "\xe2\x82\xac" << QByteArray(72, 'a') + "\xe2\x82\xac\r\n";
    // A 4-octet character (U+1F600, F0 9F 98 80) from octet 73 to 76 moves whole.
    QTest::newRow("4-octet character") << QByteArray(72, 'a') + "\xf0\x9f\x98\x80" + 'z'
                                       << QByteArray(72, 'a') + "\r\n \xf0\x9f\x98\x80z\r\n";
}

void TestICalendar::fold()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, expected);
    QCOMPARE(foldIcsLine(line), expected);
}

void TestICalendar::wholeCalendar()
{
    Calendar calendar;
    calendar.productId = QStringLiteral("-//TermLens//Test//EN");
    calendar.stampUtc = 1773118800; // 2026-03-10T05:00:00Z
    CalendarEvent event;
    event.uid = QStringLiteral("acme-notice-deadline-20250301@termlens");
    event.date = QDate(2025, 3, 1);
    event.summary = QStringLiteral("Notice deadline: Acme, Inc.");
    event.description = QStringLiteral("Last day; see 12.2\nAnnual value 48,000 EUR");
    event.categories = {QStringLiteral("Contract"), QStringLiteral("Renewal")};
    event.alarms = {{QStringLiteral("-P14D"), QStringLiteral("in 14 days")},
                    {QStringLiteral("-P1D"), QStringLiteral("tomorrow")}};
    calendar.events = {event};
    // Written out by hand from RFC 5545 and shared/formats/renewal_notice_deadline.ics.
    const QByteArray expected = "BEGIN:VCALENDAR\r\n"
                                "VERSION:2.0\r\n"
                                "PRODID:-//TermLens//Test//EN\r\n"
                                "CALSCALE:GREGORIAN\r\n"
                                "METHOD:PUBLISH\r\n"
                                "BEGIN:VEVENT\r\n"
                                "UID:acme-notice-deadline-20250301@termlens\r\n"
                                "DTSTAMP:20260310T050000Z\r\n"
                                "DTSTART;VALUE=DATE:20250301\r\n"
                                "DTEND;VALUE=DATE:20250302\r\n"
                                "SUMMARY:Notice deadline: Acme\\, Inc.\r\n"
                                "DESCRIPTION:Last day\\; see 12.2\\nAnnual value 48\\,000 EUR\r\n"
                                "CATEGORIES:Contract,Renewal\r\n"
                                "TRANSP:TRANSPARENT\r\n"
                                "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r\n"
                                "BEGIN:VALARM\r\n"
                                "ACTION:DISPLAY\r\n"
                                "DESCRIPTION:in 14 days\r\n"
                                "TRIGGER:-P14D\r\n"
                                "END:VALARM\r\n"
                                "BEGIN:VALARM\r\n"
                                "ACTION:DISPLAY\r\n"
                                "DESCRIPTION:tomorrow\r\n"
                                "TRIGGER:-P1D\r\n"
                                "END:VALARM\r\n"
                                "END:VEVENT\r\n"
                                "END:VCALENDAR\r\n";
    QCOMPARE(calendarToIcs(calendar), expected);
}

void TestICalendar::everyLineIsShortAndEndsInCrlf()
{
    Calendar calendar;
    calendar.productId = QStringLiteral("-//TermLens//Test//EN");
    CalendarEvent event;
    event.uid = QStringLiteral("x@termlens");
    event.date = QDate(2026, 10, 16);
    event.summary = QString(200, QChar(u'é')); // 400 octets of two-octet characters
    event.description =
        QStringLiteral("line one\nline two, with a comma; and more ") + QString(100, QChar(u'x'));
    calendar.events = {event};
    const QByteArray ics = calendarToIcs(calendar);
    QVERIFY(ics.endsWith("\r\n"));
    const QList<QByteArray> lines = ics.split('\n');
    QCOMPARE(lines.last(), QByteArray()); // after the final CRLF
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        QVERIFY2(lines[i].endsWith('\r'), lines[i].constData());
        QVERIFY2(lines[i].size() - 1 <= 75, lines[i].constData());
    }
    // Unfolding (remove CRLF + space) gives the whole escaped summary back, undamaged.
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    QVERIFY(QString::fromUtf8(unfolded).contains(QStringLiteral("SUMMARY:") +
                                                 QString(200, QChar(u'é'))));
}

void TestICalendar::deadlineEvents()
{
    TermSheet sheet;
    sheet.id = QStringLiteral("identity-automation");
    sheet.vendor = QStringLiteral("Identity Automation");
    sheet.product = QStringLiteral("Identity Automation software suite");
    Term term;
    term.initialMonths = 36;
    term.renewal = {RenewalKind::Fixed, 12, 90, {}};
    term.renewal.citation.clause = QStringLiteral("7.2");
    sheet.terms.term = term;
    // Start 2024-01-15: the initial term ends 2027-01-14, notice by 2027-01-14 - 90 days =
    // 2026-10-16, renewal on 2027-01-15.
    TermDeadlines d;
    d.termEnd = QDate(2027, 1, 14);
    d.noticeDeadline = QDate(2026, 10, 16);
    d.nextRenewal = QDate(2027, 1, 15);
    d.renewal = RenewalKind::Fixed;
    const Calendar calendar = deadlineCalendar(sheet, d, 0);
    QCOMPARE(calendar.events.size(), 2);
    const CalendarEvent &notice = calendar.events[0];
    QCOMPARE(notice.uid, QStringLiteral("identity-automation-notice-deadline-20261016@termlens"));
    QCOMPARE(notice.date, QDate(2026, 10, 16));
    // The product already names the vendor: not "Identity Automation Identity Automation ...".
    QCOMPARE(notice.summary, QStringLiteral("Notice deadline: Identity Automation software suite "
                                            "renewal (renews 2027-01-15)"));
    QVERIFY(notice.description.contains(QStringLiteral("7.2 (90 days' notice)")));
    QCOMPARE(notice.alarms.size(), 2);
    QCOMPARE(notice.alarms[0].trigger, QStringLiteral("-P14D"));
    QCOMPARE(notice.alarms[1].trigger, QStringLiteral("-P1D"));
    const CalendarEvent &end = calendar.events[1];
    QCOMPARE(end.uid, QStringLiteral("identity-automation-term-end-20270114@termlens"));
    QCOMPARE(end.date, QDate(2027, 1, 14));
    // The same inputs give the same events (stable UIDs), whatever the stamp.
    QCOMPARE(deadlineCalendar(sheet, d, 12345).events, calendar.events);
}

void TestICalendar::noNoticeDeadline()
{
    TermSheet sheet;
    sheet.id = QStringLiteral("x");
    sheet.vendor = QStringLiteral("X");
    TermDeadlines d;
    d.termEnd = QDate(2026, 12, 31);
    const Calendar calendar = deadlineCalendar(sheet, d, 0);
    QCOMPARE(calendar.events.size(), 1);
    QCOMPARE(calendar.events[0].uid, QStringLiteral("x-term-end-20261231@termlens"));
}

void TestICalendar::rollingEarliestEnd()
{
    // Alliantist 4.3: rolling with 30 days' notice after the minimum year. As of 2026-12-06
    // notice ends it on 2027-01-05: no term ends by itself, so the event must not say so.
    TermSheet sheet;
    sheet.id = QStringLiteral("alliantist-isms");
    sheet.vendor = QStringLiteral("Alliantist");
    sheet.product = QStringLiteral("ISMS.online");
    Term term;
    term.initialMonths = 12;
    term.renewal.kind = RenewalKind::Rolling;
    term.renewal.noticeDays = 30;
    term.renewal.citation.clause = QStringLiteral("4.3");
    sheet.terms.term = term;
    const auto d = termDeadlines(term, QDate(2025, 3, 1), QDate(2026, 12, 6));
    QVERIFY(d.ok());
    const Calendar calendar = deadlineCalendar(sheet, *d.value, 0);
    QCOMPARE(calendar.events.size(), 2);
    const CalendarEvent &end = calendar.events[1];
    QCOMPARE(end.date, QDate(2027, 1, 5));
    QCOMPARE(end.summary, QStringLiteral("Earliest end: Alliantist ISMS.online"));
    QVERIFY2(end.description.contains(QStringLiteral("on or before 2026-12-06")),
             qPrintable(end.description));
    QVERIFY2(end.description.contains(QStringLiteral("4.3")), qPrintable(end.description));
    QVERIFY(!end.description.contains(QStringLiteral("current term")));
}

void TestICalendar::paidPeriodEvents()
{
    // Logit.io 14.2: monthly paid periods from 31 Jan 2024; as of 2026-12-06 the period is
    // 2026-11-30 .. 2026-12-30 (31 Jan + 34 months clamps to 30 Nov; + 35 months = 31 Dec).
    // No notice period is stated: the event must not say "0 days' notice".
    TermSheet sheet;
    sheet.id = QStringLiteral("logit-io");
    sheet.vendor = QStringLiteral("Logit.io Ltd");
    sheet.product = QStringLiteral("Logit.io Platform");
    Term term;
    term.renewal.kind = RenewalKind::PaidPeriod;
    term.renewal.citation.clause = QStringLiteral("14.2-14.3");
    sheet.terms.term = term;
    const auto d =
        termDeadlines(term, QDate(2024, 1, 31), QDate(2026, 12, 6), BillingCycle::Monthly);
    QVERIFY(d.ok());
    const Calendar calendar = deadlineCalendar(sheet, *d.value, 0);
    QCOMPARE(calendar.events.size(), 2);
    const CalendarEvent &notice = calendar.events[0];
    QCOMPARE(notice.date, QDate(2026, 12, 30));
    QCOMPARE(notice.summary,
             QStringLiteral("Notice deadline: Logit.io Platform (to end on 2026-12-30)"));
    QVERIFY2(notice.description.contains(QStringLiteral("no notice period stated")),
             qPrintable(notice.description));
    QVERIFY2(!notice.description.contains(QStringLiteral("0 days")),
             qPrintable(notice.description));
    const CalendarEvent &end = calendar.events[1];
    QCOMPARE(end.date, QDate(2026, 12, 30));
    QCOMPARE(end.summary, QStringLiteral("Paid period ends: Logit.io Platform"));
    QVERIFY2(end.description.contains(QStringLiteral("2026-12-31")), qPrintable(end.description));
}

void TestICalendar::allDayEndsAreExclusive()
{
    // DTEND of an all-day event is the next day (exclusive), across a year end and into a
    // leap day.
    for (const auto &[date, start, end] :
         {std::tuple{QDate(2026, 12, 31), "DTSTART;VALUE=DATE:20261231\r\n",
                     "DTEND;VALUE=DATE:20270101\r\n"},
          std::tuple{QDate(2028, 2, 28), "DTSTART;VALUE=DATE:20280228\r\n",
                     "DTEND;VALUE=DATE:20280229\r\n"}}) {
        Calendar calendar;
        calendar.productId = QStringLiteral("-//TermLens//Test//EN");
        calendar.stampUtc = 0;
        CalendarEvent event;
        event.uid = QStringLiteral("u@termlens");
        event.date = date;
        event.summary = QStringLiteral("s");
        calendar.events = {event};
        const QByteArray ics = calendarToIcs(calendar);
        QVERIFY2(ics.contains(start), ics.constData());
        QVERIFY2(ics.contains(end), ics.constData());
        QVERIFY2(ics.contains("DTSTAMP:19700101T000000Z\r\n"), ics.constData());
        QVERIFY2(ics.contains("UID:u@termlens\r\n"), ics.constData());
    }
}

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
