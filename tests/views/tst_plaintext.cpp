// R5: user text is plain text everywhere. The sample workspace with one agreement whose
// vendor, product, notes, document title and text, quotes, notes and ambiguities, outage
// reference and notes and subscription account are HTML; every screen of the registry is
// visited with that agreement chosen, and the whole widget tree is walked: no label, button,
// message box, tooltip, item-view tooltip, text view or chart may interpret it.

#include "agreementrepository.h"
#include "mainwindow.h"
#include "sampleworkspace.h"
#include "viewregistry.h"
#include "workspace.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLegendMarker>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>

using namespace termlens;
using namespace Qt::StringLiterals;

namespace {

const QString Payload = u"<b>Acme</b> <img src=\"file:///etc/passwd\">"_s;

// Text that Qt would show as markup rather than as its characters.
bool interpretsPayload(const QString &shown, Qt::TextFormat format)
{
    if (!shown.contains(u"<b>Acme</b>"_s) && !shown.contains(u"<img"_s))
        return false;
    if (format == Qt::PlainText)
        return false;
    return format == Qt::RichText || Qt::mightBeRichText(shown);
}

// A tooltip is always guessed: raw markup in it is interpreted.
bool tooltipInterprets(const QString &tip)
{
    return !tip.isEmpty() && (tip.contains(u"<b>Acme"_s) || tip.contains(u"<img"_s)) &&
           Qt::mightBeRichText(tip);
}

QString describe(const QObject *object)
{
    QStringList path;
    for (const QObject *o = object; o; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                               : o->objectName());
    return path.join(u'/');
}

} // namespace

class TestPlainText final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyScreenShowsUserTextLiterally_data();
    void everyScreenShowsUserTextLiterally();
    void errorMessagesArePlainText();

private:
    void chooseHostileAgreement(QWidget *screen);
    QStringList problemsIn(QWidget *root, int *sawPayload);

    QTemporaryDir m_dir;
    QString m_path;
};

void TestPlainText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_path = m_dir.filePath(u"hostile.termlens"_s);
    StorageResult<Workspace> created = createSampleWorkspace(m_path);
    QVERIFY2(created.ok(), qPrintable(created.error.toString()));
    Workspace &ws = *created.value;
    AgreementRepository agreements(ws);
    StorageResult<std::optional<TermSheet>> loaded = agreements.load(u"alliants"_s);
    QVERIFY(loaded.ok() && *loaded.value);
    TermSheet sheet = **loaded.value;
    sheet.vendor = Payload;
    sheet.product = Payload;
    sheet.notes = Payload;
    QVERIFY(!sheet.documents.isEmpty());
    sheet.documents[0].title = Payload;
    sheet.documents[0].text += u"\n"_s + Payload + u"\n"_s;
    QVERIFY(sheet.terms.availability);
    Citation &citation = sheet.terms.availability->citation;
    citation.quote = Payload;
    citation.note = Payload;
    citation.ambiguity = Payload;
    citation.clause = u"<i>1</i>"_s;
    const StorageStatus saved = agreements.save(sheet);
    QVERIFY2(saved.ok(), qPrintable(saved.error.toString()));
    // Outage and subscription text, written as an import would (bound values).
    QSqlQuery query(ws.database());
    QVERIFY(query.prepare(u"UPDATE outages SET reference = ?, notes = ? WHERE agreement_id = ?"_s));
    query.addBindValue(Payload);
    query.addBindValue(Payload);
    query.addBindValue(u"alliants"_s);
    QVERIFY(query.exec());
    QVERIFY(query.numRowsAffected() > 0);
    QVERIFY(query.prepare(u"UPDATE subscriptions SET account = ? WHERE agreement_id = ?"_s));
    query.addBindValue(Payload);
    query.addBindValue(u"alliants"_s);
    QVERIFY(query.exec());
    ws.close();
}

// Picks the hostile agreement wherever the screen offers a choice: combo boxes, and the row
// showing it in every item view.
void TestPlainText::chooseHostileAgreement(QWidget *screen)
{
    for (QComboBox *combo : screen->findChildren<QComboBox *>()) {
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i).contains(u"Acme"_s) ||
                combo->itemData(i).toString() == u"alliants") {
                combo->setCurrentIndex(i);
                break;
            }
        }
    }
    QCoreApplication::processEvents();
    for (QAbstractItemView *view : screen->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *model = view->model();
        if (!model || !view->isVisible())
            continue;
        for (int row = 0; row < std::min(model->rowCount(), 200); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data().toString().contains(u"Acme"_s)) {
                view->setCurrentIndex(index);
                break;
            }
        }
    }
    QCoreApplication::processEvents();
}

QStringList TestPlainText::problemsIn(QWidget *root, int *sawPayload)
{
    QStringList problems;
    const auto saw = [sawPayload](const QString &text) {
        if (text.contains(u"Acme"_s))
            ++*sawPayload;
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        saw(label->text());
        if (interpretsPayload(label->text(), label->textFormat()))
            problems << u"label %1 (format %2): %3"_s.arg(describe(label))
                            .arg(int(label->textFormat()))
                            .arg(label->text());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        saw(button->text()); // buttons never interpret markup; counted only
    for (QGroupBox *box : root->findChildren<QGroupBox *>())
        saw(box->title());
    for (QMessageBox *box : root->findChildren<QMessageBox *>()) {
        saw(box->text());
        if (interpretsPayload(box->text(), box->textFormat()))
            problems << u"message box %1: %2"_s.arg(describe(box), box->text());
    }
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        saw(widget->toolTip());
        if (tooltipInterprets(widget->toolTip()))
            problems << u"tooltip of %1: %2"_s.arg(describe(widget), widget->toolTip());
    }
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString tip =
                model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
            if (tooltipInterprets(tip))
                problems << u"header tooltip of %1: %2"_s.arg(describe(view), tip);
        }
        const int rows = std::min(model->rowCount(), 300);
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                saw(index.data().toString());
                const QString tip = index.data(Qt::ToolTipRole).toString();
                saw(tip);
                if (tooltipInterprets(tip))
                    problems << u"item tooltip of %1 (%2, %3): %4"_s.arg(describe(view))
                                    .arg(row)
                                    .arg(column)
                                    .arg(tip);
            }
        }
    }
    // Text views: the payload may appear as characters, never as an element.
    for (QTextEdit *edit : root->findChildren<QTextEdit *>()) {
        saw(edit->toPlainText());
        const QString html = edit->document()->toHtml();
        if (html.contains(u"<img"_s) || html.contains(u"<b>Acme"_s) ||
            html.contains(u"font-weight:700;\">Acme"_s) ||
            html.contains(u"font-weight:600;\">Acme"_s))
            problems << u"text view %1 holds the payload as markup"_s.arg(describe(edit));
    }
    for (QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>())
        saw(edit->toPlainText()); // plain by construction
    // Charts render titles, series names, axis labels and legend labels as rich text.
    for (QChartView *view : root->findChildren<QChartView *>()) {
        QChart *chart = view->chart();
        if (!chart)
            continue;
        QStringList texts = {chart->title()};
        for (QAbstractSeries *series : chart->series())
            texts << series->name();
        for (QAbstractAxis *axis : chart->axes()) {
            texts << axis->titleText();
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                texts << categories->categories();
        }
        for (QLegendMarker *marker : chart->legend()->markers())
            texts << marker->label();
        for (const QString &text : std::as_const(texts)) {
            saw(text);
            if (text.contains(u"<b>Acme"_s) || text.contains(u"<img"_s))
                problems << u"chart text in %1: %2"_s.arg(describe(view), text);
        }
    }
    return problems;
}

void TestPlainText::everyScreenShowsUserTextLiterally_data()
{
    QTest::addColumn<QString>("screen");
    for (const QString &name : screenNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestPlainText::everyScreenShowsUserTextLiterally()
{
    QFETCH(QString, screen);
    MainWindow window;
    window.setRemembersSession(false);
    QVERIFY(window.openWorkspace(m_path));
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showScreen(screen));
    QWidget *page = window.screenPage(screen);
    QVERIFY(page);
    // Twice: a choice in a combo box may fill the views the second round picks a row in.
    chooseHostileAgreement(page);
    chooseHostileAgreement(page);
    int sawPayload = 0;
    const QStringList problems = problemsIn(&window, &sawPayload);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    // The walk did meet the hostile text (else this test would prove nothing here).
    QVERIFY2(sawPayload > 0, qPrintable(screen));
}

void TestPlainText::errorMessagesArePlainText()
{
    // A file whose name is markup, refused: the message box shows its name literally.
    const QString path = m_dir.filePath(u"<b>Acme<i> <img src=x>.termlens"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a workspace at all, just text");
    file.close();
    MainWindow window;
    window.setRemembersSession(false);
    QVERIFY(!window.openWorkspace(path));
    auto *box = window.findChild<QMessageBox *>(u"errorMessage"_s);
    QVERIFY(box);
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY(box->text().contains(u"<b>Acme<"_s));
    int saw = 0;
    QCOMPARE(problemsIn(&window, &saw), QStringList());
}

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
