#pragma once

#include "claimdraft.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPrinter;

namespace termlens {

// The drafted claim: the agreement's requirements, the subject and the body (editable before
// sending), copyable to the clipboard and printable. Text is always plain text.
class ClaimDraftDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimDraftDialog)

public:
    explicit ClaimDraftDialog(const ClaimDraft &draft, QWidget *parent = nullptr);
    ~ClaimDraftDialog() override;

    // "Subject: ..." and the body as shown now (with the user's edits).
    QString text() const;
    void copyToClipboard() const;
    // Prints the text as plain text (a QTextDocument filled with setPlainText).
    void printTo(QPrinter *printer) const;

private:
    void print();

    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
};

} // namespace termlens
