#pragma once

#include "screen.h"

class QLabel;
class QLineEdit;
class QCheckBox;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace termlens {

class AgreementMatrixModel;
class CitationPanel;
class DocumentView;

// The "subprocessors" and "locations" screens (PRODUCT.md point 3): a matrix of items
// (sub-processors, countries) against the workspace's agreements, rows needing attention
// (a provider behind several vendors, data outside the UK/EEA) tinted and marked "⚠". Choosing
// a cell shows its citation with the quoted words selected in the document.
class MatrixScreen final : public Screen
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixScreen)

public:
    enum class Kind
    {
        Subprocessors,
        Locations
    };
    MatrixScreen(const ScreenContext &context, Kind kind, QWidget *parent = nullptr);
    ~MatrixScreen() override;

    void setWorkspace(Workspace *workspace) override;
    void focusFilter() override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    AgreementMatrixModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    DocumentView *documentView() const { return m_documentView; }
    // The rows shown (filtered, sorted), header included, as tab-separated text.
    QString tableAsText() const;
    void reload();

private:
    QWidget *buildToolbar();
    void showCurrentCell();
    void copyTable();
    void applyFilter();

    ScreenContext m_context;
    Kind m_kind;
    AgreementMatrixModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_onlyHighlighted = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
    CitationPanel *m_citation = nullptr;
    DocumentView *m_documentView = nullptr;
    QSplitter *m_vertical = nullptr;
    QSplitter *m_citationSplitter = nullptr;
    QString m_documentsOf;
};

} // namespace termlens
