#include "tabletext.h"

#include <QStandardItemModel>
#include <QTest>

using namespace termlens;
using namespace Qt::StringLiterals;

// What Copy puts on the clipboard: header first, one line per row, tabs between cells; a line
// break or tab inside a cell never splits a row.
class TestTableText final : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
    void formulaCellsNeutralised_data();
    void formulaCellsNeutralised();
    void tableTextNeutralisesCells();
};

void TestTableText::text_data()
{
    QTest::addColumn<QString>("lineBreak");
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<QString>("expected");
    QTest::newRow("every row") << u" "_s << QList<int>()
                               << u"Term\tA b\nCap\t1 x\nNotice\t30 days"_s;
    QTest::newRow("line breaks as semicolons")
        << u"; "_s << QList<int>() << u"Term\tA; b\nCap\t1 x\nNotice\t30 days"_s;
    QTest::newRow("chosen rows, in the order given")
        << u" "_s << QList<int>{1, 0} << u"Term\tA b\nNotice\t30 days\nCap\t1 x"_s;
}

void TestTableText::text()
{
    QFETCH(QString, lineBreak);
    QFETCH(QList<int>, rows);
    QFETCH(QString, expected);
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({u"Term"_s, u"A\nb"_s});
    model.setItem(0, 0, new QStandardItem(u"Cap"_s));
    model.setItem(0, 1, new QStandardItem(u"1\tx"_s));
    model.setItem(1, 0, new QStandardItem(u"Notice"_s));
    model.setItem(1, 1, new QStandardItem(u"30 days"_s));
    QCOMPARE(tableText(model, lineBreak, rows), expected);
}

void TestTableText::formulaCellsNeutralised_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    // OWASP CSV injection: the first characters a spreadsheet reads as a formula.
    QTest::newRow("equals") << u"=HYPERLINK(\"http://x\")"_s << u"'=HYPERLINK(\"http://x\")"_s;
    QTest::newRow("plus") << u"+cmd|' /C calc'!A0"_s << u"'+cmd|' /C calc'!A0"_s;
    QTest::newRow("minus text") << u"-2+3+cmd"_s << u"'-2+3+cmd"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("leading tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("leading CR") << u"\r=1"_s << u"'\r=1"_s;
    QTest::newRow("leading LF") << u"\n=1"_s << u"'\n=1"_s;
    QTest::newRow("lone minus") << u"-"_s << u"'-"_s;
    // Numbers stay numbers.
    QTest::newRow("negative integer") << u"-12"_s << u"-12"_s;
    QTest::newRow("positive decimal") << u"+3.5"_s << u"+3.5"_s;
    QTest::newRow("grouped") << u"-1,200.50"_s << u"-1,200.50"_s;
    QTest::newRow("percent") << u"-4%"_s << u"-4%"_s;
    QTest::newRow("unsigned number") << u"99.95"_s << u"99.95"_s;
    // Ordinary text, and a formula character later in the text.
    QTest::newRow("text") << u"Acme = Ltd"_s << u"Acme = Ltd"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("number then text") << u"-12 days"_s << u"'-12 days"_s;
}

void TestTableText::formulaCellsNeutralised()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(spreadsheetSafe(cell), expected);
}

void TestTableText::tableTextNeutralisesCells()
{
    // A vendor named like a formula is copied as text; a negative amount stays a number.
    QStandardItemModel model(1, 2);
    model.setHorizontalHeaderLabels({u"Vendor"_s, u"Credit"_s});
    model.setItem(0, 0, new QStandardItem(u"=IMPORTXML(\"http://evil\")"_s));
    model.setItem(0, 1, new QStandardItem(u"-120.00"_s));
    QCOMPARE(tableText(model), u"Vendor\tCredit\n'=IMPORTXML(\"http://evil\")\t-120.00"_s);
}

QTEST_GUILESS_MAIN(TestTableText)
#include "tst_tabletext.moc"
