// libFuzzer target: the native outage CSV (INTERFACES.md §2). Any bytes give outages or located
// issues, never both, never a crash.
#include "outagecsv.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const termlens::OutageParseResult parsed =
        termlens::parseNativeOutageCsv(bytes, QStringLiteral("fuzz"));
    if (!parsed.issues.isEmpty() && !parsed.outages.isEmpty())
        std::abort(); // all or nothing
    for (const termlens::Outage &outage : parsed.outages) {
        if (outage.end && *outage.end < outage.start)
            std::abort(); // an outage never ends before it starts
    }
    return 0;
}
