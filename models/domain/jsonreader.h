#pragma once

#include "decimal.h"
#include "termsheetjson.h"
#include "vocabulary.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTime>

#include <initializer_list>
#include <optional>

namespace termlens {

enum class Need
{
    Optional,
    Required
};
enum class Bound
{
    Inclusive,
    Exclusive
};

// Reads one JSON object at a known path ("terms.availability") and reports every problem into
// a shared list instead of stopping at the first: a file's author wants all of them at once.
// Each read marks its key as known, so finish() can name the fields nobody asked for (a
// misspelt field would otherwise be silently lost). A read returns nullopt when the field is
// absent or wrong; it has already said why.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, const QString &path, QList<ValidationIssue> *issues);

    // Longest string field (document text excepted): far beyond any clause, note or quote, so a
    // runaway field (10 MB pasted by mistake) is refused with its path.
    static constexpr qsizetype MaxStringLength = 10000;
    // A value quoted in a message: at most 40 characters, so a message stays one readable line.
    static QString shown(const QString &value);

    const QString &path() const { return m_path; }
    QString pathOf(QStringView key) const;
    static QString elementPath(const QString &arrayPath, qsizetype index);
    QList<ValidationIssue> *issues() const { return m_issues; }

    bool has(QStringView key) const { return m_object.contains(key); }
    void report(const QString &path, const QString &message) const;
    void reportField(QStringView key, const QString &message) const;

    // Fields of this object. A Required string must also be non-empty.
    std::optional<QJsonValue> value(QStringView key, Need need);
    std::optional<QString> string(QStringView key, Need need = Need::Optional,
                                  qsizetype maxLength = MaxStringLength);
    std::optional<Decimal> decimal(QStringView key, Need need = Need::Optional);
    // A decimal within [min or (min, max]; reported and nullopt when outside.
    std::optional<Decimal> decimal(QStringView key, Need need, const Decimal &min, Bound minBound,
                                   std::optional<Decimal> max = std::nullopt);
    std::optional<qint64> integer(QStringView key, qint64 min, qint64 max,
                                  Need need = Need::Optional);
    std::optional<bool> boolean(QStringView key, Need need = Need::Optional);
    std::optional<QDate> date(QStringView key, Need need = Need::Optional);
    std::optional<QTime> time(QStringView key, Need need = Need::Optional);
    std::optional<QString> timeZone(QStringView key, Need need = Need::Optional);
    std::optional<QJsonArray> array(QStringView key, Need need = Need::Optional);
    std::optional<JsonReader> object(QStringView key, Need need = Need::Optional);
    template <typename E> std::optional<E> choice(QStringView key, Need need = Need::Optional);
    // Calls fn(JsonReader &element, qsizetype index) for each element of an array field that is
    // an object (fn finishes it); returns the array's size, or nullopt when absent or no array.
    template <typename F>
    std::optional<qsizetype> forEachObject(QStringView key, Need need, F &&fn);

    // Values at a path (array elements): the same checks without key bookkeeping.
    std::optional<QString> stringAt(const QJsonValue &value, const QString &path,
                                    bool nonEmpty = false,
                                    qsizetype maxLength = MaxStringLength) const;
    std::optional<Decimal> decimalAt(const QJsonValue &value, const QString &path) const;
    std::optional<qint64> integerAt(const QJsonValue &value, const QString &path, qint64 min,
                                    qint64 max) const;
    std::optional<QString> timeZoneAt(const QJsonValue &value, const QString &path) const;
    std::optional<QString> keyAt(const QJsonValue &value, const QString &path,
                                 const QStringList &keys) const;
    std::optional<JsonReader> objectAt(const QJsonValue &value, const QString &path) const;
    template <typename E>
    std::optional<E> choiceAt(const QJsonValue &value, const QString &path) const;

    // Range checks on a value read already; false (and reported) when outside.
    bool checkRange(const Decimal &value, const QString &path, const Decimal &min, Bound minBound,
                    std::optional<Decimal> max = std::nullopt) const;

    // A field whose meaning depends on another (a schedule's `percent` only goes with
    // kind "flat"): marked known, and reported with `message` when present.
    void forbid(QStringView key, const QString &message);
    // The fields that go with only some kinds of an object ({"kind": "flat", "percent": ...}):
    // those not read for the kind `kindKey` are reported when present. An empty `kindKey` (the
    // kind could not be read) only marks them known.
    void forbidForKind(std::initializer_list<QStringView> keys, const QString &kindKey);
    // Marks fields as known without reading them (their owner could not be understood, so
    // saying they are unknown would only add noise).
    void allow(QStringView key) { m_known.insert(key.toString()); }
    // Reports every field of the object that no read asked for.
    void finish() const;

    static bool isKnownTimeZone(const QString &id);

private:
    QString unknownFieldMessage(const QString &key) const;

    QJsonObject m_object;
    QString m_path;
    QList<ValidationIssue> *m_issues;
    QSet<QString> m_known;
};

template <typename E> std::optional<E> JsonReader::choice(QStringView key, Need need)
{
    const auto v = value(key, need);
    return v ? choiceAt<E>(*v, pathOf(key)) : std::nullopt;
}

template <typename E>
std::optional<E> JsonReader::choiceAt(const QJsonValue &value, const QString &path) const
{
    const auto key = keyAt(value, path, keysOf<E>());
    return key ? fromKey<E>(*key) : std::nullopt;
}

template <typename F>
std::optional<qsizetype> JsonReader::forEachObject(QStringView key, Need need, F &&fn)
{
    const auto items = array(key, need);
    if (!items)
        return std::nullopt;
    for (qsizetype i = 0; i < items->size(); ++i) {
        if (auto element = objectAt(items->at(i), elementPath(pathOf(key), i)))
            fn(*element, i);
    }
    return items->size();
}

} // namespace termlens
