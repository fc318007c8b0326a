#include "restorebackupdialog.h"

#include "plaintooltip.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace termlens {

namespace {

constexpr int SortRole = Qt::UserRole;
constexpr int IndexRole = Qt::UserRole + 1;

// Sorts by a number kept beside the shown text (dates and sizes sort by value, not as words).
class ValueItem final : public QTableWidgetItem
{
public:
    ValueItem(const QString &text, qint64 value)
        : QTableWidgetItem(text)
    {
        setData(SortRole, value);
        setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(SortRole).toLongLong() < other.data(SortRole).toLongLong();
    }
};

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString &workspaceFile,
                                         const QList<WorkspaceBackup> &backups, QWidget *parent)
    : QDialog(parent)
    , m_backups(backups)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore Backup"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("restoreBackupIntro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(
        backups.isEmpty()
            ? tr("There are no backups of %1 yet. TermLens keeps one from each session and one "
                 "before every upgrade, beside the workspace file.")
                  .arg(QFileInfo(workspaceFile).fileName())
            : tr("Backups of %1, newest first. Restoring one replaces the open workspace with "
                 "it; the workspace as it is now is kept as a backup first, so it can be "
                 "restored in turn.")
                  .arg(QFileInfo(workspaceFile).fileName()));
    layout->addWidget(intro);

    m_table->setObjectName(QStringLiteral("backupList"));
    m_table->setAccessibleName(tr("Backups"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Taken"), tr("Schema version"), tr("Size")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setRowCount(int(backups.size()));
    const QLocale here = locale();
    for (int row = 0; row < backups.size(); ++row) {
        const WorkspaceBackup &b = backups[row];
        auto *taken = new ValueItem(here.toString(b.takenUtc.toLocalTime(), QLocale::ShortFormat),
                                    b.takenUtc.toSecsSinceEpoch() * 1000 + (backups.size() - row));
        taken->setData(IndexRole, row);
        taken->setToolTip(plainToolTip(QFileInfo(b.path).fileName()));
        m_table->setItem(row, 0, taken);
        auto *version = new ValueItem(here.toString(b.version), b.version);
        auto *size = new ValueItem(here.formattedDataSize(b.size), b.size);
        for (QTableWidgetItem *number : {version, size})
            number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, version);
        m_table->setItem(row, 2, size);
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::DescendingOrder);
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);

    // Where the backups are and how many are kept: the settings a user looks for beside them.
    auto *settings = new QFormLayout;
    m_folder = new QLabel(this);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setTextFormat(Qt::PlainText);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_folder->setWordWrap(true);
    const QFileInfo info(workspaceFile);
    m_folder->setText(QDir::toNativeSeparators(info.absolutePath()));
    m_folder->setAccessibleName(tr("Backup folder"));
    m_folder->setToolTip(plainToolTip(
        tr("Backups are kept beside the workspace file, named %1.backup-v…").arg(info.fileName())));
    settings->addRow(tr("Kept in:"), m_folder);
    m_generations = new QSpinBox(this);
    m_generations->setObjectName(QStringLiteral("backupGenerations"));
    m_generations->setRange(MinBackupGenerations, MaxBackupGenerations);
    m_generations->setValue(DefaultBackupGenerations);
    m_generations->setKeyboardTracking(false); // one change per edit, not per digit typed
    m_generations->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_generations->setAccessibleName(tr("Number of backups kept"));
    const QString generationsTip =
        tr("How many backups of this workspace are kept (%1 to %2). Older ones are removed "
           "when the next session's backup is written.")
            .arg(MinBackupGenerations)
            .arg(MaxBackupGenerations);
    m_generations->setToolTip(generationsTip);
    m_generations->setStatusTip(generationsTip);
    settings->addRow(tr("Backups &kept:"), m_generations);
    layout->addLayout(settings);
    connect(m_generations, &QSpinBox::valueChanged, this, &RestoreBackupDialog::generationsChanged);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreBackupButton"));
    m_restore->setStatusTip(tr("Replace the open workspace with the chosen backup"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RestoreBackupDialog::updateButton);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &QDialog::accept);
    if (!backups.isEmpty())
        m_table->selectRow(0);
    updateButton();
    resize(560, 400);
}

RestoreBackupDialog::~RestoreBackupDialog() = default;

WorkspaceBackup RestoreBackupDialog::selectedInfo() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    for (const QTableWidgetItem *item : items) {
        if (item->column() == 0)
            return m_backups.value(item->data(IndexRole).toInt());
    }
    return {};
}

void RestoreBackupDialog::setGenerations(int generations, bool editable)
{
    const QSignalBlocker quiet(m_generations);
    m_generations->setValue(generations);
    m_generations->setEnabled(editable);
    if (!editable) {
        const QString tip = tr("The workspace is read-only: the number of backups kept cannot be "
                               "changed.");
        m_generations->setToolTip(tip);
        m_generations->setStatusTip(tip);
    }
}

int RestoreBackupDialog::generations() const
{
    return m_generations->value();
}

QString RestoreBackupDialog::selectedBackup() const
{
    return selectedInfo().path;
}

void RestoreBackupDialog::updateButton()
{
    m_restore->setEnabled(!selectedBackup().isEmpty());
}

} // namespace termlens
