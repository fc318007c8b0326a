#include "deadlinesscreen.h"

#include "agreementlistmodel.h"
#include "layoutstate.h"
#include "localeformat.h"
#include "obligationlistmodel.h"
#include "roles.h"
#include "workspace.h"
#include "workspaceevents.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace termlens {

DeadlinesScreen::DeadlinesScreen(const ScreenContext &context, QWidget *parent)
    : Screen(parent)
    , m_context(context)
    , m_nowUtc(QDateTime::currentSecsSinceEpoch())
{
    setObjectName(QStringLiteral("deadlinesScreen"));
    m_model = new ObligationListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("deadlinesFilter"));
    m_filter->setPlaceholderText(tr("Filter deadlines"));
    m_filter->setAccessibleName(tr("Filter deadlines"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    bar->addWidget(m_filter, 1);
    const QDate today = QDateTime::fromSecsSinceEpoch(m_nowUtc).date();
    m_breach = new QCheckBox(tr("&Breach notified on:"), this);
    m_breach->setObjectName(QStringLiteral("breachNotified"));
    m_breach->setStatusTip(tr("Show the cure periods a breach notice on this day would open"));
    m_breachDate = new QDateEdit(today, this);
    m_breachDate->setObjectName(QStringLiteral("breachDate"));
    m_breachDate->setDisplayFormat(displayDateFormat());
    m_breachDate->setCalendarPopup(true);
    m_breachDate->setAccessibleName(tr("Date the breach was notified"));
    m_ends = new QCheckBox(tr("Agreement &ends on:"), this);
    m_ends->setObjectName(QStringLiteral("agreementEnds"));
    m_ends->setStatusTip(tr("Count data-retrieval windows from this day instead of the end of "
                            "the current term"));
    m_endsDate = new QDateEdit(today, this);
    m_endsDate->setObjectName(QStringLiteral("endsDate"));
    m_endsDate->setDisplayFormat(displayDateFormat());
    m_endsDate->setCalendarPopup(true);
    m_endsDate->setAccessibleName(tr("Date the agreement ends"));
    auto *exportButton = new QPushButton(tr("E&xport Calendar…"), this);
    exportButton->setObjectName(QStringLiteral("exportCalendar"));
    exportButton->setStatusTip(tr("Save every deadline as an .ics calendar with reminders"));
    bar->addWidget(m_breach);
    bar->addWidget(m_breachDate);
    bar->addWidget(m_ends);
    bar->addWidget(m_endsDate);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("deadlinesTable"));
    m_table->setAccessibleName(tr("Deadlines"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ObligationListModel::DateColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_working = new QPlainTextEdit(this);
    m_working->setObjectName(QStringLiteral("deadlineWorking"));
    m_working->setAccessibleName(tr("Working of the selected deadline"));
    m_working->setReadOnly(true);
    m_working->setPlaceholderText(tr("Select a deadline to see how its date was worked out."));
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("deadlinesSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_working);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeadlinesScreen::showCurrent);
    connect(exportButton, &QPushButton::clicked, this, &DeadlinesScreen::askExport);
    for (QCheckBox *box : {m_breach, m_ends})
        connect(box, &QCheckBox::toggled, this, &DeadlinesScreen::scheduleReload);
    for (QDateEdit *edit : {m_breachDate, m_endsDate})
        connect(edit, &QDateEdit::dateChanged, this, &DeadlinesScreen::scheduleReload);
    if (m_context.events) {
        for (auto signal : {&WorkspaceEvents::creditClaimsChanged, &WorkspaceEvents::outagesChanged,
                            &WorkspaceEvents::subscriptionsChanged})
            connect(m_context.events, signal, this, &DeadlinesScreen::scheduleReload);
        connect(m_context.events, &WorkspaceEvents::agreementsChanged, this,
                &DeadlinesScreen::scheduleReload);
    }
}

DeadlinesScreen::~DeadlinesScreen() = default;

void DeadlinesScreen::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    // Loaded when first shown: start-up never waits for screens nobody looks at.
    m_stale = true;
    if (isVisible())
        reload();
    else
        m_model->setObligations({}, QDate());
}

void DeadlinesScreen::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QByteArray DeadlinesScreen::saveLayout() const
{
    return saveLayoutParts({m_splitter, m_table->horizontalHeader()});
}

void DeadlinesScreen::restoreLayout(const QByteArray &state)
{
    restoreLayoutParts(state, {m_splitter, m_table->horizontalHeader()});
}

void DeadlinesScreen::setNow(qint64 nowUtc)
{
    m_nowUtc = nowUtc;
    reload();
}

void DeadlinesScreen::setBreachNotified(QDate date)
{
    const QSignalBlocker a(m_breach), b(m_breachDate);
    m_breach->setChecked(date.isValid());
    if (date.isValid())
        m_breachDate->setDate(date);
    reload();
}

void DeadlinesScreen::setAgreementEnds(QDate date)
{
    const QSignalBlocker a(m_ends), b(m_endsDate);
    m_ends->setChecked(date.isValid());
    if (date.isValid())
        m_endsDate->setDate(date);
    reload();
}

void DeadlinesScreen::scheduleReload()
{
    if (!isVisible()) {
        m_stale = true; // reloaded when shown
        return;
    }
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reload();
    });
}

void DeadlinesScreen::showEvent(QShowEvent *event)
{
    Screen::showEvent(event);
    if (m_stale)
        reload();
}

void DeadlinesScreen::reload()
{
    m_stale = false;
    const QDate today = QDateTime::fromSecsSinceEpoch(m_nowUtc).date();
    if (!m_workspace || !m_context.agreements) {
        m_model->setObligations({}, today);
        showCurrent();
        return;
    }
    ObligationRequest request;
    for (int i = 0; i < m_context.agreements->rowCount(); ++i) {
        if (const TermSheet *sheet = m_context.agreements->agreement(i))
            request.sheets << *sheet;
    }
    request.today = today;
    request.nowUtc = m_nowUtc;
    if (m_breach->isChecked())
        request.breachNotified = m_breachDate->date();
    if (m_ends->isChecked())
        request.agreementEnds = m_endsDate->date();
    StorageResult<QList<Obligation>> obligations = loadObligations(*m_workspace, request);
    if (!obligations.ok()) {
        m_model->setObligations({}, today);
        reportError(obligations.error.toString());
        return;
    }
    m_model->setObligations(std::move(*obligations.value), today);
    m_table->resizeColumnsToContents();
    showCurrent();
}

void DeadlinesScreen::showCurrent()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    const Obligation *o = index.isValid() ? m_model->obligation(index.row()) : nullptr;
    if (!o) {
        m_working->clear();
        return;
    }
    QStringList lines;
    lines << tr("%1: %2 (%3)").arg(o->vendor, o->what, o->clause) << QString() << o->working;
    m_working->setPlainText(lines.join(QLatin1Char('\n')));
}

bool DeadlinesScreen::exportCalendar(const QString &path)
{
    const QByteArray text = calendarToIcs(obligationsCalendar(m_model->obligations(), m_nowUtc));
    QSaveFile file(path);
    const bool opened = file.open(QIODevice::WriteOnly);
    // Private (0600) before any byte is written, whatever the umask or a replaced file's mode.
    if (opened)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!opened || file.write(text) != text.size() || !file.commit()) {
        reportError(tr("Could not write the calendar “%1”: %2").arg(path, file.errorString()));
        return false;
    }
    if (m_context.events)
        emit m_context.events->statusMessage(
            tr("Saved %n deadline(s) to %1", nullptr, int(m_model->obligations().size()))
                .arg(path));
    return true;
}

void DeadlinesScreen::askExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Deadlines"), folder + QStringLiteral("/termlens-deadlines.ics"),
        tr("Calendar files (*.ics)"));
    if (!path.isEmpty())
        exportCalendar(path);
}

void DeadlinesScreen::reportError(const QString &text)
{
    QMessageBox box(QMessageBox::Warning, tr("Deadlines"), text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorMessage"));
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace termlens
