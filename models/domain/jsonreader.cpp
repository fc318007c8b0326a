#include "jsonreader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace termlens {
namespace {

// Edit distance, to suggest the field a misspelt key was meant to be.
int editDistance(QStringView a, QStringView b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            const int cost = a[i - 1].toCaseFolded() == b[j - 1].toCaseFolded() ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, const QString &path,
                       QList<ValidationIssue> *issues)
    : m_object(object)
    , m_path(path)
    , m_issues(issues)
{}

QString JsonReader::pathOf(QStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key.toString();
}

QString JsonReader::elementPath(const QString &arrayPath, qsizetype index)
{
    return arrayPath + u'[' + QString::number(index) + u']';
}

void JsonReader::report(const QString &path, const QString &message) const
{
    m_issues->append(ValidationIssue{path, message});
}

void JsonReader::reportField(QStringView key, const QString &message) const
{
    report(pathOf(key), message);
}

std::optional<QJsonValue> JsonReader::value(QStringView key, Need need)
{
    m_known.insert(key.toString());
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (need == Need::Required)
            reportField(key, QCoreApplication::translate("TermSheet", "missing required field"));
        return std::nullopt;
    }
    return it.value();
}

QString JsonReader::shown(const QString &value)
{
    return value.size() <= 40 ? value : value.left(39) + QChar(0x2026);
}

std::optional<QString> JsonReader::string(QStringView key, Need need, qsizetype maxLength)
{
    const auto v = value(key, need);
    return v ? stringAt(*v, pathOf(key), need == Need::Required, maxLength) : std::nullopt;
}

std::optional<Decimal> JsonReader::decimal(QStringView key, Need need)
{
    const auto v = value(key, need);
    return v ? decimalAt(*v, pathOf(key)) : std::nullopt;
}

std::optional<Decimal> JsonReader::decimal(QStringView key, Need need, const Decimal &min,
                                           Bound minBound, std::optional<Decimal> max)
{
    const auto d = decimal(key, need);
    if (d && !checkRange(*d, pathOf(key), min, minBound, max))
        return std::nullopt;
    return d;
}

std::optional<qint64> JsonReader::integer(QStringView key, qint64 min, qint64 max, Need need)
{
    const auto v = value(key, need);
    return v ? integerAt(*v, pathOf(key), min, max) : std::nullopt;
}

std::optional<bool> JsonReader::boolean(QStringView key, Need need)
{
    const auto v = value(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        reportField(key, QCoreApplication::translate("TermSheet", "expected true or false"));
        return std::nullopt;
    }
    return v->toBool();
}

std::optional<QDate> JsonReader::date(QStringView key, Need need)
{
    const auto text = string(key, need);
    if (!text)
        return std::nullopt;
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{4}-[0-9]{2}-[0-9]{2}")));
    if (!shape.match(*text).hasMatch()) {
        reportField(key, QCoreApplication::translate("TermSheet", "expected a date as YYYY-MM-DD"));
        return std::nullopt;
    }
    const QDate date = QDate::fromString(*text, Qt::ISODate);
    if (!date.isValid()) {
        reportField(key, QCoreApplication::translate("TermSheet", "\"%1\" is not a real date")
                             .arg(shown(*text)));
        return std::nullopt;
    }
    return date;
}

std::optional<QTime> JsonReader::time(QStringView key, Need need)
{
    const auto text = string(key, need);
    if (!text)
        return std::nullopt;
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(QStringLiteral("([01][0-9]|2[0-3]):([0-5][0-9])")));
    const auto match = shape.match(*text);
    if (!match.hasMatch()) {
        reportField(key, QCoreApplication::translate(
                             "TermSheet", "expected a time of day as HH:MM, from 00:00 to 23:59"));
        return std::nullopt;
    }
    return QTime(match.captured(1).toInt(), match.captured(2).toInt());
}

std::optional<QString> JsonReader::timeZone(QStringView key, Need need)
{
    const auto v = value(key, need);
    return v ? timeZoneAt(*v, pathOf(key)) : std::nullopt;
}

std::optional<QJsonArray> JsonReader::array(QStringView key, Need need)
{
    const auto v = value(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        reportField(key, QCoreApplication::translate("TermSheet", "expected an array"));
        return std::nullopt;
    }
    return v->toArray();
}

std::optional<JsonReader> JsonReader::object(QStringView key, Need need)
{
    const auto v = value(key, need);
    return v ? objectAt(*v, pathOf(key)) : std::nullopt;
}

std::optional<QString> JsonReader::stringAt(const QJsonValue &value, const QString &path,
                                            bool nonEmpty, qsizetype maxLength) const
{
    if (!value.isString()) {
        report(path, QCoreApplication::translate("TermSheet", "expected a string"));
        return std::nullopt;
    }
    if (nonEmpty && value.toString().isEmpty()) {
        report(path, QCoreApplication::translate("TermSheet", "must not be empty"));
        return std::nullopt;
    }
    if (value.toString().size() > maxLength) {
        report(
            path,
            QCoreApplication::translate("TermSheet", "longer than %1 characters").arg(maxLength));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<Decimal> JsonReader::decimalAt(const QJsonValue &value, const QString &path) const
{
    if (value.isDouble()) {
        const auto d = Decimal::fromJsonDouble(value.toDouble());
        if (!d)
            report(path,
                   QCoreApplication::translate(
                       "TermSheet", "the number is too large or too precise to hold exactly"));
        return d;
    }
    if (value.isString()) {
        const auto d = Decimal::parse(value.toString());
        if (!d)
            report(path,
                   QCoreApplication::translate("TermSheet", "expected a decimal such as \"99.95\", "
                                                            "found \"%1\"")
                       .arg(shown(value.toString())));
        return d;
    }
    report(path, QCoreApplication::translate("TermSheet", "expected a decimal"));
    return std::nullopt;
}

std::optional<qint64> JsonReader::integerAt(const QJsonValue &value, const QString &path,
                                            qint64 min, qint64 max) const
{
    // JSON numbers arrive as doubles; whole ones up to 2^53 are exact, which is plenty for
    // counts of days, months and hours.
    const double d = value.toDouble();
    if (!value.isDouble() || std::trunc(d) != d || std::fabs(d) > 9007199254740992.0) {
        report(path, QCoreApplication::translate("TermSheet", "expected a whole number"));
        return std::nullopt;
    }
    const auto n = static_cast<qint64>(d);
    if (n < min) {
        report(path, QCoreApplication::translate("TermSheet", "must be at least %1").arg(min));
        return std::nullopt;
    }
    if (n > max) {
        report(path, QCoreApplication::translate("TermSheet", "must be at most %1").arg(max));
        return std::nullopt;
    }
    return n;
}

bool JsonReader::isKnownTimeZone(const QString &id)
{
    // The zone list (zone.tab) leaves out the Etc/ zones, yet "GMT all year" is Etc/GMT.
    static const QRegularExpression etc(QRegularExpression::anchoredPattern(
        QStringLiteral("Etc/(GMT([+-](1[0-4]|[0-9]))?|UTC|UCT|Universal|Zulu|Greenwich)")));
    const QByteArray utf8 = id.toUtf8();
    return QTimeZone::isTimeZoneIdAvailable(utf8) ||
           (etc.match(id).hasMatch() && QTimeZone(utf8).isValid());
}

std::optional<QString> JsonReader::timeZoneAt(const QJsonValue &value, const QString &path) const
{
    const auto id = stringAt(value, path, true);
    if (!id)
        return std::nullopt;
    if (!isKnownTimeZone(*id)) {
        report(path, QCoreApplication::translate("TermSheet",
                                                 "unknown time zone \"%1\"; use an IANA name "
                                                 "such as Europe/London or Etc/GMT")
                         .arg(shown(*id)));
        return std::nullopt;
    }
    return id;
}

std::optional<QString> JsonReader::keyAt(const QJsonValue &value, const QString &path,
                                         const QStringList &keys) const
{
    const QString list = keys.join(QStringLiteral(", "));
    if (!value.isString()) {
        report(path, QCoreApplication::translate("TermSheet", "expected one of: %1").arg(list));
        return std::nullopt;
    }
    if (!keys.contains(value.toString())) {
        report(path, QCoreApplication::translate("TermSheet", "expected one of: %1 (found \"%2\")")
                         .arg(list, shown(value.toString())));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<JsonReader> JsonReader::objectAt(const QJsonValue &value, const QString &path) const
{
    if (!value.isObject()) {
        report(path, QCoreApplication::translate("TermSheet", "expected an object"));
        return std::nullopt;
    }
    return JsonReader(value.toObject(), path, m_issues);
}

bool JsonReader::checkRange(const Decimal &value, const QString &path, const Decimal &min,
                            Bound minBound, std::optional<Decimal> max) const
{
    const bool aboveMin = minBound == Bound::Exclusive ? value > min : value >= min;
    if (aboveMin && (!max || value <= *max))
        return true;
    const QString lo = min.toString();
    QString message;
    if (max && minBound == Bound::Exclusive)
        message = QCoreApplication::translate("TermSheet", "must be more than %1 and at most %2")
                      .arg(lo, max->toString());
    else if (max)
        message = QCoreApplication::translate("TermSheet", "must be from %1 to %2")
                      .arg(lo, max->toString());
    else if (minBound == Bound::Exclusive)
        message = QCoreApplication::translate("TermSheet", "must be more than %1").arg(lo);
    else
        message = QCoreApplication::translate("TermSheet", "must be at least %1").arg(lo);
    report(path, message);
    return false;
}

void JsonReader::forbid(QStringView key, const QString &message)
{
    if (!m_known.contains(key.toString()) && has(key))
        reportField(key, message);
    allow(key);
}

void JsonReader::forbidForKind(std::initializer_list<QStringView> keys, const QString &kindKey)
{
    const QString message =
        QCoreApplication::translate("TermSheet", "not used when kind is \"%1\"").arg(kindKey);
    for (const QStringView key : keys) {
        if (kindKey.isEmpty())
            allow(key);
        else
            forbid(key, message);
    }
}

QString JsonReader::unknownFieldMessage(const QString &key) const
{
    // Suggest only close misspellings: at most two edits, and one per three letters.
    QString best;
    int bestDistance = 3;
    for (const QString &known : m_known) {
        const int d = editDistance(key, known);
        if (d > 2 || d * 3 > known.size())
            continue;
        if (d < bestDistance || (d == bestDistance && known < best)) {
            best = known;
            bestDistance = d;
        }
    }
    if (best.isEmpty())
        return QCoreApplication::translate("TermSheet", "unknown field");
    return QCoreApplication::translate("TermSheet", "unknown field; did you mean \"%1\"?")
        .arg(best);
}

void JsonReader::finish() const
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_known.contains(it.key()))
            report(pathOf(it.key()), unknownFieldMessage(it.key()));
    }
}

} // namespace termlens
