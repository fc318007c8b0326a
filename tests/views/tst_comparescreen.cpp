#include "comparescreen.h"
#include "comparisonfiltermodel.h"
#include "comparisongrid.h"
#include "comparisonmodel.h"
#include "documentview.h"
#include "mainwindow.h"
#include "roles.h"
#include "samplefortests.h"
#include "sampleworkspace.h"
#include "workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QHelpEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>

using namespace termlens;
using namespace Qt::StringLiterals;

// The compare screen over the real sample workspace, driven through its widgets headless. Every
// expected figure and mark is worked out by hand from the sample term sheets (the seeds' words)
// and subscriptions in resources/sample, with the rules of DOMAIN.md.
class TestCompareScreen final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sample;

    struct Opened
    {
        std::unique_ptr<MainWindow> window;
        CompareScreen *screen = nullptr;
    };
    Opened open()
    {
        Opened o;
        o.window = std::make_unique<MainWindow>();
        o.window->setRemembersSession(false);
        if (!o.window->openWorkspace(m_sample) || !o.window->showScreen(u"compare"_s))
            return o;
        o.window->resize(1440, 900);
        o.window->show();
        o.screen = qobject_cast<CompareScreen *>(o.window->screenPage(u"compare"_s));
        // A claim on 2026-10-01: the caps in money below are worked out for that day.
        o.screen->setClaimDate(QDate(2026, 10, 1));
        return o;
    }
    // The grid's index (through the filter/sort proxy, as the user sees it) of a row and an
    // agreement.
    static QModelIndex cell(CompareScreen *screen, const QString &rowKey, const QString &agreement)
    {
        const QModelIndex source = screen->model()->index(screen->model()->rowOfKey(rowKey),
                                                          screen->model()->columnOf(agreement));
        return screen->proxy()->mapFromSource(source);
    }
    static QString markOf(const QModelIndex &index)
    {
        switch (ComparisonMark(index.data(ComparisonModel::MarkRole).toInt())) {
        case ComparisonMark::Best:
            return u"best"_s;
        case ComparisonMark::Worst:
            return u"worst"_s;
        case ComparisonMark::None:
            break;
        }
        return u"-"_s;
    }

private slots:
    void initTestCase();
    void comparesAllFourVendors();
    void bestAndWorst_data();
    void bestAndWorst();
    void notStatedIsNeverBest();
    void choosingAgreementsMarksAgain();
    void hoverShowsPlainTextTooltip();
    void clickOpensCitation();
    void filterAndCopy();
};

void TestCompareScreen::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(u"sample.termlens"_s);
    const QString failed = prepareSampleForWindows(m_sample);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestCompareScreen::comparesAllFourVendors()
{
    Opened o = open();
    QVERIFY(o.screen);
    QTableView *grid = o.screen->grid();
    QCOMPARE(grid->model()->columnCount(), 5);
    QStringList headers;
    for (int c = 1; c < 5; ++c)
        headers << grid->model()->headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{u"Alliantist"_s, u"Alliants"_s, u"Identity Automation"_s,
                                   u"Logit.io Ltd"_s}));
    // The playbook summary first, then DOMAIN.md's terms.
    QCOMPARE(grid->model()->index(0, 1).data(ComparisonModel::RowKindRole).toInt(),
             int(ComparisonRowKind::Summary));
    for (const QString &key :
         {u"availability.target"_s, u"availability.allowedDowntime"_s, u"credits.at99"_s,
          u"credits.at95"_s, u"term.renewal.notice"_s, u"liability.cap.multiple"_s,
          u"liability.cap.money"_s, u"support.response.1"_s, u"termination.cure"_s,
          u"subprocessors"_s, u"data.locations"_s, u"breach.notification.hours"_s,
          u"law.governing"_s, u"changes.notice"_s})
        QVERIFY2(o.screen->model()->rowOfKey(key) > 0, qPrintable(key));
}

void TestCompareScreen::bestAndWorst_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QStringList>("values"); // value text starts, in agreement order
    QTest::addColumn<QStringList>("marks");  // alliantist-isms, alliants, identity, logit-io

    // Targets: Alliantist 99.5 (support policy 1), Alliants 99.95 (SLA 2), Identity Automation
    // 99.9 (App. A §3), Logit.io 99.9 (Sched. 3 Part 4).
    QTest::newRow("availability target")
        << u"availability.target"_s
        << QStringList{u"99.5 %"_s, u"99.95 %"_s, u"99.9 %"_s, u"99.9 %"_s}
        << QStringList{u"worst"_s, u"best"_s, u"-"_s, u"-"_s};
    // (100 - target) % of a 30-day month (43,200 min) for calendar months; Logit.io measures
    // in the average month of 43,830 min: 0.5 % x 43200 = 216, 0.05 % x 43200 = 21.6,
    // 0.1 % x 43200 = 43.2, 0.1 % x 43830 = 43.83. Lower is better.
    QTest::newRow("downtime allowed")
        << u"availability.allowedDowntime"_s
        << QStringList{u"216 minutes"_s, u"21.6 minutes"_s, u"43.2 minutes"_s, u"43.83 minutes"_s}
        << QStringList{u"worst"_s, u"best"_s, u"-"_s, u"-"_s};
    // At exactly 99 %: Alliantist gives no credits (0 %); Alliants flat 10 %; Identity
    // Automation 99.0 is not below 99.0, so the "below 99.9" tier: 5 %; Logit.io shortfall
    // 0.9 points <= the first band of 1: 5 %.
    QTest::newRow("credit at 99 %")
        << u"credits.at99"_s << QStringList{u"no service credits"_s, u"10 %"_s, u"5 %"_s, u"5 %"_s}
        << QStringList{u"worst"_s, u"best"_s, u"-"_s, u"-"_s};
    // At exactly 95 %: Identity Automation 95.0 is not below 95.0: 10 %; Logit.io shortfall 4.9:
    // 5 % + 3 full further points x 5 % = 20 %.
    QTest::newRow("credit at 95 %")
        << u"credits.at95"_s
        << QStringList{u"no service credits"_s, u"10 %"_s, u"10 %"_s, u"20 %"_s}
        << QStringList{u"worst"_s, u"-"_s, u"-"_s, u"best"_s};
    // Alliantist 4.3: rolling, at least 30 days; Alliants' SLA has no term; Identity Automation
    // 7.2: 90 days before the term ends; Logit.io 14.2: runs to the end of the paid period, no
    // notice (0 days). Lower is better.
    QTest::newRow("renewal notice")
        << u"term.renewal.notice"_s
        << QStringList{u"30 days"_s, u"not stated"_s, u"90 days"_s, u"0 days"_s}
        << QStringList{u"-"_s, u"-"_s, u"worst"_s, u"best"_s};
    // Alliantist 5.5: 1 x the previous year's fees; Identity Automation 11.2: 1 x the fees of
    // the 12 months before the claim; Logit.io 13.5: 125 % of the previous contract year's.
    QTest::newRow("cap multiple") << u"liability.cap.multiple"_s
                                  << QStringList{u"1 × a year's fees"_s, u"not stated"_s,
                                                 u"1 × a year's fees"_s, u"1.25 × a year's fees"_s}
                                  << QStringList{u"worst"_s, u"-"_s, u"worst"_s, u"best"_s};
    // In money for a claim on 2026-10-01 (see choosingAgreementsMarksAgain for the GBP ones);
    // Identity Automation: payments 2025-10-01..2026-09-30: 7 x 4,655.00 + 5 x 4,794.05 =
    // 56,555.25 USD. GBP and USD are not compared: no marks.
    QTest::newRow("cap money, two currencies")
        << u"liability.cap.money"_s
        << QStringList{u"0.00 GBP"_s, u"not stated"_s, u"56,555.25 USD"_s, u"21,750.00 GBP"_s}
        << QStringList{u"-"_s, u"-"_s, u"-"_s, u"-"_s};
}

void TestCompareScreen::bestAndWorst()
{
    QFETCH(QString, row);
    QFETCH(QStringList, values);
    QFETCH(QStringList, marks);
    Opened o = open();
    QVERIFY(o.screen);
    const QStringList ids{u"alliantist-isms"_s, u"alliants"_s, u"identity-automation"_s,
                          u"logit-io"_s};
    QStringList shownMarks;
    for (qsizetype a = 0; a < ids.size(); ++a) {
        const QModelIndex index = cell(o.screen, row, ids[a]);
        QVERIFY(index.isValid());
        const QString value = index.data(ComparisonModel::ValueTextRole).toString();
        QVERIFY2(value.startsWith(values[a]), qPrintable(ids[a] + u": "_s + value));
        shownMarks << markOf(index);
        // Never colour alone: the mark is in the words shown.
        const QString display = index.data().toString();
        QCOMPARE(display.contains(u"▲ best"_s), marks[a] == u"best"_s);
        QCOMPARE(display.contains(u"▼ worst"_s), marks[a] == u"worst"_s);
    }
    QCOMPARE(shownMarks, marks);
}

void TestCompareScreen::notStatedIsNeverBest()
{
    Opened o = open();
    QVERIFY(o.screen);
    const ComparisonModel *model = o.screen->model();
    const int alliants = model->columnOf(u"alliants"_s);
    int notStated = 0;
    for (int r = 1; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, alliants);
        if (index.data(StatedRole).toBool())
            continue;
        ++notStated;
        QCOMPARE(index.data(ComparisonModel::ValueTextRole).toString(), u"not stated"_s);
        QCOMPARE(index.data(ComparisonModel::MarkRole).toInt(), int(ComparisonMark::None));
    }
    // The Alliants SLA states availability, credits and support only.
    QVERIFY(notStated >= 8);
}

void TestCompareScreen::choosingAgreementsMarksAgain()
{
    Opened o = open();
    QVERIFY(o.screen);
    // Alliantist and Logit.io, both in GBP. Alliantist (start 2025-12-15) is still in its first
    // contract year on 2026-10-01 and 5.5 has no first-year rule: no previous year, cap 0.00.
    // Logit.io's previous contract year 2025-04-01..2026-03-31: 6 x 1,180 + 6 x 1,720 =
    // 17,400.00; x 1.25 = 21,750.00 GBP.
    QListWidget *chooser = o.screen->findChild<QListWidget *>(u"compareChooser"_s);
    QVERIFY(chooser);
    for (int i = 0; i < chooser->count(); ++i) {
        const QString id = chooser->item(i)->data(Qt::UserRole).toString();
        if (id == u"alliants"_s || id == u"identity-automation"_s)
            chooser->item(i)->setCheckState(Qt::Unchecked);
    }
    QCOMPARE(o.screen->model()->shownAgreements(),
             (QStringList{u"alliantist-isms"_s, u"logit-io"_s}));
    QCOMPARE(o.screen->grid()->model()->columnCount(), 3);
    QCOMPARE(markOf(cell(o.screen, u"liability.cap.money"_s, u"logit-io"_s)), u"best"_s);
    QCOMPARE(markOf(cell(o.screen, u"liability.cap.money"_s, u"alliantist-isms"_s)), u"worst"_s);
    QVERIFY(cell(o.screen, u"liability.cap.money"_s, u"logit-io"_s)
                .data(ComparisonModel::ValueTextRole)
                .toString()
                .startsWith(u"21,750.00 GBP"_s));
    // Without Alliants, Logit.io's 99.9 % is now the best target (tied with nobody).
    QCOMPARE(markOf(cell(o.screen, u"availability.target"_s, u"logit-io"_s)), u"best"_s);

    // Reordered: Logit.io first.
    o.screen->setShownAgreements({u"logit-io"_s, u"identity-automation"_s});
    QCOMPARE(o.screen->grid()->model()->headerData(1, Qt::Horizontal).toString(),
             u"Logit.io Ltd"_s);
    QCOMPARE(chooser->item(0)->data(Qt::UserRole).toString(), u"logit-io"_s);
    // 1.25 against 1: the multiple is marked; the targets are equal (99.9): no marks.
    QCOMPARE(markOf(cell(o.screen, u"liability.cap.multiple"_s, u"logit-io"_s)), u"best"_s);
    QCOMPARE(markOf(cell(o.screen, u"liability.cap.multiple"_s, u"identity-automation"_s)),
             u"worst"_s);
    QCOMPARE(markOf(cell(o.screen, u"availability.target"_s, u"logit-io"_s)), u"-"_s);
}

void TestCompareScreen::hoverShowsPlainTextTooltip()
{
    Opened o = open();
    QVERIFY(o.screen);
    QVERIFY(QTest::qWaitForWindowExposed(o.window.get()));
    QTableView *grid = o.screen->grid();
    const QModelIndex index = cell(o.screen, u"liability.cap.multiple"_s, u"logit-io"_s);
    grid->scrollTo(index);
    const QRect rect = grid->visualRect(index);
    QVERIFY(rect.isValid());
    QHelpEvent help(QEvent::ToolTip, rect.center(), grid->viewport()->mapToGlobal(rect.center()));
    QApplication::sendEvent(grid->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    QCOMPARE(tip, index.data(Qt::ToolTipRole).toString());
    // Shown as rich text, it reads exactly as the plain words: value, mark, working, clause and
    // quote, with nothing interpreted as markup.
    QTextDocument shown;
    shown.setHtml(tip);
    const QString text = shown.toPlainText();
    QVERIFY(text.startsWith(u"1.25 × a year's fees"_s));
    QVERIFY(text.contains(u"▲ best"_s));
    QVERIFY(text.contains(u"13.5"_s));
    QVERIFY(text.contains(u"125% of the amount of the Charges that have been paid to Logit.io in "
                          u"the immediately preceding Contract Year"_s));
    QVERIFY(text.contains(u"Never more than the insurers pay."_s));
    QToolTip::hideText();
}

void TestCompareScreen::clickOpensCitation()
{
    Opened o = open();
    QVERIFY(o.screen);
    QVERIFY(QTest::qWaitForWindowExposed(o.window.get()));
    QTableView *grid = o.screen->grid();
    struct Case
    {
        QString row, agreement, document, quote;
    };
    const QList<Case> cases{
        {u"liability.cap.multiple"_s, u"logit-io"_s, u"terms"_s,
         u"125% of the amount of the Charges that have been paid to Logit.io in the immediately "
         u"preceding Contract Year"_s},
        {u"term.renewal.notice"_s, u"identity-automation"_s, u"msa"_s,
         u"Either Party may elect to not renew this Agreement by giving at least ninety (90) "
         u"days’ written notice to the other Party prior to the end of the then-current Term."_s},
        {u"availability.target"_s, u"alliants"_s, u"sla"_s,
         u"the Supplier will use commercially reasonable efforts to make the Services available "
         u"with a monthly availability percentage of at least 99.95% in any calendar month "
         u"excluding Scheduled Downtime"_s},
    };
    for (const Case &c : cases) {
        const QModelIndex index = cell(o.screen, c.row, c.agreement);
        grid->scrollTo(index);
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(index).center());
        QCOMPARE(grid->currentIndex(), index);
        QCOMPARE(o.screen->documentView()->currentDocumentId(), c.document);
        QCOMPARE(o.screen->documentView()->selectedText(), c.quote);
    }
    // A term the documents do not state selects nothing.
    const QModelIndex missing = cell(o.screen, u"liability.cap.multiple"_s, u"alliants"_s);
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(missing).center());
    QCOMPARE(o.screen->documentView()->selectedText(), QString());
}

void TestCompareScreen::filterAndCopy()
{
    Opened o = open();
    QVERIFY(o.screen);
    auto *filter = o.screen->findChild<QLineEdit *>(u"compareFilter"_s);
    QVERIFY(filter);
    QTest::keyClicks(filter, u"liability cap"_s);
    // The summary stays; the cap as stated, as a multiple and in money.
    QTableView *grid = o.screen->grid();
    QCOMPARE(grid->model()->rowCount(), 4);
    QGuiApplication::clipboard()->clear();
    auto *copy = o.screen->findChild<QPushButton *>(u"compareCopyTable"_s);
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // the header and four rows
    QCOMPARE(lines.first(), u"Term\tAlliantist\tAlliants\tIdentity Automation\tLogit.io Ltd"_s);
    const auto multiple = std::find_if(lines.begin(), lines.end(), [](const QString &line) {
        return line.startsWith(u"Liability cap (× annual fees)\t"_s);
    });
    QVERIFY(multiple != lines.end());
    const QStringList cells = multiple->split(u'\t');
    QVERIFY(cells[1].contains(u"1 × a year's fees ▼ worst"_s));
    QVERIFY(cells[2].contains(u"not stated"_s));
    QVERIFY(cells[3].contains(u"1 × a year's fees ▼ worst"_s));
    QVERIFY(cells[4].contains(u"1.25 × a year's fees ▲ best"_s));
    for (const QString &line : lines)
        QCOMPARE(line.count(u'\t'), 4);
}

QTEST_MAIN(TestCompareScreen)
#include "tst_comparescreen.moc"
