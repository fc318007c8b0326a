#pragma once

#include "termsheet.h"

#include <QByteArray>
#include <QWidget>

class QLabel;
class QSplitter;
class QTableView;

namespace termlens {

class CitationPanel;
class DocumentView;
class TermTableModel;

// One agreement: who and what it is, every term with its citation, and the documents' text.
// Choosing a term shows the clause it cites with the quoted words highlighted, and the reading
// and any ambiguity beside it. All user data is shown as plain text.
class AgreementPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementPage)

public:
    explicit AgreementPage(QWidget *parent = nullptr);
    ~AgreementPage() override;

    // nullptr: nothing to show; `emptyText` says why (no workspace, no agreements).
    void setAgreement(const TermSheet *sheet, const QString &emptyText = {});
    QString agreementId() const { return m_agreementId; }
    // Selects the row of a term (TermRow::key); false when the agreement has no such row.
    bool selectTerm(const QString &key);

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildHeader();
    void buildTable();
    void showCurrentTerm();
    void scheduleRowResize();

    QLabel *m_vendor = nullptr;
    QLabel *m_product = nullptr;
    QLabel *m_documents = nullptr;
    QTableView *m_table = nullptr;
    TermTableModel *m_model = nullptr;
    CitationPanel *m_citation = nullptr;
    DocumentView *m_documentView = nullptr;
    QSplitter *m_vertical = nullptr;
    QSplitter *m_horizontal = nullptr;
    QString m_agreementId;
    QString m_notes;
    bool m_rowResizePending = false;
};

} // namespace termlens
