#include "claimdeadline.h"

#include <QTest>

using namespace termlens;

Q_DECLARE_METATYPE(ClaimWindowKind)

// The last day to claim a month's credit, worked by hand from each contract's words.
class TestClaimDeadline final : public QObject
{
    Q_OBJECT

private slots:
    void deadline_data();
    void deadline();
    void workingNamesClauseAndReading();
    void noneHasNoDeadline();
};

void TestClaimDeadline::deadline_data()
{
    QTest::addColumn<ClaimWindowKind>("kind");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<QDate>("expected");

    const auto following = ClaimWindowKind::EndOfFollowingMonth;
    const auto days = ClaimWindowKind::DaysAfterPeriod;
    const auto nth = ClaimWindowKind::EndOfNthFollowingMonth;
    // Alliants: "within the calendar month subsequent": March -> April has 30 days.
    QTest::newRow("following: March -> 30 April")
        << following << 0 << 2026 << 3 << QDate(2026, 4, 30);
    // January -> February of a common year (2026: 28 days) and a leap year (2028: 29).
    QTest::newRow("following: Jan 2026 -> 28 Feb")
        << following << 0 << 2026 << 1 << QDate(2026, 2, 28);
    QTest::newRow("following: Jan 2028 -> 29 Feb (leap)")
        << following << 0 << 2028 << 1 << QDate(2028, 2, 29);
    // December -> January of the next year.
    QTest::newRow("following: Dec 2026 -> 31 Jan 2027")
        << following << 0 << 2026 << 12 << QDate(2027, 1, 31);
    // Logit.io: "within 10 days of the Service Credit being deemed due", due = 31 March -> 10
    // April.
    QTest::newRow("10 days: March -> 10 April") << days << 10 << 2026 << 3 << QDate(2026, 4, 10);
    // April ends on the 30th: 30 April + 10 days = 10 May.
    QTest::newRow("10 days: April -> 10 May") << days << 10 << 2026 << 4 << QDate(2026, 5, 10);
    // 31 December 2026 + 10 days = 10 January 2027.
    QTest::newRow("10 days: December -> 10 Jan next year")
        << days << 10 << 2026 << 12 << QDate(2027, 1, 10);
    // February 2028 ends on the 29th (leap): + 10 days = 10 March.
    QTest::newRow("10 days: Feb 2028 -> 10 March") << days << 10 << 2028 << 2 << QDate(2028, 3, 10);
    // 28 February 2026 + 31 days = 31 March.
    QTest::newRow("31 days: Feb 2026 -> 31 March") << days << 31 << 2026 << 2 << QDate(2026, 3, 31);
    // 0 days: the due date itself.
    QTest::newRow("0 days: March -> 31 March") << days << 0 << 2026 << 3 << QDate(2026, 3, 31);
    // Identity Automation: "by the end of the second billing cycle after": March -> 31 May.
    QTest::newRow("n=2: March -> 31 May") << nth << 2 << 2026 << 3 << QDate(2026, 5, 31);
    // May 2026 -> 31 July 2026 (the term sheet's own example).
    QTest::newRow("n=2: May -> 31 July") << nth << 2 << 2026 << 5 << QDate(2026, 7, 31);
    // November -> January next year; December -> February next year (2027: 28 days).
    QTest::newRow("n=2: November -> 31 Jan next year")
        << nth << 2 << 2026 << 11 << QDate(2027, 1, 31);
    QTest::newRow("n=2: December 2026 -> 28 Feb 2027")
        << nth << 2 << 2026 << 12 << QDate(2027, 2, 28);
    QTest::newRow("n=2: December 2027 -> 29 Feb 2028 (leap)")
        << nth << 2 << 2027 << 12 << QDate(2028, 2, 29);
    // n = 1 is the same as end-of-following-month.
    QTest::newRow("n=1: March -> 30 April") << nth << 1 << 2026 << 3 << QDate(2026, 4, 30);
    // More month, year and leap-year ends.
    // February 2028 (leap, measured) -> the end of March: 31 March 2028.
    QTest::newRow("following: Feb 2028 -> 31 March")
        << following << 0 << 2028 << 2 << QDate(2028, 3, 31);
    // November -> 31 December, the year's last day.
    QTest::newRow("following: Nov 2026 -> 31 Dec")
        << following << 0 << 2026 << 11 << QDate(2026, 12, 31);
    // 31 December 2027 + 10 days = 10 January 2028.
    QTest::newRow("10 days: Dec 2027 -> 10 Jan 2028")
        << days << 10 << 2027 << 12 << QDate(2028, 1, 10);
    // 31 January 2028 + 29 days = 29 February 2028 (leap day); in 2027, 1 March.
    QTest::newRow("29 days: Jan 2028 -> 29 Feb (leap)")
        << days << 29 << 2028 << 1 << QDate(2028, 2, 29);
    QTest::newRow("29 days: Jan 2027 -> 1 March") << days << 29 << 2027 << 1 << QDate(2027, 3, 1);
    // 29 February 2028 + 1 day = 1 March 2028.
    QTest::newRow("1 day: Feb 2028 -> 1 March") << days << 1 << 2028 << 2 << QDate(2028, 3, 1);
    // n = 2 from January 2028: the end of March (31st), not clamped by February.
    QTest::newRow("n=2: Jan 2028 -> 31 March") << nth << 2 << 2028 << 1 << QDate(2028, 3, 31);
    // n = 12 from February 2027: the end of February 2028, the 29th.
    QTest::newRow("n=12: Feb 2027 -> 29 Feb 2028") << nth << 12 << 2027 << 2 << QDate(2028, 2, 29);
    // n = 2 from October: 31 December of the same year.
    QTest::newRow("n=2: October -> 31 Dec") << nth << 2 << 2026 << 10 << QDate(2026, 12, 31);
    QTest::newRow("negative days: no date") << days << -1 << 2026 << 3 << QDate();
    QTest::newRow("negative n: no date") << nth << -1 << 2026 << 3 << QDate();
    QTest::newRow("month 13: no date") << following << 0 << 2026 << 13 << QDate();
}

void TestClaimDeadline::deadline()
{
    QFETCH(ClaimWindowKind, kind);
    QFETCH(int, count);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(QDate, expected);
    ClaimWindow window;
    window.kind = kind;
    window.days = count;
    window.n = count;
    QCOMPARE(claimDeadline(window, year, month), expected);
}

void TestClaimDeadline::workingNamesClauseAndReading()
{
    ClaimWindow window;
    window.kind = ClaimWindowKind::DaysAfterPeriod;
    window.days = 10;
    window.citation.clause = QStringLiteral("Sched. 3 Part 4 1.5");
    Working working;
    QCOMPARE(claimDeadline(window, 2026, 3, &working), QDate(2026, 4, 10));
    QCOMPARE(working.lines().size(), 1);
    const QString line = working.lines().first();
    QVERIFY2(line.contains(u"Sched. 3 Part 4 1.5"), qPrintable(line));
    // The reading of "due" is named, with the date it gives.
    QVERIFY2(line.contains(u"last day of the month measured (2026-03-31)"), qPrintable(line));
    QVERIFY2(line.contains(u"2026-04-10"), qPrintable(line));
}

void TestClaimDeadline::noneHasNoDeadline()
{
    Working working;
    const QDate d = claimDeadline(ClaimWindow{}, 2026, 3, &working);
    QVERIFY(!d.isValid());
    QCOMPARE(working.lines().size(), 1);
}

QTEST_GUILESS_MAIN(TestClaimDeadline)
#include "tst_claimdeadline.moc"
