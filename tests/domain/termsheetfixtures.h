#pragma once

// Test helpers for term-sheet files: read the hand-written sheets in tests/data/termsheets and
// change one value at a JSON path, so each test row states only what it changes. Header-only
// because test executables are built from their single tst_*.cpp.

#include "termsheetjson.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace termlens::testing {

inline QByteArray readTermSheetFile(const QString &name)
{
    QFile file(QStringLiteral(TERMLENS_TEST_DATA "/termsheets/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "path: message" per issue, for QCOMPARE to print in full when a test fails.
inline QStringList describe(const QList<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines << issue.toString();
    return lines;
}

// One step of a path such as "terms.availability.credits.schedule.tiers[1].below".
struct PathStep
{
    QString key; // empty for an array index
    qsizetype index = -1;
};

inline QList<PathStep> pathSteps(const QString &path)
{
    static const QRegularExpression token(QStringLiteral("([^.\\[\\]]+)|\\[([0-9]+)\\]"));
    QList<PathStep> result;
    for (auto it = token.globalMatch(path); it.hasNext();) {
        const auto m = it.next();
        if (m.hasCaptured(1))
            result.append(PathStep{m.captured(1), -1});
        else
            result.append(PathStep{QString(), m.captured(2).toLongLong()});
    }
    return result;
}

// Sets (or, without a value, removes) the value at `path` below `node`; an index one past the
// end of an array appends.
inline QJsonValue withValueAt(const QJsonValue &node, QList<PathStep> path,
                              const std::optional<QJsonValue> &value)
{
    if (path.isEmpty())
        return *value;
    const PathStep step = path.takeFirst();
    if (!step.key.isEmpty()) {
        QJsonObject o = node.toObject();
        if (path.isEmpty() && !value)
            o.remove(step.key);
        else
            o.insert(step.key, withValueAt(o.value(step.key), path, value));
        return o;
    }
    QJsonArray a = node.toArray();
    if (path.isEmpty() && !value)
        a.removeAt(step.index);
    else if (step.index >= a.size())
        a.append(withValueAt(QJsonValue(), path, value));
    else
        a.replace(step.index, withValueAt(a.at(step.index), path, value));
    return a;
}

// `base` with the value at `path` replaced by the JSON text `json` (empty: field removed).
inline QByteArray mutated(const QByteArray &base, const QString &path, const QByteArray &json)
{
    std::optional<QJsonValue> value;
    if (!json.isEmpty()) {
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + json + ']');
        Q_ASSERT(wrapped.isArray());
        value = wrapped.array().at(0);
    }
    const QJsonValue root =
        withValueAt(QJsonDocument::fromJson(base).object(), pathSteps(path), value);
    return QJsonDocument(root.toObject()).toJson();
}

} // namespace termlens::testing
