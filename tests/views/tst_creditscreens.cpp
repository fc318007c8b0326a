#include "appearance.h"
#include "availabilitychart.h"
#include "claimdraftdialog.h"
#include "creditclaimrepository.h"
#include "creditledgermodel.h"
#include "creditsscreen.h"
#include "deadlinesscreen.h"
#include "mainwindow.h"
#include "obligationlistmodel.h"
#include "samplefortests.h"
#include "sampleworkspace.h"
#include "whatifchart.h"
#include "whatifscreen.h"
#include "workspace.h"

#include <QAbstractAxis>
#include <QChart>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrinter>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace termlens;
using namespace Qt::StringLiterals;

// The credits, what-if and deadlines screens over the real sample workspace, headless. Every
// expected figure is worked out by hand from the sample outages and subscriptions
// (resources/sample) and the agreements' rules (shared seeds), as written beside each row.
class TestCreditScreens final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sample;
    // "Today" for every test: Sunday 5 July 2026, 12:00 UTC (July is still in progress).
    static constexpr qint64 Now = 1783252800;

    static CreditsScreen *credits(MainWindow &window)
    {
        window.showScreen(u"credits"_s);
        auto *screen = window.findChild<CreditsScreen *>(u"creditsScreen"_s);
        screen->setNow(Now);
        return screen;
    }
    static QString cell(CreditsScreen *screen, const QString &agreement, const QString &month,
                        const QString &service, int column)
    {
        const int row = screen->model()->rowOf(agreement, month, service);
        if (row < 0)
            return u"(no row)"_s;
        return screen->model()->index(row, column).data().toString();
    }

private slots:
    void initTestCase();
    void cleanup();
    void creditsShownAsWorkedOut_data();
    void creditsShownAsWorkedOut();
    void workingAndChartFollowSelection();
    void markClaimedAndUndo();
    void claimDraftHasWhatTheContractAsks();
    void whatIfSliderMovesEveryAgreement_data();
    void whatIfSliderMovesEveryAgreement();
    void whatIfChartMarksAllowances();
    void whatIfSortsFiguresByValue();
    void chartsFollowAppearance();
    void hypotheticalYearTotals();
    void deadlinesListed_data();
    void deadlinesListed();
    void deadlinesExportAsIcs();
};

void TestCreditScreens::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(u"sample.termlens"_s);
    const QString failed = prepareSampleForWindows(m_sample);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(QDateTime::fromSecsSinceEpoch(Now, Qt::UTC),
             QDateTime(QDate(2026, 7, 5), QTime(12, 0), Qt::UTC));
}

void TestCreditScreens::cleanup()
{
    QSettings().clear();
}

void TestCreditScreens::creditsShownAsWorkedOut_data()
{
    QTest::addColumn<QString>("agreement");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("availability");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("deadline");
    QTest::addColumn<QString>("status");
    // Logit.io, May: INC-2605-01 09:20-10:12 counts (52 min); CHG-2605-03 is notified
    // maintenance outside Normal Business Hours (excluded). Average month 43,830 min:
    // 100 × (1 − 52/43830) = 99.88136 %, short of 99.9 by 0.019 points → 5 % of the stack's
    // £1,180.00 = £59.00. Claim by 31 May + 10 days = 10 June: 25 days before 5 July.
    QTest::newRow("logit may") << u"logit-io"_s << u"2026-05"_s << u"Production Logs Stack"_s
                               << u"99.8814 %"_s << u"5 %"_s << u"59.00 GBP"_s << u"2026-06-10"_s
                               << u"Expired 25 days ago"_s;
    // Metrics Stack, May: only INC-2605-07, a Hosting Provider incident (excluded).
    QTest::newRow("logit may metrics")
        << u"logit-io"_s << u"2026-05"_s << u"Metrics Stack"_s << u"100 %"_s << u"0 %"_s
        << u"0.00 GBP"_s << u"2026-06-10"_s << u"Target met"_s;
    // Logit.io, June: 30 min of CHG-2606-02 inside Normal Business Hours + INC-2606-04
    // 13 min 49 s = 2,629 s, inside the 2,629.8 s allowance: 99.90003 % → met.
    QTest::newRow("logit june") << u"logit-io"_s << u"2026-06"_s << u"Production Logs Stack"_s
                                << u"99.9 %"_s << u"0 %"_s << u"0.00 GBP"_s << u"2026-07-10"_s
                                << u"Target met"_s;
    // Identity Automation, May (31 days, 44,640 min, Central time): INC-4471 09:10-11:15
    // counts (125 min); CHG-2026-031 is in the window with 7 days' notice; INC-4490 is the
    // customer's. 100 × (1 − 125/44640) = 99.71998 % < 99.9 → 5 % of (12 × $4,774.05) / 12 =
    // $238.7025 → $238.70 (> $1). Claim by the end of the second month after: 31 July.
    QTest::newRow("identity may") << u"identity-automation"_s << u"2026-05"_s
                                  << u"Identity Platform"_s << u"99.72 %"_s << u"5 %"_s
                                  << u"238.70 USD"_s << u"2026-07-31"_s << u"Open, 26 days left"_s;
    // Identity Automation, June (43,200 min): INC-4533 10:00-10:30 and MON-88120 10:20-10:43:12
    // merge to 43 min 12 s = 2,592 s = exactly 0.1 % of the month: 99.9 % is not below 99.9.
    QTest::newRow("identity june")
        << u"identity-automation"_s << u"2026-06"_s << u"Identity Platform"_s << u"99.9 %"_s
        << u"0 %"_s << u"0.00 USD"_s << u"2026-08-31"_s << u"Target met"_s;
    // Alliants, May (5-minute periods): the 30 s blip costs 10:00-10:05, INC-AEP-2605-01
    // 14:07-14:19 three periods: 20 min of 44,640 → 99.9552 % ≥ 99.95 → met.
    QTest::newRow("alliants may") << u"alliants"_s << u"2026-05"_s << u"Platform"_s
                                  << u"99.9552 %"_s << u"0 %"_s << u"0.00 GBP"_s << u"2026-06-30"_s
                                  << u"Target met"_s;
    // Alliants, June: INC-AEP-2606-01/02 merge to 09:12-09:40 = six periods, 30 min of 43,200
    // → 99.9306 % < 99.95 → flat 10 % of the Platform's £2,400.00 = £240.00, claim by the end
    // of July.
    QTest::newRow("alliants june platform")
        << u"alliants"_s << u"2026-06"_s << u"Platform"_s << u"99.9306 %"_s << u"10 %"_s
        << u"240.00 GBP"_s << u"2026-07-31"_s << u"Open, 26 days left"_s;
    // Messaging, June: CHG-AEP-0616 was notified 2.5 days ahead (the SLA asks 5), so its
    // 150 min count: 99.6528 % → 10 % of £600.00 = £60.00.
    QTest::newRow("alliants june messaging")
        << u"alliants"_s << u"2026-06"_s << u"Messaging"_s << u"99.6528 %"_s << u"10 %"_s
        << u"60.00 GBP"_s << u"2026-07-31"_s << u"Open, 26 days left"_s;
    // Alliants, July (not over on 5 July; the sample's records for later in July are counted
    // as recorded): INC-AEP-2607-02 is a security attack, excluded and removed from the period
    // (19:40-20:05, five periods, 25 min); MON-AEP-0729 11:04:45-11:05:20 touches two periods
    // (10 min): 100 × (1 − 10/(44,640 − 25)) = 99.97759 %.
    QTest::newRow("alliants july in progress")
        << u"alliants"_s << u"2026-07"_s << u"Platform"_s << u"99.9776 %"_s << u"0 %"_s
        << u"0.00 GBP"_s << u"2026-08-31"_s << u"Month in progress"_s;
}

void TestCreditScreens::creditsShownAsWorkedOut()
{
    QFETCH(QString, agreement);
    QFETCH(QString, month);
    QFETCH(QString, service);
    MainWindow window;
    QVERIFY(window.openWorkspace(m_sample));
    CreditsScreen *screen = credits(window);
    using M = CreditLedgerModel;
    QTEST(cell(screen, agreement, month, service, M::AvailabilityColumn), "availability");
    QTEST(cell(screen, agreement, month, service, M::CreditPercentColumn), "percent");
    QTEST(cell(screen, agreement, month, service, M::CreditAmountColumn), "amount");
    QTEST(cell(screen, agreement, month, service, M::DeadlineColumn), "deadline");
    QFETCH(QString, status);
    QCOMPARE(cell(screen, agreement, month, service, M::StatusColumn), status);
}

void TestCreditScreens::workingAndChartFollowSelection()
{
    MainWindow window;
    QVERIFY(window.openWorkspace(m_sample));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CreditsScreen *screen = credits(window);
    QVERIFY(screen->selectRow(u"logit-io"_s, u"2026-05"_s, u"Production Logs Stack"_s));
    const QString working = screen->workingText();
    // The full working: the fee's source, the counted and excluded records, the step reading
    // and the claim window with its clause.
    QVERIFY2(working.contains(u"1180.00"_s), qPrintable(working));
    QVERIFY2(working.contains(u"INC-2605-01"_s) || working.contains(u"52"_s), qPrintable(working));
    QVERIFY2(working.contains(u"Sched. 3 Part 4 1.5"_s), qPrintable(working));
    QVERIFY2(working.contains(u"Steps"_s), qPrintable(working));
    // The chart shows the agreement's months for that stack against 99.9 %.
    QCOMPARE(screen->chart()->months(), (QStringList{u"2026-05"_s, u"2026-06"_s, u"2026-07"_s}));
    QCOMPARE(screen->chart()->target(), 99.9);
    QCOMPARE(screen->chart()->availabilities().first(), 99.8814);
    // Another row rebuilds the chart: the three axes it replaces (months, percent, the hidden
    // x of the target line) are deleted, not merely detached (LeakSanitizer found them kept).
    QList<QPointer<QAbstractAxis>> oldAxes;
    for (QAbstractAxis *axis : screen->chart()->chart()->axes())
        oldAxes << axis;
    QCOMPARE(oldAxes.size(), 3);
    QVERIFY(screen->selectRow(u"identity-automation"_s, u"2026-05"_s, u"Identity Platform"_s));
    QCOMPARE(screen->chart()->target(), 99.9);
    for (const QPointer<QAbstractAxis> &axis : std::as_const(oldAxes))
        QVERIFY(axis.isNull());
    QCOMPARE(screen->chart()->chart()->axes().size(), 3);
    QVERIFY(screen->selectRow(u"logit-io"_s, u"2026-05"_s, u"Production Logs Stack"_s));
    // The summary tooltip is one line; the table cells never hold the whole working.
    const int row = screen->model()->rowOf(u"logit-io"_s, u"2026-05"_s, u"Production Logs Stack"_s);
    QVERIFY(!screen->model()->index(row, 0).data(Qt::ToolTipRole).toString().isEmpty());
    // The filter narrows the table.
    auto *filter = screen->findChild<QLineEdit *>(u"creditsFilter"_s);
    filter->setText(u"Messaging"_s);
    QVERIFY(screen->table()->model()->rowCount() > 0);
    for (int r = 0; r < screen->table()->model()->rowCount(); ++r)
        QCOMPARE(screen->table()->model()->index(r, CreditLedgerModel::ServiceColumn).data(),
                 QVariant(u"Messaging"_s));
}

void TestCreditScreens::markClaimedAndUndo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"claims.termlens"_s);
    QVERIFY(createSampleWorkspace(path).ok());
    MainWindow window;
    QVERIFY(window.openWorkspace(path));
    CreditsScreen *screen = credits(window);
    const QString ia = u"identity-automation"_s;
    const int row = screen->model()->rowOf(ia, u"2026-05"_s, u"Identity Platform"_s);
    QVERIFY(row >= 0);
    const QString open26 = u"Open, 26 days left"_s;
    QCOMPARE(screen->model()->statusText(row), open26);
    QVERIFY(screen->markClaimed(row, QDate(2026, 7, 3), u"  CASE-88412 "_s));
    QCOMPARE(screen->model()->statusText(row), u"Claimed 2026-07-03 (CASE-88412)"_s);
    QCOMPARE(window.undoStack()->count(), 1);
    QCOMPARE(window.undoStack()->undoText(), u"Mark Credit Claimed"_s);
    QCOMPARE(screen->model()->status(row).claim->reference, u"CASE-88412"_s);
    // The other service of the same month is untouched.
    const int phish = screen->model()->rowOf(ia, u"2026-05"_s, u"PhishID"_s);
    QCOMPARE(screen->model()->statusText(phish), u"Target met"_s);

    window.undoStack()->undo();
    QCOMPARE(screen->model()->statusText(row), open26);
    window.undoStack()->redo();
    QCOMPARE(screen->model()->statusText(row), u"Claimed 2026-07-03 (CASE-88412)"_s);
    // Unmark, then undo puts the claim back with its reference.
    QVERIFY(screen->unmarkClaim(row));
    QCOMPARE(screen->model()->statusText(row), open26);
    window.undoStack()->undo();
    QCOMPARE(screen->model()->statusText(row), u"Claimed 2026-07-03 (CASE-88412)"_s);
    // A claim on a month that owes nothing is refused by the buttons (disabled).
    QVERIFY(screen->selectRow(ia, u"2026-06"_s, u"Identity Platform"_s));
    QVERIFY(!screen->findChild<QWidget *>(u"markClaimed"_s)->isEnabled());
    QVERIFY(!screen->findChild<QWidget *>(u"draftClaim"_s)->isEnabled());
    window.close();
    // Reopened, the claim is still there (stored, not only shown).
    {
        StorageResult<Workspace> ws = Workspace::open(path);
        QVERIFY2(ws.ok(), qPrintable(ws.error.toString()));
        const auto claims = CreditClaimRepository(*ws.value).list(ia);
        QVERIFY(claims.ok());
        QCOMPARE(claims.value->size(), 1);
        QCOMPARE(claims.value->first().month, u"2026-05"_s);
        QCOMPARE(claims.value->first().service, u"Identity Platform"_s);
        QCOMPARE(claims.value->first().claimedDate, QDate(2026, 7, 3));
    }
}

void TestCreditScreens::claimDraftHasWhatTheContractAsks()
{
    MainWindow window;
    QVERIFY(window.openWorkspace(m_sample));
    CreditsScreen *screen = credits(window);
    // Identity Automation App. A §4: "SLA Credit Request" in the subject; the dates, times and
    // affected account of each incident; the account ID; request logs.
    int row =
        screen->model()->rowOf(u"identity-automation"_s, u"2026-05"_s, u"Identity Platform"_s);
    ClaimDraftDialog *dialog = screen->draftClaim(row);
    QVERIFY(dialog);
    const QString text = dialog->text();
    QVERIFY2(text.startsWith(u"Subject: SLA Credit Request: "_s), qPrintable(text));
    QVERIFY2(text.contains(u"Affected account: cedar-ridge-usd"_s), qPrintable(text));
    // INC-4471, 09:10-11:15 Central Daylight Time on 19 May: 2 h 5 min.
    QVERIFY2(text.contains(u"2026-05-19 09:10"_s) && text.contains(u"2026-05-19 11:15"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"UTC−05:00"_s), qPrintable(text));
    QVERIFY2(text.contains(u"2 h 5 min"_s), qPrintable(text));
    QVERIFY2(text.contains(u"INC-4471"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"INC-4490"_s), qPrintable(text)); // the customer's own, excluded
    QVERIFY2(text.contains(u"238.70 USD"_s), qPrintable(text));
    QVERIFY2(text.contains(u"2026-07-31"_s), qPrintable(text));
    QVERIFY2(text.contains(u"asterisks"_s), qPrintable(text));
    const auto *requirements = dialog->findChild<QLabel *>(u"claimRequirements"_s);
    QVERIFY(requirements);
    QCOMPARE(requirements->textFormat(), Qt::PlainText);
    QVERIFY(requirements->text().contains(u"App. A §4"_s));
    // Printable: the plain text goes to a PDF.
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"claim.pdf"_s));
    dialog->printTo(&printer);
    QFile pdf(dir.filePath(u"claim.pdf"_s));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    // Copy puts subject and body on the clipboard.
    dialog->copyToClipboard();
    QCOMPARE(QGuiApplication::clipboard()->text(), text);
    delete dialog;

    // Alliants SLA 2: the month, date, time with time zone (BST), duration, services, the
    // affected User Account.
    row = screen->model()->rowOf(u"alliants"_s, u"2026-06"_s, u"Messaging"_s);
    dialog = screen->draftClaim(row);
    QVERIFY(dialog);
    const QString alliants = dialog->text();
    QVERIFY2(alliants.contains(u"SLA Credit Request"_s), qPrintable(alliants));
    QVERIFY2(alliants.contains(u"June 2026"_s), qPrintable(alliants));
    QVERIFY2(alliants.contains(u"2026-06-16 06:00"_s), qPrintable(alliants));
    QVERIFY2(alliants.contains(u"UTC+01:00"_s), qPrintable(alliants));
    QVERIFY2(alliants.contains(u"2 h 30 min"_s), qPrintable(alliants));
    QVERIFY2(alliants.contains(u"northwind-analytics"_s), qPrintable(alliants));
    QVERIFY2(alliants.contains(u"CHG-AEP-0616"_s), qPrintable(alliants));
    QVERIFY2(alliants.contains(u"60.00 GBP"_s), qPrintable(alliants));
    delete dialog;
    // No draft for a month that owes nothing.
    QVERIFY(
        !screen->draftClaim(screen->model()->rowOf(u"alliants"_s, u"2026-05"_s, u"Platform"_s)));
}

void TestCreditScreens::whatIfSliderMovesEveryAgreement_data()
{
    QTest::addColumn<double>("minutes");
    QTest::addColumn<QString>("agreement");
    QTest::addColumn<QString>("availability");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("allowed");
    // June 2026 (30 days, 43,200 min). Logit.io's worked example 2: 3 % of its 43,830-minute
    // average month = 1,314.9 min → 97 %, short of 99.9 by 2.9 points → 5 % + 5 % = 10 % of
    // each stack: £118.00 + £54.00.
    QTest::newRow("logit example 2")
        << 1314.9 << u"logit-io"_s << u"97 %"_s << u"10 %"_s << u"172.00 GBP"_s << u"43.83"_s;
    // The same 1,314.9 min at Identity Automation: 100 × (1 − 1314.9/43200) = 96.95625 % <
    // 99.0 → 10 % of each service's twelfth: $477.405 → $477.41, and $2.00 for PhishID.
    QTest::newRow("identity 1314.9") << 1314.9 << u"identity-automation"_s << u"96.9563 %"_s
                                     << u"10 %"_s << u"479.41 USD"_s << u"43.2"_s;
    // Alliants counts whole 5-minute periods: 1,314.9 min touches 263 of them (1,315 min):
    // 100 × (1 − 1315/43200) = 96.95602 %; flat 10 % of each affected service: £240.00 +
    // £60.00. Allowed: 0.05 % of 43,200 min is 21.6 min, room for 4 whole periods: 20 min.
    QTest::newRow("alliants 1314.9")
        << 1314.9 << u"alliants"_s << u"96.956 %"_s << u"10 %"_s << u"300.00 GBP"_s << u"20"_s;
    // Logit.io's worked example 1: 43.83 min is exactly the allowance: 99.9 %, no credit.
    QTest::newRow("logit example 1")
        << 43.83 << u"logit-io"_s << u"99.9 %"_s << u"0 %"_s << u"0.00 GBP"_s << u"43.83"_s;
    // 43.84 min: just short → 5 % of each stack: £59.00 + £27.00. 100 × (1 − 43.84 / 43830) =
    // 99.8999771...: "99.9" to 4 decimals would read as the target, so 5, rounded down.
    QTest::newRow("logit 43.84") << 43.84 << u"logit-io"_s << u"99.89997 %"_s << u"5 %"_s
                                 << u"86.00 GBP"_s << u"43.83"_s;
    // 43.2 min at Identity Automation is exactly 99.9 %: not below → 0.
    // Alliantist's support policy expects 99.5 % (216 min of June) with no remedy.
    QTest::newRow("alliantist no remedy")
        << 1314.9 << u"alliantist-isms"_s << u"96.9563 %"_s << u"no credit terms"_s
        << u"no credit terms"_s << u"216"_s;
    QTest::newRow("identity at allowance") << 43.2 << u"identity-automation"_s << u"99.9 %"_s
                                           << u"0 %"_s << u"0.00 USD"_s << u"43.2"_s;
    // 600 min at Logit.io: 600/43830 → 98.6311 %, short by 1.2689 points: past the first
    // point, but not one further full point → still 5 %: £59.00 + £27.00.
    QTest::newRow("logit 600") << 600.0 << u"logit-io"_s << u"98.6311 %"_s << u"5 %"_s
                               << u"86.00 GBP"_s << u"43.83"_s;
    // 920.43 min = 2.1 % of 43,830: 97.9 %, short by exactly 2 points: one further full point
    // → 10 %.
    QTest::newRow("logit 920.43") << 920.43 << u"logit-io"_s << u"97.9 %"_s << u"10 %"_s
                                  << u"172.00 GBP"_s << u"43.83"_s;
}

void TestCreditScreens::whatIfSliderMovesEveryAgreement()
{
    QFETCH(double, minutes);
    QFETCH(QString, agreement);
    MainWindow window;
    QVERIFY(window.openWorkspace(m_sample));
    window.showScreen(u"whatif"_s);
    auto *screen = window.findChild<WhatIfScreen *>(u"whatIfScreen"_s);
    QVERIFY(screen);
    screen->setMonth(2026, 6);
    screen->setDowntimeMinutes(minutes);
    QTEST(screen->resultText(agreement, WhatIfScreen::AvailabilityColumn), "availability");
    QTEST(screen->resultText(agreement, WhatIfScreen::CreditPercentColumn), "percent");
    QTEST(screen->resultText(agreement, WhatIfScreen::CreditAmountColumn), "amount");
    QTEST(screen->resultText(agreement, WhatIfScreen::AllowedColumn), "allowed");
    QCOMPARE(screen->chart()->marker(), minutes);
}

void TestCreditScreens::whatIfSortsFiguresByValue()
{
    MainWindow window;
    QVERIFY(window.openWorkspace(m_sample));
    window.showScreen(u"whatif"_s);
    auto *screen = window.findChild<WhatIfScreen *>(u"whatIfScreen"_s);
    QVERIFY(screen);
    screen->setMonth(2026, 6);
    auto *table = screen->findChild<QTableWidget *>(u"whatIfResults"_s);
    QVERIFY(table);
    // June 2026's allowances (see whatIfSliderMovesEveryAgreement): Alliants 20, Identity
    // Automation 43.2, Logit.io 43.83, Alliantist 216 minutes. As words they would sort
    // "20", "216", "43.2", "43.83".
    table->sortItems(WhatIfScreen::AllowedColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < table->rowCount(); ++row)
        order << table->item(row, WhatIfScreen::AgreementColumn)->data(Qt::UserRole).toString();
    QCOMPARE(order, QStringList({u"alliants"_s, u"identity-automation"_s, u"logit-io"_s,
                                 u"alliantist-isms"_s}));
    QCOMPARE(table->item(0, WhatIfScreen::AllowedColumn)->textAlignment(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestCreditScreens::whatIfChartMarksAllowances()
{
    MainWindow window;
    QVERIFY(window.openWorkspace(m_sample));
    window.showScreen(u"whatif"_s);
    auto *screen = window.findChild<WhatIfScreen *>(u"whatIfScreen"_s);
    screen->setMonth(2026, 6);
    screen->setChartRange(1440);
    const QList<WhatIfChart::Line> &lines = screen->chart()->lines();
    QCOMPARE(lines.size(), 4);
    // Logit.io's step line: 0 up to its allowance, 5 % just after it, 10 % from a shortfall
    // of 2 points (1 point plus one further full point): 97.9 %, 2.1 % of 43,830 = 920.43 min.
    const WhatIfChart::Line *logit = nullptr;
    for (const WhatIfChart::Line &line : lines) {
        if (line.name == u"Logit.io Ltd"_s)
            logit = &line;
    }
    QVERIFY(logit);
    QCOMPARE(logit->allowedMinutes, 43.83);
    double firstJump = -1, secondJump = -1;
    for (int i = 1; i < logit->points.size(); ++i) {
        const QPointF a = logit->points[i - 1], b = logit->points[i];
        if (a.x() == b.x() && a.y() == 0 && b.y() == 5)
            firstJump = b.x();
        if (a.x() == b.x() && a.y() == 5 && b.y() == 10)
            secondJump = b.x();
    }
    QCOMPARE(firstJump, 43.84);   // the first hundredth of a minute past 43.83
    QCOMPARE(secondJump, 920.43); // exactly 2 points short already earns the step
    // Money: the same steps in pounds, on the chart's widest range.
    screen->setShowMoney(true);
    screen->setChartRange(7200);
    for (const WhatIfChart::Line &line : screen->chart()->lines()) {
        if (line.name.startsWith(u"Logit.io Ltd"_s))
            // Five days = 7,200 min: 100 × 7200/43830 = 16.4271 % down, 16.3271 points short:
            // 5 % + 15 further full points × 5 % = 80 % of £1,180.00 + £540.00 = £1,376.00
            // (the 100 % cap is not reached).
            QCOMPARE(line.points.last().y(), 1376.0);
    }
}

void TestCreditScreens::chartsFollowAppearance()
{
    MainWindow window;
    QVERIFY(window.openWorkspace(m_sample));
    CreditsScreen *screen = credits(window);
    window.showScreen(u"whatif"_s);
    auto *whatIf = window.findChild<WhatIfScreen *>(u"whatIfScreen"_s);
    const auto lightness = [](QChartView *view) {
        return view->chart()->backgroundBrush().color().lightness();
    };
    applyAppearance(u"dark"_s);
    QCoreApplication::processEvents();
    QVERIFY(lightness(screen->chart()) < 128);
    QVERIFY(lightness(whatIf->chart()) < 128);
    QCOMPARE(whatIf->chart()->chart()->theme(), QChart::ChartThemeDark);
    applyAppearance(u"light"_s);
    QCoreApplication::processEvents();
    QVERIFY(lightness(screen->chart()) >= 128);
    QVERIFY(lightness(whatIf->chart()) >= 128);
    QCOMPARE(screen->chart()->chart()->theme(), QChart::ChartThemeLight);
    applyAppearance(u"system"_s);
}

void TestCreditScreens::hypotheticalYearTotals()
{
    MainWindow window;
    QVERIFY(window.openWorkspace(m_sample));
    window.showScreen(u"whatif"_s);
    auto *screen = window.findChild<WhatIfScreen *>(u"whatIfScreen"_s);
    screen->setYearDowntime(1, u"1314.9"_s); // January 2026, 31 days = 44,640 min
    screen->setYearDowntime(6, u"43.84"_s);  // June
    auto *year = screen->findChild<QSpinBox *>(u"scenarioYear"_s);
    year->setValue(2026);
    // Logit.io: January 10 % (£172.00), June 5 % (£86.00) → 2 months, £258.00.
    QCOMPARE(screen->yearResultText(u"logit-io"_s, WhatIfScreen::YearMissedColumn), u"2"_s);
    QCOMPARE(screen->yearResultText(u"logit-io"_s, WhatIfScreen::YearTotalColumn), u"258.00 GBP"_s);
    // Identity Automation: January 100 × (1 − 1314.9/44640) = 97.0544 % → 10 % ($479.41);
    // June 43.84 min of 43,200 → 99.8985 % < 99.9 → 5 %: $238.70 + PhishID's $1.00 (not
    // greater than $1: none) → $718.11.
    QCOMPARE(screen->yearResultText(u"identity-automation"_s, WhatIfScreen::YearMissedColumn),
             u"2"_s);
    QCOMPARE(screen->yearResultText(u"identity-automation"_s, WhatIfScreen::YearTotalColumn),
             u"718.11 USD"_s);
    // Alliants: both months missed → £300.00 each.
    QCOMPARE(screen->yearResultText(u"alliants"_s, WhatIfScreen::YearTotalColumn), u"600.00 GBP"_s);
    // A bad entry is named, and the totals stay as they were.
    screen->setYearDowntime(3, u"ten"_s);
    QVERIFY2(screen->yearProblem().contains(u"“ten”"_s), qPrintable(screen->yearProblem()));
    QVERIFY(screen->yearProblem().contains(u"March"_s));
    QCOMPARE(screen->yearResultText(u"logit-io"_s, WhatIfScreen::YearTotalColumn), u"258.00 GBP"_s);
    screen->setYearDowntime(3, u"0"_s);
    QVERIFY(screen->yearProblem().isEmpty());
}

void TestCreditScreens::deadlinesListed_data()
{
    QTest::addColumn<QString>("agreement");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("countdown");
    // Identity Automation 7.1-7.2: 36 months from 2024-05-01 end on 2027-04-30; 90 days'
    // notice before it: 2027-01-30, 209 days after 5 July 2026.
    QTest::newRow("identity notice")
        << u"identity-automation"_s << int(ObligationKind::RenewalNotice) << u"2027-01-30"_s
        << u"In 209 days"_s;
    QTest::newRow("identity term end") << u"identity-automation"_s << int(ObligationKind::TermEnd)
                                       << u"2027-04-30"_s << u"In 299 days"_s;
    // Alliantist 4.2-4.3: a 12-month minimum from 2025-12-15 (ends 2026-12-14), then 30 days'
    // notice: the earliest end is 2026-12-14, notice by 2026-11-14.
    QTest::newRow("alliantist notice") << u"alliantist-isms"_s << int(ObligationKind::RenewalNotice)
                                       << u"2026-11-14"_s << u"In 132 days"_s;
    // Logit.io 14.2: monthly paid periods from 2025-04-01; the current one ends 2026-07-31.
    QTest::newRow("logit term end")
        << u"logit-io"_s << int(ObligationKind::TermEnd) << u"2026-07-31"_s << u"In 26 days"_s;
    // Unclaimed credits (see creditsShownAsWorkedOut): Logit.io's May claim window closed on
    // 10 June; Identity Automation's May and Alliants' June close on 31 July.
    QTest::newRow("logit claim overdue") << u"logit-io"_s << int(ObligationKind::CreditClaim)
                                         << u"2026-06-10"_s << u"Overdue by 25 days"_s;
    QTest::newRow("identity claim") << u"identity-automation"_s << int(ObligationKind::CreditClaim)
                                    << u"2026-07-31"_s << u"In 26 days"_s;
    // A breach notified on Monday 6 July 2026: Identity Automation 7.3(b) 30 days → 5 August;
    // 7.3(a) 15 business days (Mon-Fri, US holidays; none in the span) → 27 July; Logit.io
    // 14.5.2 10 Business Days → 20 July.
    QTest::newRow("identity cure 30 days")
        << u"identity-automation"_s << int(ObligationKind::CurePeriod) << u"2026-08-05"_s
        << u"In 31 days"_s;
    QTest::newRow("identity cure 15 business days")
        << u"identity-automation"_s << int(ObligationKind::CurePeriod) << u"2026-07-27"_s
        << u"In 22 days"_s;
    QTest::newRow("logit cure") << u"logit-io"_s << int(ObligationKind::CurePeriod)
                                << u"2026-07-20"_s << u"In 15 days"_s;
    // Identity Automation 7.6: 7 days to retrieve the data after the term ends on 2027-04-30.
    QTest::newRow("identity data") << u"identity-automation"_s << int(ObligationKind::DataRetrieval)
                                   << u"2027-05-07"_s << u"In 306 days"_s;
}

void TestCreditScreens::deadlinesListed()
{
    QFETCH(QString, agreement);
    QFETCH(int, kind);
    QFETCH(QString, date);
    MainWindow window;
    QVERIFY(window.openWorkspace(m_sample));
    window.showScreen(u"deadlines"_s);
    auto *screen = window.findChild<DeadlinesScreen *>(u"deadlinesScreen"_s);
    QVERIFY(screen);
    screen->setNow(Now);
    screen->setBreachNotified(QDate(2026, 7, 6));
    ObligationListModel *model = screen->model();
    int found = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Obligation *o = model->obligation(row);
        if (o->agreementId == agreement && int(o->kind) == kind &&
            o->date.toString(Qt::ISODate) == date)
            found = row;
    }
    QVERIFY2(found >= 0, qPrintable(date));
    QFETCH(QString, countdown);
    QCOMPARE(model->index(found, ObligationListModel::CountdownColumn).data().toString(),
             countdown);
    // Overdue rows are marked.
    const QVariant colour =
        model->index(found, ObligationListModel::CountdownColumn).data(Qt::ForegroundRole);
    QCOMPARE(colour.isValid(), model->daysLeft(found) < 0);
}

void TestCreditScreens::deadlinesExportAsIcs()
{
    MainWindow window;
    QVERIFY(window.openWorkspace(m_sample));
    window.showScreen(u"deadlines"_s);
    auto *screen = window.findChild<DeadlinesScreen *>(u"deadlinesScreen"_s);
    screen->setNow(Now);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"deadlines.ics"_s);
    QVERIFY(screen->exportCalendar(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    // RFC 5545: every line ends in CRLF, no line longer than 75 octets.
    const QList<QByteArray> lines = ics.split('\n');
    for (int i = 0; i + 1 < lines.size(); ++i) {
        QVERIFY2(lines[i].endsWith('\r'), lines[i].constData());
        QVERIFY2(lines[i].size() - 1 <= 75, lines[i].constData());
    }
    QCOMPARE(ics.count("BEGIN:VEVENT"), screen->model()->rowCount());
    QCOMPARE(ics.count("TRIGGER:-P14D"), screen->model()->rowCount());
    QVERIFY(ics.contains("DTSTART;VALUE=DATE:20270130"));
    QVERIFY(ics.contains("DTSTART;VALUE=DATE:20260610"));
}

QTEST_MAIN(TestCreditScreens)
#include "tst_creditscreens.moc"
