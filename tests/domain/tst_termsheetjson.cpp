#include "termsheetfixtures.h"
#include "termsheetjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace termlens;
using namespace termlens::testing;
using namespace Qt::Literals::StringLiterals;

// Term-sheet import and export (termsheet-format.md, INTERFACES.md §1): values as written,
// export followed by import gives back the same sheet, and files that are not term sheets at
// the byte level. Field-by-field validation is tst_termsheetvalidation.cpp.
class TestTermSheetJson final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void minimalSheetValues();
    void fullSheetValues();
    void roundTrip_data();
    void roundTrip();
    void exportForm();
    void numbersAndStrings_data();
    void numbersAndStrings();
    void bytes_data();
    void bytes();
    void sizeLimit();
    void duplicateKeys_data();
    void duplicateKeys();

private:
    QByteArray m_minimal;
    QByteArray m_full;
};

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Decimal dec(const char16_t *text)
{
    return *Decimal::parse(QStringView(text));
}

} // namespace

void TestTermSheetJson::initTestCase()
{
    m_minimal = readTermSheetFile(QStringLiteral("minimal.termsheet.json"));
    m_full = readTermSheetFile(QStringLiteral("full.termsheet.json"));
    QVERIFY(!m_minimal.isEmpty());
    QVERIFY(!m_full.isEmpty());
}

void TestTermSheetJson::minimalSheetValues()
{
    const auto result = parseTermSheet(m_minimal);
    QCOMPARE(describe(result.issues), QStringList());
    QVERIFY(result.sheet);
    const TermSheet &s = *result.sheet;
    QCOMPARE(s.id, QStringLiteral("minimal-cloud"));
    QCOMPARE(s.documents.size(), 2);
    QCOMPARE(s.documents[1].id, QStringLiteral("sla"));
    QVERIFY(!s.documents[0].date.has_value());
    const Availability &a = *s.terms.availability;
    QCOMPARE(a.target, dec(u"99.9"));
    // Absent fields with a documented default take it.
    QCOMPARE(a.monthLength, MonthLength::Calendar);
    QCOMPARE(a.measurement.kind, MeasurementKind::Continuous);
    QCOMPARE(a.excludedTime, ExcludedTime::NotDowntime);
    QCOMPARE(a.citation.document, QStringLiteral("sla"));
    QCOMPARE(a.citation.clause, QStringLiteral("2.1"));
    QVERIFY(!a.maintenance.has_value());
    const Credits &c = *a.credits;
    QCOMPARE(c.schedule.kind, ScheduleKind::Tiers);
    QCOMPARE(c.schedule.tiers.size(), 2);
    QCOMPARE(c.schedule.tiers[1].below, dec(u"99.0"));
    QCOMPARE(c.schedule.tiers[1].percent, dec(u"10"));
    QCOMPARE(c.claimWindow.kind, ClaimWindowKind::EndOfFollowingMonth);
    QVERIFY(!c.capPercent.has_value());
    QVERIFY(!c.soleRemedy.has_value());
    QCOMPARE(s.terms.support->levels[0].response.unit, ResponseUnit::Hours);
    QCOMPARE(s.terms.support->levels[0].response.clock, Clock::TwentyFourSeven);
    // Terms the file does not mention stay "not stated".
    QVERIFY(!s.terms.term.has_value());
    QVERIFY(!s.terms.subprocessors.has_value());
    QVERIFY(!s.terms.governingLaw.has_value());
}

void TestTermSheetJson::fullSheetValues()
{
    const auto result = parseTermSheet(m_full);
    QCOMPARE(describe(result.issues), QStringList());
    const TermSheet &s = *result.sheet;
    QCOMPARE(*s.documents[0].date, QDate(2025, 1, 15));
    QVERIFY(s.documents[0].text.startsWith(u"1. Definitions\n\"Business Day\""));
    QVERIFY(s.documents[1].text.isEmpty());
    QCOMPARE(s.documents[1].source, QStringLiteral("sla.txt"));
    const Availability &a = *s.terms.availability;
    QCOMPARE(a.target, dec(u"99.95")); // written as the JSON number 99.95
    QCOMPARE(a.targetOptions, (QList<Decimal>{dec(u"99.9"), dec(u"99.99"), dec(u"99.999")}));
    QCOMPARE(a.monthLength, MonthLength::Average);
    QCOMPARE(a.measurement.kind, MeasurementKind::Intervals);
    QCOMPARE(a.measurement.minutes, 5);
    QCOMPARE(a.measurement.unavailableIf, UnavailableIf::WholeInterval);
    QCOMPARE(a.exclusions.size(), 9);
    QCOMPARE(a.exclusions[0], OutageCategory::ScheduledMaintenance);
    const Maintenance &m = *a.maintenance;
    QCOMPARE(*m.noticeHours, 72);
    QCOMPARE(m.windows[0].days, (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(m.windows[0].from, QTime(23, 0));
    QCOMPARE(m.windows[0].to, QTime(4, 0));
    QCOMPARE(m.windows[1].days, (QList<int>{7, 6})); // Sun, Sat: order as written
    QCOMPARE(m.windows[1].timeZone, QStringLiteral("Etc/GMT"));
    QCOMPARE(m.businessHours->to, QTime(17, 30));
    QCOMPARE(m.businessHours->holidays, HolidaySet::EnglandAndWales);
    const Credits &c = *a.credits;
    QCOMPARE(c.schedule.kind, ScheduleKind::Steps);
    QCOMPARE(c.schedule.firstPercent, dec(u"5"));
    QCOMPARE(c.schedule.step.toString(), QStringLiteral("1.0")); // held as written
    QCOMPARE(c.schedule.shortfallUnit, ShortfallUnit::ShareOfTarget);
    QCOMPARE(c.minimumAmount->toString(), QStringLiteral("1.00"));
    QCOMPARE(c.claimWindow.days, 10);
    QCOMPARE(*c.soleRemedy, true);
    QCOMPARE(*s.terms.term->renewal.noticeDays, 90);
    QCOMPARE(s.terms.liabilityCap->multiplier, dec(u"1.25"));
    QCOMPARE(*s.terms.liabilityCap->firstYear, FirstYearBasis::FeesPaidFirstContractYear);
    const TerminationRight &right = s.terms.termination->rights[0];
    QCOMPARE(*right.notice, (Duration{10, DurationUnit::BusinessDays}));
    QCOMPARE(s.terms.subprocessors->at(0).countries, (QStringList{u"GB"_s, u"IE"_s}));
    QCOMPARE(s.terms.dataLocations->size(), 5);
    QCOMPARE(s.terms.dataLocations->at(4).role, LocationRole::Processing);
    QCOMPARE(s.terms.dataTransfers->allowedRegions, (QStringList{u"GB"_s, u"EEA"_s, u"CH"_s}));
    QCOMPARE(s.terms.governingLaw->lawCode, QStringLiteral("GB-EAW"));
    QCOMPARE(s.terms.governingLaw->arbitration, true);
    QCOMPARE(*s.terms.changes->notice, (Duration{1, DurationUnit::Years}));
}

void TestTermSheetJson::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("minimal") << m_minimal;
    QTest::newRow("full") << m_full;
    // Kinds the two files do not use, each on top of the minimal sheet.
    const QString schedule = QStringLiteral("terms.availability.credits.schedule");
    QTest::newRow("flat schedule")
        << mutated(m_minimal, schedule, R"({"kind": "flat", "percent": "10"})");
    QTest::newRow("no schedule, no base")
        << mutated(mutated(m_minimal, schedule, R"({"kind": "none"})"),
                   u"terms.availability.credits.base"_s, QByteArray());
    QTest::newRow("steps in points by default") << mutated(
        m_minimal, schedule,
        R"({"kind": "steps", "firstBand": 1, "firstPercent": 5, "step": 1, "stepPercent": 5})");
    QTest::newRow("end of nth month")
        << mutated(m_minimal, u"terms.availability.credits.claimWindow"_s,
                   R"({"kind": "end-of-nth-following-month", "n": 2, "clause": "4.2"})");
    QTest::newRow("rolling renewal without notice")
        << mutated(m_minimal, u"terms.term"_s, R"({"renewal": {"kind": "rolling"}})");
    QTest::newRow("paid-period renewal") << mutated(
        m_minimal, u"terms.term"_s, R"({"renewal": {"kind": "paid-period", "noticeDays": 0}})");
    QTest::newRow("fixed liability amount")
        << mutated(m_minimal, u"terms.liabilityCap"_s,
                   R"({"basis": "fixed-amount", "amount": "250000.00", "multiplier": 1})");
    QTest::newRow("empty comparison terms") << mutated(
        mutated(mutated(m_minimal, u"terms.termination"_s, "{}"), u"terms.subprocessors"_s, "[]"),
        u"terms.dataLocations"_s, "[]");
    QTest::newRow("weeks and explicit defaults")
        << mutated(mutated(m_minimal, u"terms.changes"_s,
                           R"({"method": "not-stated", "notice": {"amount": 2, "unit": "weeks"}})"),
                   u"terms.availability.measurement"_s, R"({"kind": "continuous"})");

    const QDir samples(QStringLiteral(TERMLENS_TEST_DATA "/../../resources/sample"));
    const QStringList files =
        samples.entryList({QStringLiteral("*.termsheet.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        QTest::newRow(qPrintable(u"sample "_s + file)) << readFile(samples.filePath(file));
}

void TestTermSheetJson::roundTrip()
{
    QFETCH(QByteArray, json);
    const auto first = parseTermSheet(json);
    QCOMPARE(describe(first.issues), QStringList());
    QVERIFY(first.sheet.has_value());
    const QByteArray exported = termSheetToJson(*first.sheet);
    const auto second = parseTermSheet(exported);
    QCOMPARE(describe(second.issues), QStringList());
    QVERIFY(second.sheet.has_value());
    QVERIFY(*second.sheet == *first.sheet);
    // Export is stable: writing the re-read sheet gives the same bytes.
    QCOMPARE(termSheetToJson(*second.sheet), exported);
}

void TestTermSheetJson::exportForm()
{
    const QJsonObject full =
        QJsonDocument::fromJson(termSheetToJson(*parseTermSheet(m_full).sheet)).object();
    const QJsonObject availability = full[u"terms"][u"availability"].toObject();
    // Decimals become strings in the form held: the JSON number 99.95 is "99.95".
    QCOMPARE(availability[u"target"].toString(), QStringLiteral("99.95"));
    QCOMPARE(availability[u"targetOptions"][1].toString(), QStringLiteral("99.99"));
    const QJsonObject credits = availability[u"credits"].toObject();
    QCOMPARE(credits[u"minimumAmount"].toString(), QStringLiteral("1.00"));
    QCOMPARE(credits[u"schedule"][u"step"].toString(), QStringLiteral("1.0"));
    QCOMPARE(credits[u"schedule"][u"firstPercent"].toString(), QStringLiteral("5"));
    QCOMPARE(availability[u"measurement"][u"minutes"].toInt(), 5);
    QCOMPARE(availability[u"maintenance"][u"windows"][1][u"days"].toArray(),
             (QJsonArray{u"Sun"_s, u"Sat"_s}));
    // Document text is written when there is some; empty citation fields are left out.
    QVERIFY(full[u"documents"][0].toObject().contains(u"text"));
    QVERIFY(!full[u"documents"][1].toObject().contains(u"text"));
    QVERIFY(!full[u"documents"][1].toObject().contains(u"date"));
    const QJsonObject secondLevel = full[u"terms"][u"support"][u"levels"][1].toObject();
    QCOMPARE(secondLevel.keys(), (QStringList{u"description"_s, u"name"_s, u"response"_s}));

    const QJsonObject minimal =
        QJsonDocument::fromJson(termSheetToJson(*parseTermSheet(m_minimal).sheet)).object();
    const QJsonObject a = minimal[u"terms"][u"availability"].toObject();
    // Defaults are always written so a re-import cannot read them differently.
    QCOMPARE(a[u"monthLength"].toString(), QStringLiteral("calendar"));
    QCOMPARE(a[u"measurement"].toObject(), (QJsonObject{{u"kind"_s, u"continuous"_s}}));
    QCOMPARE(a[u"excludedTime"].toString(), QStringLiteral("not-downtime"));
    // Absent optional values stay absent.
    QVERIFY(!minimal.contains(u"product"));
    QVERIFY(!minimal.contains(u"notes"));
    QVERIFY(!a.contains(u"maintenance"));
    QVERIFY(!a[u"credits"].toObject().contains(u"capPercent"));
    QVERIFY(!minimal[u"terms"].toObject().contains(u"term"));
    QCOMPARE(minimal[u"format"].toString(), QStringLiteral("termlens.termsheet/1"));
}

void TestTermSheetJson::numbersAndStrings_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<QByteArray>("string");
    QTest::addColumn<QString>("held"); // how the string form is held and written back
    QTest::newRow("99.95") << QByteArray("99.95") << QByteArray(R"("99.95")") << "99.95";
    QTest::newRow("99.9 vs 99.90") << QByteArray("99.9") << QByteArray(R"("99.90")") << "99.90";
    QTest::newRow("99.999") << QByteArray("99.999") << QByteArray(R"("99.999")") << "99.999";
    QTest::newRow("100 vs 100.0") << QByteArray("100") << QByteArray(R"("100.0")") << "100.0";
    QTest::newRow("0.001") << QByteArray("0.001") << QByteArray(R"("0.001")") << "0.001";
}

void TestTermSheetJson::numbersAndStrings()
{
    QFETCH(QByteArray, number);
    QFETCH(QByteArray, string);
    QFETCH(QString, held);
    const QString field = QStringLiteral("terms.availability.target");
    const auto fromNumber = parseTermSheet(mutated(m_minimal, field, number));
    const auto fromString = parseTermSheet(mutated(m_minimal, field, string));
    QCOMPARE(describe(fromNumber.issues), QStringList());
    QCOMPARE(describe(fromString.issues), QStringList());
    const Decimal a = fromNumber.sheet->terms.availability->target;
    const Decimal b = fromString.sheet->terms.availability->target;
    QVERIFY(a == b);
    QCOMPARE(b.toString(), held);
}

void TestTermSheetJson::bytes_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message"); // empty: parses without issues

    QTest::newRow("UTF-8 byte-order mark") << QByteArray("\xEF\xBB\xBF") + m_minimal << QString();
    QTest::newRow("non-ASCII vendor")
        << mutated(m_minimal, u"vendor"_s, "\"Soci\xC3\xA9t\xC3\xA9 \xE2\x82\xAC\"") << QString();
    // {"a":" is 6 bytes, so the bad lead byte 0xC3 (not followed by a continuation) is the 7th
    // byte, column 7 of line 1; after a 3-byte BOM it is byte 10 of the file, still column 7.
    QTest::newRow("invalid UTF-8") << QByteArray("{\"a\":\"\xC3\x28\"}")
                                   << "not valid UTF-8 text at line 1, column 7 (byte 7)";
    QTest::newRow("invalid UTF-8 after a BOM")
        << QByteArray("\xEF\xBB\xBF{\"a\":\"\xC3\x28\"}")
        << "not valid UTF-8 text at line 1, column 7 (byte 10)";
    QTest::newRow("overlong slash") << QByteArray("{\"a\":\"\xC0\xAF\"}") << "not valid UTF-8";
    QTest::newRow("UTF-16 surrogate")
        << QByteArray("{\"a\":\"\xED\xA0\x80\"}") << "not valid UTF-8";
    QTest::newRow("Latin-1 text") << QByteArray("{\"vendor\":\"Soci\xE9t\xE9\"}")
                                  << "not valid UTF-8 text at line 1, column 16 (byte 16)";
    QTest::newRow("empty file") << QByteArray() << "the file is empty";
    QTest::newRow("only whitespace") << QByteArray(" \n\t ") << "the file is empty";
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << "the file is empty";
    QTest::newRow("null") << QByteArray("null") << "expected a JSON object at the top level";
    QTest::newRow("array") << QByteArray("[{\"format\": \"termlens.termsheet/1\"}]")
                           << "expected a JSON object at the top level";
    QTest::newRow("number") << QByteArray("42") << "expected a JSON object at the top level";
    QTest::newRow("string") << QByteArray("\"termsheet\"")
                            << "expected a JSON object at the top level";
    QTest::newRow("missing value on line 3")
        << QByteArray("{\n  \"format\": \"termlens.termsheet/1\",\n  \"id\": ,\n}") << "line 3";
    QTest::newRow("not JSON at all")
        << QByteArray("format: termlens.termsheet/1") << "not valid JSON";
    QTest::newRow("truncated") << m_minimal.left(m_minimal.size() / 2) << "not valid JSON";
}

void TestTermSheetJson::bytes()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const auto result = parseTermSheet(data);
    if (message.isEmpty()) {
        QCOMPARE(describe(result.issues), QStringList());
        QVERIFY(result.sheet.has_value());
        return;
    }
    QVERIFY(!result.sheet.has_value());
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues[0].path, QString()); // about the file, not a field
    QVERIFY2(result.issues[0].message.contains(message), qPrintable(result.issues[0].message));
}

void TestTermSheetJson::sizeLimit()
{
    // Exactly at the limit still parses (trailing whitespace is valid JSON)...
    QByteArray atLimit = m_minimal;
    atLimit.append(QByteArray(MaxTermSheetBytes - atLimit.size(), ' '));
    QCOMPARE(atLimit.size(), 20 * 1024 * 1024);
    QCOMPARE(describe(parseTermSheet(atLimit).issues), QStringList());
    // ... one byte more is refused before parsing.
    atLimit.append(' ');
    const auto result = parseTermSheet(atLimit);
    QVERIFY(!result.sheet.has_value());
    QCOMPARE(result.issues.size(), 1);
    QVERIFY2(result.issues[0].message.contains(u"larger than 20 MB"),
             qPrintable(result.issues[0].message));
}

void TestTermSheetJson::duplicateKeys_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("path");
    QTest::newRow("top level") << QByteArray(R"("vendor": "Minimal Cloud Ltd",)")
                               << QByteArray(R"("vendor": "Minimal Cloud Ltd", "vendor": "Other",)")
                               << "vendor";
    QTest::newRow("nested") << QByteArray(R"("target": "99.9",)")
                            << QByteArray(R"("target": "99.9", "target": "99.5",)")
                            << "terms.availability.target";
    QTest::newRow("inside an array element")
        << QByteArray(R"({"name": "P2",)") << QByteArray(R"({"name": "P2", "name": "P3",)")
        << "terms.support.levels[1].name";
    QTest::newRow("escaped spelling of the same key")
        << QByteArray(R"("target": "99.9",)")
        << QByteArray(R"("target": "99.9", "\u0074arget": 99,)") << "terms.availability.target";
}

void TestTermSheetJson::duplicateKeys()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, path);
    QVERIFY(m_minimal.contains(from));
    QByteArray json = m_minimal;
    json.replace(from, to);
    const auto result = parseTermSheet(json);
    QVERIFY(!result.sheet.has_value());
    QCOMPARE(describe(result.issues),
             QStringList{path + u": the field appears more than once in its object"_s});
}

QTEST_GUILESS_MAIN(TestTermSheetJson)
#include "tst_termsheetjson.moc"
