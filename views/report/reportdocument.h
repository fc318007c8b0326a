#pragma once

#include "reportbuilder.h"
#include "reportdata.h"

#include <QString>
#include <QStringList>

class QTextDocument;

namespace termlens {

class ReportChartObject;
class ReportTableObject;
class ReportStyle;

// Section headings as printed (translated), so tests and the export dialog name them alike.
QString reportSectionTitle(const QString &key); // "summary", "comparison", "subprocessors",
                                                // "credits", "appendix"

// Writes the chosen sections of the report as a sequence of units, each into a document
// `newUnit` gives (laid out for the PDF writer: the factory sets its page size and paint
// device); every heading starts a unit (ReportBuilder). Every figure comes from `data`,
// computed by the engine; nothing is recomputed here. All user text is inserted as plain
// text. The cover, when chosen, is the first page on its own. Returns the number of units.
int composeReport(const ReportData &data, const ReportUnitFactory &newUnit,
                  const ReportStyle &style, ReportChartObject &charts, ReportTableObject &tables);

} // namespace termlens
