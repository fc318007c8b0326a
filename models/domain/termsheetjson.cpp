#include "termsheetjson.h"

#include "jsonreader.h"
#include "termsheetreader.h"
#include "termsheetwriter.h"
#include "utf8.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace termlens {
namespace {

// QJsonDocument keeps only the last of two equal keys; a file that says the same thing twice
// (or, after a copy and paste, two different things) is reported instead. Runs on text that
// has already parsed, so it only has to follow strings and brackets.
struct Frame
{
    bool isObject = false;
    QString path;
    QSet<QString> keys;
    QString key;           // last key read (objects)
    bool expectKey = true; // objects: the next string is a key
    qsizetype index = 0;   // arrays: index of the current element
};

QString childPath(const QList<Frame> &stack)
{
    if (stack.isEmpty())
        return {};
    const Frame &top = stack.last();
    if (!top.isObject)
        return JsonReader::elementPath(top.path, top.index);
    return top.path.isEmpty() ? top.key : top.path + u'.' + top.key;
}

QString decodeKey(QByteArrayView raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw.sliced(1, raw.size() - 2));
    const QByteArray wrapped = '[' + raw.toByteArray() + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

void reportDuplicateKeys(QByteArrayView json, QList<ValidationIssue> *issues)
{
    QList<Frame> stack;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '{' || c == '[') {
            const QString path = childPath(stack);
            stack.append(Frame{c == '{', path, {}, {}, true, 0});
        } else if ((c == '}' || c == ']') && !stack.isEmpty()) {
            stack.removeLast();
        } else if (c == ',' && !stack.isEmpty()) {
            stack.last().expectKey = true;
            ++stack.last().index;
        } else if (c == '"') {
            const qsizetype start = i;
            for (++i; i < json.size() && json[i] != '"'; ++i) {
                if (json[i] == '\\')
                    ++i;
            }
            if (stack.isEmpty() || !stack.last().isObject || !stack.last().expectKey)
                continue;
            Frame &top = stack.last();
            top.key = decodeKey(json.sliced(start, i - start + 1));
            top.expectKey = false;
            if (top.keys.contains(top.key))
                issues->append(ValidationIssue{
                    childPath(stack),
                    QCoreApplication::translate("TermSheet",
                                                "the field appears more than once in its object")});
            top.keys.insert(top.key);
        }
    }
}

// The lines and column of a byte offset, for a parse error a person can find in an editor.
QString locate(QByteArrayView bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    const QByteArrayView before = bytes.first(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QCoreApplication::translate("TermSheet", "line %1, column %2").arg(line).arg(column);
}

std::optional<QJsonObject> readRoot(const QByteArray &file, QList<ValidationIssue> *issues)
{
    const auto fail = [issues](const QString &message) {
        issues->append(ValidationIssue{QString(), message});
        return std::nullopt;
    };
    if (file.size() > MaxTermSheetBytes)
        return fail(QCoreApplication::translate("TermSheet", "the file is larger than %1 MB, "
                                                             "too large to be a term sheet")
                        .arg(MaxTermSheetBytes / (1024 * 1024)));
    QByteArrayView json(file);
    if (json.startsWith("\xEF\xBB\xBF")) // a byte-order mark some editors write
        json = json.sliced(3);
    if (json.trimmed().isEmpty())
        return fail(QCoreApplication::translate("TermSheet", "the file is empty"));
    if (const qsizetype bad = firstInvalidUtf8(json); bad >= 0)
        return fail(QCoreApplication::translate("TermSheet", "not valid UTF-8 text at %1 (byte %2)")
                        .arg(locate(json, bad))
                        .arg(bad + 1 + (file.size() - json.size())));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        // A lone value ("null", 42) parses inside brackets: it is JSON, just not an object.
        const QByteArray wrapped = '[' + json.toByteArray() + ']';
        if (QJsonDocument::fromJson(wrapped).isArray())
            return fail(QCoreApplication::translate("TermSheet",
                                                    "expected a JSON object at the top level"));
        return fail(QCoreApplication::translate("TermSheet", "not valid JSON: %1 at %2")
                        .arg(error.errorString(), locate(json, error.offset)));
    }
    if (!document.isObject())
        return fail(
            QCoreApplication::translate("TermSheet", "expected a JSON object at the top level"));
    reportDuplicateKeys(json, issues);
    return document.object();
}

} // namespace

QStringList weekdayKeys()
{
    return {QStringLiteral("Mon"), QStringLiteral("Tue"), QStringLiteral("Wed"),
            QStringLiteral("Thu"), QStringLiteral("Fri"), QStringLiteral("Sat"),
            QStringLiteral("Sun")};
}

TermSheetParseResult parseTermSheet(const QByteArray &json)
{
    TermSheetParseResult result;
    const auto root = readRoot(json, &result.issues);
    if (!root)
        return result;
    TermSheet sheet = TermSheetReader(&result.issues).read(*root);
    if (result.issues.isEmpty())
        result.sheet = std::move(sheet);
    return result;
}

QByteArray termSheetToJson(const TermSheet &sheet)
{
    return QJsonDocument(TermSheetWriter::write(sheet)).toJson(QJsonDocument::Indented);
}

} // namespace termlens
