#include "documentview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace termlens {

DocumentView::DocumentView(QWidget *parent)
    : QWidget(parent)
    , m_documentBox(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    m_documentBox->setObjectName(QStringLiteral("documentBox"));
    m_documentBox->setAccessibleName(tr("Document"));
    m_documentBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_documentBox->setMinimumContentsLength(20);
    m_status->setObjectName(QStringLiteral("documentStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Quote status"));
    m_status->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("documentText"));
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Document text"));
    // Clause text reads best at the width a printed page has; long lines still wrap.
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Document:"), this);
    label->setTextFormat(Qt::PlainText);
    label->setBuddy(m_documentBox);
    top->addWidget(label);
    top->addWidget(m_documentBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);

    connect(m_documentBox, &QComboBox::activated, this, [this](int index) {
        showDocumentAt(index);
        setStatus({});
    });
}

DocumentView::~DocumentView() = default;

void DocumentView::setDocuments(const QList<Document> &documents)
{
    m_documents = documents;
    m_shown = -1;
    m_documentBox->clear();
    for (const Document &document : documents) {
        const QString title = document.title.isEmpty() ? document.id : document.title;
        m_documentBox->addItem(
            document.version.isEmpty() ? title : tr("%1 (version %2)").arg(title, document.version),
            document.id);
    }
    showDocumentAt(documents.isEmpty() ? -1 : 0, true);
    setStatus({});
}

void DocumentView::clear()
{
    setDocuments({});
}

void DocumentView::showDocumentAt(int index, bool reload)
{
    if (index == m_shown && !reload)
        return;
    m_shown = index;
    m_documentBox->setCurrentIndex(index);
    m_text->setExtraSelections({});
    if (index < 0 || index >= m_documents.size()) {
        m_text->clear();
        return;
    }
    const Document &document = m_documents[index];
    m_text->setPlainText(document.text.isEmpty() ? tr("This document's text is not stored.")
                                                 : document.text);
}

void DocumentView::showDocument(const QString &documentId)
{
    int index = 0;
    for (qsizetype i = 0; i < m_documents.size(); ++i) {
        if (m_documents[i].id == documentId)
            index = int(i);
    }
    showDocumentAt(m_documents.isEmpty() ? -1 : index);
}

QuoteMatchKind DocumentView::showQuote(const QString &documentId, const QString &quote)
{
    showDocument(documentId);
    m_text->setExtraSelections({});
    const QuoteMatch match = locateQuote(m_text->toPlainText(), quote);
    if (!match.found()) {
        QTextCursor cursor = m_text->textCursor();
        cursor.clearSelection();
        m_text->setTextCursor(cursor);
        setStatus(match.kind == QuoteMatchKind::EmptyQuote ? tr("No quote cited for this term.")
                                                           : tr("Quote not found in the text."));
        return match.kind;
    }
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(match.start));
    cursor.setPosition(int(match.start + match.length), QTextCursor::KeepAnchor);
    // The selection shows where the quote is while the view has focus; the extra selection
    // keeps it visible in a steady colour when focus moves back to the term table.
    QTextEdit::ExtraSelection highlight;
    highlight.cursor = cursor;
    highlight.format.setBackground(QColor(255, 221, 87));
    highlight.format.setForeground(QColor(Qt::black));
    m_text->setExtraSelections({highlight});
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
    setStatus(match.kind == QuoteMatchKind::Exact
                  ? tr("Quote highlighted.")
                  : tr("Quote highlighted (found with spacing or punctuation differences)."));
    return match.kind;
}

void DocumentView::clearHighlight(const QString &reason)
{
    m_text->setExtraSelections({});
    QTextCursor cursor = m_text->textCursor();
    cursor.clearSelection();
    m_text->setTextCursor(cursor);
    setStatus(reason);
}

QString DocumentView::currentDocumentId() const
{
    if (m_shown < 0 || m_shown >= m_documents.size())
        return {};
    return m_documents[m_shown].id;
}

QString DocumentView::selectedText() const
{
    return m_text->textCursor().selectedText().replace(QChar::ParagraphSeparator, u'\n');
}

QString DocumentView::status() const
{
    return m_status->text();
}

void DocumentView::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace termlens
