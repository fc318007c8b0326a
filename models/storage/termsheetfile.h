#pragma once

#include "termsheetjson.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace termlens {

struct TermSheetFileResult
{
    std::optional<TermSheet> sheet; // set only when issues is empty
    QList<ValidationIssue> issues;
};

// Reads a *.termsheet.json from disk or from a Qt resource (":/sample/alliants.termsheet.json"):
// refuses files over MaxTermSheetBytes before reading them, validates the sheet completely
// (parseTermSheet), then gives every document without `text` the text of its `source`, a file
// name resolved next to the term sheet. Every problem is reported with its JSON path
// ("documents[0].source: file not found: msa.txt"); nothing is returned when anything is wrong.
TermSheetFileResult readTermSheetFile(const QString &path);

// The same for bytes already read; `directory` is where document sources are looked up.
TermSheetFileResult parseTermSheetFile(const QByteArray &json, const QString &directory);

// Reads a whole file of at most `maxBytes` bytes (disk or resource). On failure returns nothing
// and sets `why` to a sentence naming the problem (not found, too large, unreadable).
std::optional<QByteArray> readLimitedFile(const QString &path, qint64 maxBytes, QString *why);

} // namespace termlens
