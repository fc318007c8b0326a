#include "outagecsv.h"

#include <QTest>

using namespace termlens;

// The native outage CSV of INTERFACES.md §2: the specification's own sample, then one row per
// kind of problem with the line, column and reason a user needs to fix it.
class TestOutageCsv final : public QObject
{
    Q_OBJECT

private slots:
    void specificationSample();
    void columnsInAnyOrder();
    void onlyService();
    void problems_data();
    void problems();
    void everyProblemReported();
    void cancel();
};

namespace {
const QByteArray kHeader = "service,start,end,category,notice_given,reference,notes\n";
}

void TestOutageCsv::specificationSample()
{
    const QByteArray csv =
        kHeader +
        "Platform,2026-03-04T10:15:00Z,2026-03-04T11:02:30Z,unplanned,,INC-1042,\"API 502s, EU "
        "region\"\n"
        "Platform,2026-03-09T23:00:00-06:00,2026-03-10T01:30:00-06:00,scheduled-maintenance,"
        "2026-03-05T09:00:00-06:00,CHG-77,\n";
    const OutageParseResult r = parseNativeOutageCsv(csv, QStringLiteral("example-cloud"));
    QVERIFY(r.issues.isEmpty());
    QCOMPARE(r.rows, 2);
    QCOMPARE(r.outages.size(), 2);
    const Outage &a = r.outages[0];
    QCOMPARE(a.agreementId, QStringLiteral("example-cloud"));
    QCOMPARE(a.service, QStringLiteral("Platform"));
    // 2026-03-04 is day 62 of 2026: 1,767,225,600 + 62 x 86,400 = 1,772,582,400; +10:15 = +36,900.
    QCOMPARE(a.start, qint64(1772619300));
    QCOMPARE(*a.end - a.start, qint64(47 * 60 + 30));
    QCOMPARE(a.category, OutageCategory::Unplanned);
    QVERIFY(!a.noticeGiven);
    QCOMPARE(a.reference, QStringLiteral("INC-1042"));
    QCOMPARE(a.notes, QStringLiteral("API 502s, EU region"));
    const Outage &b = r.outages[1];
    // 23:00 -06:00 on 9 March is 05:00Z on 10 March: 1,767,225,600 + 68 x 86,400 + 18,000.
    QCOMPARE(b.start, qint64(1773118800));
    QCOMPARE(*b.end - b.start, qint64(150 * 60));
    QCOMPARE(b.category, OutageCategory::ScheduledMaintenance);
    // Notice 5 March 09:00 -06:00 = 15:00Z: 1,767,225,600 + 63 x 86,400 + 54,000.
    QCOMPARE(*b.noticeGiven, qint64(1767225600 + 63 * 86400 + 54000));
    QCOMPARE(b.reference, QStringLiteral("CHG-77"));
    QVERIFY(b.notes.isEmpty());
}

void TestOutageCsv::columnsInAnyOrder()
{
    const QByteArray csv = "notes,reference,notice_given,category,end,start,service\r\n"
                           "\"ongoing\",INC-1,,unplanned,,2026-05-01T00:00:00Z,API\r\n";
    const OutageParseResult r = parseNativeOutageCsv(csv, QStringLiteral("a"));
    QVERIFY(r.issues.isEmpty());
    QCOMPARE(r.outages.size(), 1);
    QVERIFY(!r.outages[0].end); // an empty end is an ongoing outage
    QCOMPARE(r.outages[0].service, QStringLiteral("API"));
}

void TestOutageCsv::onlyService()
{
    const QByteArray csv = kHeader + "A,2026-05-01T00:00:00Z,2026-05-01T01:00:00Z,unplanned,,,\n"
                                     "B,2026-05-01T00:00:00Z,2026-05-01T01:00:00Z,unplanned,,,\n";
    const OutageParseResult r = parseNativeOutageCsv(csv, QStringLiteral("a"), QStringLiteral("B"));
    QCOMPARE(r.outages.size(), 1);
    QCOMPARE(r.outages[0].service, QStringLiteral("B"));
}

void TestOutageCsv::problems_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<qsizetype>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("fragment");
    const QByteArray ok = "P,2026-05-01T00:00:00Z,2026-05-01T01:00:00Z,unplanned,,,\n";
    QTest::newRow("end before start")
        << kHeader + ok + "P,2026-05-01T02:00:00Z,2026-05-01T01:00:00Z,unplanned,,,\n"
        << qsizetype(3) << "end"
        << "ends before";
    QTest::newRow("end equals start")
        << kHeader + "P,2026-05-01T02:00:00Z,2026-05-01T02:00:00Z,unplanned,,,\n"
        << qsizetype(2) << "end"
        << "ends before or when";
    QTest::newRow("unknown category")
        << kHeader + "P,2026-05-01T00:00:00Z,2026-05-01T01:00:00Z,outage,,,\n"
        << qsizetype(2) << "category"
        << "\"outage\" is not a category";
    QTest::newRow("time without a zone")
        << kHeader + "P,2026-05-01T00:00:00,2026-05-01T01:00:00Z,unplanned,,,\n"
        << qsizetype(2) << "start"
        << "no time zone";
    QTest::newRow("not a date") << kHeader + "P,01/05/2026 10:00,,unplanned,,,\n"
                                << qsizetype(2) << "start"
                                << "not an ISO 8601 instant";
    QTest::newRow("bad notice") << kHeader +
                                       "P,2026-05-01T00:00:00Z,,scheduled-maintenance,soon,,\n"
                                << qsizetype(2) << "notice_given"
                                << "not an ISO 8601";
    QTest::newRow("empty service") << kHeader + " ,2026-05-01T00:00:00Z,,unplanned,,,\n"
                                   << qsizetype(2) << "service"
                                   << "empty";
    QTest::newRow("too few fields") << kHeader + "P,2026-05-01T00:00:00Z\n"
                                    << qsizetype(2) << "service"
                                    << "2 fields, the header 7";
    QTest::newRow("missing column") << QByteArray("service,start,end,category,reference,notes\n")
                                    << qsizetype(1) << "notice_given"
                                    << "no such column";
    QTest::newRow("unknown column")
        << QByteArray("service,start,end,category,notice_given,reference,notes,owner\n")
        << qsizetype(1) << "owner"
        << "unknown column";
    QTest::newRow("empty file") << QByteArray() << qsizetype(0) << ""
                                << "empty";
    QTest::newRow("unterminated quote") << kHeader + "P,\"2026" << qsizetype(2) << ""
                                        << "never closed";
    QTest::newRow("huge note") << kHeader + "P,2026-05-01T00:00:00Z,,unplanned,,," +
                                      QByteArray(10001, 'x') + "\n"
                               << qsizetype(2) << "notes"
                               << "longer than 10000";
}

void TestOutageCsv::problems()
{
    QFETCH(QByteArray, csv);
    QFETCH(qsizetype, line);
    QFETCH(QString, column);
    QFETCH(QString, fragment);
    const OutageParseResult r = parseNativeOutageCsv(csv, QStringLiteral("a"));
    QVERIFY(r.outages.isEmpty()); // all or nothing
    QVERIFY(!r.issues.isEmpty());
    const ImportIssue &i = r.issues.first();
    QCOMPARE(i.line, line);
    QCOMPARE(i.column, column);
    QVERIFY2(i.message.contains(fragment), qPrintable(i.toString()));
}

void TestOutageCsv::everyProblemReported()
{
    const QByteArray csv = kHeader + "P,2026-05-01T00:00:00Z,,bogus,,,\n"
                                     "P,2026-05-01T00:00:00Z,,unplanned,,,\n"
                                     ",nonsense,,unplanned,,,\n";
    const OutageParseResult r = parseNativeOutageCsv(csv, QStringLiteral("a"));
    QCOMPARE(r.issues.size(), 3); // line 2 category; line 4 service and start
    QCOMPARE(r.issues[0].line, qsizetype(2));
    QCOMPARE(r.issues[1].line, qsizetype(4));
    QCOMPARE(r.issues[2].line, qsizetype(4));
    QCOMPARE(r.issues[0].toString().left(27), QStringLiteral("line 2, column category: \"b"));
    QVERIFY(r.outages.isEmpty());
}

void TestOutageCsv::cancel()
{
    QByteArray csv = kHeader;
    for (int i = 0; i < 10000; ++i)
        csv += "P,2026-05-01T00:00:00Z,2026-05-01T00:01:00Z,unplanned,,,\n";
    int calls = 0;
    const OutageParseResult r =
        parseNativeOutageCsv(csv, QStringLiteral("a"), {}, [&](qsizetype done, qsizetype total) {
            ++calls;
            return done < total / 4;
        });
    QVERIFY(r.cancelled);
    QVERIFY(r.outages.isEmpty());
    QVERIFY(calls >= 1);
}

QTEST_GUILESS_MAIN(TestOutageCsv)
#include "tst_outagecsv.moc"
