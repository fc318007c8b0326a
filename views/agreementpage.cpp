#include "agreementpage.h"

#include "citationpanel.h"
#include "documentview.h"
#include "layoutstate.h"
#include "plainlabel.h"
#include "roles.h"
#include "singlelinedelegate.h"
#include "termtablemodel.h"

#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace termlens {

namespace {

QLabel *namedValueLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    QLabel *label = selectableTextLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    return label;
}

QString documentsText(const TermSheet &sheet, const QLocale &locale)
{
    QStringList parts;
    for (const Document &document : sheet.documents) {
        QString title = document.title.isEmpty() ? document.id : document.title;
        if (!document.version.isEmpty() && document.date)
            title = AgreementPage::tr("%1 (version %2, %3)")
                        .arg(title, document.version,
                             locale.toString(*document.date, QLocale::ShortFormat));
        else if (!document.version.isEmpty())
            title = AgreementPage::tr("%1 (version %2)").arg(title, document.version);
        else if (document.date)
            title = AgreementPage::tr("%1 (%2)").arg(
                title, locale.toString(*document.date, QLocale::ShortFormat));
        parts << title;
    }
    return AgreementPage::tr("Documents: %1").arg(parts.join(QStringLiteral("; ")));
}

} // namespace

AgreementPage::AgreementPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new TermTableModel(this))
    , m_citation(new CitationPanel(this))
    , m_documentView(new DocumentView(this))
{
    m_documentView->setObjectName(QStringLiteral("documentView"));
    m_citation->setObjectName(QStringLiteral("citationPanel"));
    m_model->setAmbiguityIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    buildHeader();
    buildTable();

    auto *citationScroll = new QScrollArea(this);
    citationScroll->setWidget(m_citation);
    citationScroll->setWidgetResizable(true);
    citationScroll->setFrameShape(QFrame::NoFrame);
    citationScroll->setAccessibleName(tr("Citation"));
    citationScroll->setMinimumWidth(220);

    m_horizontal = new QSplitter(Qt::Horizontal, this);
    m_horizontal->setObjectName(QStringLiteral("citationSplitter"));
    m_horizontal->addWidget(citationScroll);
    m_horizontal->addWidget(m_documentView);
    m_horizontal->setStretchFactor(0, 2);
    m_horizontal->setStretchFactor(1, 3);
    m_horizontal->setChildrenCollapsible(false);
    m_horizontal->setSizes({300, 540});

    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->setObjectName(QStringLiteral("termSplitter"));
    m_vertical->addWidget(m_table);
    m_vertical->addWidget(m_horizontal);
    m_vertical->setStretchFactor(0, 1);
    m_vertical->setStretchFactor(1, 1);
    m_vertical->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_vendor);
    layout->addWidget(m_product);
    layout->addWidget(m_documents);
    layout->addWidget(m_vertical, 1);
    setAgreement(nullptr);
}

AgreementPage::~AgreementPage() = default;

void AgreementPage::buildHeader()
{
    m_vendor = namedValueLabel(QStringLiteral("vendorLabel"), tr("Vendor"), this);
    QFont vendorFont = m_vendor->font();
    vendorFont.setBold(true);
    vendorFont.setPointSizeF(vendorFont.pointSizeF() * 1.5);
    m_vendor->setFont(vendorFont);
    m_product = namedValueLabel(QStringLiteral("productLabel"), tr("Product"), this);
    m_documents = namedValueLabel(QStringLiteral("documentsLabel"), tr("Documents"), this);
}

void AgreementPage::buildTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("termTable"));
    m_table->setAccessibleName(tr("Terms"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TermTableModel::ValueColumn, QHeaderView::Stretch);
    header->resizeSection(TermTableModel::GroupColumn, 115);
    header->resizeSection(TermTableModel::TermColumn, 180);
    header->resizeSection(TermTableModel::DocumentColumn, 140);
    header->resizeSection(TermTableModel::ClauseColumn, 95);
    header->setHighlightSections(false);
    m_table->setItemDelegateForColumn(TermTableModel::DocumentColumn,
                                      new SingleLineDelegate(m_table));
    // Row heights follow the wrapped text; resizing every row on each pixel of a drag is
    // wasteful, so the work is coalesced into one pass after the layout settles.
    connect(header, &QHeaderView::sectionResized, this, &AgreementPage::scheduleRowResize);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AgreementPage::showCurrentTerm);
    // Clicking the current row again brings its quote back after the text was scrolled away.
    connect(m_table, &QAbstractItemView::clicked, this, &AgreementPage::showCurrentTerm);
}

void AgreementPage::setAgreement(const TermSheet *sheet, const QString &emptyText)
{
    m_table->clearSpans();
    if (!sheet) {
        m_agreementId.clear();
        m_notes.clear();
        m_model->clear();
        m_documentView->clear();
        m_vendor->setText(emptyText.isEmpty() ? tr("No agreement selected") : emptyText);
        m_product->clear();
        m_documents->clear();
        m_product->hide();
        m_documents->hide();
        m_vertical->hide(); // no empty tables under the message
        m_citation->showMessage({}, {});
        return;
    }
    m_agreementId = sheet->id;
    m_notes = sheet->notes;
    m_vendor->setText(sheet->vendor);
    m_product->setText(sheet->product);
    m_product->setVisible(!sheet->product.isEmpty());
    m_documents->setText(documentsText(*sheet, locale()));
    m_documents->show();
    m_vertical->show();
    m_model->setTermSheet(*sheet, locale());
    m_documentView->setDocuments(sheet->documents);
    // One group cell spans the rows of its group, so the table reads as sections.
    for (int row = 0; row < m_model->rowCount();) {
        int end = row + 1;
        while (end < m_model->rowCount() &&
               m_model->termRow(end)->group == m_model->termRow(row)->group)
            ++end;
        if (end - row > 1)
            m_table->setSpan(row, TermTableModel::GroupColumn, end - row, 1);
        row = end;
    }
    m_table->resizeRowsToContents();
    scheduleRowResize();
    m_citation->showMessage(tr("About this agreement"),
                            m_notes.isEmpty() ? tr("Choose a term to see the clause it cites.")
                                              : m_notes);
}

bool AgreementPage::selectTerm(const QString &key)
{
    const int row = m_model->rowOfKey(key);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, TermTableModel::TermColumn));
    m_table->scrollTo(m_model->index(row, TermTableModel::TermColumn));
    return true;
}

void AgreementPage::showCurrentTerm()
{
    const QModelIndex current = m_table->currentIndex();
    const TermRow *row = m_model->termRow(current.row());
    if (!row) {
        m_citation->showMessage(tr("About this agreement"), m_notes);
        return;
    }
    m_citation->showRow(*row, current.siblingAtColumn(0).data(CitationRole).toString());
    if (!row->stated) {
        m_documentView->clearHighlight(tr("The documents do not state this term."));
        return;
    }
    m_documentView->showQuote(row->citation.document, row->citation.quote);
}

void AgreementPage::scheduleRowResize()
{
    if (m_rowResizePending)
        return;
    m_rowResizePending = true;
    QTimer::singleShot(0, this, [this] {
        m_rowResizePending = false;
        m_table->resizeRowsToContents();
    });
}

void AgreementPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleRowResize();
}

QByteArray AgreementPage::saveLayout() const
{
    return saveLayoutParts({m_vertical, m_horizontal, m_table->horizontalHeader()});
}

void AgreementPage::restoreLayout(const QByteArray &state)
{
    restoreLayoutParts(state, {m_vertical, m_horizontal, m_table->horizontalHeader()});
}

} // namespace termlens
