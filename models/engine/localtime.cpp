#include "localtime.h"

#include "instant.h"
#include "localeformat.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

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

int offsetAt(const QTimeZone &zone, qint64 utc)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC));
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
