#include "plaintooltip.h"

#include <QTest>
#include <QTextDocument>

using namespace termlens;
using namespace Qt::StringLiterals;

// Tooltips show user text exactly: markup is escaped (nothing bold, nothing fetched), line
// breaks stay line breaks, and what the tooltip renders reads back as the original characters.
class TestPlainToolTip final : public QObject
{
    Q_OBJECT

private slots:
    void markup_data();
    void markup();
};

void TestPlainToolTip::markup_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plain words") << u"Logit.io Ltd"_s << u"<qt>Logit.io Ltd</qt>"_s;
    QTest::newRow("a hostile vendor name")
        << u"<b>Acme</b> <img src=\"file:///etc/passwd\">"_s
        << u"<qt>&lt;b&gt;Acme&lt;/b&gt; &lt;img src=&quot;file:///etc/passwd&quot;&gt;</qt>"_s;
    QTest::newRow("ampersand and line break")
        << u"Terms & Conditions\nclause 7.2"_s
        << u"<qt>Terms &amp; Conditions<br/>clause 7.2</qt>"_s;
}

void TestPlainToolTip::markup()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString tip = plainToolTip(text);
    QCOMPARE(tip, expected);
    if (text.isEmpty())
        return;
    QTextDocument rendered;
    rendered.setHtml(tip);
    QCOMPARE(rendered.toPlainText(), text);
}

QTEST_GUILESS_MAIN(TestPlainToolTip)
#include "tst_plaintooltip.moc"
