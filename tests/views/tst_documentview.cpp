#include "documentview.h"

#include <QPlainTextEdit>
#include <QTest>

using namespace termlens;
using namespace Qt::StringLiterals;

class TestDocumentView final : public QObject
{
    Q_OBJECT

private:
    static QList<Document> documents()
    {
        Document msa;
        msa.id = u"msa"_s;
        msa.title = u"Master Agreement"_s;
        msa.text = u"7.1 The Initial Term is three (3) years.\n\n7.2 Either Party may elect\nto "
                   u"not renew this Agreement by giving at least ninety (90) days\u2019 notice."_s;
        Document sla;
        sla.id = u"sla"_s;
        sla.title = u"Service Level Agreement"_s;
        sla.version = u"2"_s;
        sla.text = u"99.9% monthly uptime."_s;
        return {msa, sla};
    }

private slots:
    void showsQuote_data();
    void showsQuote();
    void clearHighlightSaysWhy();
    void noDocuments();
};

void TestDocumentView::showsQuote_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("shown");    // the document the view ends on
    QTest::addColumn<QString>("selected"); // the selection, line breaks as '\n'
    QTest::addColumn<QString>("status");
    QTest::newRow("exact") << u"msa"_s << u"three (3) years"_s << u"msa"_s << u"three (3) years"_s
                           << u"Quote highlighted."_s;
    QTest::newRow("second document") << u"sla"_s << u"monthly uptime"_s << u"sla"_s
                                     << u"monthly uptime"_s << u"Quote highlighted."_s;
    // The document breaks the line inside the quote and uses a typographic apostrophe.
    QTest::newRow("normalised")
        << u"msa"_s
        << u"may elect to not renew this Agreement by giving at least ninety (90) days' notice"_s
        << u"msa"_s
        << u"may elect\nto not renew this Agreement by giving at least ninety (90) days\u2019 notice"_s
        << u"Quote highlighted (found with spacing or punctuation differences)."_s;
    QTest::newRow("not in the text") << u"msa"_s << u"sixty (60) days"_s << u"msa"_s << QString()
                                     << u"Quote not found in the text."_s;
    QTest::newRow("quote cited in the wrong document")
        << u"sla"_s << u"three (3) years"_s << u"sla"_s << QString()
        << u"Quote not found in the text."_s;
    QTest::newRow("no quote") << u"msa"_s << QString() << u"msa"_s << QString()
                              << u"No quote cited for this term."_s;
    QTest::newRow("unknown document: the first") << u"nope"_s << u"Initial Term"_s << u"msa"_s
                                                 << u"Initial Term"_s << u"Quote highlighted."_s;
}

void TestDocumentView::showsQuote()
{
    QFETCH(QString, document);
    QFETCH(QString, quote);
    QFETCH(QString, shown);
    QFETCH(QString, selected);
    QFETCH(QString, status);
    DocumentView view;
    view.resize(400, 200);
    view.setDocuments(documents());
    view.showQuote(document, quote);
    QCOMPARE(view.currentDocumentId(), shown);
    QCOMPARE(view.selectedText(), selected);
    QCOMPARE(view.status(), status);
    auto *text = view.findChild<QPlainTextEdit *>(u"documentText"_s);
    QVERIFY(text->isReadOnly());
    QCOMPARE(text->extraSelections().size(), selected.isEmpty() ? 0 : 1);
}

void TestDocumentView::clearHighlightSaysWhy()
{
    DocumentView view;
    view.setDocuments(documents());
    view.showQuote(u"msa"_s, u"three (3) years"_s);
    view.clearHighlight(u"The documents do not state this term."_s);
    QCOMPARE(view.selectedText(), QString());
    QCOMPARE(view.status(), u"The documents do not state this term."_s);
    QCOMPARE(view.currentDocumentId(), u"msa"_s);
}

void TestDocumentView::noDocuments()
{
    DocumentView view;
    view.setDocuments(documents());
    view.clear();
    QCOMPARE(view.currentDocumentId(), QString());
    QCOMPARE(view.showQuote(u"msa"_s, u"three"_s), QuoteMatchKind::NotFound);
    QCOMPARE(view.selectedText(), QString());
}

QTEST_MAIN(TestDocumentView)
#include "tst_documentview.moc"
