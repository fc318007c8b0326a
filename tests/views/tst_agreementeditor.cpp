#include "agreementactions.h"
#include "agreementcommands.h"
#include "agreementeditor.h"
#include "agreementeditorfields.h"
#include "agreementlistmodel.h"
#include "agreementpage.h"
#include "agreementrepository.h"
#include "agreementsscreen.h"
#include "documentview.h"
#include "mainwindow.h"
#include "outagerepository.h"
#include "sampleworkspace.h"
#include "subscriptioneditor.h"
#include "subscriptionrepository.h"
#include "termsheetfile.h"
#include "workspace.h"
#include "workspaceevents.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

using namespace termlens;
using namespace Qt::StringLiterals;

// The agreement editor, the subscription editor and the Agreement menu, driven through the
// real widgets of the main window over a copy of the sample workspace (headless).
class TestAgreementEditor final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_workspaces = 0;

    // A fresh copy of the sample workspace for each test (closed: the window opens it).
    QString sampleWorkspace()
    {
        const QString path = m_dir.filePath(u"sample-%1.termlens"_s.arg(++m_workspaces));
        StorageResult<Workspace> created = createSampleWorkspace(path);
        if (!created.ok())
            qFatal("sample workspace: %s", qPrintable(created.error.toString()));
        created.value->close();
        return path;
    }
    static TermSheet sampleSheet(const QString &id)
    {
        const TermSheetFileResult read = readTermSheetFile(u":/sample/%1.termsheet.json"_s.arg(id));
        if (!read.sheet)
            qFatal("sample %s does not load", qPrintable(id));
        return *read.sheet;
    }
    static AgreementsScreen *screen(const MainWindow &window)
    {
        return window.findChild<AgreementsScreen *>(u"agreementsScreen"_s);
    }
    static AgreementListModel *agreements(const MainWindow &window)
    {
        // Every screen shares the window's one list of agreements.
        return window.findChild<AgreementListModel *>();
    }
    static const TermSheet *shown(const MainWindow &window, const QString &id)
    {
        const int row = agreements(window)->rowOfId(id);
        return row < 0 ? nullptr : agreements(window)->agreement(row);
    }
    static QAction *action(const MainWindow &window, const QString &name)
    {
        return window.findChild<QAction *>(name);
    }
    static QMessageBox *errorBox(const MainWindow &window)
    {
        return window.findChild<QMessageBox *>(u"errorMessage"_s);
    }
    static void setLine(QWidget *widget, const QString &text)
    {
        auto *line = qobject_cast<QLineEdit *>(widget);
        QVERIFY(line);
        line->setFocus();
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Delete);
        QTest::keyClicks(line, text);
    }
    static void clickSave(QDialog *dialog)
    {
        auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
        QVERIFY(save);
        QTRY_VERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
    }
    static std::optional<TermSheet> storedSheet(const QString &path, const QString &id)
    {
        StorageResult<Workspace> opened = Workspace::open(path);
        if (!opened.ok())
            return std::nullopt;
        auto loaded = AgreementRepository(*opened.value).load(id);
        opened.value->close();
        return loaded.ok() ? *loaded.value : std::nullopt;
    }
    static std::optional<Subscription> storedSubscription(const QString &path, const QString &id)
    {
        StorageResult<Workspace> opened = Workspace::open(path);
        if (!opened.ok())
            return std::nullopt;
        auto loaded = SubscriptionRepository(*opened.value).load(id);
        opened.value->close();
        return loaded.ok() ? *loaded.value : std::nullopt;
    }
    // A window on the workspace at `path`, shown, with `id` chosen in the agreement list.
    static void openOn(MainWindow &window, const QString &path, const QString &id)
    {
        QVERIFY(window.openWorkspace(path));
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        if (!id.isEmpty())
            QVERIFY(screen(window)->selectAgreement(id));
    }

private slots:
    void initTestCase();
    void cleanup();
    void unchangedAgreementRoundTrips_data();
    void unchangedAgreementRoundTrips();
    void agreementMenuActions();
    void editTermUndoRedoAndReopen();
    void invalidValueIsExplainedAndNotSaved();
    void selectedWordsBecomeTheQuote();
    void newAgreementFromScratch();
    void deleteAndUndoRestoresOutagesAndSubscription();
    void droppedTermSheetIsImportedWithUndo();
    void badTermSheetImportsNothing();
    void subscriptionEditStoredWithUndo();
    void failedCommandIsDroppedAndReported();
    void undoingAnImportKeepsLaterOutages();
    void subscriptionProblemsAreLocated();
    void editorLayoutRemembered();
    void screenshots();
};

void TestAgreementEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestAgreementEditor::cleanup()
{
    QSettings().clear();
}

void TestAgreementEditor::unchangedAgreementRoundTrips_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &id :
         {u"alliants"_s, u"alliantist-isms"_s, u"identity-automation"_s, u"logit-io"_s})
        QTest::newRow(qPrintable(id)) << u":/sample/%1.termsheet.json"_s.arg(id);
    QTest::newRow("full test sheet")
        << QStringLiteral(TERMLENS_TEST_DATA "/termsheets/full.termsheet.json");
    QTest::newRow("minimal test sheet")
        << QStringLiteral(TERMLENS_TEST_DATA "/termsheets/minimal.termsheet.json");
}

// Every field of every term sheet has its place in the form: loading one and reading the form
// back gives the very same sheet, so opening and saving never loses or changes anything.
void TestAgreementEditor::unchangedAgreementRoundTrips()
{
    QFETCH(QString, file);
    // The samples with their documents' texts; the test sheets as they are (their document
    // sources are not beside them).
    TermSheetFileResult read;
    if (file.startsWith(u':')) {
        read = readTermSheetFile(file);
    } else {
        QFile bytes(file);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        TermSheetParseResult parsed = parseTermSheet(bytes.readAll());
        read.sheet = parsed.sheet;
    }
    QVERIFY(read.sheet);
    QUndoStack stack;
    AgreementEditor editor(AgreementCommandContext{}, &stack);
    editor.editAgreement(*read.sheet);
    QVERIFY2(editor.validate(),
             qPrintable(editor.issues().isEmpty() ? QString()
                                                  : editor.issues().constFirst().toString()));
    QVERIFY(editor.sheet());
    QCOMPARE(termSheetToJson(*editor.sheet()), termSheetToJson(*read.sheet));
    QVERIFY(*editor.sheet() == *read.sheet);
    QVERIFY(!editor.canSave()); // nothing changed
}

void TestAgreementEditor::agreementMenuActions()
{
    MainWindow window;
    // No workspace: nothing to create or edit.
    QVERIFY(!action(window, u"newAgreementAction"_s)->isEnabled());
    QVERIFY(!action(window, u"editAgreementAction"_s)->isEnabled());
    openOn(window, sampleWorkspace(), QString());
    // The agreement shown first (Alliantist, first by vendor) with its subscription:
    // alliantist-isms.subscription.json starts 2025-12-15 with one service at 875.00 a month.
    QCOMPARE(screen(window)->currentAgreementId(), u"alliantist-isms"_s);
    const QString summary = screen(window)->findChild<QLabel *>(u"subscriptionLabel"_s)->text();
    QVERIFY2(summary.startsWith(u"Subscription since 2025-12-15: 1 service"_s),
             qPrintable(summary));
    QVERIFY(summary.contains(u"875.00 GBP a month"_s));
    QVERIFY(screen(window)->selectAgreement(u"alliants"_s));
    QStringList menus;
    for (QAction *menu : window.menuBar()->actions())
        menus << menu->text();
    QCOMPARE(menus, (QStringList{u"&File"_s, u"&Edit"_s, u"&Agreement"_s, u"&View"_s, u"&Help"_s}));
    for (const QString &name :
         {u"newAgreementAction"_s, u"importAgreementsAction"_s, u"editAgreementAction"_s,
          u"subscriptionAction"_s, u"deleteAgreementAction"_s}) {
        QAction *a = action(window, name);
        QVERIFY2(a && a->isEnabled(), qPrintable(name));
        QVERIFY2(!a->statusTip().isEmpty(), qPrintable(name));
    }
    QCOMPARE(action(window, u"newAgreementAction"_s)->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QCOMPARE(action(window, u"editAgreementAction"_s)->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QCOMPARE(action(window, u"deleteAgreementAction"_s)->shortcut(),
             QKeySequence(QKeySequence::Delete));
    // The tool bar of the screen carries them as buttons.
    auto *bar = screen(window)->findChild<QToolBar *>(u"agreementToolBar"_s);
    QVERIFY(bar);
    QVERIFY(bar->actions().contains(action(window, u"editAgreementAction"_s)));
    // The keyboard opens the editor on the chosen agreement.
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<AgreementEditor> editor = window.findChild<AgreementEditor *>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    QCOMPARE(editor->windowTitle(), u"Edit Alliants"_s);
    QCOMPARE(editor->windowModality(), Qt::WindowModal);
    editor->reject();
    QTRY_VERIFY(!editor);
}

void TestAgreementEditor::editTermUndoRedoAndReopen()
{
    const QString path = sampleWorkspace();
    {
        MainWindow window;
        openOn(window, path, u"identity-automation"_s);
        // Identity Automation 7.2: "at least ninety (90) days' written notice".
        QCOMPARE(shown(window, u"identity-automation"_s)->terms.term->renewal.noticeDays,
                 std::optional<int>(90));
        auto *bar = screen(window)->findChild<QToolBar *>(u"agreementToolBar"_s);
        QTest::mouseClick(bar->widgetForAction(action(window, u"editAgreementAction"_s)),
                          Qt::LeftButton);
        QPointer<AgreementEditor> editor = window.findChild<AgreementEditor *>();
        QVERIFY(editor);
        FormNode *notice = editor->field(u"terms.term.renewal.noticeDays"_s);
        QVERIFY(notice);
        QCOMPARE(notice->value().toInteger(), 90);
        setLine(notice->focusTarget(), u"60"_s);
        clickSave(editor);
        QTRY_VERIFY(!editor);

        QCOMPARE(shown(window, u"identity-automation"_s)->terms.term->renewal.noticeDays,
                 std::optional<int>(60));
        QCOMPARE(screen(window)->currentAgreementId(), u"identity-automation"_s);
        QUndoStack *stack = window.undoStack();
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), u"Edit Identity Automation"_s);
        // Edit > Undo and Redo, as the menu runs them.
        stack->undo();
        QCOMPARE(shown(window, u"identity-automation"_s)->terms.term->renewal.noticeDays,
                 std::optional<int>(90));
        stack->redo();
        QCOMPARE(shown(window, u"identity-automation"_s)->terms.term->renewal.noticeDays,
                 std::optional<int>(60));
        QVERIFY(!errorBox(window));
        window.close();
    }
    // Stored: a new session reads 60, and everything else is as the sample had it.
    const std::optional<TermSheet> stored = storedSheet(path, u"identity-automation"_s);
    QVERIFY(stored);
    TermSheet expected = sampleSheet(u"identity-automation"_s);
    expected.terms.term->renewal.noticeDays = 60;
    QVERIFY(*stored == expected);
    MainWindow again;
    openOn(again, path, u"identity-automation"_s);
    QCOMPARE(shown(again, u"identity-automation"_s)->terms.term->renewal.noticeDays,
             std::optional<int>(60));
}

void TestAgreementEditor::invalidValueIsExplainedAndNotSaved()
{
    MainWindow window;
    openOn(window, sampleWorkspace(), u"identity-automation"_s);
    QPointer<AgreementEditor> editor = screen(window)->actions()->editCurrent();
    QVERIFY(editor);
    FormNode *notice = editor->field(u"terms.term.renewal.noticeDays"_s);
    setLine(notice->focusTarget(), u"ninety"_s);
    QVERIFY(!editor->validate());
    QCOMPARE(editor->issues().size(), 1);
    QCOMPARE(editor->issues().constFirst().path, u"terms.term.renewal.noticeDays"_s);
    // Beside the field, in the list, and Save is off.
    notice = editor->field(u"terms.term.renewal.noticeDays"_s);
    QCOMPARE(notice->problems().size(), 1);
    auto *problems = editor->findChild<QListWidget *>(u"editorProblems"_s);
    QCOMPARE(problems->count(), 1);
    QVERIFY(problems->item(0)->text().startsWith(u"Notice (days): "_s));
    QVERIFY(problems->item(0)->text().contains(u"terms.term.renewal.noticeDays"_s));
    QVERIFY(!editor->findChild<QPushButton *>(u"saveButton"_s)->isEnabled());
    QVERIFY(editor->findChild<QLabel *>(u"editorSummary"_s)->text().startsWith(u"1 problem"_s));
    // Picking the problem puts the keyboard in the field.
    problems->setCurrentRow(0);
    emit problems->itemActivated(problems->item(0));
    QCOMPARE(editor->focusWidget(), notice->focusTarget());
    editor->reject();
    QTRY_VERIFY(!editor);
    QCOMPARE(window.undoStack()->count(), 0);
    QCOMPARE(shown(window, u"identity-automation"_s)->terms.term->renewal.noticeDays,
             std::optional<int>(90));
}

void TestAgreementEditor::selectedWordsBecomeTheQuote()
{
    MainWindow window;
    openOn(window, sampleWorkspace(), u"identity-automation"_s);
    QPointer<AgreementEditor> editor = screen(window)->actions()->editCurrent();
    QVERIFY(editor);
    // No term chosen yet: nothing happens, and the status says what to do.
    QVERIFY(!editor->useSelectionAsQuote());
    QVERIFY(editor->setCurrentCitation(u"terms.term.renewal"_s));
    // Words the user selects in the MSA's text (clause 7.2).
    const QString words = u"ninety (90) days"_s;
    QCOMPARE(editor->documentView()->showQuote(u"msa"_s, words), QuoteMatchKind::Exact);
    QCOMPARE(editor->documentView()->selectedText(), words);
    auto *button = editor->findChild<QPushButton *>(u"useAsQuote"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(editor->field(u"terms.term.renewal.quote"_s)->value().toString(), words);
    QCOMPARE(editor->field(u"terms.term.renewal.document"_s)->value().toString(), u"msa"_s);
    QVERIFY(editor->validate());
    clickSave(editor);
    QTRY_VERIFY(!editor);
    QCOMPARE(shown(window, u"identity-automation"_s)->terms.term->renewal.citation.quote, words);
}

void TestAgreementEditor::newAgreementFromScratch()
{
    const QString path = sampleWorkspace();
    {
        MainWindow window;
        openOn(window, path, u"alliants"_s);
        action(window, u"newAgreementAction"_s)->trigger();
        QPointer<AgreementEditor> editor = window.findChild<AgreementEditor *>();
        QVERIFY(editor);
        QVERIFY(editor->isNew());
        QCOMPARE(editor->windowTitle(), u"New Agreement"_s);
        // Empty: the form says what is missing, and Save waits.
        QVERIFY(!editor->validate());
        QStringList paths;
        for (const ValidationIssue &issue : editor->issues())
            paths << issue.path;
        QVERIFY2(paths.contains(u"id"_s), qPrintable(paths.join(u", "_s)));
        QVERIFY(paths.contains(u"vendor"_s));
        QVERIFY(paths.contains(u"currency"_s));
        QVERIFY(!editor->findChild<QPushButton *>(u"saveButton"_s)->isEnabled());
        // An id that is taken is refused with the reason.
        setLine(editor->field(u"id"_s)->focusTarget(), u"alliants"_s);
        editor->validate();
        QVERIFY(editor->field(u"id"_s)->problems().join(u' ').contains(u"stored already"_s));
        setLine(editor->field(u"id"_s)->focusTarget(), u"example-cloud"_s);
        setLine(editor->field(u"vendor"_s)->focusTarget(), u"Example Cloud Ltd"_s);
        setLine(editor->field(u"currency"_s)->focusTarget(), u"GBP"_s);
        // The document the new agreement starts with gets its text pasted in.
        auto *text =
            qobject_cast<QPlainTextEdit *>(editor->field(u"documents[0].text"_s)->focusTarget());
        QVERIFY(text);
        text->setPlainText(u"1. Term. This Agreement renews every 12 months."_s);
        QVERIFY2(editor->validate(),
                 qPrintable(editor->issues().isEmpty() ? QString()
                                                       : editor->issues().constFirst().toString()));
        clickSave(editor);
        QTRY_VERIFY(!editor);
        QCOMPARE(agreements(window)->rowCount(), 5);
        QCOMPARE(screen(window)->currentAgreementId(), u"example-cloud"_s);
        QCOMPARE(shown(window, u"example-cloud"_s)->vendor, u"Example Cloud Ltd"_s);
        QCOMPARE(window.undoStack()->undoText(), u"New agreement Example Cloud Ltd"_s);
        window.undoStack()->undo();
        QCOMPARE(agreements(window)->rowCount(), 4);
        QVERIFY(!shown(window, u"example-cloud"_s));
        window.undoStack()->redo();
        QCOMPARE(agreements(window)->rowCount(), 5);
        window.close();
    }
    const std::optional<TermSheet> stored = storedSheet(path, u"example-cloud"_s);
    QVERIFY(stored);
    QCOMPARE(stored->documents.size(), 1);
    QCOMPARE(stored->documents.constFirst().text,
             u"1. Term. This Agreement renews every 12 months."_s);
}

void TestAgreementEditor::deleteAndUndoRestoresOutagesAndSubscription()
{
    const QString path = sampleWorkspace();
    {
        MainWindow window;
        openOn(window, path, u"identity-automation"_s);
        // Del while typing in the filter edits the filter, never the workspace.
        auto *filter = screen(window)->findChild<QLineEdit *>(u"agreementFilter"_s);
        filter->setFocus();
        QTest::keyClicks(filter, u"ident"_s);
        QTest::keyClick(filter, Qt::Key_Home);
        QTest::keyClick(filter, Qt::Key_Delete);
        QCOMPARE(filter->text(), u"dent"_s);
        QCOMPARE(agreements(window)->rowCount(), 4);
        filter->clear();
        // Del in the agreement list deletes the chosen agreement.
        auto *list = screen(window)->findChild<QTableView *>(u"agreementList"_s);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(agreements(window)->rowCount(), 3);
        QVERIFY(!shown(window, u"identity-automation"_s));
        QCOMPARE(window.undoStack()->undoText(), u"Delete Identity Automation"_s);
        window.undoStack()->undo();
        QCOMPARE(agreements(window)->rowCount(), 4);
        QVERIFY(*shown(window, u"identity-automation"_s) == sampleSheet(u"identity-automation"_s));
        window.undoStack()->redo();
        QCOMPARE(agreements(window)->rowCount(), 3);
        window.undoStack()->undo();
        QVERIFY(!errorBox(window));
        window.close();
    }
    // Back with everything stored for it: 14 outages (identity-automation.outages.csv has 14
    // rows under its header), and the subscription's 2 services and 31 monthly payments
    // (2024-05-01 to 2026-11-01).
    StorageResult<Workspace> opened = Workspace::open(path);
    QVERIFY(opened.ok());
    const auto outages = OutageRepository(*opened.value).list(u"identity-automation"_s);
    QVERIFY(outages.ok());
    QCOMPARE(outages.value->size(), 14);
    QCOMPARE(outages.value->constFirst().reference, u"CHG-2026-031"_s);
    const auto subscription = SubscriptionRepository(*opened.value).load(u"identity-automation"_s);
    QVERIFY(subscription.ok() && subscription.value->has_value());
    QCOMPARE((*subscription.value)->services.size(), 2);
    QCOMPARE((*subscription.value)->payments.size(), 31);
    QCOMPARE((*subscription.value)->payments.constLast().amount, Money(479405, u"USD"_s));
    opened.value->close();
}

void TestAgreementEditor::droppedTermSheetIsImportedWithUndo()
{
    MainWindow window;
    openOn(window, sampleWorkspace(), u"alliants"_s);
    const QString file = QStringLiteral(TERMLENS_TEST_DATA "/termsheets/minimal.termsheet.json");
    // A real drop of the file on the window.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    const QPointF centre(window.width() / 2.0, window.height() / 2.0);
    QDragEnterEvent enter(centre.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, {});
    enter.ignore(); // the window must accept it itself
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(&window, &drop);
    QCOMPARE(agreements(window)->rowCount(), 5);
    QCOMPARE(shown(window, u"minimal-cloud"_s)->vendor, u"Minimal Cloud Ltd"_s);
    QCOMPARE(screen(window)->currentAgreementId(), u"minimal-cloud"_s);
    QCOMPARE(window.undoStack()->undoText(), u"Import Minimal Cloud Ltd"_s);
    window.undoStack()->undo();
    QCOMPARE(agreements(window)->rowCount(), 4);
    QVERIFY(!shown(window, u"minimal-cloud"_s));

    // Importing a sheet whose id is stored replaces that agreement; undo puts it back.
    QFile sample(u":/sample/alliants.termsheet.json"_s);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QByteArray json = sample.readAll();
    json.replace("\"vendor\": \"Alliants\"", "\"vendor\": \"Alliants Renamed\"");
    QVERIFY(json.contains("Alliants Renamed"));
    const QString renamed = m_dir.filePath(u"alliants.termsheet.json"_s);
    QFile out(renamed);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    // The sample's document texts are files beside it: give the copy its own.
    QFile::copy(u":/sample/alliants-sla.txt"_s, m_dir.filePath(u"alliants-sla.txt"_s));
    window.importFiles({renamed});
    QVERIFY(!errorBox(window));
    QCOMPARE(agreements(window)->rowCount(), 4);
    QCOMPARE(shown(window, u"alliants"_s)->vendor, u"Alliants Renamed"_s);
    window.undoStack()->undo();
    QVERIFY(*shown(window, u"alliants"_s) == sampleSheet(u"alliants"_s));
}

void TestAgreementEditor::badTermSheetImportsNothing()
{
    MainWindow window;
    openOn(window, sampleWorkspace(), u"alliants"_s);
    const QString bad = m_dir.filePath(u"bad.termsheet.json"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "termlens.termsheet/1", "id": "Bad Id", "vendor": "X",
                   "documents": [], "currency": "GBP", "timeZone": "Europe/London",
                   "terms": {"availability": {"target": "ninety-nine"}}})");
    file.close();
    const QString good = QStringLiteral(TERMLENS_TEST_DATA "/termsheets/minimal.termsheet.json");
    // One bad file in the drop: none of them is imported.
    QVERIFY(!screen(window)->actions()->importTermSheets({good, bad}));
    QCOMPARE(agreements(window)->rowCount(), 4);
    QCOMPARE(window.undoStack()->count(), 0);
    QMessageBox *box = errorBox(window);
    QVERIFY(box);
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY(box->text().startsWith(u"Nothing was imported"_s));
    QVERIFY2(box->text().contains(u"bad.termsheet.json: id: "_s), qPrintable(box->text()));
    QVERIFY(box->text().contains(u"bad.termsheet.json: terms.availability.target: "_s));
    QVERIFY(box->text().contains(bad));
}

void TestAgreementEditor::subscriptionEditStoredWithUndo()
{
    const QString path = sampleWorkspace();
    {
        MainWindow window;
        openOn(window, path, u"identity-automation"_s);
        action(window, u"subscriptionAction"_s)->trigger();
        QPointer<SubscriptionEditor> editor = window.findChild<SubscriptionEditor *>();
        QVERIFY(editor);
        QCOMPARE(editor->windowTitle(), u"Subscription to Identity Automation"_s);
        // The screen showed the stored subscription from the start.
        QVERIFY(screen(window)
                    ->findChild<QLabel *>(u"subscriptionLabel"_s)
                    ->text()
                    .contains(u"4794.05 USD a month, 31 payment"_s));
        QCOMPARE(editor->services()->rowCount(), 2);
        QCOMPARE(editor->payments()->rowCount(), 31);
        QCOMPARE(editor->services()->item(0, 1)->text(), u"4774.05"_s);
        // The monthly fees add up: 4774.05 + 20.00.
        QCOMPARE(editor->findChild<QLabel *>(u"subscriptionTotal"_s)->text(),
                 u"Monthly fees in total: 4794.05 USD"_s);
        QVERIFY(!editor->canSave()); // nothing changed yet
        // December's payment, as the user enters it in a new row.
        QTest::mouseClick(editor->findChild<QPushButton *>(u"subscriptionPaymentsAdd"_s),
                          Qt::LeftButton);
        QCOMPARE(editor->payments()->rowCount(), 32);
        editor->payments()->item(31, 0)->setText(u"2026-12-01"_s);
        editor->payments()->item(31, 1)->setText(u"4794.05"_s);
        editor->payments()->item(31, 2)->setText(u"INV-IA-202612"_s);
        clickSave(editor);
        QTRY_VERIFY(!editor);
        QCOMPARE(window.undoStack()->undoText(), u"Edit subscription of identity-automation"_s);
        // The screen's summary line follows: 2024-05-01, 4774.05 + 20.00 a month, 32 payments.
        const QString summary = screen(window)->findChild<QLabel *>(u"subscriptionLabel"_s)->text();
        QVERIFY2(summary.startsWith(u"Subscription since 2024-05-01: 2 service"_s),
                 qPrintable(summary));
        QVERIFY(summary.contains(u"4794.05 USD a month, 32 payment"_s));
        // Undo, then the editor shows what is stored again: 31 payments.
        window.undoStack()->undo();
        editor = screen(window)->actions()->editSubscription();
        QCOMPARE(editor->payments()->rowCount(), 31);
        editor->reject();
        QTRY_VERIFY(!editor);
        window.undoStack()->redo();
        window.close();
    }
    const std::optional<Subscription> stored = storedSubscription(path, u"identity-automation"_s);
    QVERIFY(stored);
    QCOMPARE(stored->payments.size(), 32);
    QCOMPARE(stored->payments.constLast(),
             (Payment{QDate(2026, 12, 1), Money(479405, u"USD"_s), u"INV-IA-202612"_s}));
    QCOMPARE(stored->startDate, QDate(2024, 5, 1));
    QCOMPARE(stored->services.size(), 2);
}

void TestAgreementEditor::failedCommandIsDroppedAndReported()
{
    // A workspace that is closed under the command: the change fails, the user is told why,
    // and the stack offers nothing to undo.
    StorageResult<Workspace> created = createSampleWorkspace(m_dir.filePath(u"closed.termlens"_s));
    QVERIFY(created.ok());
    Workspace &workspace = *created.value;
    workspace.close();
    QStringList reported;
    const AgreementCommandContext context{
        &workspace, nullptr,
        [&reported](const QString &title, const QString &text) { reported << title << text; }};
    QUndoStack stack;
    TermSheet after = sampleSheet(u"alliants"_s);
    after.vendor = u"Renamed"_s;
    stack.push(new EditAgreementCommand(context, sampleSheet(u"alliants"_s), after));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(reported.size(), 2);
    QCOMPARE(reported[0], u"Could not change the workspace"_s);
    QVERIFY(reported[1].startsWith(u"Edit Renamed failed: nothing was changed."_s));
    stack.push(new DeleteAgreementCommand(context, u"alliants"_s, u"Alliants"_s));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(reported.size(), 4);
}

// Outages recorded after an import belong to the customer's records, not to the term sheet:
// undoing the import of a replacement keeps them, and undo and redo of a new agreement take
// them away and bring them back together with it.
void TestAgreementEditor::undoingAnImportKeepsLaterOutages()
{
    StorageResult<Workspace> created =
        createSampleWorkspace(m_dir.filePath(u"later-outages.termlens"_s));
    QVERIFY(created.ok());
    Workspace &workspace = *created.value;
    const AgreementCommandContext context{&workspace, nullptr, {}};
    const auto outageFor = [](const QString &id) {
        Outage outage;
        outage.agreementId = id;
        outage.service = u"Platform"_s;
        outage.start = 1'780'000'000;
        outage.end = 1'780'000'600;
        return outage;
    };
    const auto outages = [&workspace](const QString &id) {
        return OutageRepository(workspace).list(id).value.value_or(QList<Outage>()).size();
    };
    TermSheet renamed = sampleSheet(u"alliants"_s);
    renamed.vendor = u"Alliants Renamed"_s;
    QFile minimalFile(QStringLiteral(TERMLENS_TEST_DATA "/termsheets/minimal.termsheet.json"));
    QVERIFY(minimalFile.open(QIODevice::ReadOnly));
    const std::optional<TermSheet> minimal = parseTermSheet(minimalFile.readAll()).sheet;
    QVERIFY(minimal);

    QUndoStack stack;
    auto *command = new AddAgreementsCommand(context, {renamed, *minimal}, u"Import"_s);
    stack.push(command);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(command->replaced(), (QList<bool>{true, false}));
    // 14 sample outages of alliants, and one recorded for each agreement after the import.
    QVERIFY(OutageRepository(workspace)
                .addBatch({outageFor(u"alliants"_s), outageFor(u"minimal-cloud"_s)})
                .ok());
    QCOMPARE(outages(u"alliants"_s), 15);
    QCOMPARE(outages(u"minimal-cloud"_s), 1);

    stack.undo();
    AgreementRepository repository(workspace);
    QCOMPARE((*repository.load(u"alliants"_s).value)->vendor, u"Alliants"_s);
    QCOMPARE(outages(u"alliants"_s), 15);
    QVERIFY(!*repository.load(u"minimal-cloud"_s).value);
    QCOMPARE(outages(u"minimal-cloud"_s), 0);

    stack.redo();
    QCOMPARE((*repository.load(u"alliants"_s).value)->vendor, u"Alliants Renamed"_s);
    QCOMPARE(outages(u"alliants"_s), 15);
    QVERIFY(**repository.load(u"minimal-cloud"_s).value == *minimal);
    QCOMPARE(outages(u"minimal-cloud"_s), 1);
    workspace.close();
}

void TestAgreementEditor::subscriptionProblemsAreLocated()
{
    MainWindow window;
    openOn(window, sampleWorkspace(), u"alliants"_s);
    QPointer<SubscriptionEditor> editor = screen(window)->actions()->editSubscription();
    QVERIFY(editor);
    // Pence have two digits: 12.345 GBP is no amount; a service needs a name.
    const int service = editor->addService(QString(), u"10.00"_s);
    const int payment = editor->addPayment(QDate(2026, 3, 1), u"12.345"_s, u"X"_s);
    QVERIFY(!editor->validate());
    QStringList paths;
    for (const ValidationIssue &issue : editor->issues())
        paths << issue.path;
    QCOMPARE(paths, (QStringList{u"services[%1].service"_s.arg(service),
                                 u"payments[%1].amount"_s.arg(payment)}));
    QVERIFY(!editor->findChild<QPushButton *>(u"saveButton"_s)->isEnabled());
    auto *problems = editor->findChild<QListWidget *>(u"subscriptionProblems"_s);
    QCOMPARE(problems->count(), 2);
    QVERIFY2(problems->item(1)->text().startsWith(u"Payment %1: "_s.arg(payment + 1)),
             qPrintable(problems->item(1)->text()));
    // Picking the problem puts the cursor in its cell.
    emit problems->itemActivated(problems->item(1));
    QCOMPARE(editor->payments()->currentRow(), payment);
    QCOMPARE(editor->payments()->currentColumn(), 1);
    editor->reject();
    QTRY_VERIFY(!editor);
    QCOMPARE(window.undoStack()->count(), 0);
}

void TestAgreementEditor::editorLayoutRemembered()
{
    MainWindow window;
    openOn(window, sampleWorkspace(), u"alliants"_s);
    QPointer<AgreementEditor> editor = screen(window)->actions()->editCurrent();
    auto *splitter = editor->findChild<QSplitter *>(u"editorSplitter"_s);
    editor->resize(1200, 800);
    splitter->setSizes({500, 600});
    const QList<int> sizes = splitter->sizes();
    editor->reject();
    QTRY_VERIFY(!editor);
    editor = screen(window)->actions()->editCurrent();
    QCOMPARE(editor->size(), QSize(1200, 800));
    QCOMPARE(editor->findChild<QSplitter *>(u"editorSplitter"_s)->sizes(), sizes);
    editor->reject();
}

// Not a check: pictures of the editors at 1440x900 for a person to look at
// (TERMLENS_EDITOR_SCREENSHOTS=folder).
void TestAgreementEditor::screenshots()
{
    const QString folder = qEnvironmentVariable("TERMLENS_EDITOR_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("TERMLENS_EDITOR_SCREENSHOTS is not set");
    MainWindow window;
    openOn(window, sampleWorkspace(), u"identity-automation"_s);
    window.grab().save(folder + u"/agreements.png"_s);
    QPointer<AgreementEditor> editor = screen(window)->actions()->editCurrent();
    editor->resize(1440, 900);
    const QStringList pages{u"general"_s,       u"availability"_s, u"term"_s,
                            u"liability"_s,     u"support"_s,      u"termination"_s,
                            u"subprocessors"_s, u"data"_s,         u"legal"_s};
    auto *sections = editor->findChild<QListWidget *>(u"editorSections"_s);
    for (int i = 0; i < sections->count() && i < pages.size(); ++i) {
        sections->setCurrentRow(i);
        if (i == 2)
            editor->setCurrentCitation(u"terms.term.renewal"_s);
        QTest::qWait(400);
        editor->grab().save(folder + u"/editor-%1.png"_s.arg(pages[i]));
    }
    setLine(editor->field(u"terms.term.renewal.noticeDays"_s)->focusTarget(), u"ninety"_s);
    editor->validate();
    editor->grab().save(folder + u"/editor-problem.png"_s);
    editor->reject();
    QTRY_VERIFY(!editor);
    QPointer<SubscriptionEditor> subscription = screen(window)->actions()->editSubscription();
    subscription->resize(1000, 640);
    subscription->addPayment(QDate(2026, 12, 1), u"12.345"_s);
    subscription->validate();
    subscription->grab().save(folder + u"/subscription.png"_s);
    subscription->reject();
    QTRY_VERIFY(!subscription);
    QPointer<AgreementEditor> created = screen(window)->actions()->newAgreement();
    created->resize(1440, 900);
    QTest::qWait(100);
    created->grab().save(folder + u"/new.png"_s);
    created->reject();
}

QTEST_MAIN(TestAgreementEditor)
#include "tst_agreementeditor.moc"
