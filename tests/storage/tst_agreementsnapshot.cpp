#include "agreementimport.h"
#include "agreementrepository.h"
#include "agreementsnapshot.h"
#include "outagerepository.h"
#include "sampleworkspace.h"
#include "subscriptionrepository.h"
#include "termsheetfile.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace termlens;
using namespace Qt::StringLiterals;

// Snapshots of everything a workspace stores for an agreement, taken when it is deleted or
// replaced and put back by undo (agreementsnapshot.h), over the sample workspace.
class TestAgreementSnapshot final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    int m_count = 0;

    qsizetype rows(const QString &table, const QString &id)
    {
        // Table names from the test's own fixed list.
        QSqlQuery query(m_workspace->database());
        const QString key = table == u"agreements"_s ? u"id"_s : u"agreement_id"_s;
        query.prepare(u"SELECT COUNT(*) FROM %1 WHERE %2 = ?"_s.arg(table, key));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

private slots:
    void init();
    void cleanup();
    void snapshotHoldsEveryTable();
    void removeThenRestoreIsExact();
    void unknownIdsAreSkipped();
    void restoreReplacesNewAgreement();
    void failedRestoreChangesNothing();
    void reusedOutageNumbersGetNewOnes();
    void termsOfOneRestOfAnother();
};

void TestAgreementSnapshot::init()
{
    QVERIFY(m_dir.isValid());
    StorageResult<Workspace> created =
        createSampleWorkspace(m_dir.filePath(u"w%1.termlens"_s.arg(++m_count)));
    QVERIFY2(created.ok(), qPrintable(created.error.toString()));
    m_workspace = std::make_unique<Workspace>(std::move(*created.value));
}

void TestAgreementSnapshot::cleanup()
{
    if (m_workspace)
        m_workspace->close();
    m_workspace.reset();
}

void TestAgreementSnapshot::snapshotHoldsEveryTable()
{
    const auto taken = snapshotAgreements(*m_workspace, {u"identity-automation"_s});
    QVERIFY(taken.ok());
    QCOMPARE(taken.value->size(), 1);
    const AgreementSnapshot &s = taken.value->constFirst();
    QCOMPARE(s.agreementId, u"identity-automation"_s);
    // Parents before children, so that restoring satisfies every foreign key.
    QCOMPARE(agreementOwnedTables(),
             (QStringList{u"agreements"_s, u"documents"_s, u"term_values"_s, u"subscriptions"_s,
                          u"subscription_services"_s, u"payments"_s, u"import_batches"_s,
                          u"outages"_s, u"credit_claims"_s}));
    // By hand from resources/sample: one document (msa), one subscription with two services
    // (Identity Platform, PhishID) and 31 monthly payments from 2024-05 to 2026-11, and the
    // 14 outages of identity-automation.outages.csv.
    QCOMPARE(s.rowCount(u"agreements"_s), 1);
    QCOMPARE(s.rowCount(u"documents"_s), 1);
    QCOMPARE(s.rowCount(u"subscriptions"_s), 1);
    QCOMPARE(s.rowCount(u"subscription_services"_s), 2);
    QCOMPARE(s.rowCount(u"payments"_s), 31);
    QCOMPARE(s.rowCount(u"outages"_s), 14);
    // One row per term key under "terms", as stored.
    QCOMPARE(s.rowCount(u"term_values"_s), rows(u"term_values"_s, u"identity-automation"_s));
    QVERIFY(s.rowCount(u"term_values"_s) > 5);
}

void TestAgreementSnapshot::removeThenRestoreIsExact()
{
    const QString id = u"identity-automation"_s;
    const auto before = snapshotAgreements(*m_workspace, {id});
    QVERIFY(before.ok());
    const auto outagesBefore = OutageRepository(*m_workspace).list(id);
    const auto removed = removeAgreements(*m_workspace, {id});
    QVERIFY2(removed.ok(), qPrintable(removed.error.toString()));
    for (const QString &table : agreementOwnedTables())
        QCOMPARE(rows(table, id), 0);
    // The other agreements are untouched.
    QCOMPARE(rows(u"outages"_s, u"alliants"_s), 14);
    QVERIFY(!(*AgreementRepository(*m_workspace).load(id).value));

    QVERIFY(restoreAgreements(*m_workspace, {}, *removed.value).ok());
    const auto after = snapshotAgreements(*m_workspace, {id});
    QVERIFY(after.ok());
    // Row for row, column for column, outages with their own ids.
    const AgreementSnapshot &a = before.value->constFirst();
    const AgreementSnapshot &b = after.value->constFirst();
    QCOMPARE(b.tables.size(), a.tables.size());
    for (qsizetype i = 0; i < a.tables.size(); ++i) {
        QCOMPARE(b.tables[i].table, a.tables[i].table);
        QCOMPARE(b.tables[i].columns, a.tables[i].columns);
        QCOMPARE(b.tables[i].rows, a.tables[i].rows);
    }
    QCOMPARE(*OutageRepository(*m_workspace).list(id).value, *outagesBefore.value);
    const auto subscription = SubscriptionRepository(*m_workspace).load(id);
    QCOMPARE((*subscription.value)->payments.size(), 31);
}

void TestAgreementSnapshot::unknownIdsAreSkipped()
{
    const auto taken = snapshotAgreements(*m_workspace, {u"nope"_s, u"alliants"_s});
    QVERIFY(taken.ok());
    QCOMPARE(taken.value->size(), 1);
    QCOMPARE(taken.value->constFirst().agreementId, u"alliants"_s);
    const auto removed = removeAgreements(*m_workspace, {u"nope"_s});
    QVERIFY(removed.ok());
    QVERIFY(removed.value->isEmpty());
    QCOMPARE(AgreementRepository(*m_workspace).list().value->size(), 4);
}

void TestAgreementSnapshot::restoreReplacesNewAgreement()
{
    // An import that replaced alliants, undone: the imported sheet goes, the old one with its
    // outages and subscription comes back.
    const auto before = snapshotAgreements(*m_workspace, {u"alliants"_s});
    TermSheet replacement = *AgreementRepository(*m_workspace).load(u"alliants"_s).value.value();
    replacement.vendor = u"Alliants Renamed"_s;
    const auto saved = saveAgreements(*m_workspace, {replacement});
    QVERIFY(saved.ok());
    QCOMPARE(*saved.value, QList<bool>{true});
    QCOMPARE(rows(u"outages"_s, u"alliants"_s), 14); // kept by the import
    QVERIFY(restoreAgreements(*m_workspace, {u"alliants"_s}, *before.value).ok());
    QCOMPARE((*AgreementRepository(*m_workspace).load(u"alliants"_s).value)->vendor, u"Alliants"_s);
    const auto after = snapshotAgreements(*m_workspace, {u"alliants"_s});
    for (qsizetype i = 0; i < before.value->constFirst().tables.size(); ++i)
        QCOMPARE(after.value->constFirst().tables[i].rows,
                 before.value->constFirst().tables[i].rows);
}

void TestAgreementSnapshot::failedRestoreChangesNothing()
{
    // Restoring a snapshot of an agreement that is still stored collides with it: the whole
    // restore is refused and rolled back, and the first snapshot's agreement is not left
    // behind either.
    const auto taken = snapshotAgreements(*m_workspace, {u"alliants"_s, u"logit-io"_s});
    QVERIFY(taken.ok());
    QVERIFY(removeAgreements(*m_workspace, {u"alliants"_s}).ok());
    const StorageStatus restored = restoreAgreements(*m_workspace, {}, *taken.value);
    QVERIFY(!restored.ok());
    QVERIFY(!restored.error.toString().isEmpty());
    QCOMPARE(rows(u"agreements"_s, u"alliants"_s), 0);
    QCOMPARE(rows(u"outages"_s, u"alliants"_s), 0);
    QCOMPARE(rows(u"agreements"_s, u"logit-io"_s), 1);
}

void TestAgreementSnapshot::reusedOutageNumbersGetNewOnes()
{
    // logit-io was stored last, so its outages hold the highest numbers; once deleted, SQLite
    // gives the next new outage the first of them.
    const auto removed = removeAgreements(*m_workspace, {u"logit-io"_s});
    QVERIFY(removed.ok());
    QSqlQuery max(m_workspace->database());
    QVERIFY(max.exec(u"SELECT MAX(id) FROM outages"_s) && max.next());
    const qint64 highest = max.value(0).toLongLong();
    Outage outage;
    outage.agreementId = u"alliants"_s;
    outage.service = u"Platform"_s;
    outage.start = 1'780'000'000;
    outage.end = 1'780'000'600;
    QVERIFY(OutageRepository(*m_workspace).addBatch({outage}).ok());
    const auto added = OutageRepository(*m_workspace).list(u"alliants"_s);
    qint64 newId = 0;
    for (const Outage &o : *added.value)
        newId = std::max(newId, o.id);
    QCOMPARE(newId, highest + 1);
    qint64 logitLowest = std::numeric_limits<qint64>::max();
    for (const QVariantList &row : removed.value->constFirst().tables[7].rows)
        logitLowest = std::min(logitLowest, row.at(0).toLongLong());
    QCOMPARE(newId, logitLowest); // the number is taken now

    // Undo of the delete still brings all 15 logit-io outages back, the one whose number was
    // taken under a new number, and the alliants outage keeps its own.
    const StorageStatus restored = restoreAgreements(*m_workspace, {}, *removed.value);
    QVERIFY2(restored.ok(), qPrintable(restored.error.toString()));
    QCOMPARE(rows(u"outages"_s, u"logit-io"_s), 15);
    QCOMPARE(rows(u"outages"_s, u"alliants"_s), 15);
    QSqlQuery owner(m_workspace->database());
    owner.prepare(u"SELECT agreement_id FROM outages WHERE id = ?"_s);
    owner.addBindValue(newId);
    QVERIFY(owner.exec() && owner.next());
    QCOMPARE(owner.value(0).toString(), u"alliants"_s);
}

void TestAgreementSnapshot::termsOfOneRestOfAnother()
{
    // Alliants before and after its vendor was renamed and an outage recorded: the merge has
    // the old name and the 15 outages.
    const auto before = snapshotAgreements(*m_workspace, {u"alliants"_s});
    TermSheet renamed = *AgreementRepository(*m_workspace).load(u"alliants"_s).value.value();
    renamed.vendor = u"Alliants Renamed"_s;
    QVERIFY(AgreementRepository(*m_workspace).save(renamed).ok());
    Outage outage;
    outage.agreementId = u"alliants"_s;
    outage.service = u"Platform"_s;
    outage.start = 1'780'000'000;
    outage.end = 1'780'000'600;
    QVERIFY(OutageRepository(*m_workspace).addBatch({outage}).ok());
    const auto after = snapshotAgreements(*m_workspace, {u"alliants"_s});
    const AgreementSnapshot merged =
        withTermsOf(before.value->constFirst(), after.value->constFirst());
    QCOMPARE(agreementTermTables(),
             (QStringList{u"agreements"_s, u"documents"_s, u"term_values"_s}));
    QCOMPARE(merged.tables.size(), agreementOwnedTables().size());
    QCOMPARE(merged.rowCount(u"outages"_s), 15);
    QVERIFY(restoreAgreements(*m_workspace, {u"alliants"_s}, {merged}).ok());
    QCOMPARE((*AgreementRepository(*m_workspace).load(u"alliants"_s).value)->vendor, u"Alliants"_s);
    QCOMPARE(rows(u"outages"_s, u"alliants"_s), 15);
}

QTEST_GUILESS_MAIN(TestAgreementSnapshot)
#include "tst_agreementsnapshot.moc"
