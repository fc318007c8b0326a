#include "quotelocator.h"

#include <QTest>

using namespace termlens;
using namespace Qt::StringLiterals;

class TestQuoteLocator final : public QObject
{
    Q_OBJECT

private slots:
    void locate_data();
    void locate();
};

void TestQuoteLocator::locate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QuoteMatchKind>("kind");
    QTest::addColumn<QString>("matched"); // the characters of `text` the match covers

    const QString clause = u"7.2 Either Party may elect to not renew this Agreement by giving at "
                           u"least ninety (90) days\u2019 written notice."_s;
    QTest::newRow("exact") << clause << u"ninety (90) days\u2019 written"_s << QuoteMatchKind::Exact
                           << u"ninety (90) days\u2019 written"_s;
    QTest::newRow("exact, quote padded with spaces")
        << clause << u"  Either Party  "_s << QuoteMatchKind::Exact << u"Either Party"_s;
    // The document breaks the line inside the quote; the match keeps the document's own
    // line break and spaces.
    QTest::newRow("line break in document") << u"may elect\n   to not renew"_s << u"elect to not"_s
                                            << QuoteMatchKind::Normalised << u"elect\n   to not"_s;
    QTest::newRow("straight apostrophe typed")
        << clause << u"days' written"_s << QuoteMatchKind::Normalised << u"days\u2019 written"_s;
    QTest::newRow("en dash typed as hyphen") << u"Mon\u2013Fri 09:00"_s << u"Mon-Fri"_s
                                             << QuoteMatchKind::Normalised << u"Mon\u2013Fri"_s;
    QTest::newRow("first of two occurrences")
        << u"a b a b"_s << u"a b"_s << QuoteMatchKind::Exact << u"a b"_s;
    QTest::newRow("missing") << clause << u"sixty (60) days"_s << QuoteMatchKind::NotFound
                             << QString();
    QTest::newRow("case differs: not found")
        << clause << u"either party"_s << QuoteMatchKind::NotFound << QString();
    QTest::newRow("empty quote") << clause << u"  "_s << QuoteMatchKind::EmptyQuote << QString();
    QTest::newRow("empty text") << QString() << u"x"_s << QuoteMatchKind::NotFound << QString();
    QTest::newRow("quote is the whole text")
        << u"x y"_s << u"x\ty"_s << QuoteMatchKind::Normalised << u"x y"_s;
}

void TestQuoteLocator::locate()
{
    QFETCH(QString, text);
    QFETCH(QString, quote);
    QFETCH(QuoteMatchKind, kind);
    QFETCH(QString, matched);
    const QuoteMatch match = locateQuote(text, quote);
    QCOMPARE(match.kind, kind);
    QCOMPARE(match.found(), !matched.isNull());
    if (match.found())
        QCOMPARE(text.mid(match.start, match.length), matched);
}

QTEST_GUILESS_MAIN(TestQuoteLocator)
#include "tst_quotelocator.moc"
