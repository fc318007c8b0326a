#include "outageimportcontroller.h"

#include "outageimportdialog.h"
#include "workspace.h"
#include "workspaceevents.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace termlens {

OutageImportController::OutageImportController(QWidget *window, WorkspaceEvents *events,
                                               AgreementListModel *agreements,
                                               std::function<Workspace *()> workspace)
    : QObject(window)
    , m_window(window)
    , m_events(events)
    , m_agreements(agreements)
    , m_workspace(std::move(workspace))
{
    setObjectName(QStringLiteral("outageImportController"));
    connect(m_events, &WorkspaceEvents::importOutagesRequested, this,
            &OutageImportController::importFiles);
}

OutageImportController::~OutageImportController() = default;

void OutageImportController::importFiles(const QStringList &paths)
{
    Workspace *workspace = m_workspace();
    if (!workspace || !workspace->isOpen()) {
        emit m_events->statusMessage(tr("Open a workspace before importing outages."));
        return;
    }
    QStringList files = paths;
    if (files.isEmpty()) {
        files = QFileDialog::getOpenFileNames(
            m_window, tr("Import Outages"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Outage files (*.csv *.json *.txt);;All files (*)"));
    }
    m_queue << files;
    if (!m_dialog)
        openNext();
}

OutageImportDialog *OutageImportController::currentDialog() const
{
    return m_dialog;
}

void OutageImportController::openNext()
{
    Workspace *workspace = m_workspace();
    if (m_queue.isEmpty() || !workspace || !workspace->isOpen()) {
        m_queue.clear();
        return;
    }
    m_dialog = new OutageImportDialog(*workspace, m_agreements, m_queue.takeFirst(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &OutageImportDialog::imported, this,
            [this](const QString &agreementId, qsizetype inserted, qsizetype duplicates) {
                const QLocale locale;
                emit m_events->outagesChanged(agreementId);
                emit m_events->statusMessage(
                    tr("%1 outages imported into %2; %3 were already stored.")
                        .arg(locale.toString(qlonglong(inserted)), agreementId,
                             locale.toString(qlonglong(duplicates))));
            });
    connect(m_dialog, &QDialog::finished, this, [this] {
        // The next file once this dialog is gone (it deletes itself on close).
        QMetaObject::invokeMethod(this, &OutageImportController::openNext, Qt::QueuedConnection);
    });
    m_dialog->open();
}

} // namespace termlens
