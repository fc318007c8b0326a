#include "mappingpreset.h"

#include "localtime.h"
#include "termsheet.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace termlens {
namespace {

struct MappingPresetText
{
    Q_DECLARE_TR_FUNCTIONS(MappingPreset)
};

using namespace Qt::StringLiterals;

constexpr std::array<std::pair<MappedDuration, const char16_t *>, 4> kUnits = {{
    {MappedDuration::Seconds, u"seconds"},
    {MappedDuration::Minutes, u"minutes"},
    {MappedDuration::Hours, u"hours"},
    {MappedDuration::Clock, u"clock"},
}};

bool isKnownTimeFormat(const QString &format)
{
    if (format == u"iso8601" || format == u"epoch" || format == u"epoch-ms")
        return true;
    // A pattern needs at least a year, a month, a day and an hour.
    return format.contains(u"yyyy"_s) && format.contains(u'M') && format.contains(u'd') &&
           (format.contains(u'H') || format.contains(u'h'));
}

QJsonObject toJson(const MappingPreset &p)
{
    // A list, not an object: the user's order is kept (JSON objects come back sorted).
    QJsonArray map;
    for (const auto &[from, to] : p.categoryMap)
        map.append(QJsonObject{{u"value"_s, from}, {u"category"_s, to}});
    return {{u"name"_s, p.name},
            {u"description"_s, p.description},
            {u"delimiter"_s, QString(p.delimiter)},
            {u"header"_s, p.hasHeader},
            {u"start"_s, p.startColumn},
            {u"end"_s, p.endColumn},
            {u"duration"_s, p.durationColumn},
            {u"durationUnit"_s, mappedDurationKey(p.durationUnit)},
            {u"timeFormats"_s, QJsonArray::fromStringList(p.timeFormats)},
            {u"timeZone"_s, p.timeZone},
            {u"serviceColumn"_s, p.serviceColumn},
            {u"service"_s, p.fixedService},
            {u"categoryColumn"_s, p.categoryColumn},
            {u"categoryMap"_s, map},
            {u"category"_s, p.fixedCategory},
            {u"referenceColumn"_s, p.referenceColumn},
            {u"notesColumn"_s, p.notesColumn},
            {u"filterColumn"_s, p.filterColumn},
            {u"filterValues"_s, QJsonArray::fromStringList(p.filterValues)}};
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

MappingPreset fromJson(const QJsonObject &o)
{
    MappingPreset p;
    p.name = o.value(u"name"_s).toString();
    p.description = o.value(u"description"_s).toString();
    const QString delimiter = o.value(u"delimiter"_s).toString(u","_s);
    p.delimiter = delimiter.isEmpty() ? QChar() : delimiter.front();
    p.hasHeader = o.value(u"header"_s).toBool(true);
    p.startColumn = o.value(u"start"_s).toString();
    p.endColumn = o.value(u"end"_s).toString();
    p.durationColumn = o.value(u"duration"_s).toString();
    p.durationUnit = mappedDurationFromKey(o.value(u"durationUnit"_s).toString(u"minutes"_s))
                         .value_or(MappedDuration::Minutes);
    p.timeFormats = stringList(o.value(u"timeFormats"_s));
    p.timeZone = o.value(u"timeZone"_s).toString();
    p.serviceColumn = o.value(u"serviceColumn"_s).toString();
    p.fixedService = o.value(u"service"_s).toString();
    p.categoryColumn = o.value(u"categoryColumn"_s).toString();
    for (const QJsonValue &entry : o.value(u"categoryMap"_s).toArray())
        p.categoryMap.append({entry[u"value"_s].toString(), entry[u"category"_s].toString()});
    p.fixedCategory = o.value(u"category"_s).toString(u"unplanned"_s);
    p.referenceColumn = o.value(u"referenceColumn"_s).toString();
    p.notesColumn = o.value(u"notesColumn"_s).toString();
    p.filterColumn = o.value(u"filterColumn"_s).toString();
    p.filterValues = stringList(o.value(u"filterValues"_s));
    return p;
}

QList<MappingPreset> makeBuiltins()
{
    // UptimeRobot: the monitor logs export ("Export logs" on the dashboard) has the columns
    // Event, Monitor, Date-Time, Reason, Duration, "Duration (in mins.)", times written
    // "yyyy-MM-dd HH:mm:ss" in the account's zone; only "Down" events are outages. Columns as
    // read by kissy's uptime-robot-stats (fr.kissy.uptime.robot.stats.Main: CSVFormat header
    // "Event", "Monitor", "Date-Time", "Reason", "Duration", "Duration (in mins.)", pattern
    // yyyy-MM-dd HH:mm:ss) and by scripts that import the same export with Import-CSV.
    MappingPreset uptimeRobot;
    uptimeRobot.name = u"UptimeRobot"_s;
    uptimeRobot.description = QString::fromLatin1(
        QT_TRANSLATE_NOOP("MappingPreset", "UptimeRobot monitor logs export (Down events)"));
    uptimeRobot.builtIn = true;
    uptimeRobot.startColumn = u"Date-Time"_s;
    uptimeRobot.durationColumn = u"Duration (in mins.)"_s;
    uptimeRobot.durationUnit = MappedDuration::Minutes;
    uptimeRobot.timeFormats = {u"yyyy-MM-dd HH:mm:ss"_s, u"iso8601"_s};
    uptimeRobot.serviceColumn = u"Monitor"_s;
    uptimeRobot.notesColumn = u"Reason"_s;
    uptimeRobot.filterColumn = u"Event"_s;
    uptimeRobot.filterValues = {u"Down"_s};

    // Pingdom: the outage summary of a check (API 3.1 GET /summary.outage/{checkid}) lists
    // states {"status": "up"|"down", "timefrom": 1293143523, "timeto": 1294180263} in Unix
    // seconds; exported to CSV with those names as the header. A check is one service, given at
    // import.
    MappingPreset pingdom;
    pingdom.name = u"Pingdom"_s;
    pingdom.description = QString::fromLatin1(QT_TRANSLATE_NOOP(
        "MappingPreset", "Pingdom outage summary (status, timefrom, timeto in Unix seconds)"));
    pingdom.builtIn = true;
    pingdom.startColumn = u"timefrom"_s;
    pingdom.endColumn = u"timeto"_s;
    pingdom.timeFormats = {u"epoch"_s};
    pingdom.filterColumn = u"status"_s;
    pingdom.filterValues = {u"down"_s};

    // Better Stack (Better Uptime): incidents as its Uptime API lists them (GET
    // /api/v2/incidents, betterstack.com/docs/uptime/api/list-existing-incidents): attributes
    // name, cause, started_at, resolved_at (ISO 8601, UTC); resolved_at is empty while ongoing.
    MappingPreset betterStack;
    betterStack.name = u"Better Stack"_s;
    betterStack.description = QString::fromLatin1(QT_TRANSLATE_NOOP(
        "MappingPreset", "Better Stack incidents (name, cause, started_at, resolved_at)"));
    betterStack.builtIn = true;
    betterStack.startColumn = u"started_at"_s;
    betterStack.endColumn = u"resolved_at"_s;
    betterStack.timeFormats = {u"iso8601"_s};
    betterStack.serviceColumn = u"name"_s;
    betterStack.notesColumn = u"cause"_s;
    return {uptimeRobot, pingdom, betterStack};
}

} // namespace

QString mappedDurationKey(MappedDuration unit)
{
    for (const auto &[value, key] : kUnits) {
        if (value == unit)
            return QString::fromUtf16(key);
    }
    return {};
}

std::optional<MappedDuration> mappedDurationFromKey(QStringView key)
{
    for (const auto &[value, text] : kUnits) {
        if (key == QStringView(text))
            return value;
    }
    return std::nullopt;
}

QStringList validateMappingPreset(const MappingPreset &p)
{
    QStringList problems;
    if (p.name.trimmed().isEmpty())
        problems << MappingPresetText::tr("The mapping has no name.");
    if (p.delimiter.isNull() || p.delimiter == u'"' || p.delimiter == u'\n' || p.delimiter == u'\r')
        problems << MappingPresetText::tr("The delimiter must be one character other than a "
                                          "quote or a line break.");
    if (p.startColumn.trimmed().isEmpty())
        problems << MappingPresetText::tr("Choose the column that holds the start.");
    if (!p.endColumn.trimmed().isEmpty() && !p.durationColumn.trimmed().isEmpty())
        problems << MappingPresetText::tr("Choose an end column or a duration column, not both.");
    if (p.timeFormats.isEmpty())
        problems << MappingPresetText::tr("Give at least one time format.");
    for (const QString &format : p.timeFormats) {
        if (!isKnownTimeFormat(format))
            problems << MappingPresetText::tr("\"%1\" is not a time format (iso8601, epoch, "
                                              "epoch-ms, or a pattern such as yyyy-MM-dd "
                                              "HH:mm:ss).")
                            .arg(format);
    }
    if (!zoneFromIana(p.timeZone).isValid())
        problems << MappingPresetText::tr("\"%1\" is not an IANA time zone such as Europe/London.")
                        .arg(p.timeZone);
    if (p.categoryColumn.trimmed().isEmpty() && !fromKey<OutageCategory>(p.fixedCategory))
        problems << MappingPresetText::tr("\"%1\" is not a category.").arg(p.fixedCategory);
    for (const auto &[from, to] : p.categoryMap) {
        if (!fromKey<OutageCategory>(to))
            problems << MappingPresetText::tr("\"%1\" maps to \"%2\", which is not a category.")
                            .arg(from, to);
    }
    if (!p.hasHeader) {
        for (const QString &column :
             {p.startColumn, p.endColumn, p.durationColumn, p.serviceColumn, p.categoryColumn,
              p.referenceColumn, p.notesColumn, p.filterColumn}) {
            bool ok = false;
            if (!column.isEmpty() && (column.toInt(&ok) < 1 || !ok))
                problems << MappingPresetText::tr("Without a header row, columns are numbers "
                                                  "from 1, not \"%1\".")
                                .arg(column);
        }
    }
    return problems;
}

QByteArray mappingPresetsToJson(const QList<MappingPreset> &presets)
{
    QJsonArray list;
    for (const MappingPreset &p : presets)
        list.append(toJson(p));
    return QJsonDocument(QJsonObject{{u"format"_s, u"termlens.mappings/1"_s}, {u"presets"_s, list}})
        .toJson(QJsonDocument::Compact);
}

std::optional<QList<MappingPreset>> mappingPresetsFromJson(const QByteArray &json, QString *why)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() ||
        doc.object().value(u"format"_s).toString() != u"termlens.mappings/1") {
        if (why)
            *why = MappingPresetText::tr("The saved column mappings are not readable (%1).")
                       .arg(error.error != QJsonParseError::NoError
                                ? error.errorString()
                                : MappingPresetText::tr("unknown format"));
        return std::nullopt;
    }
    QList<MappingPreset> presets;
    for (const QJsonValue &v : doc.object().value(u"presets"_s).toArray())
        presets << fromJson(v.toObject());
    return presets;
}

const QList<MappingPreset> &builtinMappingPresets()
{
    static const QList<MappingPreset> presets = makeBuiltins();
    return presets;
}

std::optional<MappingPreset> findMappingPreset(const QList<MappingPreset> &presets,
                                               const QString &name)
{
    for (const MappingPreset &p : presets) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

} // namespace termlens
