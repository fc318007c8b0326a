#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;

namespace termlens {

// A table as tab-separated text, header line first, lines joined by '\n' (no final newline):
// what the screens' Copy puts on the clipboard. Inside a cell a line break becomes
// `lineBreak` and a tab a space, so every row stays one line. `rows` lists the rows to copy,
// in order; empty: every row.
QString tableText(const QAbstractItemModel &model, const QString &lineBreak = QStringLiteral(" "),
                  const QList<int> &rows = {});

} // namespace termlens
