#include "mainwindow.h"
#include "playbookmodels.h"
#include "playbookscreen.h"
#include "samplefortests.h"
#include "sampleworkspace.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace termlens;
using namespace Qt::StringLiterals;

// The playbook screen over the sample workspace, driven through its form headless: a change is
// one undoable command, stored in the workspace, and every agreement is scored again. The
// verdicts are worked out by hand from the sample term sheets: Alliantist 4.3 gives 30 days'
// notice (rolling), Identity Automation 7.2 90 days, Logit.io 14.2 none (0 days: the paid
// period runs out), the Alliants SLA has no term at all.
class TestPlaybookScreen final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sample;

    static Verdict verdictOf(const PlaybookScreen *screen, const QString &agreement,
                             const QString &ruleId)
    {
        for (const AgreementScore &s : screen->scores()->scores()) {
            if (s.agreementId != agreement)
                continue;
            for (const RuleResult &r : s.score.results) {
                if (r.ruleId == ruleId)
                    return r.verdict;
            }
        }
        qFatal("no result for %s / %s", qPrintable(agreement), qPrintable(ruleId));
    }
    static QString positionOf(const PlaybookScreen *screen, const QString &ruleId)
    {
        const PlaybookRulesModel *rules = screen->rules();
        return rules->index(rules->rowOfRule(ruleId), PlaybookRulesModel::PositionColumn)
            .data()
            .toString();
    }
    static void chooseRule(PlaybookScreen *screen, const QString &ruleId)
    {
        const QModelIndex index = screen->rules()->index(screen->rules()->rowOfRule(ruleId), 0);
        QTableView *table = screen->rulesTable();
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    }

private slots:
    void initTestCase();
    void modelsPassTester();
    void changeIsStoredScoredAndUndone();
    void badValueChangesNothing_data();
    void badValueChangesNothing();
    void addAndRemoveRule();
};

void TestPlaybookScreen::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(u"sample.termlens"_s);
    const QString failed = prepareSampleForWindows(m_sample);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestPlaybookScreen::modelsPassTester()
{
    MainWindow window;
    window.setRemembersSession(false);
    QVERIFY(window.openWorkspace(m_sample));
    auto *screen = qobject_cast<PlaybookScreen *>(window.screenPage(u"playbook"_s));
    QVERIFY(screen);
    using Tester = QAbstractItemModelTester;
    Tester a(screen->rules(), Tester::FailureReportingMode::QtTest);
    Tester b(screen->scores(), Tester::FailureReportingMode::QtTest);
    Tester c(screen->results(), Tester::FailureReportingMode::QtTest);
    QCOMPARE(screen->scores()->rowCount(), 4);
    QCOMPARE(screen->rules()->rowCount(), 21); // the shipped default's rules
    screen->reload();
    // Each agreement's counts add up to the rules.
    for (const AgreementScore &s : screen->scores()->scores())
        QCOMPARE(s.score.pass + s.score.warn + s.score.fail + s.score.notStated, 21);
}

void TestPlaybookScreen::changeIsStoredScoredAndUndone()
{
    MainWindow window;
    window.setRemembersSession(false);
    QVERIFY(window.openWorkspace(m_sample));
    QVERIFY(window.showScreen(u"playbook"_s));
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *screen = qobject_cast<PlaybookScreen *>(window.screenPage(u"playbook"_s));
    auto *title = screen->findChild<QLabel *>(u"playbookTitle"_s);
    QVERIFY(title->text().contains(u"shipped default"_s));
    QCOMPARE(positionOf(screen, u"renewal-notice"_s), u"at most 60 days"_s);
    QCOMPARE(verdictOf(screen, u"alliantist-isms"_s, u"renewal-notice"_s), Verdict::Pass);
    QCOMPARE(verdictOf(screen, u"identity-automation"_s, u"renewal-notice"_s), Verdict::Fail);
    QCOMPARE(verdictOf(screen, u"alliants"_s, u"renewal-notice"_s), Verdict::NotStated);

    chooseRule(screen, u"renewal-notice"_s);
    auto *value = screen->findChild<QLineEdit *>(u"playbookValue"_s);
    QCOMPARE(value->text(), u"60"_s);
    value->setText(u"20"_s);
    QTest::mouseClick(screen->findChild<QPushButton *>(u"playbookApply"_s), Qt::LeftButton);
    QCOMPARE(screen->formMessage(), QString());
    QCOMPARE(window.undoStack()->count(), 1);
    // Stored as the workspace's own playbook and scored again: 30 days > 20 fails; 0 passes.
    QVERIFY(title->text().contains(u"this workspace's own"_s));
    QCOMPARE(positionOf(screen, u"renewal-notice"_s), u"at most 20 days"_s);
    QCOMPARE(verdictOf(screen, u"alliantist-isms"_s, u"renewal-notice"_s), Verdict::Fail);
    QCOMPARE(verdictOf(screen, u"logit-io"_s, u"renewal-notice"_s), Verdict::Pass);

    window.undoStack()->undo();
    QVERIFY(title->text().contains(u"shipped default"_s));
    QCOMPARE(positionOf(screen, u"renewal-notice"_s), u"at most 60 days"_s);
    QCOMPARE(verdictOf(screen, u"alliantist-isms"_s, u"renewal-notice"_s), Verdict::Pass);
    window.undoStack()->redo();
    QCOMPARE(positionOf(screen, u"renewal-notice"_s), u"at most 20 days"_s);
    window.undoStack()->undo();
}

void TestPlaybookScreen::badValueChangesNothing_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("words for a number")
        << u"renewal-notice"_s << u"sixty"_s << u"Value: “sixty” is not a number"_s;
    QTest::newRow("no codes") << u"data-location"_s << u" , "_s
                              << u"Value: name at least one code"_s;
}

void TestPlaybookScreen::badValueChangesNothing()
{
    QFETCH(QString, rule);
    QFETCH(QString, value);
    QFETCH(QString, message);
    MainWindow window;
    window.setRemembersSession(false);
    QVERIFY(window.openWorkspace(m_sample));
    QVERIFY(window.showScreen(u"playbook"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *screen = qobject_cast<PlaybookScreen *>(window.screenPage(u"playbook"_s));
    const QString before = positionOf(screen, rule);
    chooseRule(screen, rule);
    screen->findChild<QLineEdit *>(u"playbookValue"_s)->setText(value);
    QTest::mouseClick(screen->findChild<QPushButton *>(u"playbookApply"_s), Qt::LeftButton);
    QVERIFY2(screen->formMessage().startsWith(message), qPrintable(screen->formMessage()));
    QCOMPARE(window.undoStack()->count(), 0);
    QCOMPARE(positionOf(screen, rule), before);
}

void TestPlaybookScreen::addAndRemoveRule()
{
    MainWindow window;
    window.setRemembersSession(false);
    QVERIFY(window.openWorkspace(m_sample));
    QVERIFY(window.showScreen(u"playbook"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *screen = qobject_cast<PlaybookScreen *>(window.screenPage(u"playbook"_s));
    // A second availability rule: at least 99.95 %. Only Alliants (99.95) meets it.
    auto *term = screen->findChild<QComboBox *>(u"playbookTerm"_s);
    term->setCurrentIndex(term->findData(int(PlaybookTerm::AvailabilityTarget)));
    auto *kind = screen->findChild<QComboBox *>(u"playbookKind"_s);
    kind->setCurrentIndex(kind->findData(int(RuleKind::Minimum)));
    screen->findChild<QLineEdit *>(u"playbookValue"_s)->setText(u"99.95"_s);
    QTest::mouseClick(screen->findChild<QPushButton *>(u"playbookAdd"_s), Qt::LeftButton);
    QCOMPARE(screen->formMessage(), QString());
    QCOMPARE(screen->rules()->rowCount(), 22);
    const QString id = u"availability-target"_s;
    QVERIFY(screen->rules()->rowOfRule(id) >= 0);
    QCOMPARE(verdictOf(screen, u"alliants"_s, id), Verdict::Pass);
    QCOMPARE(verdictOf(screen, u"logit-io"_s, id), Verdict::Fail);
    chooseRule(screen, id);
    QTest::mouseClick(screen->findChild<QPushButton *>(u"playbookRemove"_s), Qt::LeftButton);
    QCOMPARE(screen->rules()->rowCount(), 21);
    QCOMPARE(window.undoStack()->count(), 2);
    window.undoStack()->undo();
    QCOMPARE(screen->rules()->rowCount(), 22);
    window.undoStack()->undo();
    QCOMPARE(screen->rules()->rowCount(), 21);
}

QTEST_MAIN(TestPlaybookScreen)
#include "tst_playbookscreen.moc"
