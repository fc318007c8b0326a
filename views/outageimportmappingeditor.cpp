#include "outageimportmappingeditor.h"

#include "instant.h"
#include "mappingpresetstore.h"
#include "outageimport.h"
#include "termsheet.h"
#include "termtext.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace termlens {

namespace {

constexpr int PreviewLines = 20;

// The first lines of the file: enough to show how the mapping reads it.
QByteArray firstLines(const QByteArray &bytes, int lines)
{
    qsizetype pos = 0;
    for (int i = 0; i <= lines && pos >= 0; ++i) {
        pos = bytes.indexOf('\n', pos);
        if (pos >= 0)
            ++pos;
    }
    return pos < 0 ? bytes : bytes.left(pos);
}

QString columnOf(const QComboBox *box)
{
    return box->currentText().trimmed();
}

} // namespace

OutageImportMappingEditor::OutageImportMappingEditor(Workspace &workspace,
                                                     const MappingPreset &preset,
                                                     const QByteArray &fileHead,
                                                     const OutageImportTarget &target,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_head(firstLines(fileHead, PreviewLines))
    , m_target(target)
{
    setObjectName(QStringLiteral("mappingEditor"));
    setWindowTitle(tr("Column Mapping"));
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Mapping name"));
    m_delimiter = new QLineEdit(this);
    m_delimiter->setMaxLength(1);
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_header = new QCheckBox(tr("The first line names the columns"), this);
    m_start = columnBox(QStringLiteral("start"), tr("Start column"));
    m_end = columnBox(QStringLiteral("end"), tr("End column"));
    m_duration = columnBox(QStringLiteral("duration"), tr("Duration column"));
    m_unit = new QComboBox(this);
    m_unit->setAccessibleName(tr("Duration unit"));
    m_unit->addItem(tr("seconds"), int(MappedDuration::Seconds));
    m_unit->addItem(tr("minutes"), int(MappedDuration::Minutes));
    m_unit->addItem(tr("hours"), int(MappedDuration::Hours));
    m_unit->addItem(tr("H:MM:SS"), int(MappedDuration::Clock));
    m_formats = new QLineEdit(this);
    m_formats->setAccessibleName(tr("Time formats"));
    m_formats->setToolTip(tr("Tried in order, separated by semicolons: iso8601, epoch, epoch-ms, "
                             "or a pattern such as yyyy-MM-dd HH:mm:ss or M/d/yyyy h:mm AP."));
    m_zone = new QComboBox(this);
    m_zone->setEditable(true);
    m_zone->setAccessibleName(tr("Time zone of times without an offset"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromLatin1(id));
    m_serviceColumn = columnBox(QStringLiteral("serviceColumn"), tr("Service column"));
    m_fixedService = new QLineEdit(this);
    m_fixedService->setAccessibleName(tr("Service when the row names none"));
    m_categoryColumn = columnBox(QStringLiteral("categoryColumn"), tr("Category column"));
    m_categoryMap = new QPlainTextEdit(this);
    m_categoryMap->setAccessibleName(tr("What the category column's words mean"));
    m_categoryMap->setPlaceholderText(tr("One per line: Maintenance = scheduled-maintenance"));
    m_categoryMap->setFixedHeight(70);
    m_fixedCategory = new QComboBox(this);
    m_fixedCategory->setAccessibleName(tr("Category when there is no category column"));
    for (const QString &key : keysOf<OutageCategory>())
        m_fixedCategory->addItem(outageCategoryName(*fromKey<OutageCategory>(key)), key);
    m_reference = columnBox(QStringLiteral("reference"), tr("Reference column"));
    m_notes = columnBox(QStringLiteral("notes"), tr("Notes column"));
    m_filterColumn = columnBox(QStringLiteral("filterColumn"), tr("Filter column"));
    m_filterValues = new QLineEdit(this);
    m_filterValues->setAccessibleName(tr("Values of the filter column to import"));
    m_filterValues->setPlaceholderText(tr("Comma separated, e.g. Down"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *delimiterRow = new QHBoxLayout;
    delimiterRow->addWidget(m_delimiter);
    delimiterRow->addWidget(m_header, 1);
    form->addRow(tr("&Delimiter:"), delimiterRow);
    form->addRow(tr("S&tart:"), m_start);
    form->addRow(tr("&End:"), m_end);
    auto *durationRow = new QHBoxLayout;
    durationRow->addWidget(m_duration, 1);
    durationRow->addWidget(m_unit);
    form->addRow(tr("or &Duration:"), durationRow);
    form->addRow(tr("Time &formats:"), m_formats);
    form->addRow(tr("Time &zone:"), m_zone);
    form->addRow(tr("Ser&vice column:"), m_serviceColumn);
    form->addRow(tr("or fi&xed service:"), m_fixedService);
    form->addRow(tr("&Category column:"), m_categoryColumn);
    form->addRow(tr("Category &words:"), m_categoryMap);
    form->addRow(tr("or fixed c&ategory:"), m_fixedCategory);
    form->addRow(tr("&Reference column:"), m_reference);
    form->addRow(tr("N&otes column:"), m_notes);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterColumn, 1);
    filterRow->addWidget(new QLabel(tr("is one of"), this));
    filterRow->addWidget(m_filterValues, 1);
    form->addRow(tr("Only rows where:"), filterRow);

    m_preview = new QTableWidget(0, 6, this);
    m_preview->setObjectName(QStringLiteral("mappingPreview"));
    m_preview->setAccessibleName(tr("The first rows as the mapping reads them"));
    m_preview->setHorizontalHeaderLabels({tr("Service"), tr("Start (UTC)"), tr("End (UTC)"),
                                          tr("Category"), tr("Reference"), tr("Notes")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems = new QLabel(this);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("mappingProblems"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OutageImportMappingEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OutageImportMappingEditor::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(tr("The first rows of the file as this mapping reads them:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(760, 820);

    setPreset(preset);
    for (QLineEdit *edit : {m_name, m_delimiter, m_formats, m_fixedService, m_filterValues})
        connect(edit, &QLineEdit::textChanged, this, &OutageImportMappingEditor::updatePreview);
    connect(m_delimiter, &QLineEdit::textChanged, this, &OutageImportMappingEditor::fillColumns);
    connect(m_header, &QCheckBox::toggled, this, &OutageImportMappingEditor::fillColumns);
    for (QComboBox *box : m_columnBoxes + QList<QComboBox *>{m_unit, m_zone, m_fixedCategory})
        connect(box, &QComboBox::currentTextChanged, this,
                &OutageImportMappingEditor::updatePreview);
    connect(m_categoryMap, &QPlainTextEdit::textChanged, this,
            &OutageImportMappingEditor::updatePreview);
    updatePreview();
}

OutageImportMappingEditor::~OutageImportMappingEditor() = default;

QComboBox *OutageImportMappingEditor::columnBox(const QString &objectName,
                                                const QString &accessibleName)
{
    auto *box = new QComboBox(this);
    box->setObjectName(objectName);
    box->setEditable(true);
    box->setAccessibleName(accessibleName);
    box->lineEdit()->setPlaceholderText(tr("(none)"));
    m_columnBoxes << box;
    return box;
}

// The file's header names (or column numbers without a header) in every column box.
void OutageImportMappingEditor::fillColumns()
{
    const QString delimiter = m_delimiter->text();
    const QStringList header = csvHeader(m_head, delimiter.isEmpty() ? u',' : delimiter.front());
    QStringList names;
    if (m_header->isChecked()) {
        names = header;
    } else {
        for (int i = 1; i <= header.size(); ++i)
            names << QString::number(i);
    }
    for (QComboBox *box : m_columnBoxes) {
        const QSignalBlocker block(box);
        const QString current = box->currentText();
        box->clear();
        box->addItem(QString());
        box->addItems(names);
        box->setCurrentText(current);
    }
    updatePreview();
}

MappingPreset OutageImportMappingEditor::preset() const
{
    MappingPreset p;
    p.name = m_name->text().trimmed();
    p.delimiter = m_delimiter->text().isEmpty() ? QChar() : m_delimiter->text().front();
    p.hasHeader = m_header->isChecked();
    p.startColumn = columnOf(m_start);
    p.endColumn = columnOf(m_end);
    p.durationColumn = columnOf(m_duration);
    p.durationUnit = MappedDuration(m_unit->currentData().toInt());
    p.timeFormats.clear();
    for (const QString &f : m_formats->text().split(u';', Qt::SkipEmptyParts))
        p.timeFormats << f.trimmed();
    p.timeZone = m_zone->currentText().trimmed();
    p.serviceColumn = columnOf(m_serviceColumn);
    p.fixedService = m_fixedService->text().trimmed();
    p.categoryColumn = columnOf(m_categoryColumn);
    for (const QString &line : m_categoryMap->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            p.categoryMap.append({line.left(eq).trimmed(), line.mid(eq + 1).trimmed()});
    }
    p.fixedCategory = m_fixedCategory->currentData().toString();
    p.referenceColumn = columnOf(m_reference);
    p.notesColumn = columnOf(m_notes);
    p.filterColumn = columnOf(m_filterColumn);
    for (const QString &v : m_filterValues->text().split(u',', Qt::SkipEmptyParts))
        p.filterValues << v.trimmed();
    return p;
}

void OutageImportMappingEditor::setPreset(const MappingPreset &p)
{
    m_name->setText(p.name);
    m_delimiter->setText(p.delimiter.isNull() ? QString() : QString(p.delimiter));
    {
        const QSignalBlocker block(m_header);
        m_header->setChecked(p.hasHeader);
    }
    fillColumns();
    const QList<std::pair<QComboBox *, QString>> columns = {{m_start, p.startColumn},
                                                            {m_end, p.endColumn},
                                                            {m_duration, p.durationColumn},
                                                            {m_serviceColumn, p.serviceColumn},
                                                            {m_categoryColumn, p.categoryColumn},
                                                            {m_reference, p.referenceColumn},
                                                            {m_notes, p.notesColumn},
                                                            {m_filterColumn, p.filterColumn}};
    for (const auto &[box, value] : columns)
        box->setCurrentText(value);
    m_unit->setCurrentIndex(m_unit->findData(int(p.durationUnit)));
    m_formats->setText(p.timeFormats.join(QStringLiteral("; ")));
    m_zone->setCurrentText(p.timeZone);
    m_fixedService->setText(p.fixedService);
    QStringList map;
    for (const auto &[from, to] : p.categoryMap)
        map << from + QStringLiteral(" = ") + to;
    m_categoryMap->setPlainText(map.join(u'\n'));
    m_fixedCategory->setCurrentIndex(std::max(0, m_fixedCategory->findData(p.fixedCategory)));
    m_filterValues->setText(p.filterValues.join(QStringLiteral(", ")));
    updatePreview();
}

void OutageImportMappingEditor::updatePreview()
{
    if (!m_preview)
        return;
    const OutageParseResult r = parseMappedCsv(m_head, preset(), m_target);
    // Problems make the parser drop every outage; read the rows one by one for the preview.
    QList<Outage> rows = r.outages;
    m_preview->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Outage &o = rows.at(i);
        const QStringList cells = {o.service,
                                   formatInstantUtc(o.start),
                                   o.end ? formatInstantUtc(*o.end) : tr("ongoing"),
                                   outageCategoryName(o.category),
                                   o.reference,
                                   o.notes};
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_preview->resizeColumnsToContents();
    QStringList problems;
    for (const ImportIssue &issue : r.issues.mid(0, 6))
        problems << describeImportIssue(issue);
    if (r.issues.size() > 6)
        problems << tr("… and %n more", nullptr, int(r.issues.size() - 6));
    m_problems->setText(problems.isEmpty()
                            ? tr("%n row(s) read without a problem.", nullptr, int(r.rows))
                            : problems.join(u'\n'));
}

void OutageImportMappingEditor::accept()
{
    const MappingPreset p = preset();
    const StorageStatus s = MappingPresetStore(m_workspace).save(p);
    if (!s.ok()) {
        QMessageBox box(QMessageBox::Warning, tr("Column Mapping"),
                        tr("The mapping was not saved: %1").arg(s.error.message), QMessageBox::Ok,
                        this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    emit saved(p.name);
    QDialog::accept();
}

} // namespace termlens
