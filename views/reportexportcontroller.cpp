#include "reportexportcontroller.h"

#include "agreementrepository.h"
#include "reportexportdialog.h"
#include "reportwriter.h"
#include "workspace.h"
#include "workspaceevents.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QStandardPaths>

namespace termlens {

ReportExportController::ReportExportController(QWidget *window, WorkspaceEvents *events,
                                               std::function<Workspace *()> workspace,
                                               ErrorSink showError)
    : QObject(window)
    , m_window(window)
    , m_events(events)
    , m_workspace(std::move(workspace))
    , m_showError(std::move(showError))
{
    setObjectName(QStringLiteral("reportExportController"));
    connect(m_events, &WorkspaceEvents::exportReportRequested, this,
            &ReportExportController::showDialog);
}

ReportExportController::~ReportExportController() = default;

ReportExportDialog *ReportExportController::currentDialog() const
{
    return m_dialog;
}

void ReportExportController::showDialog()
{
    Workspace *workspace = m_workspace();
    if (!workspace || !workspace->isOpen()) {
        emit m_events->statusMessage(tr("Open a workspace before exporting a report."));
        return;
    }
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const auto listed = AgreementRepository(*workspace).list();
    if (!listed.ok()) {
        m_showError(tr("Could not export the report"), listed.error.toString());
        return;
    }
    ReportOptions defaults;
    defaults.locale = QLocale();
    defaults.pageSize = QLocale().measurementSystem() == QLocale::ImperialUSSystem
                            ? ReportPageSize::Letter
                            : ReportPageSize::A4;
    const QString base = QFileInfo(workspace->path()).completeBaseName();
    defaults.workspaceName = base;
    defaults.outputFile =
        m_lastFile.isEmpty()
            ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                  .filePath(tr("%1 report.pdf").arg(base))
            : m_lastFile;
    m_dialog = new ReportExportDialog(*listed.value, defaults, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        // Once the dialog has finished closing: the run below processes events.
        const ReportOptions options = m_dialog->options();
        QMetaObject::invokeMethod(
            this, [this, options] { exportChosen(options); }, Qt::QueuedConnection);
    });
    m_dialog->open();
}

void ReportExportController::exportChosen(const ReportOptions &options)
{
    Workspace *workspace = m_workspace();
    if (!workspace || !workspace->isOpen())
        return;
    m_lastFile = options.outputFile;
    QProgressDialog progress(tr("Preparing the report…"), tr("Cancel"), 0, 100, m_window);
    progress.setWindowTitle(tr("Export Report"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    const ReportStatus status =
        exportReport(*workspace, options, [&progress](int percent, const QString &step) {
            progress.setLabelText(step);
            progress.setValue(percent);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.close();
    if (status.kind == ReportStatus::Cancelled) {
        emit m_events->statusMessage(tr("Report export cancelled; nothing was written."));
        emit finished(false, options.outputFile);
        return;
    }
    if (!status.ok()) {
        m_showError(tr("Could not export the report"),
                    tr("The report was not written to %1:\n%2")
                        .arg(QDir::toNativeSeparators(options.outputFile), status.error));
        emit finished(false, options.outputFile);
        return;
    }
    emit m_events->statusMessage(
        tr("Report written to %1.").arg(QDir::toNativeSeparators(options.outputFile)));
    emit finished(true, options.outputFile);
}

} // namespace termlens
