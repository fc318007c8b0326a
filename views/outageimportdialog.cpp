#include "outageimportdialog.h"

#include "agreementlistmodel.h"
#include "mappingpresetstore.h"
#include "outageimportmappingeditor.h"
#include "plainlabel.h"
#include "plaintooltip.h"
#include "subscriptionrepository.h"
#include "tabletext.h"
#include "termtext.h"
#include "workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace termlens {

namespace {

QByteArray fileHead(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(256 * 1024) : QByteArray();
}

} // namespace

OutageImportDialog::OutageImportDialog(Workspace &workspace, AgreementListModel *agreements,
                                       const QString &filePath, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_agreements(agreements)
    , m_filePath(filePath)
    , m_runner(new OutageImportRunner(this))
{
    setObjectName(QStringLiteral("outageImportDialog"));
    setWindowTitle(tr("Import Outages"));
    buildUi();
    fillAgreements();
    fillServices();
    fillMappings();
    sniff();
    connect(m_runner, &OutageImportRunner::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_runner, &OutageImportRunner::previewFinished, this, &OutageImportDialog::showPreview);
    connect(m_runner, &OutageImportRunner::importFinished, this, &OutageImportDialog::importDone);
    for (QComboBox *box : {m_agreement, m_format, m_mapping})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (sender() == m_agreement)
                fillServices();
            updateFormatControls();
            schedulePreview();
        });
    connect(m_service, &QComboBox::currentTextChanged, this, &OutageImportDialog::schedulePreview);
    updateFormatControls();
    schedulePreview();
}

OutageImportDialog::~OutageImportDialog() = default;

void OutageImportDialog::buildUi()
{
    m_fileLabel = selectableTextLabel(this);
    m_fileLabel->setText(QFileInfo(m_filePath).fileName());
    m_fileLabel->setToolTip(plainToolTip(m_filePath));
    m_agreement = new QComboBox(this);
    m_agreement->setObjectName(QStringLiteral("agreement"));
    m_agreement->setAccessibleName(tr("Agreement"));
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("service"));
    m_service->setEditable(true);
    m_service->setAccessibleName(tr("Service"));
    m_service->lineEdit()->setPlaceholderText(tr("As named in the file"));
    m_service->setToolTip(tr("Only this service's outages are imported, and records that name "
                             "no service are this service's. Leave empty to import every "
                             "service named in the file."));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("TermLens outage CSV"), int(OutageFileFormat::NativeCsv));
    m_format->addItem(tr("Statuspage incident history (JSON)"), int(OutageFileFormat::Statuspage));
    m_format->addItem(tr("Other CSV, through a column mapping"), int(OutageFileFormat::MappedCsv));
    m_mapping = new QComboBox(this);
    m_mapping->setObjectName(QStringLiteral("mapping"));
    m_mapping->setAccessibleName(tr("Column mapping"));
    m_editMapping = new QPushButton(tr("&Edit…"), this);
    m_editMapping->setAccessibleName(tr("Edit the column mapping"));
    m_newMapping = new QPushButton(tr("&New…"), this);
    m_newMapping->setAccessibleName(tr("New column mapping"));
    connect(m_editMapping, &QPushButton::clicked, this, [this] { editMapping(false); });
    connect(m_newMapping, &QPushButton::clicked, this, [this] { editMapping(true); });
    auto *mappingRow = new QHBoxLayout;
    mappingRow->addWidget(m_mapping, 1);
    mappingRow->addWidget(m_editMapping);
    mappingRow->addWidget(m_newMapping);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), m_fileLabel);
    form->addRow(tr("&Agreement:"), m_agreement);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Format:"), m_format);
    // A row of several widgets gets no buddy by itself: name the combo box the label's.
    auto *mappingLabel = new QLabel(tr("&Mapping:"), this);
    mappingLabel->setTextFormat(Qt::PlainText);
    mappingLabel->setBuddy(m_mapping);
    form->addRow(mappingLabel, mappingRow);

    auto *preview = new QGroupBox(tr("Preview: nothing is stored until you choose Import"), this);
    m_summary = selectableTextLabel(preview);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setAccessibleName(tr("What the import brings"));
    m_problems = new QTableWidget(0, 3, preview);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Problems in the file"));
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setWordWrap(true);
    m_problems->setSortingEnabled(true);
    m_problems->sortByColumn(0, Qt::AscendingOrder); // in the file's order to begin with
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(m_problems, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_status = selectableTextLabel(this);
    m_status->setObjectName(QStringLiteral("status"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setDefault(true);
    m_copy = m_buttons->addButton(tr("&Copy Problems"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyProblems"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    connect(m_import, &QPushButton::clicked, this, &OutageImportDialog::startImport);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(problemsText()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OutageImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(preview, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(820, 620);
}

void OutageImportDialog::fillAgreements()
{
    for (int row = 0; m_agreements && row < m_agreements->rowCount(); ++row) {
        const TermSheet *sheet = m_agreements->agreement(row);
        m_agreement->addItem(tr("%1 — %2").arg(sheet->vendor, sheet->product), sheet->id);
    }
}

QString OutageImportDialog::agreementId() const
{
    return m_agreement->currentData().toString();
}

void OutageImportDialog::fillServices()
{
    const QSignalBlocker block(m_service);
    const QString typed = m_service->currentText();
    m_service->clear();
    m_service->addItem(QString());
    const auto subscription = SubscriptionRepository(m_workspace).load(agreementId());
    if (subscription.ok() && *subscription.value) {
        for (const ServiceFee &fee : (*subscription.value)->services)
            m_service->addItem(fee.service);
    }
    m_service->setCurrentText(typed);
}

void OutageImportDialog::fillMappings(const QString &select)
{
    const QSignalBlocker block(m_mapping);
    const QString current = select.isEmpty() ? m_mapping->currentText() : select;
    const auto presets = MappingPresetStore(m_workspace).all();
    m_presets = presets.ok() ? *presets.value : builtinMappingPresets();
    if (!presets.ok())
        m_status->setText(presets.error.toString());
    m_mapping->clear();
    for (const MappingPreset &p : m_presets)
        m_mapping->addItem(p.name);
    const int index = m_mapping->findText(current);
    m_mapping->setCurrentIndex(index >= 0 ? index : 0);
}

void OutageImportDialog::sniff()
{
    const QByteArray head = fileHead(m_filePath);
    const OutageFileFormat format = sniffOutageFormat(head);
    const QSignalBlocker blockFormat(m_format);
    const QSignalBlocker blockMapping(m_mapping);
    m_format->setCurrentIndex(m_format->findData(int(format)));
    if (format == OutageFileFormat::MappedCsv) {
        if (const auto preset = presetMatchingHeader(head, m_presets))
            m_mapping->setCurrentIndex(m_mapping->findText(preset->name));
    }
}

void OutageImportDialog::updateFormatControls()
{
    const bool mapped = m_format->currentData().toInt() == int(OutageFileFormat::MappedCsv);
    m_mapping->setEnabled(mapped && !m_importing);
    m_editMapping->setEnabled(mapped && !m_importing);
    m_newMapping->setEnabled(mapped && !m_importing);
}

OutageImportRequest OutageImportDialog::request() const
{
    OutageImportRequest r;
    r.workspacePath = m_workspace.path();
    r.filePath = m_filePath;
    r.format = OutageFileFormat(m_format->currentData().toInt());
    if (r.format == OutageFileFormat::MappedCsv && m_mapping->currentIndex() >= 0)
        r.preset = m_presets.value(m_mapping->currentIndex());
    QString fallback;
    if (m_service->count() > 1)
        fallback = m_service->itemText(1); // the subscription's first service
    r.target = {agreementId(), m_service->currentText().trimmed(), fallback};
    r.nowUtc = QDateTime::currentSecsSinceEpoch();
    return r;
}

void OutageImportDialog::schedulePreview()
{
    if (m_importing)
        return;
    if (m_runner->isRunning()) {
        m_previewPending = true;
        m_runner->cancel();
        return;
    }
    m_previewPending = false;
    m_import->setEnabled(false);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Reading the file…"));
    m_runner->startPreview(request());
}

void OutageImportDialog::showPreview()
{
    if (m_previewPending) {
        schedulePreview();
        return;
    }
    const auto preview = m_runner->preview();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    if (!preview)
        return;
    QList<ImportIssue> issues = preview->parsed.issues;
    if (!preview->error.isEmpty())
        issues.prepend({0, {}, preview->error});
    showProblems(issues);
    m_summary->setText(issues.isEmpty() ? summaryText(*preview) : QString());
    m_summary->setVisible(issues.isEmpty());
    const bool good = issues.isEmpty() && !preview->cancelled && preview->summary.outages > 0;
    m_import->setEnabled(good);
    m_status->setText(
        !issues.isEmpty()
            ? tr("%n problem(s): nothing can be imported until the file or the choices above "
                 "are corrected.",
                 nullptr, int(issues.size()))
        : preview->summary.outages == 0 ? tr("The file holds no outage to import.")
                                        : tr("Ready to import."));
    emit previewShown();
}

void OutageImportDialog::showProblems(const QList<ImportIssue> &issues)
{
    m_problems->setSortingEnabled(false);
    m_problems->setRowCount(int(issues.size()));
    for (int row = 0; row < issues.size(); ++row) {
        const ImportIssue &issue = issues.at(row);
        auto *line = new QTableWidgetItem;
        if (issue.line > 0)
            line->setData(Qt::DisplayRole, qlonglong(issue.line));
        m_problems->setItem(row, 0, line);
        m_problems->setItem(row, 1, new QTableWidgetItem(issue.column));
        auto *message = new QTableWidgetItem(issue.message);
        message->setToolTip(plainToolTip(issue.message));
        m_problems->setItem(row, 2, message);
    }
    m_problems->setSortingEnabled(true);
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_problems->setColumnWidth(1, std::min(m_problems->columnWidth(1), 260));
    m_problems->resizeRowsToContents();
    m_problems->setVisible(!issues.isEmpty());
    m_copy->setEnabled(!issues.isEmpty());
}

QString OutageImportDialog::problemsText() const
{
    QStringList lines;
    for (int row = 0; row < m_problems->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < 3; ++column)
            // Problems quote the imported file's cells: made safe for a spreadsheet paste.
            cells << spreadsheetSafe(m_problems->item(row, column)
                                         ? m_problems->item(row, column)->text()
                                         : QString())
                         .replace(u'\t', u' ')
                         .replace(u'\n', u' ');
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n');
}

QString OutageImportDialog::summaryText(const OutageImportPreview &preview) const
{
    const OutageImportSummary &s = preview.summary;
    const QLocale locale;
    const auto when = [&](qint64 utc) {
        return locale.toString(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC), QLocale::ShortFormat);
    };
    QStringList lines;
    lines << tr("%1 records read: %2 outages to import, %3 left out (filtered out by the "
                "mapping, another service, or no duration).")
                 .arg(locale.toString(qlonglong(s.rows)), locale.toString(qlonglong(s.outages)),
                      locale.toString(qlonglong(s.skipped)));
    if (s.firstStart)
        lines << tr("Period covered (UTC): %1 to %2; %n still ongoing.", nullptr, int(s.ongoing))
                     .arg(when(*s.firstStart), s.lastEnd ? when(*s.lastEnd) : tr("now"));
    QStringList services;
    for (auto it = s.services.begin(); it != s.services.end(); ++it)
        services << tr("%1 (%2)").arg(it.key(), locale.toString(qlonglong(it.value())));
    if (!services.isEmpty())
        lines << tr("Services: %1").arg(services.join(QStringLiteral(", ")));
    QStringList categories;
    for (auto it = s.categories.begin(); it != s.categories.end(); ++it)
        categories << tr("%1 (%2)").arg(outageCategoryName(it.key()),
                                        locale.toString(qlonglong(it.value())));
    if (!categories.isEmpty())
        lines << tr("Categories: %1").arg(categories.join(QStringLiteral(", ")));
    lines << (preview.alreadyStored > 0
                  ? tr("Already stored: %1 of them (importing them again adds nothing).")
                        .arg(locale.toString(qlonglong(preview.alreadyStored)))
                  : tr("None of them is stored yet."));
    return lines.join(u'\n');
}

void OutageImportDialog::setBusy(bool busy, const QString &status)
{
    m_importing = busy;
    for (QWidget *w : {static_cast<QWidget *>(m_agreement), static_cast<QWidget *>(m_service),
                       static_cast<QWidget *>(m_format)})
        w->setEnabled(!busy);
    updateFormatControls();
    m_import->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(busy ? tr("&Stop Import") : tr("Cancel"));
    m_status->setText(status);
}

void OutageImportDialog::startImport()
{
    const auto preview = m_runner->preview();
    if (!preview || m_runner->isRunning() || !preview->parsed.issues.isEmpty())
        return;
    setBusy(true, tr("Importing %n outage(s)…", nullptr, int(preview->summary.outages)));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_runner->startImport(preview);
}

void OutageImportDialog::importDone()
{
    const OutageImportOutcome &outcome = m_runner->outcome();
    if (outcome.ok) {
        m_importing = false;
        emit imported(m_runner->preview()->request.target.agreementId, outcome.stored.inserted,
                      outcome.stored.duplicates);
        accept();
        return;
    }
    const QString why = outcome.cancelled
                            ? tr("Import stopped: nothing was stored.")
                            : tr("The import failed and nothing was stored: %1").arg(outcome.error);
    setBusy(false, why);
    m_import->setEnabled(true);
    emit importAbandoned(why);
}

void OutageImportDialog::reject()
{
    if (m_importing) {
        m_runner->cancel(); // importDone() reports it; the dialog stays for the message
        return;
    }
    m_runner->cancel();
    m_runner->wait();
    QDialog::reject();
}

void OutageImportDialog::editMapping(bool asNew)
{
    MappingPreset preset;
    if (!asNew && m_mapping->currentIndex() >= 0)
        preset = m_presets.value(m_mapping->currentIndex());
    if (asNew || preset.builtIn) {
        preset.name = asNew ? tr("My mapping") : tr("%1 (edited)").arg(preset.name);
        preset.builtIn = false;
    }
    auto *editor = new OutageImportMappingEditor(m_workspace, preset, fileHead(m_filePath),
                                                 request().target, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &OutageImportMappingEditor::saved, this, [this](const QString &name) {
        fillMappings(name);
        schedulePreview();
    });
    editor->open();
}

} // namespace termlens
