// libFuzzer target: the Statuspage incident history importer (INTERFACES.md §2).
#include "statuspageimport.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    termlens::OutageImportTarget target;
    target.agreementId = QStringLiteral("fuzz");
    target.defaultService = QStringLiteral("Platform");
    const termlens::OutageParseResult parsed = termlens::parseStatuspageIncidents(bytes, target);
    if (!parsed.issues.isEmpty() && !parsed.outages.isEmpty())
        std::abort(); // all or nothing
    for (const termlens::Outage &outage : parsed.outages) {
        if (outage.end && *outage.end < outage.start)
            std::abort();
    }
    return 0;
}
