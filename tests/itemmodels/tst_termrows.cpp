#include "samplesheets.h"
#include "termrows.h"

#include <QLocale>
#include <QSet>
#include <QTest>

using namespace termlens;
using namespace Qt::StringLiterals;

// The rows of the four sample agreements, checked against the agreements' own words (the
// term sheets in resources/sample and the texts beside them), not against the program's output.
class TestTermRows final : public QObject
{
    Q_OBJECT

private:
    static const TermRow *find(const QList<TermRow> &rows, const QString &key)
    {
        for (const TermRow &row : rows) {
            if (row.key == key)
                return &row;
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void sampleRow_data();
    void sampleRow();
    void absentTermsSayNotStated();
    void emptySheetHasEveryTerm();
    void everyRowHasTextAndUniqueKey_data();
    void everyRowHasTextAndUniqueKey();
    void childRowBorrowsParentPlaceButNotAmbiguity();
    void summaries_data();
    void summaries();
    void decimalsFollowLocale_data();
    void decimalsFollowLocale();
};

void TestTermRows::sampleRow_data()
{
    QTest::addColumn<QString>("agreement");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QString>("clause");

    // Alliants SLA §2: "99.95%" measured over "5 minute periods" of a calendar month.
    QTest::newRow("alliants target")
        << u"alliants"_s << u"availability.target"_s << u"Availability target"_s
        << QStringList{u"99.95 %"_s, u"5-minute"_s} << u"2"_s;
    // §2: flat 10 % "of the Subscription Fees ... for that calendar month".
    QTest::newRow("alliants flat credit")
        << u"alliants"_s << u"credits.schedule"_s << u"Credit schedule"_s
        << QStringList{u"10 % if the target is missed"_s} << u"2"_s;
    // §2: claim "within the following calendar month".
    QTest::newRow("alliants claim window")
        << u"alliants"_s << u"credits.claimWindow"_s << u"Claim window"_s
        << QStringList{u"by the end of the month after the month measured"_s} << u"2"_s;
    // §3: P1 response 15 minutes, around the clock.
    QTest::newRow("alliants P1") << u"alliants"_s << u"support.level.1"_s << u"P1 - Urgent"_s
                                 << QStringList{u"15 minutes, 24×7"_s, u"Full system outage"_s}
                                 << u"3 (Incident Levels)"_s;
    // §3: support Monday-Friday 09:00-17:30 UK time, bank holidays excluded.
    QTest::newRow("alliants hours")
        << u"alliants"_s << u"support.hours"_s << u"Business hours"_s
        << QStringList{u"Mon–Fri 09:00–17:30 (Europe/London)"_s, u"England and Wales"_s} << u"3"_s;
    // 13.5: 125 % of Charges paid in the preceding Contract Year; first year; insurers.
    QTest::newRow("logit liability")
        << u"logit-io"_s << u"liability.cap"_s << u"Liability cap"_s
        << QStringList{u"1.25 × the fees paid in the previous contract year"_s,
                       u"first contract year"_s, u"never more than the insurers pay"_s}
        << u"13.5"_s;
    // Sched. 3 Part 4: the 99.9 % table only works with a 43,830-minute month.
    QTest::newRow("logit month") << u"logit-io"_s << u"availability.month"_s << u"Month length"_s
                                 << QStringList{u"43,830 minutes"_s} << u"Sched. 3 Part 4 1.2"_s;
    QTest::newRow("logit target options")
        << u"logit-io"_s << u"availability.target"_s << u"Availability target"_s
        << QStringList{u"99.9 % a month"_s, u"also offered: 99.99 %, 99.999 %"_s}
        << u"Sched. 3 Part 4 1.2"_s;
    // 1.6-1.7: 5 % for up to 1 point short, then 5 % per further full point; cap 100 %.
    QTest::newRow("logit steps")
        << u"logit-io"_s << u"credits.schedule"_s << u"Credit schedule"_s
        << QStringList{u"5 % for a shortfall of up to 1 percentage point"_s,
                       u"plus 5 % for each further full 1 percentage point"_s}
        << u"Sched. 3 Part 4 1.6-1.7; Worked Examples"_s;
    QTest::newRow("logit credit cap")
        << u"logit-io"_s << u"credits.cap"_s << u"Credit cap"_s
        << QStringList{u"at most 100 % of the base"_s} << u"Sched. 3 Part 4 1.5-1.12"_s;
    // 1.5: claim within 10 days.
    QTest::newRow("logit claim") << u"logit-io"_s << u"credits.claimWindow"_s << u"Claim window"_s
                                 << QStringList{u"within 10 days after the end"_s}
                                 << u"Sched. 3 Part 4 1.5"_s;
    QTest::newRow("logit breach") << u"logit-io"_s << u"breach.notification"_s
                                  << u"Breach notification"_s
                                  << QStringList{u"no fixed time: without undue delay"_s}
                                  << u"Sched. 2 2.1.7"_s;
    // 20.1: 20 Business Days' notice of adverse changes.
    QTest::newRow("logit changes")
        << u"logit-io"_s << u"changes"_s << u"Changes to terms"_s
        << QStringList{u"notice: 20 business days"_s, u"against the customer only"_s} << u"20.1"_s;
    QTest::newRow("logit renewal")
        << u"logit-io"_s << u"term.renewal"_s << u"Renewal"_s
        << QStringList{u"runs to the end of each period paid for"_s} << u"14.2-14.3"_s;
    // 7.1: three-year Initial Term; 7.2: one-year renewals, 90 days' notice.
    QTest::newRow("identity initial")
        << u"identity-automation"_s << u"term.initial"_s << u"Initial term"_s
        << QStringList{u"36 months"_s} << u"7.1"_s;
    QTest::newRow("identity renewal")
        << u"identity-automation"_s << u"term.renewal"_s << u"Renewal"_s
        << QStringList{u"terms of 12 months"_s, u"at least 90 days before the term ends"_s}
        << u"7.2"_s;
    // App. A §3: below 99.9 -> 5 %, below 99.0 -> 10 %, below 95.0 -> 15 %.
    QTest::newRow("identity tiers")
        << u"identity-automation"_s << u"credits.schedule"_s << u"Credit schedule"_s
        << QStringList{u"below 99.9 %: 5 %; below 99 %: 10 %; below 95 %: 15 %"_s}
        << u"App. A §3"_s;
    QTest::newRow("identity base")
        << u"identity-automation"_s << u"credits.base"_s << u"Credit base"_s
        << QStringList{u"one twelfth of the annual fee"_s} << u"App. A §3"_s;
    // "greater than one dollar": the amount in the currency's cents.
    QTest::newRow("identity minimum")
        << u"identity-automation"_s << u"credits.minimum"_s << u"Minimum credit"_s
        << QStringList{u"issued only if more than 1.00 USD"_s} << u"App. A §3"_s;
    QTest::newRow("identity maintenance")
        << u"identity-automation"_s << u"availability.maintenance"_s << u"Scheduled maintenance"_s
        << QStringList{u"notified at least 72 hours in advance"_s,
                       u"only in the window daily 23:00–04:00 (America/Chicago)"_s}
        << u"App. A, Scheduled Maintenance"_s;
    QTest::newRow("identity L2") << u"identity-automation"_s << u"support.level.2"_s << u"Level 2"_s
                                 << QStringList{u"2 business days"_s} << u"App. A §2"_s;
    QTest::newRow("identity breach")
        << u"identity-automation"_s << u"breach.notification"_s << u"Breach notification"_s
        << QStringList{u"within 48 hours"_s} << u"4.4"_s;
    QTest::newRow("identity transfers")
        << u"identity-automation"_s << u"data.transfers"_s << u"Transfers abroad"_s
        << QStringList{u"permitted: United States (US)"_s} << u"App. A, Security & Compliance"_s;
    QTest::newRow("identity arbitration")
        << u"identity-automation"_s << u"law.governing"_s << u"Governing law and disputes"_s
        << QStringList{u"State of Texas"_s, u"arbitration seated in Dover, Delaware"_s}
        << u"14.3"_s;
    // Licence 4.2-4.3: one-year minimum, then rolling with 30 days' notice.
    QTest::newRow("alliantist renewal") << u"alliantist-isms"_s << u"term.renewal"_s << u"Renewal"_s
                                        << QStringList{u"notice period: 30 days"_s} << u"4.3"_s;
    QTest::newRow("alliantist no credits")
        << u"alliantist-isms"_s << u"credits.schedule"_s << u"Credit schedule"_s
        << QStringList{u"no service credits"_s} << u"1"_s;
    // Support policy 1 states an expected availability with no credits at all: the credit base,
    // cap and claim window are not terms of this agreement.
    QTest::newRow("alliantist no credit base") << u"alliantist-isms"_s << u"credits.base"_s
                                               << u"Credit base"_s << QStringList{} << QString();
    // Licence 5.5: the Platform fees paid in the previous year, once.
    QTest::newRow("alliantist liability")
        << u"alliantist-isms"_s << u"liability.cap"_s << u"Liability cap"_s
        << QStringList{u"1 × the fees paid in the previous contract year"_s} << u"5.5"_s;
    // Support policy 6.5: "09:00-18:00 GMT" all year.
    QTest::newRow("alliantist GMT hours")
        << u"alliantist-isms"_s << u"support.hours"_s << u"Business hours"_s
        << QStringList{u"Mon–Fri 09:00–18:00 (Etc/GMT)"_s} << u"6.5"_s;
    QTest::newRow("alliantist breach cure")
        << u"alliantist-isms"_s << u"termination.right.1"_s << u"Either party: material breach"_s
        << QStringList{u"cure period 30 days"_s, u"no notice needed"_s} << u"4.7"_s;
    QTest::newRow("alliantist failover")
        << u"alliantist-isms"_s << u"data.location.2"_s << u"Failover location"_s
        << QStringList{u"Ireland (IE), Dublin, AWS"_s} << u"3.4"_s;
}

void TestTermRows::sampleRow()
{
    QFETCH(QString, agreement);
    QFETCH(QString, key);
    QFETCH(QString, label);
    QFETCH(QStringList, contains);
    QFETCH(QString, clause);

    const QList<TermRow> rows = termRows(loadSampleSheet(agreement), QLocale::c());
    const TermRow *row = find(rows, key);
    QVERIFY2(row, qPrintable(key));
    QCOMPARE(row->label, label);
    // A row expecting no words is one the documents do not state.
    QCOMPARE(row->stated, !contains.isEmpty());
    if (!row->stated)
        QCOMPARE(row->value, u"not stated"_s);
    for (const QString &part : contains)
        QVERIFY2(row->value.contains(part), qPrintable(row->value + u" lacks "_s + part));
    QCOMPARE(row->citation.clause, clause);
}

void TestTermRows::absentTermsSayNotStated()
{
    // The Alliants SLA is a schedule to terms that are not among the documents: no term,
    // liability, termination, data or law terms; its credits state no cap and no minimum.
    const QList<TermRow> rows = termRows(loadSampleSheet(QStringLiteral("alliants")));
    for (const char *key : {"term.initial", "term.renewal", "liability.cap", "termination.rights",
                            "subprocessors", "data.locations", "breach.notification",
                            "law.governing", "changes", "credits.cap", "credits.minimum"}) {
        const TermRow *row = find(rows, QString::fromLatin1(key));
        QVERIFY2(row, key);
        QCOMPARE(row->value, QStringLiteral("not stated"));
        QVERIFY(!row->stated);
        QVERIFY(row->citation.isEmpty());
    }
}

void TestTermRows::emptySheetHasEveryTerm()
{
    TermSheet sheet;
    sheet.id = QStringLiteral("empty");
    const QList<TermRow> rows = termRows(sheet);
    // availability 6 + credits 6 + term 2 + liability 2 + support 2 (hours, levels)
    // + termination 1 + sub-processors 2 (policy, list) + data 3 (locations, transfers,
    // return) + breach 1 + law 1 + changes 1 = 27
    QCOMPARE(rows.size(), 27);
    for (const TermRow &row : rows) {
        QCOMPARE(row.value, notStatedText());
        QVERIFY(!row.label.isEmpty());
    }
    QCOMPARE(rows.first().group, TermGroup::Availability);
    QCOMPARE(rows.last().group, TermGroup::Changes);
}

void TestTermRows::everyRowHasTextAndUniqueKey_data()
{
    QTest::addColumn<QString>("agreement");
    QTest::addColumn<int>("subprocessorRows");
    // Alliantist 3.4 names 15 sub-processors, Logit.io Sched. 1 Part 2 names its hosting
    // providers; Alliants and Identity Automation name none (one "not stated" row each).
    QTest::newRow("alliantist") << u"alliantist-isms"_s << 15;
    QTest::newRow("alliants") << u"alliants"_s << 1;
    QTest::newRow("identity") << u"identity-automation"_s << 1;
    QTest::newRow("logit") << u"logit-io"_s << 2;
}

void TestTermRows::everyRowHasTextAndUniqueKey()
{
    QFETCH(QString, agreement);
    QFETCH(int, subprocessorRows);
    const QList<TermRow> rows = termRows(loadSampleSheet(agreement));
    QSet<QString> keys;
    int subprocessors = 0;
    for (const TermRow &row : rows) {
        QVERIFY2(!row.value.trimmed().isEmpty(), qPrintable(row.key));
        QVERIFY2(!row.label.trimmed().isEmpty(), qPrintable(row.key));
        QVERIFY2(!keys.contains(row.key), qPrintable(row.key));
        keys.insert(row.key);
        if (row.group == TermGroup::Subprocessors && row.key != u"subprocessors.policy")
            ++subprocessors;
    }
    QCOMPARE(subprocessors, subprocessorRows);
}

void TestTermRows::childRowBorrowsParentPlaceButNotAmbiguity()
{
    // Identity Automation's 7.1 Term carries no ambiguity of its own... its renewal (7.2)
    // does; Alliants' support levels have their own clause; an Alliants maintenance row has
    // its own citation. The credit base is a field of the credits object: whole citation.
    const TermSheet sheet = loadSampleSheet(QStringLiteral("identity-automation"));
    const QList<TermRow> rows = termRows(sheet);
    const TermRow *base = find(rows, QStringLiteral("credits.base"));
    QVERIFY(base);
    QCOMPARE(base->citation, sheet.terms.availability->credits->citation);
    QVERIFY(!base->citation.ambiguity.isEmpty());

    // The month length is a field of the availability object; a measurement sub-object that
    // cites nothing would borrow the place only.
    TermSheet edited = sheet;
    edited.terms.availability->measurement.citation = {};
    const auto editedRows = termRows(edited); // find() points into it
    const TermRow *measurement = find(editedRows, QStringLiteral("availability.measurement"));
    QVERIFY(measurement);
    QCOMPARE(measurement->citation.clause, sheet.terms.availability->citation.clause);
    QCOMPARE(measurement->citation.quote, sheet.terms.availability->citation.quote);
    QVERIFY(!sheet.terms.availability->citation.ambiguity.isEmpty());
    QVERIFY(measurement->citation.ambiguity.isEmpty());
    QVERIFY(measurement->citation.note.isEmpty());
}

void TestTermRows::summaries_data()
{
    QTest::addColumn<QString>("agreement");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("liability");
    QTest::addColumn<QString>("renewal");
    QTest::newRow("alliantist") << u"alliantist-isms"_s << u"99.5 %"_s
                                << u"1 × fees of previous contract year"_s
                                << u"Rolling; notice 30 days"_s;
    QTest::newRow("alliants") << u"alliants"_s << u"99.95 %"_s << u"not stated"_s
                              << u"not stated"_s;
    QTest::newRow("identity") << u"identity-automation"_s << u"99.9 %"_s
                              << u"1 × fees of 12 months before claim"_s
                              << u"Fixed 12 months; notice 90 days"_s;
    QTest::newRow("logit") << u"logit-io"_s << u"99.9 %"_s
                           << u"1.25 × fees of previous contract year"_s
                           << u"To end of paid period"_s;
}

void TestTermRows::summaries()
{
    QFETCH(QString, agreement);
    QFETCH(QString, target);
    QFETCH(QString, liability);
    QFETCH(QString, renewal);
    const TermSheet sheet = loadSampleSheet(agreement);
    QCOMPARE(availabilityTargetText(sheet, QLocale::c()), target);
    QCOMPARE(liabilityCapText(sheet, QLocale::c()), liability);
    QCOMPARE(renewalText(sheet, QLocale::c()), renewal);
}

void TestTermRows::decimalsFollowLocale_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    const QLocale c = QLocale::c();
    const QLocale de(QLocale::German, QLocale::Germany);
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    QTest::newRow("C 99.95") << u"99.95"_s << c << u"99.95"_s;
    QTest::newRow("de 99.95") << u"99.95"_s << de << u"99,95"_s;
    QTest::newRow("C trailing zeros dropped") << u"99.0"_s << c << u"99"_s;
    QTest::newRow("de 1.25") << u"1.25"_s << de << u"1,25"_s;
    QTest::newRow("en grouping") << u"43830"_s << en << u"43,830"_s;
    QTest::newRow("de grouping") << u"12500.5"_s << de << u"12.500,5"_s;
    QTest::newRow("C negative") << u"-0.001"_s << c << u"-0.001"_s;
    QTest::newRow("many fraction digits kept") << u"99.999999"_s << c << u"99.999999"_s;
}

void TestTermRows::decimalsFollowLocale()
{
    QFETCH(QString, value);
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    const std::optional<Decimal> decimal = Decimal::parse(value);
    QVERIFY(decimal);
    QCOMPARE(formatDecimal(*decimal, locale), expected);
}

QTEST_GUILESS_MAIN(TestTermRows)
#include "tst_termrows.moc"
