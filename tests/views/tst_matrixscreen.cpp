#include "agreementmatrixmodel.h"
#include "documentview.h"
#include "mainwindow.h"
#include "matrixscreen.h"
#include "samplefortests.h"
#include "sampleworkspace.h"
#include "workspace.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace termlens;
using namespace Qt::StringLiterals;

// The sub-processors and data-locations screens over the sample workspace, headless: the shared
// provider and the country outside the UK/EEA filtered by their check boxes, and a click on a
// cell selecting the quoted words in the agreement's document.
class TestMatrixScreen final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sample;

    MatrixScreen *open(MainWindow &window, const QString &name)
    {
        window.setRemembersSession(false);
        if (!window.openWorkspace(m_sample) || !window.showScreen(name))
            return nullptr;
        window.resize(1440, 900);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        return qobject_cast<MatrixScreen *>(window.screenPage(name));
    }
    static void click(MatrixScreen *screen, const QString &key, const QString &agreement)
    {
        const AgreementMatrixModel *model = screen->model();
        const QModelIndex index = screen->proxy()->mapFromSource(
            model->index(model->rowOfKey(key), model->columnOf(agreement)));
        QTableView *table = screen->table();
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    }

private slots:
    void initTestCase();
    void subprocessorsShowSharedProviderAndCite();
    void locationsShowCountriesOutsideAndCite();
};

void TestMatrixScreen::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(u"sample.termlens"_s);
    const QString failed = prepareSampleForWindows(m_sample);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestMatrixScreen::subprocessorsShowSharedProviderAndCite()
{
    MainWindow window;
    MatrixScreen *screen = open(window, u"subprocessors"_s);
    QVERIFY(screen);
    // Alliantist's 15 and Logit.io's two, AWS counted once: 16 rows.
    QCOMPARE(screen->table()->model()->rowCount(), 16);
    screen->findChild<QCheckBox *>(u"matrixOnlyHighlighted"_s)->setChecked(true);
    QCOMPARE(screen->table()->model()->rowCount(), 1);
    QCOMPARE(screen->table()->model()->index(0, 0).data().toString(), u"AWS"_s);
    click(screen, u"aws"_s, u"logit-io"_s);
    QCOMPARE(screen->documentView()->currentDocumentId(), u"terms"_s);
    QCOMPARE(screen->documentView()->selectedText(),
             u"Amazon Web Services UK Limited (Company Number: 08650665)"_s);
    QTest::mouseClick(screen->findChild<QPushButton *>(u"matrixCopyTable"_s), Qt::LeftButton);
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0],
             u"Sub-processor\tUsed by\tAlliantist\tAlliants\tIdentity Automation\tLogit.io Ltd"_s);
    QVERIFY(lines[1].startsWith(u"AWS\t⚠"_s));
}

void TestMatrixScreen::locationsShowCountriesOutsideAndCite()
{
    MainWindow window;
    MatrixScreen *screen = open(window, u"locations"_s);
    QVERIFY(screen);
    QCOMPARE(screen->table()->model()->rowCount(), 4); // GB, IE, US, transfers
    click(screen, u"US"_s, u"identity-automation"_s);
    QCOMPARE(screen->documentView()->currentDocumentId(), u"msa"_s);
    QCOMPARE(screen->documentView()->selectedText(),
             u"For US customers, customer data is stored completely in the United States."_s);
    screen->findChild<QCheckBox *>(u"matrixOnlyHighlighted"_s)->setChecked(true);
    QCOMPARE(screen->table()->model()->rowCount(), 1);
    QCOMPARE(screen->table()->model()->index(0, 0).data().toString(), u"United States (US)"_s);
}

QTEST_MAIN(TestMatrixScreen)
#include "tst_matrixscreen.moc"
