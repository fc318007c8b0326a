#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace termlens {

// How a duration column is written: a number of seconds, minutes or hours ("90", "1.5"), or a
// clock "H:MM:SS" / "MM:SS".
enum class MappedDuration
{
    Seconds,
    Minutes,
    Hours,
    Clock,
};

// How to read outages out of someone else's CSV (a monitoring tool's export): which column
// holds what, how times are written, and what its category words mean. Saved by name in the
// workspace (mappingpresetstore.h); a few ship built in (builtinMappingPresets()).
//
// Columns are named by their header text (compared without case and surrounding blanks), or by
// their 1-based number when the file has no header row.
struct MappingPreset
{
    QString name;
    QString description; // one line for the user: where the file comes from
    bool builtIn = false;

    QChar delimiter = u',';
    bool hasHeader = true;

    QString startColumn;
    QString endColumn;      // either an end column ...
    QString durationColumn; // ... or a duration column
    MappedDuration durationUnit = MappedDuration::Minutes;
    // Tried in order until one reads the text: "iso8601" (with or without an offset), "epoch"
    // (seconds), "epoch-ms", or a pattern of yyyy MM M dd d HH H hh h mm ss AP with literal
    // characters ("yyyy-MM-dd HH:mm:ss", "dd/MM/yyyy HH:mm").
    QStringList timeFormats{QStringLiteral("iso8601")};
    QString timeZone = QStringLiteral("UTC"); // IANA zone of times written without an offset

    QString serviceColumn; // empty: fixedService, else the service given at import
    QString fixedService;

    QString categoryColumn; // empty: every row gets fixedCategory
    // Source value (compared without case) -> category key (INTERFACES.md §1). A value that is
    // itself a category key needs no entry.
    QList<std::pair<QString, QString>> categoryMap;
    QString fixedCategory = QStringLiteral("unplanned");

    QString referenceColumn;
    QString notesColumn;

    // Keep only rows whose filterColumn holds one of filterValues (without case): UptimeRobot
    // logs "Up" and "Paused" events beside the "Down" ones.
    QString filterColumn;
    QStringList filterValues;

    friend bool operator==(const MappingPreset &, const MappingPreset &) = default;
};

// Problems with the mapping itself (missing start column, end and duration both given, an
// unknown zone or category key), one sentence each; empty when it can be used.
QStringList validateMappingPreset(const MappingPreset &preset);

// JSON object of one preset and back (the workspace stores a list of them). fromJson returns
// nothing and says why when the text is not a preset.
QByteArray mappingPresetsToJson(const QList<MappingPreset> &presets);
std::optional<QList<MappingPreset>> mappingPresetsFromJson(const QByteArray &json,
                                                           QString *why = nullptr);

QString mappedDurationKey(MappedDuration unit);
std::optional<MappedDuration> mappedDurationFromKey(QStringView key);

// The presets TermLens ships: UptimeRobot, Pingdom and Better Stack exports.
const QList<MappingPreset> &builtinMappingPresets();

// The preset among `presets` called `name` (without case), if any.
std::optional<MappingPreset> findMappingPreset(const QList<MappingPreset> &presets,
                                               const QString &name);

} // namespace termlens
