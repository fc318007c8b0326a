#include "reportexportdialog.h"

#include "plaintooltip.h"
#include "reportdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace termlens {

namespace {

struct Section
{
    const char *key;
    const char *label; // context ReportExportDialog
};

const Section Sections[] = {
    {"cover", QT_TRANSLATE_NOOP("ReportExportDialog", "Cover page")},
    {"summary", QT_TRANSLATE_NOOP("ReportExportDialog", "Summary: playbook scores and deadlines")},
    {"comparison", QT_TRANSLATE_NOOP("ReportExportDialog", "Comparison of terms")},
    {"subprocessors", QT_TRANSLATE_NOOP("ReportExportDialog", "Sub-processors and data locations")},
    {"credits", QT_TRANSLATE_NOOP("ReportExportDialog", "SLA and service credits, with charts")},
    {"appendix", QT_TRANSLATE_NOOP("ReportExportDialog", "Appendix: quoted clauses")},
};

QDate firstOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

} // namespace

ReportExportDialog::ReportExportDialog(const QList<AgreementSummary> &agreements,
                                       const ReportOptions &defaults, QWidget *parent)
    : QDialog(parent)
    , m_defaults(defaults)
{
    setObjectName(QStringLiteral("reportExportDialog"));
    setWindowTitle(tr("Export Report"));

    m_agreements = new QListWidget(this);
    m_agreements->setObjectName(QStringLiteral("reportAgreements"));
    m_agreements->setAccessibleName(tr("Agreements in the report"));
    m_agreements->setStatusTip(tr("Tick the agreements the report covers"));
    for (const AgreementSummary &a : agreements) {
        const QString name =
            a.product.isEmpty() ? a.vendor : tr("%1 — %2").arg(a.vendor, a.product);
        auto *item = new QListWidgetItem(name, m_agreements);
        item->setData(Qt::UserRole, a.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool chosen = defaults.agreementIds.isEmpty() || defaults.agreementIds.contains(a.id);
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(plainToolTip(a.id));
    }
    auto *all = new QPushButton(tr("Select &All"), this);
    auto *none = new QPushButton(tr("Select &None"), this);
    all->setStatusTip(tr("Include every agreement"));
    none->setStatusTip(tr("Include no agreement"));
    const auto checkAll = [this](Qt::CheckState state) {
        for (int i = 0; i < m_agreements->count(); ++i)
            m_agreements->item(i)->setCheckState(state);
    };
    connect(all, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Unchecked); });
    auto *agreementBox = new QGroupBox(tr("Agreements"), this);
    auto *agreementLayout = new QVBoxLayout(agreementBox);
    agreementLayout->addWidget(m_agreements);
    auto *selectRow = new QHBoxLayout;
    selectRow->addWidget(all);
    selectRow->addWidget(none);
    selectRow->addStretch();
    agreementLayout->addLayout(selectRow);

    auto *sectionGroup = new QGroupBox(tr("Sections"), this);
    auto *sectionLayout = new QVBoxLayout(sectionGroup);
    const bool chosen[] = {defaults.cover,         defaults.summary, defaults.comparison,
                           defaults.subprocessors, defaults.credits, defaults.appendix};
    for (int i = 0; i < int(std::size(Sections)); ++i) {
        auto *box = new QCheckBox(
            QCoreApplication::translate("ReportExportDialog", Sections[i].label), sectionGroup);
        box->setObjectName(QStringLiteral("section_%1").arg(QLatin1String(Sections[i].key)));
        box->setChecked(chosen[i]);
        box->setStatusTip(tr("Include this section in the report"));
        sectionLayout->addWidget(box);
        m_sections << box;
    }

    m_period = new QCheckBox(tr("&Limit to months:"), this);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->setStatusTip(tr("Without a period: the last complete month back to the first "
                              "stored outage, at most a year"));
    const QDate lastMonth = firstOfMonth(QDate::currentDate()).addMonths(-1);
    m_from = new QDateEdit(defaults.from.isValid() ? defaults.from : lastMonth.addMonths(-2), this);
    m_to = new QDateEdit(defaults.to.isValid() ? defaults.to : lastMonth, this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
        edit->setCalendarPopup(false);
    }
    m_from->setAccessibleName(tr("First month"));
    m_to->setAccessibleName(tr("Last month"));
    m_period->setChecked(defaults.from.isValid());
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period);
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(tr("to"), this));
    periodRow->addWidget(m_to);
    periodRow->addStretch();

    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("reportPageSize"));
    m_pageSize->setAccessibleName(tr("Paper size"));
    m_pageSize->addItem(tr("A4"), int(ReportPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(ReportPageSize::Letter));
    m_pageSize->setCurrentIndex(defaults.pageSize == ReportPageSize::Letter ? 1 : 0);
    m_title = new QLineEdit(defaults.title, this);
    m_title->setPlaceholderText(defaultReportTitle());
    m_title->setAccessibleName(tr("Report title"));
    m_author = new QLineEdit(defaults.author, this);
    m_author->setPlaceholderText(QStringLiteral("TermLens"));
    m_author->setAccessibleName(tr("Author"));
    m_author->setStatusTip(tr("Written into the PDF's properties"));
    m_file = new QLineEdit(defaults.outputFile, this);
    m_file->setObjectName(QStringLiteral("reportFile"));
    m_file->setAccessibleName(tr("PDF file"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setStatusTip(tr("Choose where to save the PDF"));
    connect(browse, &QPushButton::clicked, this, &ReportExportDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Period:"), periodRow);
    form->addRow(tr("Paper size:"), m_pageSize);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Author:"), m_author);
    form->addRow(tr("Save as:"), fileRow);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("reportProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("reportExportButton"));
    exportButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(agreementBox, 1);
    columns->addWidget(sectionGroup, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_agreements, &QListWidget::itemChanged, this, &ReportExportDialog::update);
    for (QCheckBox *box : std::as_const(m_sections))
        connect(box, &QCheckBox::toggled, this, &ReportExportDialog::update);
    connect(m_period, &QCheckBox::toggled, this, &ReportExportDialog::update);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportExportDialog::update);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportExportDialog::update);
    connect(m_file, &QLineEdit::textChanged, this, &ReportExportDialog::update);
    update();
    resize(720, 460);
}

ReportExportDialog::~ReportExportDialog() = default;

QCheckBox *ReportExportDialog::sectionBox(const QString &key) const
{
    for (int i = 0; i < int(std::size(Sections)); ++i) {
        if (key == QLatin1String(Sections[i].key))
            return m_sections.at(i);
    }
    return nullptr;
}

ReportOptions ReportExportDialog::options() const
{
    ReportOptions o = m_defaults;
    o.agreementIds.clear();
    bool all = true;
    for (int i = 0; i < m_agreements->count(); ++i) {
        const QListWidgetItem *item = m_agreements->item(i);
        if (item->checkState() == Qt::Checked)
            o.agreementIds << item->data(Qt::UserRole).toString();
        else
            all = false;
    }
    if (all)
        o.agreementIds.clear(); // every agreement, as stored when the report is made
    o.cover = m_sections.at(0)->isChecked();
    o.summary = m_sections.at(1)->isChecked();
    o.comparison = m_sections.at(2)->isChecked();
    o.subprocessors = m_sections.at(3)->isChecked();
    o.credits = m_sections.at(4)->isChecked();
    o.appendix = m_sections.at(5)->isChecked();
    o.from = m_period->isChecked() ? firstOfMonth(m_from->date()) : QDate();
    o.to = m_period->isChecked() ? firstOfMonth(m_to->date()) : QDate();
    o.pageSize = ReportPageSize(m_pageSize->currentData().toInt());
    o.title = m_title->text().trimmed();
    o.author = m_author->text().trimmed();
    o.outputFile = m_file->text().trimmed();
    return o;
}

QString ReportExportDialog::problem() const
{
    const ReportOptions o = options();
    bool anyAgreement = false;
    for (int i = 0; i < m_agreements->count(); ++i)
        anyAgreement = anyAgreement || m_agreements->item(i)->checkState() == Qt::Checked;
    if (!anyAgreement)
        return tr("Choose at least one agreement.");
    if (!hasAnySection(o))
        return tr("Choose at least one section.");
    const QString period = checkReportPeriod(o);
    if (!period.isEmpty())
        return tr("Period: %1").arg(period);
    if (o.outputFile.isEmpty())
        return tr("Choose the file to save the report in.");
    return {};
}

void ReportExportDialog::update()
{
    m_from->setEnabled(m_period->isChecked());
    m_to->setEnabled(m_period->isChecked());
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(why.isEmpty());
    }
}

void ReportExportDialog::browse()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Report As"), m_file->text(),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    m_file->setText(path);
}

} // namespace termlens
