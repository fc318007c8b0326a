#pragma once

#include "screen.h"

#include <QDate>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace termlens {

class ObligationListModel;

// The "deadlines" screen: renewal notice deadlines, term ends, claim deadlines of unclaimed
// credits, cure periods after a breach notice and data-retrieval windows after the agreement
// ends, in one list with countdowns (overdue marked), exportable as an .ics calendar.
class DeadlinesScreen final : public Screen
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlinesScreen)

public:
    explicit DeadlinesScreen(const ScreenContext &context, QWidget *parent = nullptr);
    ~DeadlinesScreen() override;

    void setWorkspace(Workspace *workspace) override;
    void focusFilter() override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    void setNow(qint64 nowUtc); // tests pin "today"; reloads
    // A breach notified on `date` (invalid: none) opens the cure windows.
    void setBreachNotified(QDate date);
    // The agreement ends on `date` (invalid: at the end of its current term).
    void setAgreementEnds(QDate date);
    ObligationListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Writes the list as an RFC 5545 calendar; false (and a message) when it cannot.
    bool exportCalendar(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void scheduleReload();
    void showCurrent();
    void askExport();
    void reportError(const QString &text);

    ScreenContext m_context;
    Workspace *m_workspace = nullptr;
    ObligationListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_breach = nullptr;
    QDateEdit *m_breachDate = nullptr;
    QCheckBox *m_ends = nullptr;
    QDateEdit *m_endsDate = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_working = nullptr;
    QSplitter *m_splitter = nullptr;
    qint64 m_nowUtc = 0;
    bool m_reloadPending = false;
    bool m_stale = true; // the workspace changed while hidden: reload when shown
};

} // namespace termlens
