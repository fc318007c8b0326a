#pragma once

#include "creditledger.h"
#include "screen.h"

#include <QDate>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace termlens {

class AvailabilityChart;
class ClaimDraftDialog;
class CreditLedgerModel;

// The "credits" screen: every agreement's months with availability against target, the credit
// and its amount, the claim deadline and status; the selected month's full working, its
// agreement's chart, marking a claim (undoable) and drafting the claim text.
class CreditsScreen final : public Screen
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreditsScreen)

public:
    explicit CreditsScreen(const ScreenContext &context, QWidget *parent = nullptr);
    ~CreditsScreen() override;

    void setWorkspace(Workspace *workspace) override;
    void focusFilter() override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    // "Now" for ongoing outages, months listed and days left (tests pin it); reloads.
    void setNow(qint64 nowUtc);
    CreditLedgerModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Selects the row of an agreement's month ("YYYY-MM") and service; false when not listed.
    bool selectRow(const QString &agreementId, const QString &month, const QString &service);
    // The selected row (source model), -1 when none.
    int currentRow() const;
    QString workingText() const;
    AvailabilityChart *chart() const { return m_chart; }

    // What the buttons do, without their dialogs.
    bool markClaimed(int row, QDate date, const QString &reference);
    bool unmarkClaim(int row);
    // Opens the draft dialog (non-modal, owned by the screen) for a row; nullptr when the row
    // owes no credit.
    ClaimDraftDialog *draftClaim(int row);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void reloadClaims();
    void scheduleReload();
    void showCurrent();
    void askMarkClaimed();
    void reportError(const QString &text);

    ScreenContext m_context;
    Workspace *m_workspace = nullptr;
    CreditLedgerModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_working = nullptr;
    AvailabilityChart *m_chart = nullptr;
    QSplitter *m_vertical = nullptr;
    QSplitter *m_horizontal = nullptr;
    QPushButton *m_mark = nullptr;
    QPushButton *m_unmark = nullptr;
    QPushButton *m_draft = nullptr;
    qint64 m_nowUtc = 0;
    bool m_reloadPending = false;
    bool m_stale = true;  // the workspace changed while hidden: reload when shown
    bool m_sized = false; // the first show, or a restored layout, has set the splitters
};

} // namespace termlens
