#pragma once

#include "termrows.h"

#include <QWidget>

class QLabel;

namespace termlens {

// The side panel of the agreement page: the chosen term, its value, where it is cited, the
// quoted words, the reading chosen and, marked with a warning icon, what is ambiguous. Every
// label is plain text: term sheets come from outside and may hold anything.
class CitationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitationPanel)

public:
    explicit CitationPanel(QWidget *parent = nullptr);
    ~CitationPanel() override;

    // `citedAs` is the document title and clause in words ("Master Agreement · 7.2").
    void showRow(const TermRow &row, const QString &citedAs);
    // No term chosen: a title and a text (the agreement's own notes, or a hint).
    void showMessage(const QString &title, const QString &text);

private:
    QLabel *addLabel(const QString &objectName, const QString &accessibleName);
    void setSection(QLabel *caption, QLabel *body, const QString &text);

    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_cited = nullptr;
    QLabel *m_quoteCaption = nullptr;
    QLabel *m_quote = nullptr;
    QLabel *m_noteCaption = nullptr;
    QLabel *m_note = nullptr;
    QWidget *m_ambiguityCaption = nullptr;
    QLabel *m_ambiguity = nullptr;
};

} // namespace termlens
