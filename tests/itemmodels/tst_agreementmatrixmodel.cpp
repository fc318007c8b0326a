#include "agreementmatrixmodel.h"
#include "roles.h"
#include "samplesheets.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTextDocument>

using namespace termlens;
using namespace Qt::StringLiterals;

// The sub-processor and data-location matrices over the four sample agreements. Expected rows
// are read off the seeds: Alliantist's licence 3.4 names 15 sub-processors (AWS, Linode, ...)
// and keeps data in London (primary), Dublin (failover) and with Linode in the UK (backup);
// Logit.io's Schedule 1 Part 2 names OVH Limited and Amazon Web Services UK Limited as hosting
// providers; Identity Automation's Appendix A keeps US customers' data in the US; the Alliants
// SLA says nothing about either.
class TestAgreementMatrixModel final : public QObject
{
    Q_OBJECT

private:
    static QList<TermSheet> sheets()
    {
        QList<TermSheet> list;
        for (const QString &id : sampleIds())
            list.append(loadSampleSheet(id));
        return list;
    }
    static QModelIndex at(const AgreementMatrixModel &model, const QString &key,
                          const QString &agreement)
    {
        return model.index(model.rowOfKey(key), model.columnOf(agreement));
    }

private slots:
    void passesModelTester();
    void companyKey_data();
    void companyKey();
    void sharedSubprocessorIsConcentrationRisk();
    void locationsByCountryWithRoles();
    void transferRestrictions_data();
    void transferRestrictions();
    void userTextInTooltipsIsPlain();
    void cellTooltipsGiveTheWholeCitation();
};

void TestAgreementMatrixModel::passesModelTester()
{
    SubprocessorMatrixModel subprocessors;
    DataLocationMatrixModel locations;
    QAbstractItemModelTester a(&subprocessors,
                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester b(&locations, QAbstractItemModelTester::FailureReportingMode::QtTest);
    subprocessors.setAgreements(sheets());
    locations.setAgreements(sheets());
    QCOMPARE(subprocessors.columnCount(), 6);
    subprocessors.setAgreements(sheets().mid(2));
    QCOMPARE(subprocessors.columnCount(), 4);
    subprocessors.clear();
    locations.clear();
    QCOMPARE(subprocessors.rowCount(), 0);
}

void TestAgreementMatrixModel::companyKey_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::newRow("short name") << u"AWS"_s << u"aws"_s;
    QTest::newRow("legal name with country") << u"Amazon Web Services UK Limited"_s << u"aws"_s;
    QTest::newRow("legal form dropped") << u"OVH Limited"_s << u"ovh"_s;
    QTest::newRow("punctuation") << u"Google, Inc."_s << u"google"_s;
    QTest::newRow("other words kept") << u"We Have A Meeting"_s << u"we have a meeting"_s;
    QTest::newRow("only a legal form") << u"Ltd"_s << u"ltd"_s;
}

void TestAgreementMatrixModel::companyKey()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(SubprocessorMatrixModel::companyKey(name), key);
}

void TestAgreementMatrixModel::sharedSubprocessorIsConcentrationRisk()
{
    SubprocessorMatrixModel model;
    model.setAgreements(sheets());
    // 15 of Alliantist's + OVH; Amazon Web Services UK Limited is AWS.
    QCOMPARE(model.rowCount(), 16);
    const int aws = model.rowOfKey(u"aws"_s);
    QCOMPARE(aws, 0); // shared providers first
    const QModelIndex label = model.index(aws, AgreementMatrixModel::LabelColumn);
    QCOMPARE(label.data().toString(), u"AWS"_s);
    QVERIFY(label.data(AgreementMatrixModel::HighlightRole).toBool());
    QCOMPARE(label.data(AgreementMatrixModel::CountRole).toInt(), 2);
    const QString summary = model.index(aws, AgreementMatrixModel::SummaryColumn).data().toString();
    QVERIFY2(summary.startsWith(u"⚠"_s), qPrintable(summary)); // a symbol, not colour alone
    QVERIFY(
        at(model, u"aws"_s, u"alliantist-isms"_s).data(AgreementMatrixModel::PresentRole).toBool());
    QVERIFY(at(model, u"aws"_s, u"logit-io"_s).data(AgreementMatrixModel::PresentRole).toBool());
    QVERIFY(at(model, u"aws"_s, u"logit-io"_s).data().toString().startsWith(u"✔ Hosting"_s));
    // Agreements that name no sub-processors say so.
    QCOMPARE(at(model, u"aws"_s, u"alliants"_s).data().toString(), u"not stated"_s);
    QCOMPARE(at(model, u"aws"_s, u"identity-automation"_s).data(StatedRole).toBool(), false);
    // One vendor's provider: not highlighted, empty where another vendor lists others.
    const int ovh = model.rowOfKey(u"ovh"_s);
    QVERIFY(ovh > 0);
    QVERIFY(!model.index(ovh, 0).data(AgreementMatrixModel::HighlightRole).toBool());
    QCOMPARE(at(model, u"ovh"_s, u"alliantist-isms"_s).data().toString(), QString());
    QCOMPARE(at(model, u"ovh"_s, u"alliantist-isms"_s).data(StatedRole).toBool(), true);
    // The citation of a cell for the panel.
    const std::optional<TermRow> row = model.termRowAt(aws, model.columnOf(u"logit-io"_s));
    QVERIFY(row);
    QVERIFY(row->stated);
    QCOMPARE(row->citation.document, u"terms"_s);
}

void TestAgreementMatrixModel::locationsByCountryWithRoles()
{
    DataLocationMatrixModel model;
    model.setAgreements(sheets());
    // GB, IE, US and the transfers row.
    QCOMPARE(model.rowCount(), 4);
    const QString gb = at(model, u"GB"_s, u"alliantist-isms"_s).data().toString();
    QCOMPARE(gb, u"Primary location: London, AWS\nBackup location: Linode"_s);
    QCOMPARE(at(model, u"IE"_s, u"alliantist-isms"_s).data().toString(),
             u"Failover location: Dublin, AWS"_s);
    QCOMPARE(at(model, u"US"_s, u"identity-automation"_s).data().toString(), u"Primary location"_s);
    // The US is outside the UK/EEA; Ireland is in the EEA.
    QVERIFY(
        model.index(model.rowOfKey(u"US"_s), 0).data(AgreementMatrixModel::HighlightRole).toBool());
    QVERIFY(!model.index(model.rowOfKey(u"IE"_s), 0)
                 .data(AgreementMatrixModel::HighlightRole)
                 .toBool());
    QVERIFY(model.index(model.rowOfKey(u"US"_s), AgreementMatrixModel::SummaryColumn)
                .data()
                .toString()
                .startsWith(u"⚠"_s));
    QCOMPARE(at(model, u"GB"_s, u"logit-io"_s).data().toString(), u"not stated"_s);
    QCOMPARE(model.index(model.rowOfKey(u"GB"_s), 0).data().toString(), u"United Kingdom (GB)"_s);
}

void TestAgreementMatrixModel::transferRestrictions_data()
{
    QTest::addColumn<QString>("agreement");
    QTest::addColumn<QString>("start");
    QTest::newRow("Alliantist 3.4")
        << u"alliantist-isms"_s << u"only to countries with adequate protection"_s;
    QTest::newRow("Alliants: silent") << u"alliants"_s << u"not stated"_s;
    QTest::newRow("Identity Automation App. A")
        << u"identity-automation"_s << u"not allowed outside the permitted regions"_s;
    QTest::newRow("Logit.io Sched. 2 2.1.5")
        << u"logit-io"_s << u"only with the customer's consent"_s;
}

void TestAgreementMatrixModel::transferRestrictions()
{
    QFETCH(QString, agreement);
    QFETCH(QString, start);
    DataLocationMatrixModel model;
    model.setAgreements(sheets());
    QCOMPARE(model.rowOfKey(u"transfers"_s), model.rowCount() - 1);
    const QString text = at(model, u"transfers"_s, agreement).data().toString();
    QVERIFY2(text.startsWith(start), qPrintable(text));
}

void TestAgreementMatrixModel::userTextInTooltipsIsPlain()
{
    QList<TermSheet> list{loadSampleSheet(u"logit-io"_s)};
    list[0].terms.subprocessors->first().name = u"<b>Evil</b> <img src=\"x\">"_s;
    list[0].terms.subprocessors->first().purpose = u"<i>hosting</i>"_s;
    SubprocessorMatrixModel model;
    model.setAgreements(list);
    const int row = model.rowOfKey(
        SubprocessorMatrixModel::companyKey(list[0].terms.subprocessors->first().name));
    QVERIFY(row >= 0);
    QTextDocument label;
    label.setHtml(model.index(row, 0).data(Qt::ToolTipRole).toString());
    QCOMPARE(label.toPlainText(), u"<b>Evil</b> <img src=\"x\">"_s);
    QTextDocument cell;
    cell.setHtml(model.index(row, AgreementMatrixModel::FirstAgreementColumn)
                     .data(Qt::ToolTipRole)
                     .toString());
    QVERIFY(cell.toPlainText().contains(u"Purpose: <i>hosting</i>"_s));
}

// Both matrices give the citation in a cell's tooltip, one part per line in this order: where it
// is cited, the quote, the note, what is unclear.
void TestAgreementMatrixModel::cellTooltipsGiveTheWholeCitation()
{
    QList<TermSheet> list{loadSampleSheet(u"alliantist-isms"_s)};
    const Citation cited{u"msa"_s, u"9.9"_s, u"the words"_s, u"A note."_s, u"Which entity?"_s};
    QVERIFY(list[0].terms.subprocessors && list[0].terms.dataLocations);
    list[0].terms.subprocessors->first().citation = cited;
    list[0].terms.dataLocations->first().citation = cited;
    const QString expected = u"Cited: 9.9\n“the words”\nA note.\nAmbiguity: Which entity?"_s;
    SubprocessorMatrixModel subprocessors;
    DataLocationMatrixModel locations;
    for (AgreementMatrixModel *model : {static_cast<AgreementMatrixModel *>(&subprocessors),
                                        static_cast<AgreementMatrixModel *>(&locations)}) {
        model->setAgreements(list);
        int found = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            QTextDocument tip;
            tip.setHtml(model->index(row, AgreementMatrixModel::FirstAgreementColumn)
                            .data(Qt::ToolTipRole)
                            .toString());
            const QString text = tip.toPlainText();
            if (text.contains(u"Which entity?"_s)) {
                ++found;
                QVERIFY2(text.contains(expected), qPrintable(text));
            }
        }
        QCOMPARE(found, 1);
    }
}

QTEST_MAIN(TestAgreementMatrixModel)
#include "tst_agreementmatrixmodel.moc"
