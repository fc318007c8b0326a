#include "termsheetfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace termlens;

// Reading a term-sheet file: the size limit, validation, and each document's text filled from
// its `source` next to the file, with located problems.
class TestTermSheetFile final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sampleResource();
    void sourceNextToFile();
    void textWinsOverSource();
    void sourceProblems_data();
    void sourceProblems();
    void invalidSheetAlsoNamesMissingSources();
    void missingFile();
    void tooLarge();

private:
    QString write(const QString &name, const QByteArray &bytes);
    static QByteArray sheet(const QByteArray &document);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTermSheetFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestTermSheetFile::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

// The smallest valid sheet with one document described by `document`.
QByteArray TestTermSheetFile::sheet(const QByteArray &document)
{
    return R"({"format": "termlens.termsheet/1", "id": "tiny", "vendor": "Tiny Ltd",
               "documents": [)" +
           document + R"(], "currency": "GBP", "timeZone": "Europe/London", "terms": {}})";
}

void TestTermSheetFile::sampleResource()
{
    const TermSheetFileResult r =
        readTermSheetFile(QStringLiteral(":/sample/alliants.termsheet.json"));
    QCOMPARE(r.issues, QList<ValidationIssue>());
    QVERIFY(r.sheet);
    QCOMPARE(r.sheet->documents.size(), 1);
    // The first line of resources/sample/alliants-sla.txt.
    QVERIFY(r.sheet->documents[0].text.startsWith(
        QStringLiteral("Alliants Service Level Agreement\n\nAlliants Experience Platform")));
    QCOMPARE(r.sheet->documents[0].source, QStringLiteral("alliants-sla.txt"));
}

void TestTermSheetFile::sourceNextToFile()
{
    // Non-ASCII text must arrive intact: a curly quote, a section sign and a pound sign.
    const QString text = QStringLiteral("1. Fees \u201cpayable\u201d in \u00a3 (\u00a73)\n");
    write(QStringLiteral("terms.txt"), text.toUtf8());
    const QString path = write(QStringLiteral("tiny.termsheet.json"),
                               sheet(R"({"id": "t", "title": "Terms", "source": "terms.txt"})"));
    const TermSheetFileResult r = readTermSheetFile(path);
    QCOMPARE(r.issues, QList<ValidationIssue>());
    QCOMPARE(r.sheet->documents[0].text, text);
}

void TestTermSheetFile::textWinsOverSource()
{
    const QString path =
        write(QStringLiteral("tiny.termsheet.json"),
              sheet(R"({"id": "t", "title": "Terms", "source": "absent.txt", "text": "inline"})"));
    const TermSheetFileResult r = readTermSheetFile(path);
    QCOMPARE(r.issues, QList<ValidationIssue>());
    QCOMPARE(r.sheet->documents[0].text, QStringLiteral("inline"));
}

void TestTermSheetFile::sourceProblems_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file")
        << QByteArray(R"({"id": "t", "title": "Terms", "source": "missing.txt"})")
        << QStringLiteral("file not found: missing.txt");
    QTest::newRow("climbs out of the folder")
        << QByteArray(R"({"id": "t", "title": "Terms", "source": "../secret.txt"})")
        << QStringLiteral("must be a file name next to the term sheet, not ../secret.txt");
    QTest::newRow("absolute path")
        << QByteArray(R"({"id": "t", "title": "Terms", "source": "/etc/passwd"})")
        << QStringLiteral("must be a file name next to the term "
                          "sheet, not /etc/passwd");
    QTest::newRow("not UTF-8") << QByteArray(
                                      R"({"id": "t", "title": "Terms", "source": "latin1.txt"})")
                               << QStringLiteral("latin1.txt is not UTF-8 text");
}

void TestTermSheetFile::sourceProblems()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, message);
    write(QStringLiteral("latin1.txt"), QByteArray("Fees in \xa3"));
    const QString path = write(QStringLiteral("tiny.termsheet.json"), sheet(document));
    const TermSheetFileResult r = readTermSheetFile(path);
    QVERIFY(!r.sheet);
    QCOMPARE(r.issues, (QList<ValidationIssue>{{QStringLiteral("documents[0].source"), message}}));
    QCOMPARE(r.issues[0].toString(), QStringLiteral("documents[0].source: ") + message);
}

void TestTermSheetFile::invalidSheetAlsoNamesMissingSources()
{
    QByteArray json = sheet(R"({"id": "t", "title": "Terms", "source": "gone.txt"})");
    json.replace(R"("vendor": "Tiny Ltd",)", "");
    const TermSheetFileResult r =
        readTermSheetFile(write(QStringLiteral("tiny.termsheet.json"), json));
    QVERIFY(!r.sheet);
    QVERIFY(r.issues.contains(
        ValidationIssue{QStringLiteral("vendor"), QStringLiteral("missing required field")}));
    QVERIFY(r.issues.contains(ValidationIssue{QStringLiteral("documents[0].source"),
                                              QStringLiteral("file not found: gone.txt")}));
}

void TestTermSheetFile::missingFile()
{
    const QString path = m_dir->filePath(QStringLiteral("nowhere.termsheet.json"));
    const TermSheetFileResult r = readTermSheetFile(path);
    QVERIFY(!r.sheet);
    QCOMPARE(r.issues.size(), 1);
    QCOMPARE(r.issues[0].path, QString());
    QCOMPARE(r.issues[0].message, QStringLiteral("file not found: ") + path);
}

void TestTermSheetFile::tooLarge()
{
    // One byte over the limit (a sparse file): refused before anything is parsed.
    const QString path = m_dir->filePath(QStringLiteral("huge.termsheet.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(MaxTermSheetBytes + 1));
    file.close();
    const TermSheetFileResult r = readTermSheetFile(path);
    QVERIFY(!r.sheet);
    QCOMPARE(r.issues.size(), 1);
    QCOMPARE(r.issues[0].message, path + QStringLiteral(" is larger than 20 MiB"));
    // Exactly at the limit it is read (and then fails as JSON, not as too large).
    QVERIFY(file.resize(MaxTermSheetBytes));
    const TermSheetFileResult atLimit = readTermSheetFile(path);
    QVERIFY(!atLimit.issues.isEmpty());
    QVERIFY(!atLimit.issues[0].message.contains(QStringLiteral("larger than")));
}

QTEST_GUILESS_MAIN(TestTermSheetFile)
#include "tst_termsheetfile.moc"
