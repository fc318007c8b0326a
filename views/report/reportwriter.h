#pragma once

#include "reportdata.h"

#include <QByteArray>
#include <QString>

namespace termlens {

class Workspace;

// What a finished report run produced.
struct ReportResult
{
    int pages = 0;
    qint64 bytes = 0;
    int agreements = 0;
};

// Renders the report of `data` as PDF bytes: QPdfWriter + QPainter over a paginated text
// document, no widgets (needs a QGuiApplication, any platform plugin, offscreen included).
// Pages carry a running header (title, workspace) and a footer ("Page 3 of 12"); the cover has
// neither. The PDF's Info dictionary and XMP name the title, author and subject. Progress runs
// from 60 to 100; cancelling returns Cancelled and no bytes.
ReportStatus renderReportPdf(const ReportData &data, const ReportProgress &progress,
                             QByteArray *pdf, int *pages = nullptr);

// collectReportData + renderReportPdf, then writes the file given in the options atomically
// (a failed or cancelled run leaves any earlier file as it was). Fails naming the file.
ReportStatus exportReport(Workspace &workspace, const ReportOptions &options,
                          const ReportProgress &progress, ReportResult *result = nullptr);

// Adds /Author, /Subject, /Title and /Creator to a finished PDF as an incremental update (the
// document as written stays byte for byte, then a new Info dictionary follows). Returns the
// bytes unchanged when the PDF's trailer cannot be read.
QByteArray withPdfInfo(const QByteArray &pdf, const QString &title, const QString &author,
                       const QString &subject, const QString &creator, qint64 createdUtc);

} // namespace termlens
