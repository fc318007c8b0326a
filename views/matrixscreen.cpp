#include "matrixscreen.h"

#include "agreementlistmodel.h"
#include "agreementmatrixmodel.h"
#include "citationpanel.h"
#include "documentview.h"
#include "layoutstate.h"
#include "roles.h"
#include "tabletext.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace termlens {

namespace {

// Rows that need attention get a warm tint; the "⚠" in their summary says the same in words.
class MatrixDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
        if (index.data(AgreementMatrixModel::HighlightRole).toBool() &&
            (index.column() < AgreementMatrixModel::FirstAgreementColumn ||
             index.data(AgreementMatrixModel::PresentRole).toBool()))
            option->backgroundBrush = dark ? QColor(0x5a, 0x44, 0x12) : QColor(0xfb, 0xec, 0xc8);
        if (!index.data(StatedRole).toBool())
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
        if (index.column() == AgreementMatrixModel::LabelColumn)
            option->font.setBold(true);
    }
};

// Words anywhere in the row, and optionally only the rows that need attention.
class MatrixFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void set(const QString &text, bool onlyHighlighted)
    {
        m_text = text.trimmed();
        m_onlyHighlighted = onlyHighlighted;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *model = sourceModel();
        if (m_onlyHighlighted &&
            !model->index(sourceRow, 0, parent).data(AgreementMatrixModel::HighlightRole).toBool())
            return false;
        if (m_text.isEmpty())
            return true;
        for (int c = 0; c < model->columnCount(parent); ++c) {
            if (model->index(sourceRow, c, parent)
                    .data()
                    .toString()
                    .contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QString m_text;
    bool m_onlyHighlighted = false;
};

} // namespace

MatrixScreen::MatrixScreen(const ScreenContext &context, Kind kind, QWidget *parent)
    : Screen(parent)
    , m_context(context)
    , m_kind(kind)
    , m_citation(new CitationPanel(this))
    , m_documentView(new DocumentView(this))
{
    const bool sub = kind == Kind::Subprocessors;
    setObjectName(sub ? QStringLiteral("subprocessorsScreen") : QStringLiteral("locationsScreen"));
    if (sub)
        m_model = new SubprocessorMatrixModel(this);
    else
        m_model = new DataLocationMatrixModel(this);
    auto *proxy = new MatrixFilter(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy = proxy;

    QWidget *toolbar = buildToolbar();
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setWordWrap(true);
    m_table = new QTableView(this);
    m_table->setObjectName(sub ? QStringLiteral("subprocessorTable")
                               : QStringLiteral("locationTable"));
    m_table->setAccessibleName(sub ? tr("Sub-processors by vendor")
                                   : tr("Data locations by vendor"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new MatrixDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultSectionSize(240);
    m_table->horizontalHeader()->setMinimumSectionSize(80);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MatrixScreen::showCurrentCell);
    connect(m_table, &QAbstractItemView::clicked, this, &MatrixScreen::showCurrentCell);

    auto *citationScroll = new QScrollArea(this);
    citationScroll->setWidget(m_citation);
    citationScroll->setWidgetResizable(true);
    citationScroll->setFrameShape(QFrame::NoFrame);
    citationScroll->setAccessibleName(tr("Citation"));
    m_citationSplitter = new QSplitter(Qt::Horizontal, this);
    m_citationSplitter->addWidget(citationScroll);
    m_citationSplitter->addWidget(m_documentView);
    m_citationSplitter->setChildrenCollapsible(false);
    m_citationSplitter->setSizes({520, 880});

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(toolbar);
    topLayout->addWidget(m_emptyLabel);
    topLayout->addWidget(m_table, 1);
    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->addWidget(top);
    m_vertical->addWidget(m_citationSplitter);
    m_vertical->setChildrenCollapsible(false);
    m_vertical->setSizes({520, 300});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_vertical);

    connect(m_context.agreements, &QAbstractItemModel::modelReset, this, &MatrixScreen::reload);
    m_citation->showMessage(tr("Citation"), tr("Choose a cell to see the clause it cites."));
    reload();
}

MatrixScreen::~MatrixScreen() = default;

QWidget *MatrixScreen::buildToolbar()
{
    const bool sub = m_kind == Kind::Subprocessors;
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("matrixFilter"));
    m_filter->setPlaceholderText(sub ? tr("Filter sub-processors, purposes and countries")
                                     : tr("Filter countries, regions and providers"));
    m_filter->setAccessibleName(m_filter->placeholderText());
    m_filter->setStatusTip(m_filter->placeholderText());
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &MatrixScreen::applyFilter);
    m_onlyHighlighted =
        new QCheckBox(sub ? tr("Only shared sub-processors") : tr("Only outside the UK/EEA"), bar);
    m_onlyHighlighted->setObjectName(QStringLiteral("matrixOnlyHighlighted"));
    m_onlyHighlighted->setAccessibleName(m_onlyHighlighted->text());
    m_onlyHighlighted->setStatusTip(sub ? tr("Show only providers behind more than one vendor")
                                        : tr("Show only countries outside the UK and the EEA"));
    connect(m_onlyHighlighted, &QCheckBox::toggled, this, &MatrixScreen::applyFilter);
    auto *legend = new QLabel(
        sub ? tr("✔ named by the vendor  ·  ⚠ behind several vendors (concentration risk)")
            : tr("⚠ outside the UK/EEA  ·  last row: each agreement's transfer restriction"),
        bar);
    legend->setTextFormat(Qt::PlainText);
    legend->setAccessibleName(tr("Legend"));
    auto *copy = new QPushButton(tr("Copy Table"), bar);
    copy->setObjectName(QStringLiteral("matrixCopyTable"));
    copy->setAccessibleName(tr("Copy the table as text"));
    copy->setStatusTip(tr("Copy the rows shown as tab-separated text"));
    connect(copy, &QPushButton::clicked, this, &MatrixScreen::copyTable);
    row->addWidget(m_filter, 2);
    row->addWidget(m_onlyHighlighted);
    row->addWidget(legend, 1);
    row->addWidget(copy);
    return bar;
}

void MatrixScreen::setWorkspace(Workspace *workspace)
{
    Q_UNUSED(workspace) // the agreements come through the shared list
    reload();
}

void MatrixScreen::reload()
{
    QList<TermSheet> sheets;
    for (int row = 0; m_context.agreements && row < m_context.agreements->rowCount(); ++row)
        sheets.append(*m_context.agreements->agreement(row));
    m_model->setAgreements(sheets);
    m_emptyLabel->setText(sheets.isEmpty() ? tr("This workspace has no agreements.")
                          : m_model->rowCount() <= 1 && m_kind == Kind::Subprocessors
                              ? tr("No agreement names its sub-processors.")
                              : QString());
    m_emptyLabel->setVisible(!m_emptyLabel->text().isEmpty());
    QHeaderView *header = m_table->horizontalHeader();
    if (header->count() > AgreementMatrixModel::SummaryColumn) {
        header->resizeSection(AgreementMatrixModel::LabelColumn, 230);
        header->resizeSection(AgreementMatrixModel::SummaryColumn, 190);
    }
    m_table->resizeRowsToContents();
    m_documentsOf.clear();
    showCurrentCell();
}

void MatrixScreen::applyFilter()
{
    static_cast<MatrixFilter *>(m_proxy)->set(m_filter->text(), m_onlyHighlighted->isChecked());
    m_table->resizeRowsToContents();
}

void MatrixScreen::showCurrentCell()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const std::optional<TermRow> row = m_model->termRowAt(current.row(), current.column());
    if (!row) {
        m_citation->showMessage(tr("Citation"), tr("Choose a cell to see the clause it cites."));
        m_documentView->clearHighlight();
        return;
    }
    const QString agreementId = m_model->agreementAt(current.column());
    const TermSheet *sheet = m_model->agreement(agreementId);
    if (agreementId != m_documentsOf) {
        m_documentView->setDocuments(sheet ? sheet->documents : QList<Document>());
        m_documentsOf = agreementId;
    }
    m_citation->showRow(*row, tr("%1 · %2").arg(sheet ? sheet->vendor : agreementId,
                                                current.data(CitationRole).toString()));
    if (!row->stated || row->citation.quote.isEmpty()) {
        m_documentView->clearHighlight(!row->stated ? tr("The documents do not state this term.")
                                                    : tr("No quoted words for this entry."));
        return;
    }
    m_documentView->showQuote(row->citation.document, row->citation.quote);
}

QString MatrixScreen::tableAsText() const
{
    return tableText(*m_proxy, QStringLiteral("; ")) + u'\n';
}

void MatrixScreen::copyTable()
{
    QApplication::clipboard()->setText(tableAsText());
}

void MatrixScreen::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QByteArray MatrixScreen::saveLayout() const
{
    return saveLayoutParts({m_vertical, m_citationSplitter});
}

void MatrixScreen::restoreLayout(const QByteArray &state)
{
    restoreLayoutParts(state, {m_vertical, m_citationSplitter});
}

} // namespace termlens
