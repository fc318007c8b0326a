#include "termsheetfixtures.h"
#include "termsheetjson.h"

#include <QTest>

using namespace termlens;
using namespace termlens::testing;
using namespace Qt::Literals::StringLiterals;

// Term-sheet validation (termsheet-format.md, INTERFACES.md §1): each row changes one value of
// tests/data/termsheets/minimal.termsheet.json and expects exactly one issue, at its JSON path,
// with a message a user can act on. Nothing is returned when anything is wrong.
class TestTermSheetValidation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void topLevelErrors_data();
    void topLevelErrors() { checkOneIssue(); }
    void documentsErrors_data();
    void documentsErrors() { checkOneIssue(); }
    void availabilityErrors_data();
    void availabilityErrors() { checkOneIssue(); }
    void measurementErrors_data();
    void measurementErrors() { checkOneIssue(); }
    void scheduleErrors_data();
    void scheduleErrors() { checkOneIssue(); }
    void creditsErrors_data();
    void creditsErrors() { checkOneIssue(); }
    void termLiabilitySupportErrors_data();
    void termLiabilitySupportErrors() { checkOneIssue(); }
    void comparisonTermsErrors_data();
    void comparisonTermsErrors() { checkOneIssue(); }
    void severalErrorsAtOnce();

private:
    static void addColumns();
    void checkOneIssue() const;

    QByteArray m_minimal;
};

void TestTermSheetValidation::initTestCase()
{
    m_minimal = readTermSheetFile(QStringLiteral("minimal.termsheet.json"));
    QVERIFY(!m_minimal.isEmpty());
    QCOMPARE(describe(parseTermSheet(m_minimal).issues), QStringList());
}

void TestTermSheetValidation::addColumns()
{
    QTest::addColumn<QString>("field");    // path of the minimal sheet to change
    QTest::addColumn<QByteArray>("value"); // new JSON value; empty removes the field
    QTest::addColumn<QString>("path");     // where the one issue must be reported
    QTest::addColumn<QString>("message");  // part of its message
}

// The top level: format, id, vendor, currency, zone, unknown fields.
void TestTermSheetValidation::topLevelErrors_data()
{
    addColumns();
    QTest::newRow("format missing") << "format" << QByteArray() << "format"
                                    << "missing required field";
    QTest::newRow("format wrong") << "format" << QByteArray(R"("termlens.termsheet/2")") << "format"
                                  << "unsupported format \"termlens.termsheet/2\"";
    QTest::newRow("id with capitals and space") << "id" << QByteArray(R"("Minimal Cloud")") << "id"
                                                << "is not a valid id";
    QTest::newRow("id of 65 characters")
        << "id" << QByteArray(65, 'a').prepend('"').append('"') << "id"
        << "is not a valid id";
    QTest::newRow("vendor not a string") << "vendor" << QByteArray("42") << "vendor"
                                         << "expected a string";
    QTest::newRow("vendor empty") << "vendor" << QByteArray(R"("")") << "vendor"
                                  << "must not be empty";
    QTest::newRow("unknown field with suggestion") << "vendr" << QByteArray(R"("x")") << "vendr"
                                                   << "unknown field; did you mean \"vendor\"?";
    QTest::newRow("unknown field far from any") << "colour" << QByteArray(R"("x")") << "colour"
                                                << "unknown field";
    QTest::newRow("currency lower case") << "currency" << QByteArray(R"("gbp")") << "currency"
                                         << "is not an ISO 4217 currency code";
    QTest::newRow("currency four letters") << "currency" << QByteArray(R"("GBPX")") << "currency"
                                           << "is not an ISO 4217 currency code";
    QTest::newRow("time zone misspelt")
        << "timeZone" << QByteArray(R"("Europe/Lndon")") << "timeZone"
        << "unknown time zone \"Europe/Lndon\"";
    QTest::newRow("time zone abbreviation") << "timeZone" << QByteArray(R"("BST")") << "timeZone"
                                            << "unknown time zone";
    QTest::newRow("terms missing") << "terms" << QByteArray() << "terms"
                                   << "missing required field";
    QTest::newRow("terms not an object") << "terms" << QByteArray("[]") << "terms"
                                         << "expected an object";
    QTest::newRow("notes not a string") << "notes" << QByteArray("null") << "notes"
                                        << "expected a string";
}

// Documents and the citations that name them.
void TestTermSheetValidation::documentsErrors_data()
{
    addColumns();
    const QString schedule = QStringLiteral("terms.availability.credits.schedule");
    QTest::newRow("documents missing") << "documents" << QByteArray() << "documents"
                                       << "missing required field";
    QTest::newRow("documents empty") << "documents" << QByteArray("[]") << "documents"
                                     << "must list at least one document";
    QTest::newRow("documents not an array") << "documents" << QByteArray("{}") << "documents"
                                            << "expected an array";
    QTest::newRow("document not an object")
        << "documents[1]" << QByteArray(R"("sla")") << "documents[1]"
        << "expected an object";
    QTest::newRow("document id twice")
        << "documents[2]" << QByteArray(R"({"id": "msa", "title": "Order Form"})")
        << "documents[2].id"
        << "document id \"msa\" is already used by documents[0]";
    QTest::newRow("document id bad")
        << "documents[2]" << QByteArray(R"({"id": "Annex 1", "title": "Annex"})")
        << "documents[2].id"
        << "is not a valid id";
    QTest::newRow("document title missing")
        << "documents[0].title" << QByteArray() << "documents[0].title"
        << "missing required field";
    QTest::newRow("document 30 February")
        << "documents[0].date" << QByteArray(R"("2025-02-30")") << "documents[0].date"
        << "\"2025-02-30\" is not a real date";
    QTest::newRow("document date written UK style")
        << "documents[0].date" << QByteArray(R"("15/01/2025")") << "documents[0].date"
        << "expected a date as YYYY-MM-DD";
    QTest::newRow("document date with time")
        << "documents[0].date" << QByteArray(R"("2025-01-15T00:00")") << "documents[0].date"
        << "expected a date as YYYY-MM-DD";
    QTest::newRow("citation names no document")
        << "terms.availability.document" << QByteArray(R"("annex")")
        << "terms.availability.document"
        << "\"annex\" names no document of this agreement (documents: msa, sla)";
    QTest::newRow("citation clause not a string")
        << "terms.availability.clause" << QByteArray("2.1") << "terms.availability.clause"
        << "expected a string";
    QTest::newRow("citation on an object without one")
        << schedule + u".tiers[0].clause"_s << QByteArray(R"("4")")
        << schedule + u".tiers[0].clause"_s << "unknown field";
}

// The availability target and its options, month length, exclusions.
void TestTermSheetValidation::availabilityErrors_data()
{
    addColumns();
    const QString target = QStringLiteral("terms.availability.target");

    QTest::newRow("target missing") << target << QByteArray() << target << "missing required field";
    QTest::newRow("target boolean")
        << target << QByteArray("true") << target << "expected a decimal";
    QTest::newRow("target with comma") << target << QByteArray(R"("99,9")") << target
                                       << "expected a decimal such as \"99.95\", found \"99,9\"";
    QTest::newRow("target with percent sign")
        << target << QByteArray(R"("99.9%")") << target << "expected a decimal such as";
    QTest::newRow("target zero") << target << QByteArray("0") << target
                                 << "must be more than 0 and at most 100";
    QTest::newRow("target above 100")
        << target << QByteArray(R"("100.01")") << target << "must be more than 0 and at most 100";
    QTest::newRow("target huge number")
        << target << QByteArray("1e300") << target << "too large or too precise";
    QTest::newRow("target option out of range")
        << "terms.availability.targetOptions" << QByteArray(R"(["99.9", "101"])")
        << "terms.availability.targetOptions[1]"
        << "must be more than 0 and at most 100";
    QTest::newRow("monthLength unknown")
        << "terms.availability.monthLength" << QByteArray(R"("monthly")")
        << "terms.availability.monthLength"
        << "expected one of: calendar, average";
    QTest::newRow("monthLength not a string")
        << "terms.availability.monthLength" << QByteArray("30") << "terms.availability.monthLength"
        << "expected one of: calendar, average";
    QTest::newRow("excludedTime unknown")
        << "terms.availability.excludedTime" << QByteArray(R"("excluded")")
        << "terms.availability.excludedTime"
        << "expected one of: not-downtime, removed-from-period";
    QTest::newRow("exclusion unknown")
        << "terms.availability.exclusions" << QByteArray(R"(["planned"])")
        << "terms.availability.exclusions[0]"
        << "expected one of: unplanned, scheduled-maintenance";
    QTest::newRow("exclusion twice")
        << "terms.availability.exclusions" << QByteArray(R"(["internet", "internet"])")
        << "terms.availability.exclusions[1]"
        << "\"internet\" is listed twice";
}

// Measurement in intervals, and maintenance windows.
void TestTermSheetValidation::measurementErrors_data()
{
    addColumns();
    const QString measurement = QStringLiteral("terms.availability.measurement");
    const QString window = QStringLiteral("terms.availability.maintenance");
    const QByteArray maintenance = R"({"windows": [{"days": ["Mon"], "from": "23:00",
        "to": "04:00", "timeZone": "America/Chicago"}]})";

    QTest::newRow("measurement kind missing")
        << measurement << QByteArray("{}") << measurement + u".kind"_s << "missing required field";
    QTest::newRow("intervals without minutes")
        << measurement << QByteArray(R"({"kind": "intervals", "unavailableIf": "any-downtime"})")
        << measurement + u".minutes"_s << "missing required field";
    QTest::newRow("intervals without unavailableIf")
        << measurement << QByteArray(R"({"kind": "intervals", "minutes": 5})")
        << measurement + u".unavailableIf"_s << "missing required field";
    QTest::newRow("intervals of 0 minutes")
        << measurement
        << QByteArray(R"({"kind": "intervals", "minutes": 0, "unavailableIf": "any-downtime"})")
        << measurement + u".minutes"_s << "must be at least 1";
    QTest::newRow("intervals of 7 minutes do not tile a day") // 1440 / 7 = 205.7
        << measurement
        << QByteArray(R"({"kind": "intervals", "minutes": 7, "unavailableIf": "any-downtime"})")
        << measurement + u".minutes"_s << "must divide a day (1440 minutes) evenly";
    QTest::newRow("intervals of 2.5 minutes")
        << measurement
        << QByteArray(R"({"kind": "intervals", "minutes": 2.5, "unavailableIf": "any-downtime"})")
        << measurement + u".minutes"_s << "expected a whole number";
    QTest::newRow("intervals minutes as a string")
        << measurement
        << QByteArray(R"({"kind": "intervals", "minutes": "5", "unavailableIf": "any-downtime"})")
        << measurement + u".minutes"_s << "expected a whole number";
    QTest::newRow("continuous with minutes")
        << measurement << QByteArray(R"({"kind": "continuous", "minutes": 5})")
        << measurement + u".minutes"_s << "not used when kind is \"continuous\"";
    QTest::newRow("maintenance window ends at 24:00")
        << window << mutated(maintenance, u"windows[0].to"_s, R"("24:00")")
        << window + u".windows[0].to"_s << "expected a time of day as HH:MM";
    QTest::newRow("maintenance window hour without zero")
        << window << mutated(maintenance, u"windows[0].from"_s, R"("9:00")")
        << window + u".windows[0].from"_s << "expected a time of day as HH:MM";
    QTest::newRow("maintenance window day spelt out")
        << window << mutated(maintenance, u"windows[0].days"_s, R"(["Monday"])")
        << window + u".windows[0].days[0]"_s
        << "expected one of: Mon, Tue, Wed, Thu, Fri, Sat, Sun";
    QTest::newRow("maintenance window day twice")
        << window << mutated(maintenance, u"windows[0].days"_s, R"(["Sat", "Sat"])")
        << window + u".windows[0].days[1]"_s << "\"Sat\" is listed twice";
    QTest::newRow("maintenance window without days")
        << window << mutated(maintenance, u"windows[0].days"_s, "[]")
        << window + u".windows[0].days"_s << "must name at least one day";
    QTest::newRow("maintenance window without zone")
        << window << mutated(maintenance, u"windows[0].timeZone"_s, QByteArray())
        << window + u".windows[0].timeZone"_s << "missing required field";
    QTest::newRow("maintenance negative notice")
        << window << QByteArray(R"({"noticeHours": -1})") << window + u".noticeHours"_s
        << "must be at least 0";
    QTest::newRow("maintenance flag as a word")
        << window << QByteArray(R"({"countsInBusinessHours": "yes"})")
        << window + u".countsInBusinessHours"_s << "expected true or false";
    // Maintenance in business hours counts, but which hours? Without them the rule would be
    // silently dropped and all such maintenance excluded.
    QTest::newRow("maintenance counts in business hours without hours")
        << window << QByteArray(R"({"countsInBusinessHours": true})")
        << window + u".businessHours"_s << "required when countsInBusinessHours is true";
}

// The credit schedule: flat, tiers, steps.
void TestTermSheetValidation::scheduleErrors_data()
{
    addColumns();
    const QString schedule = QStringLiteral("terms.availability.credits.schedule");

    QTest::newRow("schedule missing")
        << schedule << QByteArray() << schedule << "missing required field";
    QTest::newRow("schedule kind missing") << schedule + u".kind"_s << QByteArray()
                                           << schedule + u".kind"_s << "missing required field";
    QTest::newRow("schedule kind unknown")
        << schedule + u".kind"_s << QByteArray(R"("table")") << schedule + u".kind"_s
        << "expected one of: none, flat, tiers, steps";
    QTest::newRow("flat without percent") << schedule << QByteArray(R"({"kind": "flat"})")
                                          << schedule + u".percent"_s << "missing required field";
    QTest::newRow("flat percent above 100")
        << schedule << QByteArray(R"({"kind": "flat", "percent": 100.5})")
        << schedule + u".percent"_s << "must be from 0 to 100";
    QTest::newRow("flat percent negative")
        << schedule << QByteArray(R"({"kind": "flat", "percent": "-10"})")
        << schedule + u".percent"_s << "must be from 0 to 100";
    QTest::newRow("tiers with a flat percent")
        << schedule + u".percent"_s << QByteArray(R"("10")") << schedule + u".percent"_s
        << "not used when kind is \"tiers\"";
    QTest::newRow("tiers empty") << schedule + u".tiers"_s << QByteArray("[]")
                                 << schedule + u".tiers"_s << "must list at least one tier";
    QTest::newRow("tier below rises") // 99.95 is not below the first tier's 99.9
        << schedule + u".tiers[1].below"_s << QByteArray(R"("99.95")")
        << schedule + u".tiers[1].below"_s << "must be lower than the tier before (99.9)";
    QTest::newRow("tier below repeats")
        << schedule + u".tiers[1].below"_s << QByteArray("99.9") << schedule + u".tiers[1].below"_s
        << "must be lower than the tier before (99.9)";
    QTest::newRow("tier below an object")
        << schedule + u".tiers[1].below"_s << QByteArray("{}") << schedule + u".tiers[1].below"_s
        << "expected a decimal";
    QTest::newRow("tier below zero")
        << schedule + u".tiers[1].below"_s << QByteArray("0") << schedule + u".tiers[1].below"_s
        << "must be more than 0 and at most 100";
    QTest::newRow("tier percent 150")
        << schedule + u".tiers[0].percent"_s << QByteArray("150")
        << schedule + u".tiers[0].percent"_s << "must be from 0 to 100";
    QTest::newRow("tier misspelt field")
        << schedule + u".tiers[0].belo"_s << QByteArray("99") << schedule + u".tiers[0].belo"_s
        << "unknown field; did you mean \"below\"?";
    const QByteArray steps =
        R"({"kind": "steps", "firstBand": "1", "firstPercent": "5", "step": "1", "stepPercent": "5"})";
    QTest::newRow("steps first band zero") << schedule << mutated(steps, u"firstBand"_s, R"("0")")
                                           << schedule + u".firstBand"_s << "must be more than 0";
    QTest::newRow("steps negative step") << schedule << mutated(steps, u"step"_s, "-1")
                                         << schedule + u".step"_s << "must be more than 0";
    QTest::newRow("steps without stepPercent")
        << schedule << mutated(steps, u"stepPercent"_s, QByteArray())
        << schedule + u".stepPercent"_s << "missing required field";
    QTest::newRow("steps shortfall unit unknown")
        << schedule << mutated(steps, u"shortfallUnit"_s, R"("percent")")
        << schedule + u".shortfallUnit"_s << "expected one of: points, share-of-target";
}

// The rest of the credits: base, cap, minimum, claim window.
void TestTermSheetValidation::creditsErrors_data()
{
    addColumns();
    const QString credits = QStringLiteral("terms.availability.credits");

    QTest::newRow("base missing") << credits + u".base"_s << QByteArray() << credits + u".base"_s
                                  << "missing required field";
    QTest::newRow("base unknown") << credits + u".base"_s << QByteArray(R"("annual-fee")")
                                  << credits + u".base"_s
                                  << "expected one of: monthly-fee, annual-fee-twelfth";
    QTest::newRow("cap above 1000 %") << credits + u".capPercent"_s << QByteArray("1000.01")
                                      << credits + u".capPercent"_s << "must be from 0 to 1000";
    QTest::newRow("minimum amount negative")
        << credits + u".minimumAmount"_s << QByteArray(R"("-1")") << credits + u".minimumAmount"_s
        << "must be at least 0";
    QTest::newRow("sole remedy as a number")
        << credits + u".soleRemedy"_s << QByteArray("1") << credits + u".soleRemedy"_s
        << "expected true or false";
    QTest::newRow("days after period without days")
        << credits + u".claimWindow"_s << QByteArray(R"({"kind": "days-after-period"})")
        << credits + u".claimWindow.days"_s << "missing required field";
    QTest::newRow("days after period of 0 days")
        << credits + u".claimWindow"_s << QByteArray(R"({"kind": "days-after-period", "days": 0})")
        << credits + u".claimWindow.days"_s << "must be at least 1";
    QTest::newRow("nth following month with n 0")
        << credits + u".claimWindow"_s
        << QByteArray(R"({"kind": "end-of-nth-following-month", "n": 0})")
        << credits + u".claimWindow.n"_s << "must be at least 1";
    QTest::newRow("following month with days")
        << credits + u".claimWindow.days"_s << QByteArray("10") << credits + u".claimWindow.days"_s
        << "not used when kind is \"end-of-following-month\"";
}

// Term and renewal, liability cap, support levels.
void TestTermSheetValidation::termLiabilitySupportErrors_data()
{
    addColumns();
    QTest::newRow("initial term negative")
        << "terms.term" << QByteArray(R"({"initialMonths": -12})") << "terms.term.initialMonths"
        << "must be at least 1";
    QTest::newRow("fixed renewal without notice")
        << "terms.term" << QByteArray(R"({"renewal": {"kind": "fixed", "months": 12}})")
        << "terms.term.renewal.noticeDays"
        << "missing required field";
    QTest::newRow("fixed renewal without months")
        << "terms.term" << QByteArray(R"({"renewal": {"kind": "fixed", "noticeDays": 90}})")
        << "terms.term.renewal.months"
        << "missing required field";
    QTest::newRow("no renewal with notice")
        << "terms.term" << QByteArray(R"({"renewal": {"kind": "none", "noticeDays": 30}})")
        << "terms.term.renewal.noticeDays"
        << "not used when kind is \"none\"";
    QTest::newRow("rolling renewal with months")
        << "terms.term" << QByteArray(R"({"renewal": {"kind": "rolling", "months": 1}})")
        << "terms.term.renewal.months"
        << "not used when kind is \"rolling\"";

    // --- liability
    QTest::newRow("fixed amount without amount")
        << "terms.liabilityCap" << QByteArray(R"({"basis": "fixed-amount"})")
        << "terms.liabilityCap.amount"
        << "missing required field";
    QTest::newRow("fixed amount negative")
        << "terms.liabilityCap" << QByteArray(R"({"basis": "fixed-amount", "amount": -5})")
        << "terms.liabilityCap.amount"
        << "must be at least 0";
    QTest::newRow("amount with a fees basis")
        << "terms.liabilityCap"
        << QByteArray(R"({"basis": "fees-paid-12-months-before-claim", "amount": "5000"})")
        << "terms.liabilityCap.amount"
        << "only used when basis is \"fixed-amount\"";
    QTest::newRow("multiplier zero")
        << "terms.liabilityCap"
        << QByteArray(R"({"basis": "fees-paid-12-months-before-claim", "multiplier": 0})")
        << "terms.liabilityCap.multiplier"
        << "must be more than 0";
    QTest::newRow("liability basis missing")
        << "terms.liabilityCap" << QByteArray("{}") << "terms.liabilityCap.basis"
        << "missing required field";

    // --- support
    QTest::newRow("support level name twice")
        << "terms.support.levels[1].name" << QByteArray(R"("P1")") << "terms.support.levels[1].name"
        << "level name \"P1\" is already used by levels[0]";
    QTest::newRow("support level without response")
        << "terms.support.levels[0].response" << QByteArray() << "terms.support.levels[0].response"
        << "missing required field";
    QTest::newRow("support response negative")
        << "terms.support.levels[0].response.amount" << QByteArray("-1")
        << "terms.support.levels[0].response.amount"
        << "must be at least 0";
    QTest::newRow("support clock unknown")
        << "terms.support.levels[0].response.clock" << QByteArray(R"("24/7")")
        << "terms.support.levels[0].response.clock"
        << "expected one of: 24x7, business";
    QTest::newRow("business hours holidays unknown")
        << "terms.support.businessHours"
        << QByteArray(R"({"days": ["Mon"], "from": "09:00", "to": "17:00",
                         "timeZone": "Europe/London", "holidays": "uk"})")
        << "terms.support.businessHours.holidays"
        << "expected one of: none, england-and-wales, us-federal";
}

// Termination, sub-processors, data, law and changes.
void TestTermSheetValidation::comparisonTermsErrors_data()
{
    addColumns();
    const QByteArray right = R"({"rights": [{"by": "customer", "trigger": "convenience",
                                             "notice": {"amount": 30, "unit": "days"}}]})";
    QTest::newRow("duration negative")
        << "terms.termination" << mutated(right, u"rights[0].notice.amount"_s, "-30")
        << "terms.termination.rights[0].notice.amount"
        << "must be at least 0";
    QTest::newRow("duration unit unknown")
        << "terms.termination" << mutated(right, u"rights[0].notice.unit"_s, R"("fortnights")")
        << "terms.termination.rights[0].notice.unit"
        << "expected one of: minutes, hours, days, business-days, weeks, months, years";
    QTest::newRow("termination party unknown")
        << "terms.termination" << mutated(right, u"rights[0].by"_s, R"("supplier")")
        << "terms.termination.rights[0].by"
        << "expected one of: customer, vendor, either";
    QTest::newRow("subprocessors not an array")
        << "terms.subprocessors" << QByteArray("{}") << "terms.subprocessors"
        << "expected an array";
    QTest::newRow("subprocessor country UK") // ISO 3166 says GB
        << "terms.subprocessors" << QByteArray(R"([{"name": "AWS", "countries": ["UK"]}])")
        << "terms.subprocessors[0].countries[0]"
        << "\"UK\" is not an ISO 3166 country code";
    QTest::newRow("subprocessor country lower case")
        << "terms.subprocessors" << QByteArray(R"([{"name": "AWS", "countries": ["gb"]}])")
        << "terms.subprocessors[0].countries[0]"
        << "is not an ISO 3166 country code";
    QTest::newRow("data location EEA is not a country")
        << "terms.dataLocations" << QByteArray(R"([{"country": "EEA", "role": "primary"}])")
        << "terms.dataLocations[0].country"
        << "is not an ISO 3166 country code";
    QTest::newRow("data location role unknown")
        << "terms.dataLocations" << QByteArray(R"([{"country": "GB", "role": "main"}])")
        << "terms.dataLocations[0].role"
        << "expected one of: primary, failover, backup";
    QTest::newRow("allowed region unknown")
        << "terms.dataTransfers" << QByteArray(R"({"allowedRegions": ["GB", "EU27"]})")
        << "terms.dataTransfers.allowedRegions[1]"
        << "or EEA";
    QTest::newRow("law code not a code")
        << "terms.governingLaw" << QByteArray(R"({"lawCode": "England"})")
        << "terms.governingLaw.lawCode"
        << "is not an ISO 3166 code";
    QTest::newRow("change method unknown")
        << "terms.changes" << QByteArray(R"({"method": "email"})") << "terms.changes.method"
        << "expected one of: not-stated";
    QTest::newRow("policy authorisation unknown")
        << "terms.subprocessorPolicy" << QByteArray(R"({"authorisation": "prior"})")
        << "terms.subprocessorPolicy.authorisation"
        << "expected one of: general, specific";
    QTest::newRow("unknown term section")
        << "terms.warranty" << QByteArray("{}") << "terms.warranty"
        << "unknown field";
}

void TestTermSheetValidation::checkOneIssue() const
{
    QFETCH(QString, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const auto result = parseTermSheet(mutated(m_minimal, field, value));
    QVERIFY(!result.sheet.has_value());
    QStringList paths;
    for (const ValidationIssue &issue : result.issues)
        paths << issue.path;
    // Exactly one issue: a mistake is reported once, at its place, without follow-on noise.
    QVERIFY2(paths == QStringList{path}, qPrintable(describe(result.issues).join(u'\n')));
    QVERIFY2(result.issues[0].message.contains(message), qPrintable(result.issues[0].message));
}

void TestTermSheetValidation::severalErrorsAtOnce()
{
    QByteArray json = mutated(m_minimal, u"vendor"_s, "42");
    json = mutated(json, u"terms.availability.target"_s, R"("abc")");
    json = mutated(json, u"terms.availability.credits.schedule.tiers[1].below"_s, "99.95");
    json = mutated(json, u"terms.availability.credits.claimWindow.kind"_s, R"("monthly")");
    json = mutated(json, u"terms.support.levels[1].name"_s, R"("P1")");
    json = mutated(json, u"terms.support.levels[0].respons"_s, "{}");
    json = mutated(json, u"documents[0].date"_s, R"("2025-13-01")");
    const auto result = parseTermSheet(json);
    QVERIFY(!result.sheet.has_value());
    QStringList paths;
    for (const ValidationIssue &issue : result.issues)
        paths << issue.path;
    paths.sort();
    QCOMPARE(paths, (QStringList{
                        u"documents[0].date"_s,
                        u"terms.availability.credits.claimWindow.kind"_s,
                        u"terms.availability.credits.schedule.tiers[1].below"_s,
                        u"terms.availability.target"_s,
                        u"terms.support.levels[0].respons"_s,
                        u"terms.support.levels[1].name"_s,
                        u"vendor"_s,
                    }));
}

QTEST_GUILESS_MAIN(TestTermSheetValidation)
#include "tst_termsheetvalidation.moc"
