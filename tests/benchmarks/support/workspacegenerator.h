#pragma once

#include "storageresult.h"

#include <QString>
#include <QStringList>

namespace termlens {

// The seed the benchmarks use unless told otherwise: the same seed gives the same workspace.
inline constexpr quint64 DefaultGeneratorSeed = 42;

// The first and last+1 instants (UTC) the generated outages start in: the calendar year 2025.
inline constexpr qint64 GeneratedYearStartUtc = 1735689600; // 2025-01-01T00:00:00Z
inline constexpr qint64 GeneratedYearEndUtc = 1767225600;   // 2026-01-01T00:00:00Z

struct GeneratedWorkspace
{
    QString path;
    QStringList agreementIds; // in the order generated
    qint64 outages = 0;       // rows stored
    qint64 services = 0;      // services over all subscriptions
};

// Builds a new workspace at `path` (never replacing a file) for the performance targets of
// TARGETS.md: `agreements` variants of the four sample term sheets ("logit-io-007", vendor
// "Logit.io Ltd 007", with varied targets and fees), a subscription each with 1 to 3 services,
// and `outages` outages spread over 2025, mostly short unplanned ones, some hours long, some
// scheduled maintenance with and without notice, some overlapping. Everything comes from one
// std::mt19937_64 seeded with `seed` and integer arithmetic only, so the same arguments give the
// same rows on every machine. Goes through the repositories, one transaction per agreement; on
// failure the file is removed again. The workspace is closed when this returns.
StorageResult<GeneratedWorkspace> generateWorkspace(const QString &path, int agreements,
                                                    qint64 outages,
                                                    quint64 seed = DefaultGeneratorSeed);

} // namespace termlens
