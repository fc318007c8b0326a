#pragma once

#include "reportoptions.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace termlens {

class ReportExportDialog;
class Workspace;
class WorkspaceEvents;

// Answers WorkspaceEvents::exportReportRequested (File > Export Report…): shows the export
// dialog, then writes the PDF with a progress dialog that can cancel (agreements computed,
// pages written). A failure is shown through `showError` naming the file and the cause; a
// finished report is announced in the status bar. The main window creates it.
class ReportExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExportController)

public:
    using ErrorSink = std::function<void(const QString &title, const QString &text)>;
    ReportExportController(QWidget *window, WorkspaceEvents *events,
                           std::function<Workspace *()> workspace, ErrorSink showError);
    ~ReportExportController() override;

    // The dialog on screen, if any (tests drive it).
    ReportExportDialog *currentDialog() const;
    void showDialog();

signals:
    // After each run: ok, or the error shown (tests wait for it).
    void finished(bool ok, const QString &file);

private:
    void exportChosen(const ReportOptions &options);

    QWidget *m_window;
    WorkspaceEvents *m_events;
    std::function<Workspace *()> m_workspace;
    ErrorSink m_showError;
    QPointer<ReportExportDialog> m_dialog;
    QString m_lastFile;
};

} // namespace termlens
