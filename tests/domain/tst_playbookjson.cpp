#include "playbook.h"

#include <QFile>
#include <QTest>

using namespace termlens;

// Reading, validating and writing playbook files (format at the top of playbook.h): every
// problem reported with its JSON path, nothing returned when anything is wrong, and
// parse(write(x)) == x.
class TestPlaybookJson final : public QObject
{
    Q_OBJECT

private slots:
    void defaultPlaybook();
    void minimal();
    void roundTrip();
    void errors_data();
    void errors();
    void everyProblemReported();
};

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A valid playbook with one rule, the rule's text spliced in.
QByteArray withRule(const QByteArray &rule)
{
    return R"({"format": "termlens.playbook/1", "id": "p", "name": "P", "rules": [)" + rule + "]}";
}

bool hasIssue(const QList<ValidationIssue> &issues, const QString &path)
{
    for (const ValidationIssue &i : issues) {
        if (i.path == path)
            return true;
    }
    return false;
}

QString describe(const QList<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &i : issues)
        lines << i.toString();
    return lines.join(u'\n');
}

} // namespace

void TestPlaybookJson::defaultPlaybook()
{
    QFile file(
        QStringLiteral(TERMLENS_TEST_DATA "/../../resources/playbook/default.playbook.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const PlaybookParseResult result = parsePlaybook(file.readAll());
    QVERIFY2(result.playbook.has_value(), qPrintable(describe(result.issues)));
    const Playbook &p = *result.playbook;
    QCOMPARE(p.id, s("careful-uk-eu-buyer"));
    QVERIFY(p.rules.size() >= 15);
    // PRODUCT.md point 4's examples are all there.
    bool cap = false, notice = false, availability = false, location = false, breach = false;
    for (const PlaybookRule &r : p.rules) {
        cap |= r.term == PlaybookTerm::LiabilityCapAnnualFees && r.kind == RuleKind::Minimum &&
               r.value == Decimal::fromInt(1);
        notice |= r.term == PlaybookTerm::RenewalNoticeDays && r.value == Decimal::fromInt(60);
        availability |=
            r.term == PlaybookTerm::AvailabilityTarget && r.value == *Decimal::parse(u"99.9");
        location |= r.term == PlaybookTerm::DataLocationCountries &&
                    r.values == QStringList{s("GB"), s("EEA")};
        breach |=
            r.term == PlaybookTerm::BreachNotificationHours && r.value == Decimal::fromInt(72);
        QVERIFY2(!r.reason.isEmpty(), qPrintable(r.id));
    }
    QVERIFY(cap && notice && availability && location && breach);
    QCOMPARE(parsePlaybook(playbookToJson(p)).playbook, result.playbook);
}

void TestPlaybookJson::minimal()
{
    const auto result = parsePlaybook(
        R"({"format": "termlens.playbook/1", "id": "mine", "name": "Mine", "rules": []})");
    QVERIFY2(result.playbook.has_value(), qPrintable(describe(result.issues)));
    QVERIFY(result.playbook->rules.isEmpty());
    QVERIFY(result.playbook->description.isEmpty());
    // A JSON number is held exactly, the same as its text.
    const auto number = parsePlaybook(withRule(
        R"({"id": "a", "term": "availability-target", "kind": "minimum", "value": 99.95,
            "severity": "fail"})"));
    QVERIFY2(number.playbook.has_value(), qPrintable(describe(number.issues)));
    QCOMPARE(number.playbook->rules.first().value, *Decimal::parse(u"99.95"));
}

void TestPlaybookJson::roundTrip()
{
    Playbook p;
    p.id = s("round-trip");
    p.name = s("Quotes \" and \\ back, ünïcödé, <b>not html</b>");
    p.description = s("Line one\nline two\ttabbed");
    PlaybookRule minimum;
    minimum.id = s("cap");
    minimum.term = PlaybookTerm::LiabilityCapAnnualFees;
    minimum.kind = RuleKind::Minimum;
    minimum.value = *Decimal::parse(u"1.50");
    minimum.severity = Severity::Warn;
    minimum.reason = s("Why: \"because\"");
    PlaybookRule list;
    list.id = s("law");
    list.term = PlaybookTerm::GoverningLaw;
    list.kind = RuleKind::Allowed;
    list.values = {s("GB-EAW"), s("IE")};
    PlaybookRule flag;
    flag.id = s("credits");
    flag.term = PlaybookTerm::ServiceCredits;
    flag.kind = RuleKind::Present;
    p.rules = {minimum, list, flag};

    const QByteArray json = playbookToJson(p);
    const auto back = parsePlaybook(json);
    QVERIFY2(back.playbook.has_value(),
             qPrintable(describe(back.issues) + u'\n' + QString::fromUtf8(json)));
    QCOMPARE(*back.playbook, p);
    // The scale written is the scale held ("1.50" stays "1.50"), and format leads the file.
    QVERIFY(json.contains("\"value\": \"1.50\""));
    QVERIFY(json.startsWith("{\n  \"format\": \"termlens.playbook/1\""));
    QCOMPARE(playbookToJson(*back.playbook), json);
}

void TestPlaybookJson::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("mentions");

    const QByteArray numberRule = R"("term": "renewal-notice-days", "kind": "maximum")";
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << ""
                              << "JSON";
    QTest::newRow("an array") << QByteArray("[]") << ""
                              << "object";
    QTest::newRow("wrong format")
        << QByteArray(R"({"format": "termlens.termsheet/1", "id": "p", "name": "P", "rules": []})")
        << "format"
        << "termlens.playbook/1";
    QTest::newRow("missing name")
        << QByteArray(R"({"format": "termlens.playbook/1", "id": "p", "rules": []})") << "name"
        << "missing";
    QTest::newRow("bad id")
        << QByteArray(
               R"({"format": "termlens.playbook/1", "id": "My Rules", "name": "P", "rules": []})")
        << "id"
        << "My Rules";
    QTest::newRow("rules not a list")
        << QByteArray(R"({"format": "termlens.playbook/1", "id": "p", "name": "P", "rules": {}})")
        << "rules"
        << "array";
    QTest::newRow("misspelt top-level field")
        << QByteArray(
               R"({"format": "termlens.playbook/1", "id": "p", "name": "P", "rules": [], "descripton": ""})")
        << "descripton"
        << "description";
    QTest::newRow("rule not an object") << withRule("42") << "rules[0]"
                                        << "object";
    QTest::newRow("unknown rule field")
        << withRule(R"({"id": "a", )" + numberRule +
                    R"(, "value": 60, "severity": "fail", "colour": "red"})")
        << "rules[0].colour"
        << "unknown field";
    QTest::newRow("unknown term")
        << withRule(
               R"({"id": "a", "term": "notice", "kind": "maximum", "value": 60, "severity": "fail"})")
        << "rules[0].term"
        << "renewal-notice-days";
    QTest::newRow("kind does not fit the term")
        << withRule(
               R"({"id": "a", "term": "governing-law", "kind": "minimum", "value": 1, "severity": "fail"})")
        << "rules[0].kind"
        << "allowed or forbidden";
    QTest::newRow("missing value")
        << withRule(R"({"id": "a", )" + numberRule + R"(, "severity": "fail"})") << "rules[0].value"
        << "missing";
    QTest::newRow("value not a decimal")
        << withRule(R"({"id": "a", )" + numberRule + R"(, "value": "sixty", "severity": "fail"})")
        << "rules[0].value"
        << "sixty";
    QTest::newRow("negative value")
        << withRule(R"({"id": "a", )" + numberRule + R"(, "value": -1, "severity": "fail"})")
        << "rules[0].value"
        << "at least 0";
    QTest::newRow("availability over 100")
        << withRule(
               R"({"id": "a", "term": "availability-target", "kind": "minimum", "value": "100.01", "severity": "fail"})")
        << "rules[0].value"
        << "100";
    QTest::newRow("values on a number rule")
        << withRule(R"({"id": "a", )" + numberRule +
                    R"(, "value": 60, "values": ["x"], "severity": "fail"})")
        << "rules[0].values"
        << "allowed and forbidden";
    QTest::newRow("value on a flag rule")
        << withRule(
               R"({"id": "a", "term": "service-credits", "kind": "present", "value": true, "severity": "warn"})")
        << "rules[0].value"
        << "no value";
    QTest::newRow("empty list")
        << withRule(
               R"({"id": "a", "term": "data-location-countries", "kind": "allowed", "values": [], "severity": "fail"})")
        << "rules[0].values"
        << "at least one";
    QTest::newRow("lower-case country")
        << withRule(
               R"({"id": "a", "term": "data-location-countries", "kind": "allowed", "values": ["GB", "ie"], "severity": "fail"})")
        << "rules[0].values[1]"
        << "\"ie\"";
    QTest::newRow("country listed twice")
        << withRule(
               R"({"id": "a", "term": "subprocessor-countries", "kind": "allowed", "values": ["GB", "GB"], "severity": "fail"})")
        << "rules[0].values[1]"
        << "twice";
    QTest::newRow("bad law code")
        << withRule(
               R"({"id": "a", "term": "governing-law", "kind": "allowed", "values": ["England"], "severity": "fail"})")
        << "rules[0].values[0]"
        << "GB-EAW";
    QTest::newRow("unknown clock key")
        << withRule(
               R"({"id": "a", "term": "support-top-clock", "kind": "allowed", "values": ["24/7"], "severity": "fail"})")
        << "rules[0].values[0]"
        << "24x7";
    QTest::newRow("value not a string in a list")
        << withRule(
               R"({"id": "a", "term": "change-method", "kind": "forbidden", "values": [1], "severity": "fail"})")
        << "rules[0].values[0]"
        << "string";
    QTest::newRow("missing severity")
        << withRule(R"({"id": "a", )" + numberRule + R"(, "value": 60})") << "rules[0].severity"
        << "missing";
    QTest::newRow("unknown severity")
        << withRule(R"({"id": "a", )" + numberRule + R"(, "value": 60, "severity": "error"})")
        << "rules[0].severity"
        << "fail, warn";
    QTest::newRow("duplicate rule id")
        << withRule(R"({"id": "a", )" + numberRule + R"(, "value": 60, "severity": "fail"},
                       {"id": "a", )" +
                    numberRule + R"(, "value": 30, "severity": "warn"})")
        << "rules[1].id"
        << "rules[0]";
    QTest::newRow("reason not a string")
        << withRule(R"({"id": "a", )" + numberRule +
                    R"(, "value": 60, "severity": "fail", "reason": 5})")
        << "rules[0].reason"
        << "string";
}

void TestPlaybookJson::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, mentions);
    const PlaybookParseResult result = parsePlaybook(json);
    QVERIFY(!result.playbook.has_value());
    QVERIFY(!result.issues.isEmpty());
    QVERIFY2(hasIssue(result.issues, path), qPrintable(describe(result.issues)));
    bool mentioned = false;
    for (const ValidationIssue &i : result.issues)
        mentioned |= i.path == path && i.message.contains(mentions);
    QVERIFY2(mentioned, qPrintable(describe(result.issues)));
}

void TestPlaybookJson::everyProblemReported()
{
    // Three rules, three different problems, plus one at the top: all four are named at once.
    const QByteArray json = R"({"format": "termlens.playbook/1", "id": "p", "name": "",
        "rules": [
          {"id": "a", "term": "renewal-notice-days", "kind": "maximum", "value": "x", "severity": "fail"},
          {"id": "b", "term": "data-location-countries", "kind": "allowed", "values": ["XXX"], "severity": "warn"},
          {"id": "c", "term": "sole-remedy", "kind": "absent"}
        ]})";
    const PlaybookParseResult result = parsePlaybook(json);
    QVERIFY(!result.playbook.has_value());
    QVERIFY2(hasIssue(result.issues, s("name")), qPrintable(describe(result.issues)));
    QVERIFY(hasIssue(result.issues, s("rules[0].value")));
    QVERIFY(hasIssue(result.issues, s("rules[1].values[0]")));
    QVERIFY(hasIssue(result.issues, s("rules[2].severity")));
    QCOMPARE(result.issues.size(), 4);
}

QTEST_GUILESS_MAIN(TestPlaybookJson)
#include "tst_playbookjson.moc"
