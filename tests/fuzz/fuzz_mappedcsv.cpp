// libFuzzer target: CSV read through a column mapping (INTERFACES.md §2). The first byte picks
// one of the built-in presets (UptimeRobot, Pingdom, Better Stack) or a start + duration
// mapping with a pattern time format; the rest is the file.
#include "mappedcsv.h"
#include "mappingpreset.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

namespace {

termlens::MappingPreset durationPreset()
{
    termlens::MappingPreset preset;
    preset.name = QStringLiteral("fuzz");
    preset.delimiter = u';';
    preset.startColumn = QStringLiteral("start");
    preset.durationColumn = QStringLiteral("duration");
    preset.durationUnit = termlens::MappedDuration::Clock;
    preset.timeFormats = {QStringLiteral("dd/MM/yyyy HH:mm"), QStringLiteral("epoch-ms")};
    preset.timeZone = QStringLiteral("America/Chicago");
    preset.serviceColumn = QStringLiteral("service");
    preset.categoryColumn = QStringLiteral("kind");
    preset.categoryMap = {{QStringLiteral("planned"), QStringLiteral("scheduled-maintenance")}};
    preset.referenceColumn = QStringLiteral("id");
    preset.notesColumn = QStringLiteral("notes");
    return preset;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QList<termlens::MappingPreset> presets = [] {
        QList<termlens::MappingPreset> all = termlens::builtinMappingPresets();
        all.append(durationPreset());
        return all;
    }();
    const termlens::MappingPreset &preset = presets.at(data[0] % presets.size());
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1),
                           static_cast<qsizetype>(size - 1));
    termlens::OutageImportTarget target;
    target.agreementId = QStringLiteral("fuzz");
    target.defaultService = QStringLiteral("Platform");
    const termlens::OutageParseResult parsed = termlens::parseMappedCsv(bytes, preset, target);
    if (!parsed.issues.isEmpty() && !parsed.outages.isEmpty())
        std::abort(); // all or nothing
    for (const termlens::Outage &outage : parsed.outages) {
        if (outage.end && *outage.end < outage.start)
            std::abort();
    }
    termlens::csvHeader(bytes, preset.delimiter);
    termlens::csvFirstRecords(bytes, preset.delimiter, 5);
    return 0;
}
