#include "cli.h"
#include "sampleworkspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

// `termlens-cli report`: its options and errors through runCli, and the real program on a
// machine without a display (QT_QPA_PLATFORM and DISPLAY unset), read back with pdftotext.
class TestCliReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badUsage_data();
    void badUsage();
    void unknownAgreement();
    void jsonAndSections();
    void inFrench();
    void headlessProgram();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments) const;
    static QString pdfText(const QString &pdf);

    QTemporaryDir m_dir;
    QString m_db;
};

TestCliReport::Run TestCliReport::run(const QStringList &arguments) const
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = termlens::runCli(QStringList{QStringLiteral("termlens-cli"), QStringLiteral("--db"),
                                          m_db, QStringLiteral("--now"),
                                          QStringLiteral("2026-09-05T12:00:00Z")} +
                                  arguments,
                              out, err);
    out.flush();
    err.flush();
    return r;
}

// Arguments from one line, %1 standing for `file` (temporary paths hold no spaces).
static QStringList words(const char *line, const QString &file)
{
    return QString::fromLatin1(line).arg(file).split(u' ', Qt::SkipEmptyParts);
}

QString TestCliReport::pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                  {pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("pdftotext failed");
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString::fromUtf8(process.readAllStandardOutput()).replace(space, QStringLiteral(" "));
}

void TestCliReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("sample.termlens"));
    auto created = termlens::createSampleWorkspace(m_db);
    QVERIFY(created.ok());
    created.value->close();
}

void TestCliReport::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("code");
    const QString out = m_dir.filePath(QStringLiteral("bad.pdf"));
    QTest::newRow("no --out") << QStringList{QStringLiteral("report")} << QStringLiteral("--out")
                              << 2;
    QTest::newRow("from alone") << words("report --out %1 --from 2026-08", out)
                                << QStringLiteral("--from and --to") << 2;
    // Malformed or backwards months are bad input (1), as --month is in credits.
    QTest::newRow("bad month") << words("report --out %1 --from 2026-13 --to 2026-12", out)
                               << QStringLiteral("--from: expected a month as YYYY-MM, not 2026-13")
                               << 1;
    QTest::newRow("bad to month") << words("report --out %1 --from 2026-08 --to 2026-8", out)
                                  << QStringLiteral("--to: expected a month as YYYY-MM, not 2026-8")
                                  << 1;
    QTest::newRow("backwards") << words("report --out %1 --from 2026-08 --to 2026-07", out)
                               << QStringLiteral("before it starts") << 1;
    QTest::newRow("unknown section")
        << words("report --out %1 --sections cover,charts", out) << QStringLiteral("charts") << 2;
    QTest::newRow("page size") << words("report --out %1 --page-size a3", out)
                               << QStringLiteral("a3") << 2;
    QTest::newRow("empty agreements")
        << words("report --out %1 --agreements ,", out) << QStringLiteral("--agreements") << 2;
}

void TestCliReport::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(arguments);
    QTEST(r.code, "code");
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1); // one line per problem
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.pdf"))));
}

void TestCliReport::unknownAgreement()
{
    const QString out = m_dir.filePath(QStringLiteral("unknown.pdf"));
    const Run r = run(words("report --out %1 --agreements logit-io,acme-nope", out));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("acme-nope")), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY(!QFile::exists(out));
}

void TestCliReport::jsonAndSections()
{
    const QString out = m_dir.filePath(QStringLiteral("credits.pdf"));
    const Run r = run(words("--json report --out %1 --agreements logit-io,identity-automation "
                            "--from 2026-08 --to 2026-08 --sections credits --page-size letter",
                            out));
    QCOMPARE(r.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("file")).toString(), out);
    QCOMPARE(json.value(QStringLiteral("agreements")).toInt(), 2);
    QVERIFY(json.value(QStringLiteral("pages")).toInt() >= 1);
    QCOMPARE(json.value(QStringLiteral("bytes")).toInteger(), QFileInfo(out).size());
    const QString text = pdfText(out);
    // Hand-worked in tests/report/tst_report.cpp: Logit.io £118.00 (10 % of £1,180.00 at 97 %)
    // claimable to 10 September 2026; Identity Automation $716.11 (15 % of $4,774.05 at
    // 94.6237 %) to 31 October 2026.
    for (const char *expected : {"118.00 GBP", "716.11 USD", "10 September 2026", "31 October 2026",
                                 "SLA and service credits"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(!text.contains(QStringLiteral("Appendix")));
    QVERIFY(!text.contains(QStringLiteral("Alliants")));
}

// --lang fr: the report's headings in French, its amounts with a decimal comma and its dates
// in French words; the process's language is the same again afterwards.
void TestCliReport::inFrench()
{
    const QString out = m_dir.filePath(QStringLiteral("credits-fr.pdf"));
    const Run r = run(words("--lang fr report --out %1 --agreements logit-io,identity-automation "
                            "--from 2026-08 --to 2026-08 --sections credits",
                            out));
    QCOMPARE(r.code, 0);
    const QString text = pdfText(out);
    // The figures of jsonAndSections(): 118.00 GBP claimable to 10 September 2026, 716.11 USD
    // to 31 October 2026; the heading "SLA and service credits" in French.
    for (const char *expected : {"SLA et crédits de service", "118,00 GBP", "716,11 USD",
                                 "10 septembre 2026", "31 octobre 2026"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(!text.contains(QStringLiteral("SLA and service credits")));
    QVERIFY(!text.contains(QStringLiteral("118.00 GBP")));
    QCOMPARE(QCoreApplication::translate("Cli", "unknown command %1"),
             QStringLiteral("unknown command %1"));
}

void TestCliReport::headlessProgram()
{
    const QString program = QStringLiteral(TERMLENS_BINARY_DIR "/app/termlens-cli");
    if (!QFileInfo::exists(program))
        QSKIP("termlens-cli is not built");
    const QString out = m_dir.filePath(QStringLiteral("headless.pdf"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program,
                  {QStringLiteral("--db"), m_db, QStringLiteral("--now"),
                   QStringLiteral("2026-09-05T12:00:00Z"), QStringLiteral("report"),
                   QStringLiteral("--out"), out, QStringLiteral("--from"),
                   QStringLiteral("2026-08"), QStringLiteral("--to"), QStringLiteral("2026-08")});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(out));
    const QString text = pdfText(out);
    for (const char *vendor : {"Logit.io Ltd", "Identity Automation", "Alliantist", "Alliants"})
        QVERIFY2(text.contains(QString::fromUtf8(vendor)), vendor);
    QVERIFY(text.contains(QStringLiteral("Appendix: quoted clauses")));
}

QTEST_MAIN(TestCliReport)
#include "tst_cli_report.moc"
