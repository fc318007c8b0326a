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

QTEST_GUILESS_MAIN(TestTableText)
#include "tst_tabletext.moc"
