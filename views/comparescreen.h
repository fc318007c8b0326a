#pragma once

#include "screen.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QTableView;

namespace termlens {

class CitationPanel;
class ComparisonFilterModel;
class ComparisonModel;
class DocumentView;

// The "compare" screen: agreements as columns, terms as rows, values normalised to compare
// (comparison.h), the best and worst of each row and each cell's playbook verdict marked by
// colour and symbol. Choosing a cell shows its citation below the grid with the quoted words
// selected in the document. The agreements compared and their order are chosen in the list on
// the left (drag to reorder) or by dragging the column headers.
class CompareScreen final : public Screen
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareScreen)

public:
    explicit CompareScreen(const ScreenContext &context, QWidget *parent = nullptr);
    ~CompareScreen() override;

    void setWorkspace(Workspace *workspace) override;
    void focusFilter() override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    ComparisonModel *model() const { return m_model; }
    ComparisonFilterModel *proxy() const { return m_proxy; }
    QTableView *grid() const { return m_grid; }
    DocumentView *documentView() const { return m_documentView; }
    // Chooses the agreements compared, in this order (empty: all).
    void setShownAgreements(const QStringList &ids);
    // The whole grid as it is shown (filtered, sorted), header included, as tab-separated text.
    QString tableAsText() const;
    // The day a claim is supposed made for the liability cap in money (default: today).
    void setClaimDate(const QDate &date);
    QDate claimDate() const;
    // Loads everything again from the workspace (also on WorkspaceEvents notices).
    void reload();

private:
    QWidget *buildToolbar();
    QWidget *buildChooser();
    void buildGrid();
    void scheduleReload();
    void fillChooser();
    void applyChooser();
    void headerMoved(int logical, int oldVisual, int newVisual);
    void showCurrentCell();
    void copyTable();
    void sizeGrid();

    ScreenContext m_context;
    Workspace *m_workspace = nullptr;
    ComparisonModel *m_model = nullptr;
    ComparisonFilterModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_group = nullptr;
    QCheckBox *m_onlyDifferent = nullptr;
    QDateEdit *m_claimDate = nullptr;
    QListWidget *m_chooser = nullptr;
    QTableView *m_grid = nullptr;
    QLabel *m_emptyLabel = nullptr;
    CitationPanel *m_citation = nullptr;
    DocumentView *m_documentView = nullptr;
    QSplitter *m_horizontal = nullptr;
    QSplitter *m_vertical = nullptr;
    QSplitter *m_citationSplitter = nullptr;
    QStringList m_pendingShown; // a remembered choice, until the agreements are loaded
    int m_termWidth = 210;
    QString m_documentsOf; // the agreement whose documents the view holds
    bool m_reloadPending = false;
    bool m_fillingChooser = false;
};

} // namespace termlens
