#pragma once

#include "screen.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QToolBar;

namespace termlens {

class AgreementActions;
class AgreementListModel;
class AgreementPage;

// The "agreements" screen: the workspace's agreements in a sortable, filterable list, and the
// chosen one's page (terms, citations, document text) beside it. Its tool bar, the list's
// context menu and the window's Agreement menu create, import, edit and delete agreements
// (agreementactions.h).
class AgreementsScreen final : public Screen
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementsScreen)

public:
    explicit AgreementsScreen(const ScreenContext &context, QWidget *parent = nullptr);
    ~AgreementsScreen() override;

    void setWorkspace(Workspace *workspace) override;
    void focusFilter() override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    // Selects an agreement in the list (clearing the filter if it hides it); false if unknown.
    bool selectAgreement(const QString &id);
    AgreementPage *page() const { return m_page; }
    // The id of the agreement shown, empty when none.
    QString currentAgreementId() const;
    AgreementActions *actions() const { return m_actions; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildList();
    void showCurrentAgreement();
    void reselectAfterReset();
    void showSubscription();
    QString emptyText() const;

    AgreementListModel *m_agreements = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_list = nullptr;
    AgreementPage *m_page = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolBar *m_toolBar = nullptr;
    AgreementActions *m_actions = nullptr;
    QLabel *m_subscription = nullptr;
    Workspace *m_workspace = nullptr;
    QString m_selectedId;
    bool m_hasWorkspace = false;
    bool m_sized = false;    // the first show has set the splitter
    bool m_restored = false; // a remembered layout was restored
};

} // namespace termlens
