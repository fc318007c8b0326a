#pragma once

#include "mappingpreset.h"

#include <QStringList>
#include <QStringView>
#include <QTimeZone>

#include <optional>

namespace termlens {

// Reads the times and durations of a mapped CSV (mappingpreset.h): each time format in turn,
// local times in the mapping's zone. The zone's rules are looked up once per reader.
class MappedTimeReader
{
public:
    MappedTimeReader(const QStringList &formats, const QString &ianaZone);

    // UTC seconds, or nothing when no format reads the text.
    std::optional<qint64> instant(QStringView text) const;
    // Seconds (rounded to the nearest second), or nothing when the text is not a duration.
    static std::optional<qint64> duration(QStringView text, MappedDuration unit);

private:
    std::optional<qint64> withFormat(QStringView text, const QString &format) const;
    std::optional<qint64> pattern(QStringView text, QStringView format) const;

    QStringList m_formats;
    QTimeZone m_zone;
};

} // namespace termlens
