#include "outageimport.h"
#include "sampleworkspace.h"
#include "statuspageimport.h"
#include "workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace termlens;

Q_DECLARE_METATYPE(termlens::OutageImportTarget)

// Atlassian Statuspage incident histories (/api/v2/incidents.json): a hand-written file with
// the expected outages worked out by hand, then one row per kind of malformed input with the
// JSON path and reason a user needs, and the store's all-or-nothing and re-import rules.
class TestStatuspageImport final : public QObject
{
    Q_OBJECT

private slots:
    void goodFile();
    void onlyService();
    void bomAndCrlf();
    void problems_data();
    void problems();
    void everyProblemAtOnce();
    void reimportAddsNothing();
    void cancelLeavesNothing();
};

namespace {

const OutageImportTarget kTarget{QStringLiteral("acme"), {}, QStringLiteral("Platform")};

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(TERMLENS_TEST_DATA "/imports/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data");
    return file.readAll();
}

// One incident: a valid resolved one with `patch`'s fields put in place of its own.
QByteArray incident(const QJsonObject &patch)
{
    QJsonObject o = QJsonDocument::fromJson(R"({"id": "i1", "name": "Down", "status": "resolved",
        "impact": "major", "created_at": "2026-03-04T10:15:00Z",
        "resolved_at": "2026-03-04T11:00:00Z", "components": [{"name": "API"}]})")
                        .object();
    for (auto it = patch.begin(); it != patch.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject{{QStringLiteral("incidents"), QJsonArray{o}}}).toJson();
}

QJsonObject with(const char *key, const QJsonValue &value)
{
    return {{QString::fromLatin1(key), value}};
}

} // namespace

void TestStatuspageImport::goodFile()
{
    const OutageParseResult r =
        parseStatuspageIncidents(readData(QStringLiteral("statuspage-incidents.json")), kTarget);
    QCOMPARE(r.issues, QList<ImportIssue>());
    QCOMPARE(r.rows, 4);
    QCOMPARE(r.skipped, 1); // the maintenance still "scheduled" has not begun
    QCOMPARE(r.outages.size(), 4);

    // Incident 1: started_at 11:15:00.441+01:00 = 10:15:00Z on 4 March 2026. 2026-01-01 is
    // 1,767,225,600; 4 March is day 62 (31 + 28 + 3): + 62 x 86,400 = 1,772,582,400;
    // + 10:15 (36,900 s) = 1,772,619,300. resolved_at 11:00Z = 1,772,582,400 + 39,600.
    // One outage per component, both unplanned (impact major).
    for (int i : {0, 1}) {
        const Outage &o = r.outages[i];
        QCOMPARE(o.agreementId, QStringLiteral("acme"));
        QCOMPARE(o.service, i == 0 ? QStringLiteral("API") : QStringLiteral("Dashboard"));
        QCOMPARE(o.start, qint64(1772619300));
        QCOMPARE(o.end, std::optional<qint64>(1772622000));
        QCOMPARE(o.category, OutageCategory::Unplanned);
        QCOMPARE(o.noticeGiven, std::optional<qint64>());
        QCOMPARE(o.reference, QStringLiteral("cp306tmzcl0y"));
        QCOMPARE(o.notes, QStringLiteral("API errors in the EU region"));
    }
    // Incident 2, a maintenance without started_at: from scheduled_for 23:00-06:00 on 9 March
    // = 05:00Z on 10 March (day 68): 1,767,225,600 + 68 x 86,400 + 18,000 = 1,773,118,800, to
    // 01:30-06:00 = 07:30Z (+ 9,000 s). No components: the default service. Notice: created_at
    // 1 March 09:00Z = 1,767,225,600 + 59 x 86,400 + 32,400 = 1,772,355,600.
    const Outage &m = r.outages[2];
    QCOMPARE(m.service, QStringLiteral("Platform"));
    QCOMPARE(m.start, qint64(1773118800));
    QCOMPARE(m.end, std::optional<qint64>(1773127800));
    QCOMPARE(m.category, OutageCategory::ScheduledMaintenance);
    QCOMPARE(m.noticeGiven, std::optional<qint64>(1772355600));
    // Incident 3, ongoing: from created_at 1 April (day 90) = 1,767,225,600 + 7,776,000.
    const Outage &g = r.outages[3];
    QCOMPARE(g.service, QStringLiteral("API"));
    QCOMPARE(g.start, qint64(1775001600));
    QCOMPARE(g.end, std::optional<qint64>());
    QCOMPARE(g.category, OutageCategory::Unplanned);
}

void TestStatuspageImport::onlyService()
{
    // --service Dashboard: only Dashboard's outage of incident 1, and the component-less
    // maintenance becomes Dashboard's; API's two outages are skipped (plus the future one).
    const OutageImportTarget target{QStringLiteral("acme"), QStringLiteral("Dashboard"),
                                    QStringLiteral("Platform")};
    const OutageParseResult r =
        parseStatuspageIncidents(readData(QStringLiteral("statuspage-incidents.json")), target);
    QCOMPARE(r.outages.size(), 2);
    QCOMPARE(r.outages[0].service, QStringLiteral("Dashboard"));
    QCOMPARE(r.outages[1].service, QStringLiteral("Dashboard"));
    QCOMPARE(r.outages[1].category, OutageCategory::ScheduledMaintenance);
    QCOMPARE(r.skipped, 3);
}

void TestStatuspageImport::bomAndCrlf()
{
    QByteArray json = "\xEF\xBB\xBF" + incident({});
    json.replace("\n", "\r\n");
    const OutageParseResult r = parseStatuspageIncidents(json, kTarget);
    QCOMPARE(r.issues, QList<ImportIssue>());
    QCOMPARE(r.outages.size(), 1);
    QCOMPARE(r.outages[0].start, qint64(1772619300)); // created_at 10:15Z, no started_at
}

void TestStatuspageImport::problems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<OutageImportTarget>("target");
    QTest::addColumn<qsizetype>("line");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    const OutageImportTarget noDefault{QStringLiteral("acme"), {}, {}};
    QTest::newRow("empty file") << QByteArray() << kTarget << qsizetype(0) << QString()
                                << "the file is empty";
    QTest::newRow("only blanks") << QByteArray(" \r\n") << kTarget << qsizetype(0) << QString()
                                 << "the file is empty";
    QTest::newRow("not JSON") << QByteArray("{\n\"incidents\": [,]}") << kTarget << qsizetype(2)
                              << QString() << "not valid JSON";
    QTest::newRow("invalid UTF-8") << QByteArray("{\"incidents\": [\n{\"id\": \"\xC3\x28\"}]}")
                                   << kTarget << qsizetype(2) << QString() << "not valid UTF-8";
    // Valid JSON, but a number, not an incident history: about the whole file.
    QTest::newRow("a number at the top") << QByteArray("42") << kTarget << qsizetype(0) << QString()
                                         << "expected a JSON object with incidents";
    QTest::newRow("no incidents") << QByteArray(R"({"page": {}})") << kTarget << qsizetype(0)
                                  << "incidents"
                                  << "not a Statuspage incident history";
    QTest::newRow("incidents not a list")
        << QByteArray(R"({"incidents": {}})") << kTarget << qsizetype(0) << "incidents"
        << "expected a list of incidents";
    QTest::newRow("incident not an object")
        << QByteArray(R"({"incidents": ["down"]})") << kTarget << qsizetype(0) << "incidents[0]"
        << "expected an incident object";
    QTest::newRow("id missing") << incident(with("id", QJsonValue())) << kTarget << qsizetype(0)
                                << "incidents[0].id"
                                << "missing";
    QTest::newRow("id of the wrong type")
        << incident(with("id", true)) << kTarget << qsizetype(0) << "incidents[0].id"
        << "expected text";
    QTest::newRow("name empty") << incident(with("name", QStringLiteral(" "))) << kTarget
                                << qsizetype(0) << "incidents[0].name"
                                << "empty";
    QTest::newRow("created_at missing")
        << QByteArray(R"({"incidents": [{"id": "a", "name": "b", "components": []}]})") << kTarget
        << qsizetype(0) << "incidents[0].created_at"
        << "missing";
    QTest::newRow("created_at a number") << incident(with("created_at", 1772619300)) << kTarget
                                         << qsizetype(0) << "incidents[0].created_at"
                                         << "expected an ISO 8601 instant";
    QTest::newRow("no such date") << incident(
                                         with("created_at", QStringLiteral("2026-02-30T10:00:00Z")))
                                  << kTarget << qsizetype(0) << "incidents[0].created_at"
                                  << "\"2026-02-30T10:00:00Z\" is not an ISO 8601 instant";
    QTest::newRow("no time zone") << incident(
                                         with("started_at", QStringLiteral("2026-03-04T10:00:00")))
                                  << kTarget << qsizetype(0) << "incidents[0].started_at"
                                  << "with a time zone";
    QTest::newRow("resolved before it starts")
        << incident(with("started_at", QStringLiteral("2026-03-04T12:00:00Z"))) << kTarget
        << qsizetype(0) << "incidents[0].resolved_at"
        << "resolved before it starts (started_at)";
    QTest::newRow("resolved without resolved_at")
        << incident(with("resolved_at", QJsonValue())) << kTarget << qsizetype(0)
        << "incidents[0].resolved_at"
        << "is resolved but has no resolved_at";
    QTest::newRow("unknown impact") << incident(with("impact", QStringLiteral("catastrophic")))
                                    << kTarget << qsizetype(0) << "incidents[0].impact"
                                    << "\"catastrophic\" is not an impact";
    QTest::newRow("components not a list") << incident(with("components", QStringLiteral("API")))
                                           << kTarget << qsizetype(0) << "incidents[0].components"
                                           << "expected a list of components";
    QTest::newRow("component without a name")
        << incident(with("components",
                         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}}}))
        << kTarget << qsizetype(0) << "incidents[0].components[0].name"
        << "missing";
    QTest::newRow("no component and no service")
        << incident(with("components", QJsonArray())) << noDefault << qsizetype(0)
        << "incidents[0].components"
        << "names no component and no service was given";
    QTest::newRow("a 10 MB name") << incident(with("name", QString(10'000'001, u'x'))) << kTarget
                                  << qsizetype(0) << "incidents[0].name"
                                  << "longer than 10000 characters";
}

void TestStatuspageImport::problems()
{
    QFETCH(QByteArray, json);
    QFETCH(OutageImportTarget, target);
    QFETCH(qsizetype, line);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    const OutageParseResult r = parseStatuspageIncidents(json, target);
    QVERIFY(!r.issues.isEmpty());
    QVERIFY(r.outages.isEmpty()); // all or nothing
    const ImportIssue &issue = r.issues.first();
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.column, path);
    QVERIFY2(issue.message.contains(fragment), qPrintable(issue.message));
    QVERIFY(describeImportIssue(issue).contains(issue.message));
}

void TestStatuspageImport::everyProblemAtOnce()
{
    // Two bad incidents among good ones: both reported, in order, and no outage returned.
    const QByteArray json = R"({"incidents": [
        {"id": "a", "name": "ok", "created_at": "2026-03-04T10:15:00Z", "resolved_at": null},
        {"id": "b", "name": "bad", "created_at": "yesterday"},
        {"id": "c", "name": "ok", "created_at": "2026-03-04T10:15:00Z"},
        {"id": "d", "name": "bad", "created_at": "2026-03-04T10:15:00Z", "impact": 3}]})";
    const OutageParseResult r = parseStatuspageIncidents(json, kTarget);
    QCOMPARE(r.issues.size(), 2);
    QCOMPARE(r.issues[0].column, QStringLiteral("incidents[1].created_at"));
    QCOMPARE(r.issues[1].column, QStringLiteral("incidents[3].impact"));
    QCOMPARE(describeImportIssue(r.issues[1]),
             QStringLiteral("incidents[3].impact: expected text"));
    QVERIFY(r.outages.isEmpty());
}

namespace {

qint64 count(const Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(sql) || !query.next())
        qFatal("count failed");
    return query.value(0).toLongLong();
}

} // namespace

void TestStatuspageImport::reimportAddsNothing()
{
    QTemporaryDir dir;
    auto workspace = createSampleWorkspace(dir.filePath(QStringLiteral("w.termlens")));
    QVERIFY(workspace.ok());
    const QByteArray bytes = readData(QStringLiteral("statuspage-incidents.json"));
    const OutageImportTarget target{QStringLiteral("logit-io"), {}, QStringLiteral("Platform")};
    const OutageParseResult parsed = parseStatuspageIncidents(bytes, target);
    QCOMPARE(parsed.outages.size(), 4);
    const qint64 before = count(*workspace.value, QStringLiteral("SELECT count(*) FROM outages"));
    const ImportBatch batch =
        makeImportBatch(target.agreementId, QStringLiteral("/x/i.json"), bytes, parsed.rows, 1000);
    const auto first = storeOutageImport(workspace.value->database(), workspace.value->path(),
                                         batch, parsed.outages);
    QVERIFY(first.ok());
    QCOMPARE(first.value->inserted, 4);
    QCOMPARE(first.value->duplicates, 0);
    const qint64 batches =
        count(*workspace.value, QStringLiteral("SELECT count(*) FROM import_batches"));
    // The same file again: every outage already stored, no new batch recorded.
    const ImportBatch again =
        makeImportBatch(target.agreementId, QStringLiteral("/x/i.json"), bytes, parsed.rows, 2000);
    const auto second = storeOutageImport(workspace.value->database(), workspace.value->path(),
                                          again, parsed.outages);
    QVERIFY(second.ok());
    QCOMPARE(second.value->inserted, 0);
    QCOMPARE(second.value->duplicates, 4);
    QCOMPARE(count(*workspace.value, QStringLiteral("SELECT count(*) FROM outages")), before + 4);
    QCOMPARE(count(*workspace.value, QStringLiteral("SELECT count(*) FROM import_batches")),
             batches);
    const auto stored =
        countStoredOutages(workspace.value->database(), workspace.value->path(), parsed.outages);
    QVERIFY(stored.ok());
    QCOMPARE(*stored.value, 4);
}

void TestStatuspageImport::cancelLeavesNothing()
{
    QTemporaryDir dir;
    auto workspace = createSampleWorkspace(dir.filePath(QStringLiteral("w.termlens")));
    QVERIFY(workspace.ok());
    const OutageImportTarget target{QStringLiteral("logit-io"), {}, QStringLiteral("Platform")};
    const QByteArray bytes = readData(QStringLiteral("statuspage-incidents.json"));
    const OutageParseResult parsed = parseStatuspageIncidents(bytes, target);
    const qint64 before = count(*workspace.value, QStringLiteral("SELECT count(*) FROM outages"));
    // Through a second connection, as the desktop app's worker thread does.
    ImportConnection connection(workspace.value->path());
    QVERIFY(connection.open().ok());
    const auto result =
        storeOutageImport(connection.database(), connection.path(),
                          makeImportBatch(target.agreementId, {}, bytes, parsed.rows, 0),
                          parsed.outages, [](qsizetype, qsizetype) { return false; });
    QVERIFY(result.ok());
    QVERIFY(result.value->cancelled);
    QCOMPARE(count(*workspace.value, QStringLiteral("SELECT count(*) FROM outages")), before);
    QCOMPARE(count(*workspace.value, QStringLiteral("SELECT count(*) FROM import_batches WHERE "
                                                    "file_name = ''")),
             0);
}

QTEST_GUILESS_MAIN(TestStatuspageImport)
#include "tst_statuspageimport.moc"
