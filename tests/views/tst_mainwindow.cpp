#include "agreementlistmodel.h"
#include "agreementpage.h"
#include "agreementrepository.h"
#include "agreementsscreen.h"
#include "documentview.h"
#include "mainwindow.h"
#include "roles.h"
#include "samplefortests.h"
#include "sampleworkspace.h"
#include "termsheetfile.h"
#include "termtablemodel.h"
#include "translationloader.h"
#include "viewregistry.h"
#include "workspace.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace termlens;
using namespace Qt::StringLiterals;

// The desktop window over a real sample workspace, headless (QT_QPA_PLATFORM=offscreen).
class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sample;

    static TermSheet sampleSheet(const QString &id)
    {
        const TermSheetFileResult read =
            readTermSheetFile(QStringLiteral(":/sample/%1.termsheet.json").arg(id));
        if (!read.sheet)
            qFatal("sample %s does not load", qPrintable(id));
        return *read.sheet;
    }
    static QTableView *list(const MainWindow &window)
    {
        return window.findChild<QTableView *>(u"agreementList"_s);
    }
    static AgreementsScreen *agreements(const MainWindow &window)
    {
        return window.findChild<AgreementsScreen *>(u"agreementsScreen"_s);
    }
    // The agreements screen's own widgets: other screens have citation panels and documents too.
    static QTableView *termTable(const MainWindow &window)
    {
        return agreements(window)->findChild<QTableView *>(u"termTable"_s);
    }
    static DocumentView *documentView(const MainWindow &window)
    {
        return agreements(window)->findChild<DocumentView *>(u"documentView"_s);
    }
    static QLabel *label(const MainWindow &window, const QString &name)
    {
        return agreements(window)->findChild<QLabel *>(name);
    }
    QMessageBox *errorBox(const MainWindow &window)
    {
        return window.findChild<QMessageBox *>(u"errorMessage"_s);
    }
    // The row of a term in the table as the user sees it.
    static QModelIndex termIndex(const MainWindow &window, const QString &key, int column)
    {
        auto *model = qobject_cast<TermTableModel *>(termTable(window)->model());
        return model->index(model->rowOfKey(key), column);
    }

private slots:
    void initTestCase();
    void cleanup();
    void opensSampleWorkspace();
    void selectingAgreementFillsTerms();
    void clickingCitedTermHighlightsQuote_data();
    void clickingCitedTermHighlightsQuote();
    void termNotStatedHasNoHighlight();
    void filterNarrowsList();
    void userTextIsShownLiterally();
    void failedOpenKeepsPreviousWorkspace_data();
    void failedOpenKeepsPreviousWorkspace();
    void secondWindowOnSameWorkspaceIsRefused();
    void recentWorkspacesRemembered();
    void screensByName();
    void languageSwitchesLive_data();
    void languageSwitchesLive();
    void languageSwitchWaitsForOpenDialog();
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(u"sample.termlens"_s);
    const QString failed = prepareSampleForWindows(m_sample);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestMainWindow::cleanup()
{
    QSettings().clear();
    installTranslations(); // back to the system's (the pinned C locale's) English
}

void TestMainWindow::opensSampleWorkspace()
{
    MainWindow window;
    QVERIFY(window.openWorkspace(m_sample));
    QCOMPARE(window.workspacePath(), QFileInfo(m_sample).absoluteFilePath());
    QVERIFY(window.windowTitle().contains(u"sample.termlens"_s));
    // The four vendors of the source agreements.
    QCOMPARE(list(window)->model()->rowCount(), 4);
    QStringList vendors;
    for (int row = 0; row < 4; ++row)
        vendors << list(window)
                       ->model()
                       ->index(row, AgreementListModel::VendorColumn)
                       .data()
                       .toString();
    QCOMPARE(vendors, (QStringList{u"Alliantist"_s, u"Alliants"_s, u"Identity Automation"_s,
                                   u"Logit.io Ltd"_s}));
    QCOMPARE(window.currentScreen(), u"agreements"_s);
    QVERIFY(!errorBox(window));
}

void TestMainWindow::selectingAgreementFillsTerms()
{
    MainWindow window;
    QVERIFY(window.openWorkspace(m_sample));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Clicking Logit.io in the list (sorted by vendor: row 3).
    QTableView *view = list(window);
    const QModelIndex logit = view->model()->index(3, AgreementListModel::VendorColumn);
    QCOMPARE(logit.data(AgreementIdRole).toString(), u"logit-io"_s);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(logit).center());
    QCOMPARE(label(window, u"vendorLabel"_s)->text(), u"Logit.io Ltd"_s);
    QCOMPARE(label(window, u"productLabel"_s)->text(), u"Logit.io Platform"_s);
    QVERIFY(termTable(window)->model()->rowCount() >= 27);
    const QModelIndex cap = termIndex(window, u"liability.cap"_s, TermTableModel::ValueColumn);
    QVERIFY(cap.data().toString().startsWith(u"1.25 × the fees paid"_s));
    QCOMPARE(documentView(window)->currentDocumentId(), u"terms"_s);
}

void TestMainWindow::clickingCitedTermHighlightsQuote_data()
{
    QTest::addColumn<QString>("agreement");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("document");
    QTest::newRow("identity renewal, clause cell") << u"identity-automation"_s << u"term.renewal"_s
                                                   << int(TermTableModel::ClauseColumn) << u"msa"_s;
    QTest::newRow("logit cap, value cell")
        << u"logit-io"_s << u"liability.cap"_s << int(TermTableModel::ValueColumn) << u"terms"_s;
    QTest::newRow("alliants target, term cell")
        << u"alliants"_s << u"availability.target"_s << int(TermTableModel::TermColumn) << u"sla"_s;
    // Alliantist's second document: the view switches documents.
    QTest::newRow("alliantist support hours, document cell")
        << u"alliantist-isms"_s << u"support.hours"_s << int(TermTableModel::DocumentColumn)
        << u"support-policy"_s;
}

void TestMainWindow::clickingCitedTermHighlightsQuote()
{
    QFETCH(QString, agreement);
    QFETCH(QString, key);
    QFETCH(int, column);
    QFETCH(QString, document);
    MainWindow window;
    QVERIFY(window.openWorkspace(m_sample));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(agreements(window)->selectAgreement(agreement));
    QTableView *table = termTable(window);
    const QModelIndex cell = termIndex(window, key, column);
    QVERIFY(cell.isValid());
    table->scrollTo(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());

    // The quote as the term sheet file gives it, read independently of the workspace.
    const QString quote = cell.data(QuoteRole).toString();
    QVERIFY(!quote.isEmpty());
    QVERIFY(quote.size() > 20);
    DocumentView *view = documentView(window);
    QCOMPARE(view->currentDocumentId(), document);
    QCOMPARE(view->selectedText(), quote);
    QCOMPARE(view->status(), u"Quote highlighted."_s);
    QCOMPARE(label(window, u"citationQuote"_s)->text(), quote);
}

void TestMainWindow::termNotStatedHasNoHighlight()
{
    MainWindow window;
    QVERIFY(window.openWorkspace(m_sample));
    QVERIFY(agreements(window)->selectAgreement(u"alliants"_s));
    QVERIFY(agreements(window)->page()->selectTerm(u"liability.cap"_s));
    QCOMPARE(documentView(window)->selectedText(), QString());
    QCOMPARE(documentView(window)->status(), u"The documents do not state this term."_s);
    QCOMPARE(label(window, u"citationValue"_s)->text(), u"not stated"_s);
}

void TestMainWindow::filterNarrowsList()
{
    MainWindow window;
    QVERIFY(window.openWorkspace(m_sample));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *filter = window.findChild<QLineEdit *>(u"agreementFilter"_s);
    QVERIFY(filter);
    filter->setFocus();
    QTest::keyClicks(filter, u"rolling"_s); // only Alliantist renews on a rolling basis
    QCOMPARE(list(window)->model()->rowCount(), 1);
    QVERIFY(agreements(window)->selectAgreement(u"logit-io"_s)); // clears the filter
    QCOMPARE(filter->text(), QString());
    QCOMPARE(label(window, u"vendorLabel"_s)->text(), u"Logit.io Ltd"_s);
}

void TestMainWindow::userTextIsShownLiterally()
{
    // A vendor name, a quote and an ambiguity that Qt would render as HTML if allowed to guess.
    const QString html = u"<b>x</b><img src=file:///etc/passwd>"_s;
    const QString path = m_dir.filePath(u"html.termlens"_s);
    {
        StorageResult<Workspace> created = Workspace::create(path);
        QVERIFY(created.ok());
        TermSheet sheet = sampleSheet(u"alliants"_s);
        sheet.vendor = html;
        sheet.product = html;
        sheet.terms.availability->citation.ambiguity = html;
        const StorageStatus saved = AgreementRepository(*created.value).save(sheet);
        QVERIFY2(saved.ok(), qPrintable(saved.error.toString()));
    }
    MainWindow window;
    QVERIFY(window.openWorkspace(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(agreements(window)->page()->selectTerm(u"availability.target"_s));
    QLabel *vendor = label(window, u"vendorLabel"_s);
    QCOMPARE(vendor->textFormat(), Qt::PlainText);
    QCOMPARE(vendor->text(), html);
    QCOMPARE(label(window, u"citationAmbiguity"_s)->text(), html);
    QCOMPARE(list(window)->model()->index(0, 0).data().toString(), html);
    // Every label that shows text does so as plain text.
    for (QLabel *each : window.findChildren<QLabel *>()) {
        if (!each->text().isEmpty())
            QVERIFY2(each->textFormat() == Qt::PlainText, qPrintable(each->objectName()));
    }
}

void TestMainWindow::failedOpenKeepsPreviousWorkspace_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("create");
    QTest::newRow("not a database") << QByteArray("hello, not a workspace\n") << true;
    QTest::newRow("empty file") << QByteArray() << true;
    QTest::newRow("missing file") << QByteArray() << false;
}

void TestMainWindow::failedOpenKeepsPreviousWorkspace()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, create);
    const QString bad = m_dir.filePath(u"bad <i>name<b>.termlens"_s);
    QFile::remove(bad);
    if (create) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    MainWindow window;
    QVERIFY(window.openWorkspace(m_sample));
    QVERIFY(!window.openWorkspace(bad));
    QMessageBox *box = errorBox(window);
    QVERIFY(box);
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY2(box->text().contains(u"bad <i>name<b>.termlens"_s), qPrintable(box->text()));
    box->close();
    QCOMPARE(window.workspacePath(), QFileInfo(m_sample).absoluteFilePath());
    QCOMPARE(list(window)->model()->rowCount(), 4);
    if (create) { // the file is left as it was
        QFile file(bad);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }
}

void TestMainWindow::secondWindowOnSameWorkspaceIsRefused()
{
    MainWindow first;
    QVERIFY(first.openWorkspace(m_sample));
    MainWindow second;
    QVERIFY(!second.openWorkspace(m_sample));
    QVERIFY(errorBox(second));
    QVERIFY(errorBox(second)->text().contains(u"sample.termlens"_s));
    QCOMPARE(second.workspacePath(), QString());
    QCOMPARE(list(second)->model()->rowCount(), 0);
    QCOMPARE(label(second, u"vendorLabel"_s)->text(),
             u"No workspace is open. Use File > Open or File > New."_s);
}

void TestMainWindow::recentWorkspacesRemembered()
{
    {
        MainWindow quiet;
        quiet.setRemembersSession(false); // --screenshot, --quit-after-show
        QVERIFY(quiet.openWorkspace(m_sample));
    }
    QCOMPARE(MainWindow::recentWorkspaces(), QStringList());
    MainWindow window;
    QVERIFY(window.openWorkspace(m_sample));
    const QString absolute = QFileInfo(m_sample).absoluteFilePath();
    QCOMPARE(MainWindow::lastSessionWorkspace(), absolute);
    QCOMPARE(MainWindow::recentWorkspaces(), QStringList{absolute});
    // A recent file that has gone is pruned from the list.
    QSettings().setValue(u"session/recentWorkspaces"_s,
                         QStringList{m_dir.filePath(u"gone.termlens"_s), absolute});
    QCOMPARE(MainWindow::recentWorkspaces(), QStringList{absolute});
}

void TestMainWindow::screensByName()
{
    MainWindow window;
    QVERIFY(isKnownScreen(u"agreements"_s));
    QVERIFY(!isKnownScreen(u"nope"_s));
    QVERIFY(window.showScreen(u"agreements"_s));
    QVERIFY(!window.showScreen(u"nope"_s));
    QVERIFY(window.screenPage(u"agreements"_s));
    QCOMPARE(window.currentScreen(), u"agreements"_s);
}

// View > Language: the menus and screens are rebuilt in the chosen language on the same
// workspace and screen; choosing System Default gives the (pinned C locale's) English back.
void TestMainWindow::languageSwitchesLive_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("viewMenu");
    QTest::addColumn<QLocale::Language>("numbers");

    QTest::newRow("German") << u"de"_s << u"&Datei"_s << u"&Ansicht"_s << QLocale::German;
    QTest::newRow("French") << u"fr"_s << u"&Fichier"_s << u"&Affichage"_s << QLocale::French;
    QTest::newRow("English") << u"en"_s << u"&File"_s << u"&View"_s << QLocale::English;
}

void TestMainWindow::languageSwitchesLive()
{
    QFETCH(QString, key);
    QFETCH(QString, fileMenu);
    QFETCH(QString, viewMenu);
    QFETCH(QLocale::Language, numbers);

    MainWindow window;
    QVERIFY(window.openWorkspace(m_sample));
    window.show();
    QVERIFY(window.showScreen(u"credits"_s));
    QCOMPARE(window.menuBar()->actions().first()->text(), u"&File"_s);

    // Through the menu, as a user does (the switch runs once the menu's signal has returned).
    auto *choice = window.findChild<QAction *>(u"language-"_s + key);
    QVERIFY(choice);
    choice->trigger();
    QTRY_COMPARE(QSettings().value(u"ui/language"_s).toString(), key);
    QCOMPARE(window.menuBar()->actions().first()->text(), fileMenu);
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(std::any_of(menus.cbegin(), menus.cend(),
                        [&](const QAction *a) { return a->text() == viewMenu; }));
    QCOMPARE(QLocale().language(), numbers);
    // The same workspace, the same screen, everything still there.
    QCOMPARE(window.currentScreen(), u"credits"_s);
    QCOMPARE(window.workspacePath(), QFileInfo(m_sample).absoluteFilePath());
    QCOMPARE(list(window)->model()->rowCount(), 4);
    auto *checked = window.findChild<QAction *>(u"language-"_s + key);
    QVERIFY(checked && checked->isChecked());
    QVERIFY(!errorBox(window));

    // And back to the system's language.
    QVERIFY(window.setLanguage(QString()));
    QCOMPARE(window.menuBar()->actions().first()->text(), u"&File"_s);
    QVERIFY(!QSettings().contains(u"ui/language"_s));
    QCOMPARE(QLocale().language(), QLocale::C);
    QCOMPARE(window.currentScreen(), u"credits"_s);
    QCOMPARE(list(window)->model()->rowCount(), 4);
}

// An open dialog belongs to the screens about to be rebuilt: the switch is refused with a
// message naming it, and nothing changes.
void TestMainWindow::languageSwitchWaitsForOpenDialog()
{
    MainWindow window;
    QVERIFY(window.openWorkspace(m_sample));
    window.show();
    QDialog dialog(&window);
    dialog.setWindowTitle(u"Edit Terms"_s);
    dialog.show();
    QVERIFY(!window.setLanguage(u"de"_s));
    QCOMPARE(window.menuBar()->actions().first()->text(), u"&File"_s);
    QVERIFY(!QSettings().contains(u"ui/language"_s));
    QCOMPARE(QLocale().language(), QLocale::C);
    QVERIFY(errorBox(window));
    QVERIFY2(errorBox(window)->text().contains(u"Edit Terms"_s),
             qPrintable(errorBox(window)->text()));
    auto *system = window.findChild<QAction *>(u"language-system"_s);
    QVERIFY(system && system->isChecked());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
