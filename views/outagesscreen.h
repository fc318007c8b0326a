#pragma once

#include "screen.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QTableView;
class QUndoStack;

namespace termlens {

class AgreementListModel;
class OutageLedgerModel;
class WorkspaceEvents;
struct Outage;

// The "outages" screen: the outage ledger of one agreement (OutageLedgerModel), filtered by
// service, month (in the agreement's time zone) and category, sorted by any column, all in SQL
// so a million outages open at once. Cells are edited in place; an edit is checked (a time
// needs its zone, the end comes after the start, the category is one INTERFACES.md §1 names)
// and stored as an EditOutageCommand on the workspace's undo stack, and a refused edit is
// explained above the table. Ctrl+C copies the selected rows as tab-separated text.
class OutagesScreen final : public Screen
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutagesScreen)

public:
    explicit OutagesScreen(const ScreenContext &context, QWidget *parent = nullptr);
    ~OutagesScreen() override;

    void setWorkspace(Workspace *workspace) override;
    void focusFilter() override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    // Shows an agreement's ledger; false if the agreement is unknown.
    bool selectAgreement(const QString &id);
    OutageLedgerModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The selected rows as tab-separated lines, a header line first (what Ctrl+C copies).
    QString selectedRowsText() const;

private:
    void buildUi();
    void fillAgreements();
    void agreementChosen();
    void fillServicesAndMonths();
    void applyFilter();
    void updateCount();
    void showMessage(const QString &text);
    void storeEdit(const Outage &before, const Outage &after);
    QString currentTimeZone() const;

    AgreementListModel *m_agreements;
    QUndoStack *m_undoStack;
    QPointer<WorkspaceEvents> m_events;
    Workspace *m_workspace = nullptr;
    OutageLedgerModel *m_model;

    QComboBox *m_agreement = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_month = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace termlens
