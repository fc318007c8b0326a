#include "csvreader.h"

#include <QTest>

using namespace termlens;
using namespace Qt::Literals::StringLiterals;

// RFC 4180 reading: each row gives the raw bytes and the records expected, fields joined by |.
class TestCsvReader final : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void errors_data();
    void errors();
    void cancel();
};

namespace {
QStringList readAll(const QByteArray &bytes, QList<CsvReader::Error> *errors = nullptr)
{
    QStringList records;
    const auto e = CsvReader().read(bytes, [&](qsizetype line, std::span<const QStringView> f) {
        QStringList parts;
        for (QStringView v : f)
            parts << v.toString();
        records << QString::number(line) + u':' + parts.join(u'|');
        return true;
    });
    if (errors)
        *errors = e;
    return records;
}
} // namespace

void TestCsvReader::read_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("records");
    QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << QStringList{u"1:a|b"_s, u"2:1|2"_s};
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << QStringList{u"1:a|b"_s, u"2:1|2"_s};
    QTest::newRow("no final newline")
        << QByteArray("a,b\n1,2") << QStringList{u"1:a|b"_s, u"2:1|2"_s};
    QTest::newRow("quoted comma") << QByteArray("\"API 502s, EU\",x\n")
                                  << QStringList{u"1:API 502s, EU|x"_s};
    QTest::newRow("doubled quote")
        << QByteArray("\"say \"\"hi\"\"\",x\n") << QStringList{u"1:say \"hi\"|x"_s};
    QTest::newRow("line break in quotes keeps line numbers")
        << QByteArray("\"a\nb\",c\nd,e\n") << QStringList{u"1:a\nb|c"_s, u"3:d|e"_s};
    QTest::newRow("empty fields") << QByteArray(",,\n") << QStringList{u"1:||"_s};
    QTest::newRow("blank lines skipped")
        << QByteArray("a\n\n\nb\n") << QStringList{u"1:a"_s, u"4:b"_s};
    QTest::newRow("bom skipped") << QByteArray("\xEF\xBB\xBF"
                                               "a,b\n")
                                 << QStringList{u"1:a|b"_s};
    QTest::newRow("utf8 text") << QByteArray("Z\xC3\xBCrich,\xE2\x82\xAC\n")
                               << QStringList{u"1:Z\u00fcrich|\u20ac"_s};
    QTest::newRow("empty file") << QByteArray() << QStringList{};
}

void TestCsvReader::read()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, records);
    QList<CsvReader::Error> errors;
    QCOMPARE(readAll(bytes, &errors), records);
    QVERIFY(errors.isEmpty());
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("line");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unterminated quote")
        << QByteArray("a\n\"open,b\n") << qsizetype(2) << "never closed";
    QTest::newRow("text after quote")
        << QByteArray("\"a\"b,c\n") << qsizetype(1) << "after a closing quote";
    QTest::newRow("stray quote") << QByteArray("a,b\"c\n") << qsizetype(1) << "quote inside";
    QTest::newRow("invalid utf8 on line 2")
        << QByteArray("ok\n\xFF\xFE\n") << qsizetype(2) << "UTF-8";
    QTest::newRow("overlong encoding") << QByteArray("\xC0\xAF\n") << qsizetype(1) << "UTF-8";
    QTest::newRow("surrogate encoded") << QByteArray("\xED\xA0\x80\n") << qsizetype(1) << "UTF-8";
    QTest::newRow("truncated sequence") << QByteArray("a\xE2\x82") << qsizetype(1) << "UTF-8";
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, line);
    QFETCH(QString, fragment);
    QList<CsvReader::Error> errors;
    readAll(bytes, &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().line, line);
    QVERIFY2(errors.first().message.contains(fragment), qPrintable(errors.first().message));
}

void TestCsvReader::cancel()
{
    int seen = 0;
    CsvReader().read("a\nb\nc\n",
                     [&](qsizetype, std::span<const QStringView>) { return ++seen < 2; });
    QCOMPARE(seen, 2);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
