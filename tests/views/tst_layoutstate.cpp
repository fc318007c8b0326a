#include "layoutstate.h"

#include <QDataStream>
#include <QHeaderView>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace termlens;

class TestLayoutState : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void sameBlobAsTheScreensWroteBefore();
    void shortBlobRestoresNothing();
};

namespace {

struct Layout
{
    QSplitter splitter{Qt::Horizontal};
    QStandardItemModel model{2, 3};
    QTableView table;

    Layout()
    {
        splitter.addWidget(new QWidget);
        splitter.addWidget(new QWidget);
        splitter.resize(400, 100);
        table.setModel(&model);
    }
    QHeaderView *header() const { return table.horizontalHeader(); }
};

} // namespace

void TestLayoutState::roundTrip()
{
    Layout layout;
    layout.splitter.setSizes({100, 300}); // less the handle's width, shared in proportion
    const QList<int> narrowFirst = layout.splitter.sizes();
    layout.header()->resizeSection(1, 170);
    layout.header()->moveSection(2, 0);
    const QByteArray saved = saveLayoutParts({&layout.splitter, layout.header()});

    layout.splitter.setSizes({300, 100});
    layout.header()->resizeSection(1, 40);
    layout.header()->moveSection(0, 2);
    QVERIFY(restoreLayoutParts(saved, {&layout.splitter, layout.header()}));
    QCOMPARE(layout.splitter.sizes(), narrowFirst);
    QCOMPARE(layout.header()->sectionSize(1), 170);
    QCOMPARE(layout.header()->logicalIndex(0), 2); // column 2 shown first again
}

void TestLayoutState::sameBlobAsTheScreensWroteBefore()
{
    // Layouts saved by earlier versions (one QByteArray per widget, in order) still restore.
    Layout layout;
    layout.splitter.setSizes({150, 250});
    QByteArray earlier;
    QDataStream out(&earlier, QIODevice::WriteOnly);
    out << layout.splitter.saveState() << layout.header()->saveState();
    QCOMPARE(saveLayoutParts({&layout.splitter, layout.header()}), earlier);
}

void TestLayoutState::shortBlobRestoresNothing()
{
    Layout layout;
    layout.splitter.setSizes({100, 300});
    const QByteArray splitterOnly = saveLayoutParts({&layout.splitter});
    layout.splitter.setSizes({300, 100});
    const QList<int> wideFirst = layout.splitter.sizes();
    // A blob with one state for two widgets (another version's layout) changes neither.
    QVERIFY(!restoreLayoutParts(splitterOnly, {&layout.splitter, layout.header()}));
    QCOMPARE(layout.splitter.sizes(), wideFirst);
    QVERIFY(!restoreLayoutParts(QByteArray(), {&layout.splitter}));
    QCOMPARE(layout.splitter.sizes(), wideFirst);
}

QTEST_MAIN(TestLayoutState)
#include "tst_layoutstate.moc"
