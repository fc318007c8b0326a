#include "roles.h"
#include "samplesheets.h"
#include "termtablemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace termlens;

class TestTermTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void passesModelTester_data();
    void passesModelTester();
    void citationRoles();
    void notStatedIsItalicWithoutCitation();
    void ambiguityMarker();
};

void TestTermTableModel::passesModelTester_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : sampleIds())
        QTest::newRow(qPrintable(id)) << id;
}

void TestTermTableModel::passesModelTester()
{
    QFETCH(QString, id);
    TermTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTermSheet(loadSampleSheet(id), QLocale::c());
    QVERIFY(model.rowCount() >= 27);
    QCOMPARE(model.columnCount(), int(TermTableModel::ColumnCount));
    QVERIFY(!model.termRow(-1));
    QVERIFY(!model.termRow(model.rowCount()));
    QVERIFY(!model.data(model.index(model.rowCount(), 0)).isValid());
    model.setAmbiguityIcon(QIcon());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestTermTableModel::citationRoles()
{
    TermTableModel model;
    const TermSheet sheet = loadSampleSheet(QStringLiteral("identity-automation"));
    model.setTermSheet(sheet, QLocale::c());
    const int row = model.rowOfKey(QStringLiteral("term.renewal"));
    QVERIFY(row >= 0);
    const Citation &renewal = sheet.terms.term->renewal.citation;
    // MSA 7.2, quoted in the term sheet.
    QCOMPARE(model.index(row, TermTableModel::TermColumn).data().toString(),
             QStringLiteral("Renewal"));
    QCOMPARE(model.index(row, TermTableModel::ClauseColumn).data().toString(),
             QStringLiteral("7.2"));
    QCOMPARE(model.index(row, TermTableModel::DocumentColumn).data().toString(),
             sheet.documents.first().title);
    QCOMPARE(model.index(row, TermTableModel::GroupColumn).data().toString(),
             QStringLiteral("Term and renewal"));
    QCOMPARE(model.index(row, 0).data(QuoteRole).toString(), renewal.quote);
    QVERIFY(renewal.quote.startsWith(u"Either Party may elect to not renew"));
    QCOMPARE(model.index(row, 0).data(DocumentIdRole).toString(), QStringLiteral("msa"));
    QCOMPARE(model.index(row, 0).data(ClauseRole).toString(), QStringLiteral("7.2"));
    QCOMPARE(model.index(row, 0).data(CitationRole).toString(),
             sheet.documents.first().title + QStringLiteral(" · 7.2"));
    QCOMPARE(model.index(row, 0).data(AmbiguityRole).toString(), renewal.ambiguity);
    QCOMPARE(model.index(row, 0).data(NoteRole).toString(), renewal.note);
    QCOMPARE(model.index(row, 0).data(TermKeyRole).toString(), QStringLiteral("term.renewal"));
    QCOMPARE(model.index(row, 0).data(TermGroupRole).toInt(), int(TermGroup::Term));
    QCOMPARE(model.index(row, 0).data(StatedRole).toBool(), true);
}

void TestTermTableModel::notStatedIsItalicWithoutCitation()
{
    TermTableModel model;
    model.setTermSheet(loadSampleSheet(QStringLiteral("alliants")), QLocale::c());
    const int row = model.rowOfKey(QStringLiteral("liability.cap"));
    QVERIFY(row >= 0);
    const QModelIndex value = model.index(row, TermTableModel::ValueColumn);
    QCOMPARE(value.data().toString(), QStringLiteral("not stated"));
    QVERIFY(value.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(value.data(StatedRole).toBool(), false);
    QCOMPARE(model.index(row, TermTableModel::DocumentColumn).data().toString(), QString());
    QCOMPARE(value.data(QuoteRole).toString(), QString());
}

void TestTermTableModel::ambiguityMarker()
{
    TermTableModel model;
    QPixmap pixmap(8, 8);
    pixmap.fill(Qt::red);
    model.setAmbiguityIcon(QIcon(pixmap));
    model.setTermSheet(loadSampleSheet(QStringLiteral("alliants")), QLocale::c());
    // The Alliants availability citation records an ambiguity; its P1 support level does not.
    const int target = model.rowOfKey(QStringLiteral("availability.target"));
    const int claim = model.rowOfKey(QStringLiteral("support.level.1"));
    QVERIFY(
        !model.index(target, TermTableModel::TermColumn).data(AmbiguityRole).toString().isEmpty());
    QVERIFY(model.index(target, TermTableModel::TermColumn).data(Qt::DecorationRole).isValid());
    QVERIFY(!model.index(target, TermTableModel::ValueColumn).data(Qt::DecorationRole).isValid());
    QCOMPARE(model.index(target, 0).data(Qt::AccessibleDescriptionRole).toString(),
             QStringLiteral("Ambiguous"));
    QVERIFY(model.index(claim, 0).data(AmbiguityRole).toString().isEmpty());
    QVERIFY(!model.index(claim, TermTableModel::TermColumn).data(Qt::DecorationRole).isValid());
}

QTEST_MAIN(TestTermTableModel)
#include "tst_termtablemodel.moc"
