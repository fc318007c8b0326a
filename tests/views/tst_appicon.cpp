#include "appicon.h"

#include <QColor>
#include <QImage>
#include <QTest>

using namespace termlens;

// The window icon comes from the embedded renderings of the hand-drawn SVG, one per hicolor size.
class TestAppIcon final : public QObject
{
    Q_OBJECT

private slots:
    void hasEverySize_data()
    {
        QTest::addColumn<int>("size");
        // The hicolor sizes the package installs (resources/CMakeLists.txt, TERMLENS_ICON_SIZES).
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
            QTest::addRow("%dx%d", size, size) << size;
    }
    void hasEverySize()
    {
        QFETCH(int, size);
        const QIcon icon = applicationIcon();
        QVERIFY(!icon.isNull());
        QVERIFY2(icon.availableSizes().contains(QSize(size, size)),
                 qPrintable(QStringLiteral("no %1 px rendering").arg(size)));
        const QImage image = icon.pixmap(QSize(size, size)).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        // The centre lies on the lens, which is opaque at every size.
        QCOMPARE(image.pixelColor(size / 2, size * 5 / 8).alpha(), 255);
    }

    // The SVG's highlighted term is the rectangle x 118..186, y 136..154 filled #f0a202, and its
    // top-left corner (0, 0) is outside the page, so transparent.
    void largestRenderingIsTheDrawing()
    {
        const QImage image = applicationIcon().pixmap(QSize(256, 256)).toImage();
        QCOMPARE(image.pixelColor(150, 145), QColor(0xf0, 0xa2, 0x02));
        QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
    }
};

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
