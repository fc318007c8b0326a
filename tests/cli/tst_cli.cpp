#include "cli.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

// termlens-cli's usage, errors, and the commands that move files in and out of a workspace:
// validate, agreements import/list/export, outages import. Every run goes through runCli with
// in-memory streams on a temporary workspace.
class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void malformedMonthNamesOption_data();
    void malformedMonthNamesOption();
    void helpAndVersion_data();
    void helpAndVersion();
    void unknownAgreement_data();
    void unknownAgreement();
    void validateGoodAndBroken();
    void validateJson();
    void importListExportReimport();
    void importIsAllOrNothing();
    void importTwoFilesWithOneId();
    void outagesImportTwiceAddsNothing();
    void outagesImportReportsEveryRow();
    void outagesOtherFormats_data();
    void outagesOtherFormats();
    void outagesForeignCsvNamesItsMapping();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
        QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
    };
    Run run(const QStringList &arguments) const;
    QString write(const QString &name, const QByteArray &bytes) const;
    QByteArray tinySheet(const QByteArray &id, const QByteArray &target) const;

    QTemporaryDir m_dir;
    QString m_db;
};

TestCli::Run TestCli::run(const QStringList &arguments) const
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = termlens::runCli(QStringList{QStringLiteral("termlens-cli")} + arguments, out, err);
    out.flush();
    err.flush();
    return r;
}

QString TestCli::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

// A small valid term sheet whose document text comes from tiny.txt next to it.
QByteArray TestCli::tinySheet(const QByteArray &id, const QByteArray &target) const
{
    return R"({"format": "termlens.termsheet/1", "id": ")" + id +
           R"(", "vendor": "Tiny Ltd", "product": "Tiny",
       "documents": [{"id": "sla", "title": "Tiny SLA", "source": "tiny.txt"}],
       "currency": "GBP", "timeZone": "Europe/London",
       "terms": {"availability": {"target": )" +
           target + R"(, "document": "sla", "clause": "1",
                     "quote": "at least 99.9 % each month"}}})";
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("workspace.termlens"));
    // "£" and curly quotes check that the text arrives as UTF-8.
    write(QStringLiteral("tiny.txt"),
          QStringLiteral("1. The \u201cService\u201d is available at least 99.9 % each month "
                         "(fees in \u00a3).\n")
              .toUtf8());
    // The first use of a missing workspace file creates the sample workspace there.
    const Run r =
        run({QStringLiteral("--db"), m_db, QStringLiteral("agreements"), QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.count(u'\n'), 4);
    QVERIFY(r.err.contains(QStringLiteral("created the sample workspace")));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const auto a = [](const char *text) { return QString::fromLatin1(text).split(u' '); };
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << a("frobnicate");
    QTest::newRow("group without subcommand") << a("agreements");
    QTest::newRow("unknown subcommand") << a("agreements frobnicate");
    QTest::newRow("unknown option") << a("agreements list --colour");
    QTest::newRow("--db without a value") << a("agreements list --db");
    QTest::newRow("--now without a zone") << a("agreements list --now 2026-01-01T00:00:00");
    QTest::newRow("validate without files") << a("validate");
    QTest::newRow("export without id") << a("agreements export");
    QTest::newRow("export with two ids") << a("agreements export a b");
    QTest::newRow("credits without --month") << a("credits --agreement alliants");
    QTest::newRow("option given twice") << a("credits --agreement a --agreement b --month 2026-06");
    QTest::newRow("credits without --agreement") << a("credits --month 2026-06");
    QTest::newRow("credits unknown option") << a("credits --agreement a --month 2026-06 --fees 1");
    QTest::newRow("scenario without --downtime-minutes")
        << a("scenario --agreement a --month 2026-06");
    QTest::newRow("scenario without --month") << a("scenario --agreement a --downtime-minutes 1");
    QTest::newRow("deadlines without --start") << a("deadlines --agreement a");
    QTest::newRow("deadlines --ics without a value")
        << a("deadlines --agreement a --start 2024-01-15 --ics");
    QTest::newRow("liability without --claim-date")
        << a("liability --agreement a --start 2024-01-01 --payments p.csv");
    QTest::newRow("response-due without --level")
        << a("response-due --agreement a --reported 2026-12-24T16:00:00Z");
    QTest::newRow("response-due unknown option")
        << a("response-due --agreement a --level L1 --reported 2026-12-24T16:00:00Z --zone x");
    QTest::newRow("scenario with both sources")
        << a("scenario --agreement a --termsheet f --month 2026-06 --downtime-minutes 1");
    QTest::newRow("scenario with neither source")
        << a("scenario --month 2026-06 --downtime-minutes 1");
    QTest::newRow("liability without payments")
        << a("liability --agreement a --start 2024-01-01 --claim-date 2025-01-01");
    QTest::newRow("outages unknown format") << a("outages import f.csv --agreement a --format xml");
    QTest::newRow("outages without agreement") << a("outages import f.csv");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = run(QStringList{QStringLiteral("--db"), m_db} + arguments);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
    if (!arguments.isEmpty()) // without a command the whole usage is printed
        QCOMPARE(r.errLines().size(), 1);
}

// credits and scenario read --month, report --from and --to, through one parser: each message
// names the option and repeats the text as given.
void TestCli::malformedMonthNamesOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const auto a = [](const char *text) { return QString::fromLatin1(text).split(u' '); };
    // A malformed month is bad input (exit 1), also the report's page range.
    QTest::newRow("credits month 13")
        << a("credits --agreement alliants --month 2026-13") << 1
        << QStringLiteral("termlens-cli: --month: expected a month as YYYY-MM, not 2026-13");
    QTest::newRow("credits month with a day")
        << a("credits --agreement alliants --month 2026-06-01") << 1
        << QStringLiteral("termlens-cli: --month: expected a month as YYYY-MM, not 2026-06-01");
    QTest::newRow("scenario month 0")
        << a("scenario --agreement alliants --month 2026-00 --downtime-minutes 1") << 1
        << QStringLiteral("termlens-cli: --month: expected a month as YYYY-MM, not 2026-00");
    QTest::newRow("report --to as a date")
        << a("report --out r.pdf --from 2026-01 --to 2026-06-30") << 1
        << QStringLiteral("termlens-cli: --to: expected a month as YYYY-MM, not 2026-06-30");
}

void TestCli::malformedMonthNamesOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = run(QStringList{QStringLiteral("--db"), m_db} + arguments);
    QCOMPARE(r.code, code);
    QCOMPARE(r.errLines(), QStringList{message});
    QVERIFY(r.out.isEmpty());
}

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                            << QStringLiteral("outages import FILE --agreement ID");
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")}
                        << QStringLiteral("response-due --agreement ID");
    QTest::newRow("command --help")
        << QStringList{QStringLiteral("credits"), QStringLiteral("--help")}
        << QStringLiteral("credits --agreement ID --month YYYY-MM [--fee AMOUNT] [--service NAME]");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")}
                               << QStringLiteral("termlens-cli 0.1.0");
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run r = run(arguments);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    QVERIFY(r.err.isEmpty());
    // The command list names the PDF report (INTERFACES.md §3) with its options.
    if (arguments == QStringList{QStringLiteral("--help")} ||
        arguments == QStringList{QStringLiteral("-h")})
        QVERIFY(r.out.contains(QStringLiteral("report --out FILE.pdf [--agreements ID,...] "
                                              "[--from YYYY-MM --to YYYY-MM]")));
}

void TestCli::unknownAgreement_data()
{
    QTest::addColumn<QStringList>("arguments");
    const auto a = [](const char *text) { return QString::fromLatin1(text).split(u' '); };
    QTest::newRow("credits") << a("credits --agreement nope --month 2026-06");
    QTest::newRow("scenario") << a(
        "scenario --agreement nope --month 2026-06 --downtime-minutes 5");
    QTest::newRow("deadlines") << a("deadlines --agreement nope --start 2024-01-15");
    QTest::newRow("response-due") << a(
        "response-due --agreement nope --level L1 --reported 2026-12-24T16:00:00Z");
    QTest::newRow("export") << a("agreements export nope");
    QTest::newRow("export --json") << a("--json agreements export nope");
}

void TestCli::unknownAgreement()
{
    QFETCH(QStringList, arguments);
    const Run r = run(QStringList{QStringLiteral("--db"), m_db} + arguments);
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.errLines().size(), 1);
    QCOMPARE(r.errLines().first(), QStringLiteral("termlens-cli: no agreement with id nope in %1")
                                       .arg(QFileInfo(m_db).absoluteFilePath()));
}

void TestCli::validateGoodAndBroken()
{
    const QString good =
        write(QStringLiteral("good.termsheet.json"), tinySheet("good", "\"99.9\""));
    QByteArray brokenJson = tinySheet("broken", "\"abc\"");
    brokenJson.replace("tiny.txt", "missing.txt");
    const QString broken = write(QStringLiteral("broken.termsheet.json"), brokenJson);
    const Run ok = run({QStringLiteral("validate"), good});
    QCOMPARE(ok.code, 0);
    QCOMPARE(ok.out, good + QStringLiteral(": ok\n"));
    const Run bad = run({QStringLiteral("validate"), good, broken});
    QCOMPARE(bad.code, 1);
    QCOMPARE(bad.out, good + QStringLiteral(": ok\n"));
    // Each problem on its own line with the file and the JSON path.
    QCOMPARE(bad.errLines(),
             (QStringList{QStringLiteral("termlens-cli: %1: terms.availability.target: expected a "
                                         "decimal such as \"99.95\", found \"abc\"")
                              .arg(broken),
                          QStringLiteral(
                              "termlens-cli: %1: documents[0].source: file not found: missing.txt")
                              .arg(broken)}));
}

void TestCli::validateJson()
{
    const QString broken =
        write(QStringLiteral("broken2.termsheet.json"), tinySheet("broken", "\"100.5\""));
    const Run r = run({QStringLiteral("--json"), QStringLiteral("validate"), broken});
    QCOMPARE(r.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("valid")).toBool(true), false);
    const QJsonObject file = o.value(QStringLiteral("files")).toArray().first().toObject();
    QCOMPARE(file.value(QStringLiteral("file")).toString(), broken);
    const QJsonObject issue = file.value(QStringLiteral("issues")).toArray().first().toObject();
    QCOMPARE(issue.value(QStringLiteral("path")).toString(),
             QStringLiteral("terms.availability.target"));
    QCOMPARE(r.errLines().size(), 1);
}

void TestCli::importListExportReimport()
{
    const QString file =
        write(QStringLiteral("tiny.termsheet.json"), tinySheet("tiny-cloud", "99.9"));
    const QStringList db{QStringLiteral("--db"), m_db};
    const Run imported =
        run(db + QStringList{QStringLiteral("agreements"), QStringLiteral("import"), file});
    QCOMPARE(imported.code, 0);
    QCOMPARE(imported.out, QStringLiteral("%1: imported tiny-cloud (Tiny Ltd)\n").arg(file));

    const Run list = run(db + QStringList{QStringLiteral("--json"), QStringLiteral("agreements"),
                                          QStringLiteral("list")});
    QCOMPARE(list.code, 0);
    const QJsonArray agreements = QJsonDocument::fromJson(list.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("agreements"))
                                      .toArray();
    QCOMPARE(agreements.size(), 5); // the four samples and this one
    QJsonObject tiny;
    for (const QJsonValue &a : agreements) {
        if (a.toObject().value(QStringLiteral("id")).toString() == u"tiny-cloud")
            tiny = a.toObject();
    }
    QCOMPARE(tiny.value(QStringLiteral("vendor")).toString(), QStringLiteral("Tiny Ltd"));
    QCOMPARE(tiny.value(QStringLiteral("product")).toString(), QStringLiteral("Tiny"));
    QCOMPARE(tiny.value(QStringLiteral("target")).toString(), QStringLiteral("99.9"));
    QCOMPARE(tiny.value(QStringLiteral("documents"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("title"))
                 .toString(),
             QStringLiteral("Tiny SLA"));

    // Export to a file: private (0600), texts included, so it stands on its own.
    const QString exported = m_dir.filePath(QStringLiteral("exported.termsheet.json"));
    const Run out =
        run(db + QStringList{QStringLiteral("agreements"), QStringLiteral("export"),
                             QStringLiteral("tiny-cloud"), QStringLiteral("--out"), exported});
    QCOMPARE(out.code, 0);
    const QFileDevice::Permissions modeBits =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(exported).permissions() & modeBits,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile exportedFile(exported);
    QVERIFY(exportedFile.open(QIODevice::ReadOnly));
    const QByteArray first = exportedFile.readAll();
    const QJsonObject document = QJsonDocument::fromJson(first)
                                     .object()
                                     .value(QStringLiteral("documents"))
                                     .toArray()
                                     .first()
                                     .toObject();
    QVERIFY(document.value(QStringLiteral("text"))
                .toString()
                .contains(QStringLiteral("\u201cService\u201d")));

    // To stdout: the same bytes.
    const Run toStdout =
        run(db + QStringList{QStringLiteral("agreements"), QStringLiteral("export"),
                             QStringLiteral("tiny-cloud")});
    QCOMPARE(toStdout.code, 0);
    QCOMPARE(toStdout.out.toUtf8(), first);

    // Re-importing the export replaces the agreement with an equal one: exporting again gives
    // the same bytes.
    const Run again =
        run(db + QStringList{QStringLiteral("agreements"), QStringLiteral("import"), exported});
    QCOMPARE(again.code, 0);
    QCOMPARE(
        again.out,
        QStringLiteral("%1: replaced the stored agreement tiny-cloud (Tiny Ltd)\n").arg(exported));
    const Run second = run(db + QStringList{QStringLiteral("agreements"), QStringLiteral("export"),
                                            QStringLiteral("tiny-cloud")});
    QCOMPARE(second.out.toUtf8(), first);
}

void TestCli::importIsAllOrNothing()
{
    const QString good =
        write(QStringLiteral("new-one.termsheet.json"), tinySheet("new-one", "\"99.5\""));
    const QString bad =
        write(QStringLiteral("bad-one.termsheet.json"), tinySheet("bad-one", "\"x\""));
    const QStringList db{QStringLiteral("--db"), m_db};
    const Run r =
        run(db + QStringList{QStringLiteral("agreements"), QStringLiteral("import"), good, bad});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(r.errLines().first().startsWith(QStringLiteral("termlens-cli: ") + bad));
    const Run list = run(db + QStringList{QStringLiteral("agreements"), QStringLiteral("list")});
    QVERIFY(!list.out.contains(QStringLiteral("new-one")));
}

void TestCli::importTwoFilesWithOneId()
{
    const QString a = write(QStringLiteral("twin-a.termsheet.json"), tinySheet("twin", "99.9"));
    const QString b = write(QStringLiteral("twin-b.termsheet.json"), tinySheet("twin", "99.5"));
    const Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("agreements"),
                       QStringLiteral("import"), a, b});
    QCOMPARE(r.code, 1);
    QCOMPARE(
        r.errLines(),
        QStringList{QStringLiteral("termlens-cli: %1: id twin is also the id of %2").arg(b, a)});
}

void TestCli::outagesImportTwiceAddsNothing()
{
    const QString csv =
        write(QStringLiteral("outages.csv"),
              "service,start,end,category,notice_given,reference,notes\n"
              "Platform,2026-11-02T10:00:00Z,2026-11-02T10:30:00Z,unplanned,,T-1,\"a, b\"\n"
              "Platform,2026-11-03T09:00:00+00:00,2026-11-03T09:05:00Z,unplanned,,T-2,\n"
              "Messaging,2026-11-04T09:00:00Z,,unplanned,,T-3,still down\n");
    const QStringList args{
        QStringLiteral("--db"),   m_db, QStringLiteral("--json"),      QStringLiteral("outages"),
        QStringLiteral("import"), csv,  QStringLiteral("--agreement"), QStringLiteral("alliants")};
    const Run first = run(args);
    QCOMPARE(first.code, 0);
    QJsonObject o = QJsonDocument::fromJson(first.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("inserted")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("duplicates")).toInt(), 0);
    const Run second = run(args);
    QCOMPARE(second.code, 0);
    o = QJsonDocument::fromJson(second.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("inserted")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("duplicates")).toInt(), 3);
    // --service keeps one service's rows: Messaging's one row is stored already.
    const Run text =
        run({QStringLiteral("--db"), m_db, QStringLiteral("outages"), QStringLiteral("import"), csv,
             QStringLiteral("--agreement"), QStringLiteral("alliants"), QStringLiteral("--service"),
             QStringLiteral("Messaging")});
    QCOMPARE(text.out,
             QStringLiteral("%1: 0 outages imported into alliants, 1 already stored (skipped)\n"
                            "%1: 2 records not imported (filtered out, another service, or no "
                            "duration)\n")
                 .arg(csv));
}

void TestCli::outagesImportReportsEveryRow()
{
    const QString csv =
        write(QStringLiteral("bad-outages.csv"),
              "service,start,end,category,notice_given,reference,notes\n"
              "Platform,2026-11-05T10:00:00Z,2026-11-05T10:30:00Z,unplanned,,OK-1,\n"
              "Platform,2026-11-05T10:00:00,2026-11-05T10:30:00Z,unplanned,,B-1,\n"
              "Platform,2026-11-06T10:00:00Z,2026-11-06T10:30:00Z,bogus,,B-2,\n");
    const QStringList db{QStringLiteral("--db"), m_db};
    const Run r = run(db + QStringList{QStringLiteral("outages"), QStringLiteral("import"), csv,
                                       QStringLiteral("--agreement"), QStringLiteral("alliants")});
    QCOMPARE(r.code, 1);
    const QStringList lines = r.errLines();
    QCOMPARE(lines.size(), 3); // two problems and "nothing was imported"
    QVERIFY(
        lines[0].startsWith(QStringLiteral("termlens-cli: %1: line 3, column start: ").arg(csv)));
    QVERIFY(lines[1].startsWith(
        QStringLiteral("termlens-cli: %1: line 4, column category: ").arg(csv)));
    QCOMPARE(lines[2], QStringLiteral("termlens-cli: %1: nothing was imported").arg(csv));
    // The valid row was not stored either: importing it alone adds it.
    const QString ok =
        write(QStringLiteral("ok-outage.csv"),
              "service,start,end,category,notice_given,reference,notes\n"
              "Platform,2026-11-05T10:00:00Z,2026-11-05T10:30:00Z,unplanned,,OK-1,\n");
    const Run alone =
        run(db + QStringList{QStringLiteral("outages"), QStringLiteral("import"), ok,
                             QStringLiteral("--agreement"), QStringLiteral("alliants")});
    QVERIFY(alone.out.contains(QStringLiteral(": 1 outage imported")));
}

void TestCli::outagesOtherFormats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("agreement"); // one per row: the rows share a workspace
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("skipped");
    // Statuspage: the resolved incident on API and Dashboard (2), the maintenance on the
    // subscription's first service, the ongoing incident; the maintenance still "scheduled"
    // has not begun (skipped). UptimeRobot: the two "Down" rows with a duration; the zero-minute
    // "Down", the "Up" and the "Paused" rows are not outages.
    QTest::newRow("statuspage") << QStringLiteral("statuspage-incidents.json")
                                << QStringLiteral("alliants")
                                << QStringList{QStringLiteral("--format"),
                                               QStringLiteral("statuspage")}
                                << 4 << 1;
    QTest::newRow("statuspage sniffed") << QStringLiteral("statuspage-incidents.json")
                                        << QStringLiteral("logit-io") << QStringList() << 4 << 1;
    QTest::newRow("uptimerobot mapping")
        << QStringLiteral("uptimerobot.csv") << QStringLiteral("identity-automation")
        << QStringList{QStringLiteral("--mapping"), QStringLiteral("UptimeRobot")} << 2 << 3;
}

void TestCli::outagesOtherFormats()
{
    QFETCH(QString, file);
    QFETCH(QString, agreement);
    QFETCH(QStringList, options);
    QFETCH(int, inserted);
    QFETCH(int, skipped);
    const QString path = QStringLiteral(TERMLENS_TEST_DATA "/imports/") + file;
    const QStringList args = QStringList{QStringLiteral("--db"),        m_db,
                                         QStringLiteral("--json"),      QStringLiteral("outages"),
                                         QStringLiteral("import"),      path,
                                         QStringLiteral("--agreement"), agreement} +
                             options;
    for (int round = 0; round < 2; ++round) {
        const Run r = run(args);
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("inserted")).toInt(), round == 0 ? inserted : 0);
        QCOMPARE(o.value(QStringLiteral("duplicates")).toInt(), round == 0 ? 0 : inserted);
        QCOMPARE(o.value(QStringLiteral("skipped")).toInt(), skipped);
    }
}

void TestCli::outagesForeignCsvNamesItsMapping()
{
    const QString path = QStringLiteral(TERMLENS_TEST_DATA "/imports/uptimerobot.csv");
    const QStringList base{QStringLiteral("--db"),    m_db, QStringLiteral("outages"),
                           QStringLiteral("import"),  path, QStringLiteral("--agreement"),
                           QStringLiteral("alliants")};
    const Run plain = run(base);
    QCOMPARE(plain.code, 1);
    QCOMPARE(plain.errLines().size(), 1);
    QVERIFY(plain.err.contains(QStringLiteral("--mapping \"UptimeRobot\"")));
    const Run unknown =
        run(base + QStringList{QStringLiteral("--mapping"), QStringLiteral("nope")});
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.err.contains(QStringLiteral("no column mapping is called \"nope\"")));
    const Run both =
        run(base + QStringList{QStringLiteral("--mapping"), QStringLiteral("UptimeRobot"),
                               QStringLiteral("--format"), QStringLiteral("statuspage")});
    QCOMPARE(both.code, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
