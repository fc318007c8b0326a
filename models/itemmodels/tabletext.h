#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;

namespace termlens {

// A cell made safe for a spreadsheet (OWASP "CSV injection"): text starting with '=', '+',
// '-', '@', a tab, CR or LF is what a spreadsheet takes for a formula, so it gets a leading
// apostrophe ("=HYPERLINK(...)" becomes "'=HYPERLINK(...)"). A plain number ("-12", "+3.5",
// "-1,200.50", "-4%") is left as it is, so numeric columns stay numbers.
QString spreadsheetSafe(const QString &cell);

// A table as tab-separated text, header line first, lines joined by '\n' (no final newline):
// what the screens' Copy puts on the clipboard. Inside a cell a line break becomes
// `lineBreak` and a tab a space, so every row stays one line, and every cell goes through
// spreadsheetSafe(). `rows` lists the rows to copy,
// in order; empty: every row.
QString tableText(const QAbstractItemModel &model, const QString &lineBreak = QStringLiteral(" "),
                  const QList<int> &rows = {});

} // namespace termlens
