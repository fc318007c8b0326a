#include "mainwindow.h"
#include "reportexportcontroller.h"
#include "reportexportdialog.h"
#include "samplefortests.h"
#include "sampleworkspace.h"
#include "workspaceevents.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace termlens;
using namespace Qt::StringLiterals;

// File > Export Report… in the desktop window, headless: the dialog's choices, Export disabled
// with a reason while they cannot make a report, and a PDF written with the chosen sections.
class TestReportExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dialogRefusesUnusableChoices();
    void exportsChosenSections();

private:
    static QPushButton *exportButton(ReportExportDialog *dialog)
    {
        return dialog->findChild<QPushButton *>(u"reportExportButton"_s);
    }
    static ReportExportDialog *openDialog(MainWindow &window)
    {
        QAction *action = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *a : menu->menu()->actions()) {
                if (a->text().contains(u"Export Report"_s))
                    action = a;
            }
        }
        if (!action)
            qFatal("no File > Export Report action");
        action->trigger();
        auto *controller = window.findChild<ReportExportController *>();
        return controller ? controller->currentDialog() : nullptr;
    }

    QTemporaryDir m_dir;
    QString m_sample;
};

void TestReportExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(u"sample.termlens"_s);
    const QString failed = prepareSampleForWindows(m_sample);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestReportExport::dialogRefusesUnusableChoices()
{
    MainWindow window;
    window.setRemembersSession(false);
    QVERIFY(window.openWorkspace(m_sample));
    ReportExportDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->agreementList()->count(), 4);
    QVERIFY(exportButton(dialog)->isEnabled());
    // No agreement.
    for (int i = 0; i < 4; ++i)
        dialog->agreementList()->item(i)->setCheckState(Qt::Unchecked);
    QVERIFY(!exportButton(dialog)->isEnabled());
    QVERIFY(dialog->problem().contains(u"agreement"_s));
    dialog->agreementList()->item(0)->setCheckState(Qt::Checked);
    QVERIFY(exportButton(dialog)->isEnabled());
    // No section.
    for (const char *key :
         {"cover", "summary", "comparison", "subprocessors", "credits", "appendix"})
        dialog->sectionBox(QString::fromLatin1(key))->setChecked(false);
    QVERIFY(!exportButton(dialog)->isEnabled());
    QVERIFY(dialog->problem().contains(u"section"_s));
    dialog->sectionBox(u"credits"_s)->setChecked(true);
    // A period that ends before it starts, then a usable one.
    dialog->periodBox()->setChecked(true);
    dialog->fromEdit()->setDate(QDate(2026, 9, 1));
    dialog->toEdit()->setDate(QDate(2026, 8, 1));
    QVERIFY(!exportButton(dialog)->isEnabled());
    QVERIFY(dialog->problem().contains(u"before it starts"_s));
    dialog->fromEdit()->setDate(QDate(2026, 8, 1));
    QVERIFY(exportButton(dialog)->isEnabled());
    // No file.
    dialog->fileEdit()->clear();
    QVERIFY(!exportButton(dialog)->isEnabled());
    dialog->reject();
}

void TestReportExport::exportsChosenSections()
{
    MainWindow window;
    window.setRemembersSession(false);
    QVERIFY(window.openWorkspace(m_sample));
    ReportExportDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    auto *controller = window.findChild<ReportExportController *>();
    QSignalSpy done(controller, &ReportExportController::finished);
    // Logit.io only, credits and appendix, August 2026, US Letter.
    for (int i = 0; i < dialog->agreementList()->count(); ++i) {
        QListWidgetItem *item = dialog->agreementList()->item(i);
        item->setCheckState(item->data(Qt::UserRole).toString() == u"logit-io"_s ? Qt::Checked
                                                                                 : Qt::Unchecked);
    }
    for (const char *key : {"cover", "summary", "comparison", "subprocessors"})
        dialog->sectionBox(QString::fromLatin1(key))->setChecked(false);
    dialog->periodBox()->setChecked(true);
    dialog->fromEdit()->setDate(QDate(2026, 8, 1));
    dialog->toEdit()->setDate(QDate(2026, 8, 1));
    dialog->pageSizeBox()->setCurrentIndex(1);
    const QString file = m_dir.filePath(u"dialog.pdf"_s);
    dialog->fileEdit()->setText(file);
    QTest::mouseClick(exportButton(dialog), Qt::LeftButton);
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.first().at(0).toBool(), true);
    QVERIFY(QFile::exists(file));
    QProcess text;
    text.start(QStandardPaths::findExecutable(u"pdftotext"_s), {file, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QString all = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    // Logit.io's August credit (hand-worked in tests/report/tst_report.cpp): £118.00.
    QVERIFY(all.contains(u"118.00 GBP"_s));
    QVERIFY(all.contains(u"Appendix: quoted clauses"_s));
    QVERIFY(!all.contains(u"Comparison of terms"_s));
    QVERIFY(!all.contains(u"Identity Automation"_s));
    QProcess info;
    info.start(QStandardPaths::findExecutable(u"pdfinfo"_s), {file});
    QVERIFY(info.waitForFinished(60000));
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(u"612 x 792 pts"_s));
}

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
