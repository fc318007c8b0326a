#include "agreementrepository.h"
#include "creditclaimrepository.h"
#include "outagerepository.h"
#include "playbookrepository.h"
#include "subscriptionrepository.h"
#include "termsheetjson.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace termlens;
using namespace Qt::StringLiterals;

namespace {

Decimal dec(const char16_t *text)
{
    return Decimal::parse(QStringView(text)).value();
}

TermSheet minimalSheet(const QString &id, const QString &vendor)
{
    TermSheet sheet;
    sheet.id = id;
    sheet.vendor = vendor;
    sheet.documents = {Document{u"msa"_s, u"Terms"_s, {}, std::nullopt, u"msa.txt"_s, u"Text."_s}};
    sheet.currency = u"GBP"_s;
    sheet.timeZone = u"Europe/London"_s;
    return sheet;
}

// A term sheet with most of the format exercised, built by hand (not read from a file).
TermSheet richSheet()
{
    TermSheet sheet = minimalSheet(u"example-cloud"_s, u"Example Cloud Ltd"_s);
    sheet.product = u"Example Platform"_s;
    sheet.notes = u"O'Brien's copy; \"signed\" -- '); DROP TABLE agreements; --"_s;
    sheet.documents = {
        {u"msa"_s, u"Master Subscription Agreement"_s, u"2025-01"_s, QDate(2025, 1, 15),
         u"msa.txt"_s, u"9.1 Liability ... 14 Governing law ..."_s},
        {u"sla"_s,
         u"Service Level Agreement"_s,
         {},
         std::nullopt,
         u"sla.txt"_s,
         u"App. A §3: 99.9% each month."_s},
    };
    Availability a;
    a.target = dec(u"99.9");
    a.targetOptions = {dec(u"99.95")};
    a.measurement = {MeasurementKind::Intervals, 5, UnavailableIf::WholeInterval,
                     Citation{u"sla"_s, u"2"_s, {}, {}, {}}};
    a.exclusions = {OutageCategory::ScheduledMaintenance, OutageCategory::ForceMajeure};
    Maintenance m;
    m.noticeHours = 72;
    m.windows = {
        WeeklyWindow{{1, 2, 3, 4, 5, 6, 7}, QTime(23, 0), QTime(4, 0), u"America/Chicago"_s}};
    a.maintenance = m;
    Credits c;
    c.schedule.kind = ScheduleKind::Tiers;
    c.schedule.tiers = {{dec(u"99.9"), dec(u"5")}, {dec(u"99.0"), dec(u"10")}};
    c.base = CreditBase::AnnualFeeTwelfth;
    c.capPercent = dec(u"100");
    c.minimumAmount = dec(u"1.00");
    c.claimWindow = {ClaimWindowKind::EndOfNthFollowingMonth, 0, 2, {}};
    c.soleRemedy = true;
    a.credits = c;
    a.citation = {u"sla"_s, u"App. A §3"_s, u"99.9% each month"_s, {}, u"'month' undefined"_s};
    sheet.terms.availability = a;
    sheet.terms.term = Term{36, Renewal{RenewalKind::Fixed, 12, 90, {}}, {}};
    LiabilityCap cap;
    cap.multiplier = dec(u"1.25");
    cap.carveOuts = {u"IP indemnity (8.2)"_s};
    cap.insuranceLimited = false;
    cap.citation = {u"msa"_s, u"9.1"_s, {}, {}, {}};
    sheet.terms.liabilityCap = cap;
    sheet.terms.subprocessors =
        QList<Subprocessor>{{u"AWS"_s, u"hosting"_s, {u"IE"_s, u"GB"_s}, {}}};
    sheet.terms.dataLocations =
        QList<DataLocation>{{u"GB"_s, u"London"_s, LocationRole::Primary, u"AWS"_s, {}}};
    sheet.terms.governingLaw = GoverningLaw{u"England and Wales"_s,
                                            u"GB-EAW"_s,
                                            u"courts of England"_s,
                                            false,
                                            {},
                                            Citation{u"msa"_s, u"14"_s, {}, {}, {}}};
    sheet.terms.breachNotification =
        BreachNotification{Duration{72, DurationUnit::Hours}, u"without undue delay"_s, {}};
    return sheet;
}

Outage outage(qint64 start, std::optional<qint64> end, const QString &reference = {},
              OutageCategory category = OutageCategory::Unplanned,
              const QString &service = u"Platform"_s)
{
    Outage o;
    o.agreementId = u"example-cloud"_s;
    o.service = service;
    o.start = start;
    o.end = end;
    o.category = category;
    o.reference = reference;
    return o;
}

QList<qint64> starts(const QList<Outage> &outages)
{
    QList<qint64> result;
    for (const Outage &o : outages)
        result << o.start;
    return result;
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void termSheetRoundTrip();
    void termsAreSplitWithTheirCitations();
    void savingAgainReplacesButKeepsOutages();
    void invalidSheetIsNotSaved();
    void severalSheetsAreAllOrNothing();
    void listIsSortedByVendor();
    void removingAgreementCascades();

    void duplicateOutagesAreSkipped();
    void failingRowStoresNothing_data();
    void failingRowStoresNothing();
    void importIsRecorded();
    void rangeListsOverlappingOutages_data();
    void rangeListsOverlappingOutages();
    void updateAndRemoveOutage();
    void streamsManyOutages();

    void subscriptionRoundTrip();
    void subscriptionRefusesOtherCurrency();
    void creditClaims();
    void playbooks();

private:
    qsizetype rows(const QString &table) const;

    std::optional<QTemporaryDir> m_dir;
    std::optional<Workspace> m_workspace;
};

void TestRepositories::init()
{
    m_dir.emplace();
    StorageResult<Workspace> ws = Workspace::create(m_dir->filePath(u"test.termlens"_s));
    QVERIFY2(ws.ok(), qPrintable(ws.error.toString()));
    m_workspace.emplace(std::move(*ws.value));
    AgreementRepository agreements(*m_workspace);
    const StorageStatus saved =
        agreements.save(minimalSheet(u"example-cloud"_s, u"Example Cloud Ltd"_s));
    QVERIFY2(saved.ok(), qPrintable(saved.error.toString()));
}

void TestRepositories::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

qsizetype TestRepositories::rows(const QString &table) const
{
    QSqlQuery query(m_workspace->database());
    // The table name comes from the test's own literals.
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestRepositories::termSheetRoundTrip()
{
    AgreementRepository agreements(*m_workspace);
    const TermSheet sheet = richSheet();
    const StorageStatus saved = agreements.save(sheet);
    QVERIFY2(saved.ok(), qPrintable(saved.error.toString()));
    const StorageResult<std::optional<TermSheet>> loaded = agreements.load(sheet.id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
    QVERIFY(loaded.value->has_value());
    QCOMPARE(termSheetToJson(**loaded.value), termSheetToJson(sheet)); // readable on failure
    QVERIFY(**loaded.value == sheet);

    const StorageResult<std::optional<TermSheet>> missing = agreements.load(u"no-such"_s);
    QVERIFY(missing.ok());
    QVERIFY(!missing.value->has_value());
}

void TestRepositories::termsAreSplitWithTheirCitations()
{
    AgreementRepository agreements(*m_workspace);
    QVERIFY(agreements.save(richSheet()).ok());
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.prepare(u"SELECT term, document, clause, quote, ambiguity FROM term_values"
                          " WHERE agreement_id = ? ORDER BY term"_s));
    query.addBindValue(u"example-cloud"_s);
    QVERIFY(query.exec());
    QStringList seen;
    while (query.next()) {
        const QString term = query.value(0).toString();
        seen << term;
        if (term == u"availability") {
            QCOMPARE(query.value(1).toString(), u"sla"_s);
            QCOMPARE(query.value(2).toString(), u"App. A §3"_s);
            QCOMPARE(query.value(3).toString(), u"99.9% each month"_s);
            QCOMPARE(query.value(4).toString(), u"'month' undefined"_s);
        } else if (term == u"subprocessors") {
            QVERIFY(query.value(2).isNull()); // an array has no citation of its own
        } else if (term == u"liabilityCap") {
            QCOMPARE(query.value(2).toString(), u"9.1"_s);
        }
    }
    // The seven terms set in richSheet(), in key order.
    QCOMPARE(seen,
             (QStringList{u"availability"_s, u"breachNotification"_s, u"dataLocations"_s,
                          u"governingLaw"_s, u"liabilityCap"_s, u"subprocessors"_s, u"term"_s}));
    QCOMPARE(rows(u"documents"_s), 2);
}

void TestRepositories::savingAgainReplacesButKeepsOutages()
{
    AgreementRepository agreements(*m_workspace);
    QVERIFY(agreements.save(richSheet()).ok());
    OutageRepository outages(*m_workspace);
    QVERIFY(outages.addBatch({outage(1000, 2000)}).ok());

    TermSheet changed = richSheet();
    changed.vendor = u"Example Cloud plc"_s;
    changed.documents.removeLast();
    changed.terms.availability->citation.document = u"msa"_s;
    changed.terms.availability->measurement.citation = {};
    changed.terms.governingLaw.reset();
    QVERIFY(agreements.save(changed).ok());

    const StorageResult<std::optional<TermSheet>> loaded = agreements.load(changed.id);
    QVERIFY(loaded.ok() && loaded.value->has_value());
    QCOMPARE(termSheetToJson(**loaded.value), termSheetToJson(changed));
    // The same id as init()'s minimal sheet, so it replaced that one: only changed's document.
    QCOMPARE(rows(u"documents"_s), 1);
    QCOMPARE(*outages.count(u"example-cloud"_s).value, 1);
}

void TestRepositories::invalidSheetIsNotSaved()
{
    AgreementRepository agreements(*m_workspace);
    TermSheet bad = minimalSheet(u"Bad Id!"_s, u"Vendor"_s);
    bad.documents.clear();
    const StorageStatus saved = agreements.save(bad);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error.message.contains(u"was not saved"_s), qPrintable(saved.error.message));
    QCOMPARE(rows(u"agreements"_s), 1);
}

void TestRepositories::severalSheetsAreAllOrNothing()
{
    AgreementRepository agreements(*m_workspace);
    TermSheet invalid = minimalSheet(u"second"_s, u"Vendor"_s);
    invalid.currency = u"XX"_s; // not an ISO 4217 code
    const StorageStatus refused =
        agreements.save(QList<TermSheet>{minimalSheet(u"first"_s, u"Vendor"_s), invalid});
    QVERIFY(!refused.ok());
    QCOMPARE(rows(u"agreements"_s), 1); // only init()'s agreement
    QVERIFY(agreements
                .save(QList<TermSheet>{minimalSheet(u"first"_s, u"Vendor"_s),
                                       minimalSheet(u"second"_s, u"Vendor"_s)})
                .ok());
    QCOMPARE(rows(u"agreements"_s), 3);
}

void TestRepositories::listIsSortedByVendor()
{
    AgreementRepository agreements(*m_workspace);
    QVERIFY(agreements.save(minimalSheet(u"zeta"_s, u"alpha Systems"_s)).ok());
    QVERIFY(agreements.save(minimalSheet(u"beta"_s, u"Zulu Ltd"_s)).ok());
    const StorageResult<QList<AgreementSummary>> list = agreements.list();
    QVERIFY(list.ok());
    QStringList ids;
    for (const AgreementSummary &s : *list.value)
        ids << s.id;
    // alpha < Example < Zulu, ignoring case.
    QCOMPARE(ids, (QStringList{u"zeta"_s, u"example-cloud"_s, u"beta"_s}));
    QVERIFY(list.value->at(0).createdUtc > 0);
}

void TestRepositories::removingAgreementCascades()
{
    const QString id = u"example-cloud"_s;
    AgreementRepository agreements(*m_workspace);
    QVERIFY(agreements.save(richSheet()).ok());
    QVERIFY(OutageRepository(*m_workspace)
                .addImport({u"batch-1"_s, id, u"o.csv"_s, u"ab"_s, 1, 1}, {outage(1, 2)})
                .ok());
    Subscription s{id,
                   QDate(2025, 1, 1),
                   BillingCycle::Monthly,
                   u"GBP"_s,
                   u"acct"_s,
                   {{u"Platform"_s, Money(10000, u"GBP"_s)}},
                   {{QDate(2025, 1, 1), Money(10000, u"GBP"_s), u"INV-1"_s}}};
    QVERIFY(SubscriptionRepository(*m_workspace).save(s).ok());
    QVERIFY(CreditClaimRepository(*m_workspace)
                .mark({id, u"Platform"_s, u"2025-03"_s, QDate(2025, 4, 2), u"T-1"_s})
                .ok());

    const StorageResult<bool> removed = agreements.remove(id);
    QVERIFY(removed.ok());
    QCOMPARE(*removed.value, true);
    for (const QString &table :
         {u"agreements"_s, u"documents"_s, u"term_values"_s, u"outages"_s, u"import_batches"_s,
          u"subscriptions"_s, u"subscription_services"_s, u"payments"_s, u"credit_claims"_s})
        QCOMPARE(rows(table), 0);
    QCOMPARE(*agreements.remove(id).value, false);
}

void TestRepositories::duplicateOutagesAreSkipped()
{
    OutageRepository outages(*m_workspace);
    // Rows 1 and 3 are the same outage; row 4 is ongoing (no end), row 5 repeats it: a missing
    // end takes part in identity too. Expected: 3 inserted (1, 2, 4), 2 duplicates (3, 5).
    const QList<Outage> batch = {outage(1000, 2000, u"INC-1"_s), outage(1000, 2000, u"INC-2"_s),
                                 outage(1000, 2000, u"INC-1"_s), outage(5000, std::nullopt),
                                 outage(5000, std::nullopt)};
    const StorageResult<OutageBatchResult> first = outages.addBatch(batch);
    QVERIFY2(first.ok(), qPrintable(first.error.toString()));
    QCOMPARE(*first.value, (OutageBatchResult{3, 2}));
    // Importing the same rows again adds nothing: all 5 are duplicates.
    const StorageResult<OutageBatchResult> again = outages.addBatch(batch);
    QVERIFY(again.ok());
    QCOMPARE(*again.value, (OutageBatchResult{0, 5}));
    QCOMPARE(*outages.count(u"example-cloud"_s).value, 3);
    // Notes are not part of identity: a re-import with new notes is still a duplicate.
    Outage annotated = batch.first();
    annotated.notes = u"re-exported"_s;
    QCOMPARE(*outages.addBatch({annotated}).value, (OutageBatchResult{0, 1}));
}

void TestRepositories::failingRowStoresNothing_data()
{
    QTest::addColumn<QList<Outage>>("batch");
    QTest::addColumn<QString>("expected");
    Outage noService = outage(3000, 4000);
    noService.service = QString(); // NULL: NOT NULL violation
    QTest::newRow("NOT NULL in the last row")
        << QList<Outage>{outage(1000, 2000), outage(2000, 2500), noService}
        << u"Outage 3 of 3 could not be stored, so none was: "_s;
    Outage unknownAgreement = outage(3000, 4000);
    unknownAgreement.agreementId = u"nobody"_s;
    QTest::newRow("unknown agreement") << QList<Outage>{outage(1000, 2000), unknownAgreement}
                                       << u"FOREIGN KEY constraint failed"_s;
    QTest::newRow("end before start")
        << QList<Outage>{outage(1000, 2000), outage(4000, 3000)} << u"CHECK constraint failed"_s;
}

void TestRepositories::failingRowStoresNothing()
{
    QFETCH(QList<Outage>, batch);
    QFETCH(QString, expected);
    OutageRepository outages(*m_workspace);
    const StorageResult<OutageBatchResult> result = outages.addBatch(batch);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.message.contains(expected), qPrintable(result.error.message));
    QCOMPARE(rows(u"outages"_s), 0);
    // The connection is usable afterwards (no transaction left open).
    QCOMPARE(*outages.addBatch({outage(1, 2)}).value, (OutageBatchResult{1, 0}));
}

void TestRepositories::importIsRecorded()
{
    OutageRepository outages(*m_workspace);
    const ImportBatch batch{u"b1"_s, u"example-cloud"_s, u"march.csv"_s, u"0a1b"_s, 1767225600, 2};
    QVERIFY(outages.addImport(batch, {outage(1, 2), outage(3, 4)}).ok());
    QCOMPARE(*outages.importBatches(u"example-cloud"_s).value, QList<ImportBatch>{batch});
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(u"SELECT DISTINCT source FROM outages"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"b1"_s);
    // A batch whose outages fail is not recorded either.
    const StorageResult<OutageBatchResult> failed = outages.addImport(
        {u"b2"_s, u"example-cloud"_s, u"bad.csv"_s, u"ff"_s, 1, 1}, {outage(9, 8)});
    QVERIFY(!failed.ok());
    QCOMPARE(outages.importBatches(u"example-cloud"_s).value->size(), 1);
}

void TestRepositories::rangeListsOverlappingOutages_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QList<qint64>>("expectedStarts");
    // Stored: D [500,1000)  A [1000,2000)  E [1500,1500] (zero length)  B [2000,3000)
    //         C [2500, ongoing)
    QTest::newRow("[1000,2000): A inside, E inside; D ends at 1000, B starts at 2000")
        << qint64(1000) << qint64(2000) << QList<qint64>{1000, 1500};
    QTest::newRow("[2999,3000): B's last second, C ongoing")
        << qint64(2999) << qint64(3000) << QList<qint64>{2000, 2500};
    QTest::newRow("[0,1001): D, and A's first second")
        << qint64(0) << qint64(1001) << QList<qint64>{500, 1000};
    QTest::newRow("[5000,6000): only the ongoing C")
        << qint64(5000) << qint64(6000) << QList<qint64>{2500};
    QTest::newRow("[3000,3000): empty range") << qint64(3000) << qint64(3000) << QList<qint64>{};
    QTest::newRow("everything") << OutageRepository::Beginning << OutageRepository::End
                                << QList<qint64>{500, 1000, 1500, 2000, 2500};
}

void TestRepositories::rangeListsOverlappingOutages()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QList<qint64>, expectedStarts);
    OutageRepository outages(*m_workspace);
    QVERIFY(outages
                .addBatch({outage(2000, 3000), outage(2500, std::nullopt), outage(1000, 2000),
                           outage(500, 1000), outage(1500, 1500),
                           outage(1000, 2000, {}, OutageCategory::Unplanned, u"Other"_s)})
                .ok());
    const StorageResult<QList<Outage>> listed =
        outages.list(u"example-cloud"_s, from, to, u"Platform"_s);
    QVERIFY2(listed.ok(), qPrintable(listed.error.toString()));
    QCOMPARE(starts(*listed.value), expectedStarts);
    // Without a service filter the "Other" service's [1000,2000) joins wherever A is listed.
    const qint64 others = expectedStarts.contains(1000) ? 1 : 0;
    QCOMPARE(*outages.count(u"example-cloud"_s, from, to).value, expectedStarts.size() + others);
}

void TestRepositories::updateAndRemoveOutage()
{
    OutageRepository outages(*m_workspace);
    QVERIFY(outages.addBatch({outage(1000, 2000, u"A"_s), outage(3000, 4000, u"B"_s)}).ok());
    QList<Outage> all = *outages.list(u"example-cloud"_s).value;
    QCOMPARE(all.size(), 2);

    Outage b = all.at(1);
    b.category = OutageCategory::ScheduledMaintenance;
    b.noticeGiven = 100;
    b.end.reset();
    b.notes = u"ongoing again"_s;
    QCOMPARE(*outages.update(b).value, true);
    QCOMPARE(**outages.find(b.id).value, b);

    // Making B identical to A is refused with words, not a bare constraint name.
    Outage clash = all.at(0);
    clash.id = b.id;
    const StorageResult<bool> refused = outages.update(clash);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.message.contains(u"already stored"_s),
             qPrintable(refused.error.message));

    Outage ghost = b;
    ghost.id = 999999;
    QCOMPARE(*outages.update(ghost).value, false);
    QCOMPARE(*outages.remove(b.id).value, true);
    QCOMPARE(*outages.remove(b.id).value, false);
    QVERIFY(!outages.find(b.id).value->has_value());
    QCOMPARE(*outages.count(u"example-cloud"_s).value, 1);
}

void TestRepositories::streamsManyOutages()
{
    // TERMLENS_STORAGE_ROWS=1000000 runs the full million; the default keeps the suite quick.
    const qint64 n = qEnvironmentVariableIsSet("TERMLENS_STORAGE_ROWS")
                         ? qEnvironmentVariableIntValue("TERMLENS_STORAGE_ROWS")
                         : 100000;
    QList<Outage> batch;
    batch.reserve(n);
    for (qint64 i = 0; i < n; ++i)
        batch << outage(i * 60, i * 60 + 30, u"R%1"_s.arg(i));
    OutageRepository outages(*m_workspace);
    const StorageResult<OutageBatchResult> added = outages.addBatch(batch);
    QVERIFY2(added.ok(), qPrintable(added.error.toString()));
    QCOMPARE(added.value->inserted, n);
    batch.clear();

    // Streamed: every row once, in start order; sum of starts = 60 * n(n-1)/2.
    qint64 visited = 0;
    qint64 sum = 0;
    qint64 previous = -1;
    bool ordered = true;
    const StorageStatus streamed = outages.forEach(u"example-cloud"_s, OutageRepository::Beginning,
                                                   OutageRepository::End, [&](const Outage &o) {
                                                       ordered = ordered && o.start > previous;
                                                       previous = o.start;
                                                       ++visited;
                                                       sum += o.start;
                                                       return true;
                                                   });
    QVERIFY(streamed.ok());
    QCOMPARE(visited, n);
    QCOMPARE(sum, 60 * (n * (n - 1) / 2));
    QVERIFY(ordered);

    // Stopping early: the visitor sees exactly as many rows as it asked for.
    qint64 seen = 0;
    QVERIFY(outages
                .forEach(u"example-cloud"_s, 0, OutageRepository::End,
                         [&seen](const Outage &) { return ++seen < 10; })
                .ok());
    QCOMPARE(seen, 10);

    // Chunked: pages of 7,000 cover every row once.
    qint64 paged = 0;
    OutageCursor cursor;
    for (;;) {
        const StorageResult<QList<Outage>> chunk = outages.page(u"example-cloud"_s, cursor, 7000);
        QVERIFY(chunk.ok());
        if (chunk.value->isEmpty())
            break;
        paged += chunk.value->size();
        cursor = {chunk.value->constLast().start, chunk.value->constLast().id};
    }
    QCOMPARE(paged, n);
}

void TestRepositories::subscriptionRoundTrip()
{
    SubscriptionRepository subscriptions(*m_workspace);
    QVERIFY(!subscriptions.load(u"example-cloud"_s).value->has_value());
    // Services deliberately not in alphabetical order: the order entered is kept.
    Subscription s{
        u"example-cloud"_s,
        QDate(2025, 1, 15),
        BillingCycle::Annual,
        u"GBP"_s,
        u"ops@example.org"_s,
        {{u"Platform"_s, Money(125050, u"GBP"_s)}, {u"Analytics"_s, Money(9900, u"GBP"_s)}},
        {{QDate(2025, 1, 15), Money(1500600, u"GBP"_s), u"INV-001"_s},
         {QDate(2025, 1, 10), Money(-5000, u"GBP"_s), u"credit note"_s}}};
    QVERIFY(subscriptions.save(s).ok());
    QCOMPARE(**subscriptions.load(s.agreementId).value, s);

    s.billingCycle = BillingCycle::Monthly;
    s.services.removeFirst();
    s.payments.append({QDate(2025, 2, 15), Money(9900, u"GBP"_s), {}});
    s.startDate = QDate();
    QVERIFY(subscriptions.save(s).ok());
    QCOMPARE(**subscriptions.load(s.agreementId).value, s);
    QCOMPARE(rows(u"subscription_services"_s), 1);
    QCOMPARE(rows(u"payments"_s), 3);

    QCOMPARE(*subscriptions.remove(s.agreementId).value, true);
    QCOMPARE(rows(u"payments"_s), 0);
}

void TestRepositories::subscriptionRefusesOtherCurrency()
{
    SubscriptionRepository subscriptions(*m_workspace);
    const Subscription s{u"example-cloud"_s,
                         QDate(2025, 1, 1),
                         BillingCycle::Monthly,
                         u"GBP"_s,
                         {},
                         {{u"Platform"_s, Money(100, u"USD"_s)}},
                         {}};
    const StorageStatus saved = subscriptions.save(s);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error.message.contains(u"is in USD, but the subscription is in GBP"_s),
             qPrintable(saved.error.message));
    QCOMPARE(rows(u"subscriptions"_s), 0);
}

void TestRepositories::creditClaims()
{
    CreditClaimRepository claims(*m_workspace);
    const CreditClaim march{u"example-cloud"_s, u"Platform"_s, u"2025-03"_s, QDate(2025, 4, 2),
                            u"T-1"_s};
    const CreditClaim feb{u"example-cloud"_s, {}, u"2025-02"_s, QDate(2025, 3, 30), {}};
    QVERIFY(claims.mark(march).ok());
    QVERIFY(claims.mark(feb).ok());
    CreditClaim marchAgain = march;
    marchAgain.reference = u"T-1b"_s;
    QVERIFY(claims.mark(marchAgain).ok()); // replaces, does not add
    QCOMPARE(*claims.list(u"example-cloud"_s).value, (QList<CreditClaim>{feb, marchAgain}));

    QCOMPARE(*claims.unmark(u"example-cloud"_s, u"Platform"_s, u"2025-03"_s).value, true);
    QCOMPARE(*claims.unmark(u"example-cloud"_s, u"Platform"_s, u"2025-03"_s).value, false);
    QCOMPARE(*claims.list(u"example-cloud"_s).value, QList<CreditClaim>{feb});

    CreditClaim badMonth = feb;
    badMonth.month = u"2025-13"_s;
    QVERIFY(!claims.mark(badMonth).ok());
}

void TestRepositories::playbooks()
{
    PlaybookRepository playbooks(*m_workspace);
    const StoredPlaybook careful{u"careful"_s, u"Careful buyer"_s,
                                 R"({"format": "termlens.playbook/1", "id": "careful"})"};
    const StoredPlaybook lax{u"lax"_s, u"A lax buyer"_s, R"({"id": "lax"})"};
    QVERIFY(playbooks.save(careful).ok());
    QVERIFY(playbooks.save(lax).ok());
    QCOMPARE(*playbooks.list().value, (QList<PlaybookSummary>{{u"lax"_s, u"A lax buyer"_s},
                                                              {u"careful"_s, u"Careful buyer"_s}}));
    QCOMPARE(**playbooks.load(u"careful"_s).value, careful);

    const StorageStatus invalid = playbooks.save({u"bad"_s, u"Bad"_s, "{not json"});
    QVERIFY(!invalid.ok());
    QCOMPARE(*playbooks.remove(u"lax"_s).value, true);
    QVERIFY(!playbooks.load(u"lax"_s).value->has_value());
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
