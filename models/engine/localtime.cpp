#include "localtime.h"

#include "instant.h"
#include "localeformat.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <limits>

namespace termlens {

namespace {

constexpr qint64 SecondsPerDay = 86400;
constexpr qint64 UnixEpochJulianDay = 2440588;

// Seconds since the epoch of a wall time read as if it were UTC.
qint64 naiveSeconds(QDate date, QTime time)
{
    return (date.toJulianDay() - UnixEpochJulianDay) * SecondsPerDay +
           time.msecsSinceStartOfDay() / 1000;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

QTimeZone zoneFromIana(const QString &ianaId)
{
    const QByteArray id = ianaId.toUtf8();
    if (id.isEmpty())
        return {};
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    // Qt 6.4 leaves Etc/ zones and links (Etc/GMT, US/Central) out of its list yet loads them.
    // Only names with a slash are tried: QTimeZone reads any other text as a POSIX TZ rule
    // and so accepts "garbage" as UTC.
    if (id.contains('/') || id == "GMT") {
        QTimeZone zone(id);
        if (zone.isValid())
            return zone;
    }
    return {};
}

namespace {

int zoneOffset(const QTimeZone &zone, qint64 utc)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC));
}

// The offsets last asked for, per thread: a zone and the span [from, to) between two of its
// transitions in which the offset is `offset`. Calendars convert the same few zones thousands
// of times a month (each maintenance window and business day, both ends), and QTimeZone
// builds a transition record with its abbreviation for every call; a span is asked of
// QTimeZone once and then answers every instant inside it.
struct OffsetSpan
{
    QByteArray zone;
    qint64 from = 0;
    qint64 to = 0;
    int offset = 0;
};

struct OffsetCache
{
    static constexpr int Size = 4;
    OffsetSpan spans[Size];
    int used = 0;
    int next = 0; // the slot replaced next

    const OffsetSpan *find(const QByteArray &zone, qint64 utc) const
    {
        for (int i = 0; i < used; ++i) {
            const OffsetSpan &s = spans[i];
            if (s.from <= utc && utc < s.to && s.zone == zone)
                return &s;
        }
        return nullptr;
    }
    void add(OffsetSpan span)
    {
        spans[next] = std::move(span);
        used = std::max(used, next + 1);
        next = (next + 1) % Size;
    }
};

qint64 transitionSeconds(const QTimeZone::OffsetData &transition)
{
    return transition.atUtc.toSecsSinceEpoch();
}

} // namespace

int offsetAt(const QTimeZone &zone, qint64 utc)
{
    thread_local OffsetCache cache;
    const QByteArray id = zone.id();
    if (const OffsetSpan *span = cache.find(id, utc))
        return span->offset;
    const int offset = zoneOffset(zone, utc);
    if (!zone.hasTransitions())
        return offset;
    // The latest transition at or before utc (previousTransition is strictly before its
    // argument, and transitions fall on whole seconds) and the first one after it.
    const QTimeZone::OffsetData last =
        zone.previousTransition(QDateTime::fromSecsSinceEpoch(utc + 1, Qt::UTC));
    const QTimeZone::OffsetData next =
        zone.nextTransition(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC));
    // No transition before (or after): the offset has been (or stays) the same all along.
    const qint64 from =
        last.atUtc.isValid() ? transitionSeconds(last) : std::numeric_limits<qint64>::min();
    const qint64 to =
        next.atUtc.isValid() ? transitionSeconds(next) : std::numeric_limits<qint64>::max();
    // Kept only when QTimeZone's transitions agree with the offset it gave for utc.
    if (from <= utc && utc < to && (!last.atUtc.isValid() || last.offsetFromUtc == offset))
        cache.add({id, from, to, offset});
    return offset;
}

qint64 localToUtc(const QTimeZone &zone, QDate date, QTime time)
{
    const qint64 wall = naiveSeconds(date, time);
    // Offsets now range within +-14 h, so a day either side samples the offset before and
    // after any change that could touch this wall time.
    const int before = offsetAt(zone, wall - SecondsPerDay);
    const int after = offsetAt(zone, wall + SecondsPerDay);
    const qint64 early = wall - std::max(before, after);
    const qint64 late = wall - std::min(before, after);
    if (early + offsetAt(zone, early) == wall)
        return early; // also the first of two occurrences when the clocks go back
    if (late + offsetAt(zone, late) == wall)
        return late;
    // In the gap: the first instant whose wall time is at or after `wall` is the jump.
    qint64 lo = early, hi = late;
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (mid + offsetAt(zone, mid) >= wall)
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}

QDate localDate(const QTimeZone &zone, qint64 utc)
{
    const qint64 wall = utc + offsetAt(zone, utc);
    return QDate::fromJulianDay(floorDiv(wall, SecondsPerDay) + UnixEpochJulianDay);
}

QString formatUtc(qint64 utc)
{
    return formatInstantUtc(utc); // integer formatting: QDateTime::toString is ~7k instructions
}

QString formatLocal(const QTimeZone &zone, qint64 utc)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(utc, zone);
    return QCoreApplication::translate("termlens::LocalTime", "%1 %2 %3")
        .arg(displayDate(local.date()), local.time().toString(u"HH:mm"), zone.abbreviation(local));
}

QString formatDate(QDate date)
{
    return QCoreApplication::translate("termlens::LocalTime", "%1 %2")
        .arg(weekdayName(date.dayOfWeek()), displayDate(date));
}

QString weekdayName(int dayOfWeek)
{
    switch (dayOfWeek) {
    case Qt::Monday:
        return QCoreApplication::translate("termlens::LocalTime", "Monday");
    case Qt::Tuesday:
        return QCoreApplication::translate("termlens::LocalTime", "Tuesday");
    case Qt::Wednesday:
        return QCoreApplication::translate("termlens::LocalTime", "Wednesday");
    case Qt::Thursday:
        return QCoreApplication::translate("termlens::LocalTime", "Thursday");
    case Qt::Friday:
        return QCoreApplication::translate("termlens::LocalTime", "Friday");
    case Qt::Saturday:
        return QCoreApplication::translate("termlens::LocalTime", "Saturday");
    case Qt::Sunday:
        return QCoreApplication::translate("termlens::LocalTime", "Sunday");
    }
    return QCoreApplication::translate("termlens::LocalTime", "day %1").arg(dayOfWeek);
}

QString weekdaysText(const QList<int> &daysOfWeek)
{
    QList<int> days = daysOfWeek;
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    if (days.isEmpty())
        return QCoreApplication::translate("termlens::LocalTime", "no days");
    QStringList runs;
    for (qsizetype i = 0; i < days.size();) {
        qsizetype j = i;
        while (j + 1 < days.size() && days[j + 1] == days[j] + 1)
            ++j;
        if (j == i)
            runs << weekdayName(days[i]);
        else
            runs << QCoreApplication::translate("termlens::LocalTime", "%1–%2")
                        .arg(weekdayName(days[i]), weekdayName(days[j]));
        i = j + 1;
    }
    return runs.join(QCoreApplication::translate("termlens::LocalTime", ", "));
}

} // namespace termlens
