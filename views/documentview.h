#pragma once

#include "quotelocator.h"
#include "termsheet.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace termlens {

// The full text of an agreement's documents, read-only, with the quoted words of a citation
// selected, highlighted and scrolled into view. A quote is looked up exactly, else with white
// space and typographic marks normalised (quotelocator.h); when it is not there, the view says
// so rather than highlighting something else.
class DocumentView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentView)

public:
    explicit DocumentView(QWidget *parent = nullptr);
    ~DocumentView() override;

    void setDocuments(const QList<Document> &documents);
    void clear();
    // Shows a document (the first one when the id is unknown or empty).
    void showDocument(const QString &documentId);
    // Shows the document and selects the quote in it.
    QuoteMatchKind showQuote(const QString &documentId, const QString &quote);
    // Removes the highlight and says why there is nothing to show (`reason`, plain text).
    void clearHighlight(const QString &reason = {});

    QString currentDocumentId() const;
    // The selected words, with line breaks as '\n'.
    QString selectedText() const;
    // What the status line says about the last quote ("Quote found in clause text", ...).
    QString status() const;

private:
    // Puts a document's text in the view unless it is there already (or `reload`).
    void showDocumentAt(int index, bool reload = false);
    void setStatus(const QString &text);

    QComboBox *m_documentBox = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QList<Document> m_documents;
    int m_shown = -1;
};

} // namespace termlens
