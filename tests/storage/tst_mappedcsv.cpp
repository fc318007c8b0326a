#include "mappedcsv.h"
#include "mappedcsvtime.h"
#include "mappingpresetstore.h"
#include "outageimport.h"
#include "sampleworkspace.h"
#include "workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace termlens;

// Any CSV through a column mapping: the built-in presets read hand-written exports of
// UptimeRobot, Pingdom and Better Stack; a user's mapping with a zone, a pattern and a category
// map; one row per malformed input with its line, column and reason; presets saved and loaded;
// the format sniffer.
class TestMappedCsv final : public QObject
{
    Q_OBJECT

private slots:
    void uptimeRobot();
    void pingdom();
    void betterStack();
    void localTimesAndCategoryMap();
    void noHeaderRow();
    void timeFormats_data();
    void timeFormats();
    void problems_data();
    void problems();
    void invalidMapping();
    void presetsRoundTrip();
    void sniff();
    void reimportAddsNothing();
};

namespace {

const OutageImportTarget kTarget{QStringLiteral("acme"), {}, QStringLiteral("Checkout")};

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(TERMLENS_TEST_DATA "/imports/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data");
    return file.readAll();
}

MappingPreset builtin(const char *name)
{
    return *findMappingPreset(builtinMappingPresets(), QString::fromLatin1(name));
}

// A German monitoring tool's export: semicolons, day-first local times in Europe/London,
// its own words for categories.
MappingPreset germanPreset()
{
    MappingPreset p;
    p.name = QStringLiteral("Überwachung");
    p.delimiter = u';';
    p.startColumn = QStringLiteral("Beginn");
    p.endColumn = QStringLiteral("Ende");
    p.timeFormats = {QStringLiteral("dd/MM/yyyy HH:mm")};
    p.timeZone = QStringLiteral("Europe/London");
    p.serviceColumn = QStringLiteral("Dienst");
    p.categoryColumn = QStringLiteral("Art");
    p.categoryMap = {{QStringLiteral("Wartung"), QStringLiteral("scheduled-maintenance")},
                     {QStringLiteral("Störung"), QStringLiteral("unplanned")}};
    p.referenceColumn = QStringLiteral("Ticket");
    p.notesColumn = QStringLiteral("Text");
    return p;
}

const QByteArray kGermanHeader = "Dienst;Beginn;Ende;Art;Ticket;Text\n";

} // namespace

void TestMappedCsv::uptimeRobot()
{
    const OutageParseResult r = parseMappedCsv(readData(QStringLiteral("uptimerobot.csv")),
                                               builtin("UptimeRobot"), kTarget);
    QCOMPARE(r.issues, QList<ImportIssue>());
    QCOMPARE(r.rows, 5);
    // Up and Paused events are filtered out; the 0-minute Down is no outage.
    QCOMPARE(r.skipped, 3);
    QCOMPARE(r.outages.size(), 2);
    // 2026-03-04 10:15:00 UTC: 1,767,225,600 + 62 x 86,400 + 36,900 = 1,772,619,300; 45 minutes.
    QCOMPARE(r.outages[0].service, QStringLiteral("API"));
    QCOMPARE(r.outages[0].start, qint64(1772619300));
    QCOMPARE(r.outages[0].end, std::optional<qint64>(1772619300 + 45 * 60));
    QCOMPARE(r.outages[0].category, OutageCategory::Unplanned);
    QCOMPARE(r.outages[0].notes, QStringLiteral("Connection Timeout"));
    // 2026-03-06 23:59:30: day 64 -> 1,772,755,200 + 86,370 = 1,772,841,570; 90 minutes.
    QCOMPARE(r.outages[1].service, QStringLiteral("Web"));
    QCOMPARE(r.outages[1].start, qint64(1772841570));
    QCOMPARE(r.outages[1].end, std::optional<qint64>(1772841570 + 5400));
}

void TestMappedCsv::pingdom()
{
    const OutageParseResult r =
        parseMappedCsv(readData(QStringLiteral("pingdom.csv")), builtin("pingdom"), kTarget);
    QCOMPARE(r.issues, QList<ImportIssue>());
    QCOMPARE(r.skipped, 2); // the "up" states
    QCOMPARE(r.outages.size(), 1);
    // A check is one service: the one given at import.
    QCOMPARE(r.outages[0].service, QStringLiteral("Checkout"));
    QCOMPARE(r.outages[0].start, qint64(1772619300));
    QCOMPARE(r.outages[0].end, std::optional<qint64>(1772622000));
}

void TestMappedCsv::betterStack()
{
    // The file starts with a byte order mark and has CRLF line ends.
    const OutageParseResult r = parseMappedCsv(readData(QStringLiteral("betterstack.csv")),
                                               builtin("Better Stack"), kTarget);
    QCOMPARE(r.issues, QList<ImportIssue>());
    QCOMPARE(r.outages.size(), 2);
    QCOMPARE(r.outages[0].service, QStringLiteral("Website"));
    QCOMPARE(r.outages[0].start, qint64(1772619300));
    QCOMPARE(r.outages[0].end, std::optional<qint64>(1772622000));
    QCOMPARE(r.outages[0].notes, QStringLiteral("Timeout (no headers received)"));
    // Empty resolved_at: still ongoing. 1 April 2026 = day 90: 1,767,225,600 + 7,776,000.
    QCOMPARE(r.outages[1].service, QStringLiteral("API"));
    QCOMPARE(r.outages[1].start, qint64(1775001600));
    QCOMPARE(r.outages[1].end, std::optional<qint64>());
}

void TestMappedCsv::localTimesAndCategoryMap()
{
    const QByteArray csv = kGermanHeader +
                           "Shop;01/07/2026 10:00;01/07/2026 12:30;Wartung;CHG-1;Datenbank\n"
                           "Shop;15/01/2026 08:00;15/01/2026 08:45;störung;INC-2;\n"
                           "Shop;15/01/2026 09:00;15/01/2026 09:05;customer-cause;INC-3;\n";
    const OutageParseResult r = parseMappedCsv(csv, germanPreset(), kTarget);
    QCOMPARE(r.issues, QList<ImportIssue>());
    QCOMPARE(r.outages.size(), 3);
    // 1 July 2026 is day 181 (31+28+31+30+31+30): 1,767,225,600 + 15,638,400 = 1,782,864,000.
    // London is on BST (+01:00) in July: 10:00 local = 09:00Z (+32,400); 12:30 = 11:30Z.
    QCOMPARE(r.outages[0].start, qint64(1782896400));
    QCOMPARE(r.outages[0].end, std::optional<qint64>(1782905400));
    QCOMPARE(r.outages[0].category, OutageCategory::ScheduledMaintenance);
    QCOMPARE(r.outages[0].reference, QStringLiteral("CHG-1"));
    QCOMPARE(r.outages[0].notes, QStringLiteral("Datenbank"));
    // 15 January (day 14), GMT: 08:00 local = 08:00Z = 1,768,435,200 + 28,800. The map's
    // words match without case.
    QCOMPARE(r.outages[1].start, qint64(1768464000));
    QCOMPARE(r.outages[1].end, std::optional<qint64>(1768464000 + 2700));
    QCOMPARE(r.outages[1].category, OutageCategory::Unplanned);
    // A category key needs no entry in the map.
    QCOMPARE(r.outages[2].category, OutageCategory::CustomerCause);
}

void TestMappedCsv::noHeaderRow()
{
    MappingPreset p;
    p.name = QStringLiteral("bare");
    p.hasHeader = false;
    p.startColumn = QStringLiteral("2");
    p.durationColumn = QStringLiteral("3");
    p.durationUnit = MappedDuration::Clock;
    p.timeFormats = {QStringLiteral("epoch-ms")};
    p.serviceColumn = QStringLiteral("1");
    const OutageParseResult r =
        parseMappedCsv("API,1772619300000,0:45:00\nWeb,1772619300500,1:02\n", p, kTarget);
    QCOMPARE(r.issues, QList<ImportIssue>());
    QCOMPARE(r.outages.size(), 2);
    QCOMPARE(r.outages[0].start, qint64(1772619300));
    QCOMPARE(r.outages[0].end, std::optional<qint64>(1772619300 + 2700));
    // 1:02 is one minute two seconds; 500 ms are dropped (instants are whole seconds).
    QCOMPARE(r.outages[1].end, std::optional<qint64>(1772619300 + 62));
}

void TestMappedCsv::timeFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1: not read
    // Base: 2026-03-04T10:15:00Z = 1,772,619,300.
    QTest::newRow("iso with Z") << "iso8601"
                                << "UTC"
                                << "2026-03-04T10:15:00Z" << qint64(1772619300);
    QTest::newRow("iso with offset") << "iso8601"
                                     << "UTC"
                                     << "2026-03-04T11:15:00+01:00" << qint64(1772619300);
    // No offset: the zone's local time. New York is on EST (-05:00) on 4 March.
    QTest::newRow("iso local in New York") << "iso8601"
                                           << "America/New_York"
                                           << "2026-03-04T05:15:00" << qint64(1772619300);
    QTest::newRow("iso local with a space") << "iso8601"
                                            << "UTC"
                                            << "2026-03-04 10:15" << qint64(1772619300);
    QTest::newRow("epoch seconds") << "epoch"
                                   << "UTC"
                                   << "1772619300" << qint64(1772619300);
    QTest::newRow("epoch with junk") << "epoch"
                                     << "UTC"
                                     << "1772619300s" << qint64(-1);
    QTest::newRow("US 12-hour clock") << "M/d/yyyy h:mm AP"
                                      << "UTC"
                                      << "3/4/2026 10:15 AM" << qint64(1772619300);
    QTest::newRow("12 PM is noon") << "M/d/yyyy h:mm AP"
                                   << "UTC"
                                   << "3/4/2026 12:15 PM" << qint64(1772619300 + 7200);
    QTest::newRow("12 AM is midnight") << "M/d/yyyy h:mm AP"
                                       << "UTC"
                                       << "3/4/2026 12:15 AM" << qint64(1772619300 - 36000);
    QTest::newRow("no 30 February") << "yyyy-MM-dd HH:mm:ss"
                                    << "UTC"
                                    << "2026-02-30 10:00:00" << qint64(-1);
    QTest::newRow("hour 24") << "yyyy-MM-dd HH:mm:ss"
                             << "UTC"
                             << "2026-03-04 24:00:00" << qint64(-1);
    QTest::newRow("doubled letters need two digits") << "yyyy-MM-dd HH:mm:ss"
                                                     << "UTC"
                                                     << "2026-3-4 10:15:00" << qint64(-1);
    // 29 March 2026, 01:30 does not exist in London (clocks go from 01:00 GMT to 02:00 BST):
    // the instant of the jump, 01:00Z. Day 87: 1,767,225,600 + 7,516,800 + 3,600.
    QTest::newRow("spring-forward gap") << "yyyy-MM-dd HH:mm"
                                        << "Europe/London"
                                        << "2026-03-29 01:30" << qint64(1774746000);
}

void TestMappedCsv::timeFormats()
{
    QFETCH(QString, format);
    QFETCH(QString, zone);
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const MappedTimeReader reader({format}, zone);
    const auto value = reader.instant(text);
    QCOMPARE(value, expected < 0 ? std::optional<qint64>() : std::optional<qint64>(expected));
}

void TestMappedCsv::problems_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<qsizetype>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("fragment");
    const QByteArray ok = "Shop;01/07/2026 10:00;01/07/2026 12:30;Wartung;;\n";
    QTest::newRow("empty file") << QByteArray() << qsizetype(0) << QString() << "empty";
    QTest::newRow("missing column")
        << QByteArray("Dienst;Beginn;Art;Ticket;Text\n") + ok << qsizetype(1) << "Ende"
        << "the header has no such column (it has: Dienst, Beginn";
    QTest::newRow("bad date") << kGermanHeader + ok + "Shop;31/02/2026 10:00;;Wartung;;\n"
                              << qsizetype(3) << "Beginn"
                              << "\"31/02/2026 10:00\" is not a time in the mapping's formats";
    QTest::newRow("ISO where a pattern is expected")
        << kGermanHeader + "Shop;2026-07-01T10:00:00Z;;Wartung;;\n"
        << qsizetype(2) << "Beginn"
        << "not a time";
    QTest::newRow("end before start")
        << kGermanHeader + "Shop;01/07/2026 10:00;01/07/2026 09:00;Wartung;;\n"
        << qsizetype(2) << "Ende"
        << "ends before it starts";
    QTest::newRow("unknown category") << kGermanHeader + "Shop;01/07/2026 10:00;;Ausfall;;\n"
                                      << qsizetype(2) << "Art"
                                      << "\"Ausfall\" is not a category";
    QTest::newRow("field count") << kGermanHeader + "Shop;01/07/2026 10:00\n"
                                 << qsizetype(2) << QString()
                                 << "the row has 2 fields, the header 6";
    QTest::newRow("empty service") << kGermanHeader + ";01/07/2026 10:00;;Wartung;;\n"
                                   << qsizetype(2) << "Dienst"
                                   << "names no service";
    QTest::newRow("invalid UTF-8") << kGermanHeader + "Sh\xFFp;01/07/2026 10:00;;Wartung;;\n"
                                   << qsizetype(2) << QString() << "not valid UTF-8";
    QTest::newRow("unterminated quote") << kGermanHeader + "\"Shop;01/07/2026 10:00;;Wartung;;\n"
                                        << qsizetype(2) << QString() << "never closed";
    QTest::newRow("10 MB field") << kGermanHeader + "Shop;01/07/2026 10:00;;Wartung;;" +
                                        QByteArray(10'000'001, 'x') + "\n"
                                 << qsizetype(2) << QString() << "longer than";
}

void TestMappedCsv::problems()
{
    QFETCH(QByteArray, csv);
    QFETCH(qsizetype, line);
    QFETCH(QString, column);
    QFETCH(QString, fragment);
    const OutageParseResult r =
        parseMappedCsv(csv, germanPreset(), OutageImportTarget{QStringLiteral("acme"), {}, {}});
    QVERIFY(!r.issues.isEmpty());
    QVERIFY(r.outages.isEmpty()); // all or nothing
    QCOMPARE(r.issues.first().line, line);
    QCOMPARE(r.issues.first().column, column);
    QVERIFY2(r.issues.first().message.contains(fragment), qPrintable(r.issues.first().message));
}

void TestMappedCsv::invalidMapping()
{
    MappingPreset p = germanPreset();
    p.timeZone = QStringLiteral("Europe/Londres");
    p.durationColumn = QStringLiteral("Dauer");
    p.categoryMap.append({QStringLiteral("Angriff"), QStringLiteral("attack")});
    const QStringList problems = validateMappingPreset(p);
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems[0].contains(QStringLiteral("not both")));
    QVERIFY(problems[1].contains(QStringLiteral("\"Europe/Londres\" is not an IANA time zone")));
    QVERIFY(problems[2].contains(QStringLiteral("\"attack\", which is not a category")));
    // Parsing with it reports the same, as whole-file problems, and returns nothing.
    const OutageParseResult r = parseMappedCsv(kGermanHeader, p, kTarget);
    QCOMPARE(r.issues.size(), 3);
    QCOMPARE(r.issues[1].line, 0);
}

void TestMappedCsv::presetsRoundTrip()
{
    QTemporaryDir dir;
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.termlens")));
    QVERIFY(workspace.ok());
    MappingPresetStore store(*workspace.value);
    QCOMPARE(store.saved().value->size(), 0);
    QCOMPARE(store.all().value->size(), builtinMappingPresets().size());
    QVERIFY(store.save(germanPreset()).ok());
    MappingPreset second = germanPreset();
    second.name = QStringLiteral("second");
    second.filterColumn = QStringLiteral("Art");
    second.filterValues = {QStringLiteral("Störung")};
    second.durationColumn = QStringLiteral("Dauer");
    second.endColumn.clear();
    second.durationUnit = MappedDuration::Hours;
    QVERIFY(store.save(second).ok());
    workspace.value->close();

    auto reopened = Workspace::open(dir.filePath(QStringLiteral("w.termlens")));
    QVERIFY(reopened.ok());
    MappingPresetStore again(*reopened.value);
    const QList<MappingPreset> saved = *again.saved().value;
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved[0], germanPreset());
    QCOMPARE(saved[1], second);
    // Saving under an existing name (any case) replaces it.
    MappingPreset renamed = second;
    renamed.name = QStringLiteral("SECOND");
    renamed.timeZone = QStringLiteral("Europe/Paris");
    QVERIFY(again.save(renamed).ok());
    QCOMPARE(again.saved().value->size(), 2);
    QCOMPARE(again.saved().value->at(1).timeZone, QStringLiteral("Europe/Paris"));
    // Built-in names and invalid presets are refused; nothing changes.
    MappingPreset clash = germanPreset();
    clash.name = QStringLiteral("pingdom");
    QVERIFY(!again.save(clash).ok());
    MappingPreset invalid = germanPreset();
    invalid.name = QStringLiteral("broken");
    invalid.startColumn.clear();
    QVERIFY(!again.save(invalid).ok());
    QCOMPARE(again.saved().value->size(), 2);
    QCOMPARE(*again.remove(QStringLiteral("Überwachung")).value, true);
    QCOMPARE(*again.remove(QStringLiteral("Überwachung")).value, false);
    QCOMPARE(again.saved().value->size(), 1);
}

void TestMappedCsv::sniff()
{
    QCOMPARE(sniffOutageFormat("service,start,end,category,notice_given,reference,notes\n"),
             OutageFileFormat::NativeCsv);
    // Any order and case, with a BOM.
    QCOMPARE(sniffOutageFormat("\xEF\xBB\xBFNotes,Reference,Notice_given,Category,End,Start,"
                               "Service\r\n"),
             OutageFileFormat::NativeCsv);
    QCOMPARE(sniffOutageFormat(readData(QStringLiteral("statuspage-incidents.json"))),
             OutageFileFormat::Statuspage);
    QCOMPARE(sniffOutageFormat(" \n[]"), OutageFileFormat::Statuspage);
    QCOMPARE(sniffOutageFormat(readData(QStringLiteral("uptimerobot.csv"))),
             OutageFileFormat::MappedCsv);
    for (const char *name : {"UptimeRobot", "Pingdom", "Better Stack"}) {
        const QString file =
            QString::fromLatin1(name).remove(u' ').toLower() + QStringLiteral(".csv");
        const auto preset = presetMatchingHeader(readData(file), builtinMappingPresets());
        QVERIFY(preset);
        QCOMPARE(preset->name, QString::fromLatin1(name));
    }
    QVERIFY(!presetMatchingHeader("a,b,c\n", builtinMappingPresets()));
}

void TestMappedCsv::reimportAddsNothing()
{
    QTemporaryDir dir;
    auto workspace = createSampleWorkspace(dir.filePath(QStringLiteral("w.termlens")));
    QVERIFY(workspace.ok());
    const QByteArray bytes = readData(QStringLiteral("uptimerobot.csv"));
    const OutageImportTarget target{QStringLiteral("alliants"), {}, {}};
    const OutageParseResult parsed = parseMappedCsv(bytes, builtin("UptimeRobot"), target);
    QCOMPARE(parsed.outages.size(), 2);
    for (int round = 0; round < 2; ++round) {
        const auto stored = storeOutageImport(
            workspace.value->database(), workspace.value->path(),
            makeImportBatch(target.agreementId, QStringLiteral("u.csv"), bytes, parsed.rows, round),
            parsed.outages);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value->inserted, round == 0 ? 2 : 0);
        QCOMPARE(stored.value->duplicates, round == 0 ? 0 : 2);
    }
}

QTEST_GUILESS_MAIN(TestMappedCsv)
#include "tst_mappedcsv.moc"
