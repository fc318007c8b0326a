#pragma once

#include "reportdata.h"

#include <QString>
#include <QStringList>

class QTextDocument;

namespace termlens {

class ReportChartObject;
class ReportStyle;

// Section headings as printed (translated), so tests and the export dialog name them alike.
QString reportSectionTitle(const QString &key); // "summary", "comparison", "subprocessors",
                                                // "credits", "appendix"

// Writes the chosen sections of the report into `document` (laid out for the PDF writer:
// the caller sets its page size and paint device first). Every figure comes from `data`,
// computed by the engine; nothing is recomputed here. All user text is inserted as plain
// text. The cover, when chosen, is the first page on its own.
void composeReport(const ReportData &data, QTextDocument &document, const ReportStyle &style,
                   ReportChartObject &charts);

} // namespace termlens
