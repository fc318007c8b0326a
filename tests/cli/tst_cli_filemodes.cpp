// R5: every file termlens-cli writes is private (0600) under the usual umask 022, also when it
// replaces a file that was 0644: a new workspace and its session-less migration backup, an
// exported term sheet, the deadlines calendar and the PDF report.

#include "cli.h"
#include "filemode.h"
#include "sampleworkspace.h"
#include "workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <sys/stat.h>

using namespace termlens;
using namespace Qt::StringLiterals;

class TestCliFileModes final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outputsArePrivate_data();
    void outputsArePrivate();
    void failedDeadlinesLeaveCalendarAlone_data();
    void failedDeadlinesLeaveCalendarAlone();
    void calendarThroughSymlink();

private:
    int run(const QStringList &arguments, QString *err = nullptr) const;

    QTemporaryDir m_dir;
    QString m_db;
};

int TestCliFileModes::run(const QStringList &arguments, QString *errText) const
{
    QString outText;
    QString errors;
    QTextStream out(&outText);
    QTextStream err(&errors);
    const int code = runCli(
        QStringList{u"termlens-cli"_s, u"--db"_s, m_db, u"--now"_s, u"2026-09-05T12:00:00Z"_s} +
            arguments,
        out, err);
    err.flush();
    if (errText)
        *errText = errors;
    return code;
}

void TestCliFileModes::initTestCase()
{
    ::umask(022);
    m_db = m_dir.filePath(u"sample.termlens"_s);
    StorageResult<Workspace> created = createSampleWorkspace(m_db);
    QVERIFY2(created.ok(), qPrintable(created.error.toString()));
    QCOMPARE(modeOf(m_db), 0600u);
}

void TestCliFileModes::outputsArePrivate_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("arguments"); // %1: the file
    QTest::addColumn<bool>("replaceExisting");
    const QStringList exportSheet = {u"agreements"_s, u"export"_s, u"alliants"_s, u"--out"_s,
                                     u"%1"_s};
    const QStringList ics = {u"deadlines"_s, u"--agreement"_s, u"identity-automation"_s,
                             u"--start"_s,   u"2024-01-15"_s,  u"--ics"_s,
                             u"%1"_s};
    const QStringList report = {u"report"_s, u"--out"_s, u"%1"_s, u"--agreements"_s, u"alliants"_s};
    QTest::newRow("term sheet export") << u"sheet.termsheet.json"_s << exportSheet << false;
    QTest::newRow("term sheet export over 0644")
        << u"sheet2.termsheet.json"_s << exportSheet << true;
    QTest::newRow("calendar") << u"dates.ics"_s << ics << false;
    QTest::newRow("calendar over 0644") << u"dates2.ics"_s << ics << true;
    QTest::newRow("report") << u"report.pdf"_s << report << false;
    QTest::newRow("report over 0644") << u"report2.pdf"_s << report << true;
}

void TestCliFileModes::outputsArePrivate()
{
    QFETCH(QString, file);
    QFETCH(QStringList, arguments);
    QFETCH(bool, replaceExisting);
    const QString path = m_dir.filePath(file);
    if (replaceExisting) {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    }
    for (QString &argument : arguments)
        argument.replace(u"%1"_s, path);
    QString err;
    QCOMPARE(run(arguments, &err), 0);
    QVERIFY2(err.isEmpty() || QFile::exists(path), qPrintable(err));
    QVERIFY(QFile(path).size() > 3);
    QCOMPARE(modeOf(path), 0600u);
}

// deadlines --ics only writes once every input is good: a failed run leaves the file that was
// there untouched (content and mode), and reports one line.
void TestCliFileModes::failedDeadlinesLeaveCalendarAlone_data()
{
    QTest::addColumn<QStringList>("arguments"); // %1: the calendar file
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown agreement")
        << QStringList{u"deadlines"_s,  u"--agreement"_s, u"nope"_s, u"--start"_s,
                       u"2024-01-15"_s, u"--ics"_s,       u"%1"_s}
        << u"no agreement with id nope"_s;
    QTest::newRow("impossible start")
        << QStringList{u"deadlines"_s, u"--agreement"_s, u"identity-automation"_s,
                       u"--start"_s,   u"2024-02-30"_s,  u"--ics"_s,
                       u"%1"_s}
        << u"--start: expected a date as YYYY-MM-DD, not 2024-02-30"_s;
    QTest::newRow("agreement without a term")
        << QStringList{u"deadlines"_s,  u"--agreement"_s, u"alliants"_s, u"--start"_s,
                       u"2024-01-15"_s, u"--ics"_s,       u"%1"_s}
        << u"alliants states no term or renewal"_s;
}

void TestCliFileModes::failedDeadlinesLeaveCalendarAlone()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(u"kept.ics"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly | QIODevice::Truncate));
    old.write("old");
    old.close();
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    for (QString &argument : arguments)
        argument.replace(u"%1"_s, path);
    QString err;
    QCOMPARE(run(arguments, &err), 1);
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY2(err.contains(message), qPrintable(err));
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("old"));
    QCOMPARE(modeOf(path), 0644u);
}

// --ics onto a symbolic link replaces the file it points to (0600) and keeps the link.
void TestCliFileModes::calendarThroughSymlink()
{
    const QString target = m_dir.filePath(u"target.ics"_s);
    const QString link = m_dir.filePath(u"link.ics"_s);
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    QVERIFY(QFile::link(target, link));
    QCOMPARE(run({u"deadlines"_s, u"--agreement"_s, u"identity-automation"_s, u"--start"_s,
                  u"2024-01-15"_s, u"--ics"_s, link}),
             0);
    QVERIFY(QFileInfo(link).isSymLink());
    QFile written(target);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().startsWith("BEGIN:VCALENDAR\r\n"));
    QCOMPARE(modeOf(target), 0600u);
}

QTEST_MAIN(TestCliFileModes)
#include "tst_cli_filemodes.moc"
