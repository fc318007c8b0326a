#include "dates.h"

#include "businesscalendar.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <utility>

namespace termlens {
namespace {

constexpr qint64 MinutesPerDay = 24 * 60;
// A calendar that never opens must not loop for ever: ten years of looking is plenty.
constexpr int BusinessDaySearchLimit = 3660;
// Amounts beyond this (a million days, months, ...) are typing mistakes; refusing them keeps
// month counts inside int and business-day loops short.
constexpr qint64 MaxAmount = 1000000;

bool isWeekday(QDate date)
{
    return date.dayOfWeek() <= 5;
}

// The Nth business day after `event` (the event day itself not counted).
QDate nthBusinessDayAfter(QDate event, qint64 n, const BusinessCalendar *calendar)
{
    QDate day = event;
    qint64 found = 0;
    int looked = 0;
    while (found < n) {
        day = day.addDays(1);
        if (++looked > BusinessDaySearchLimit && found == 0)
            return {};
        if (calendar ? calendar->isBusinessDay(day) : isWeekday(day))
            ++found;
    }
    return day;
}

// Shortest and longest number of days that `months` calendar months can span. Every starting
// month of a four-year cycle (one leap year) is tried; clamping is part of the answer.
std::pair<qint64, qint64> monthSpanDays(qint64 months)
{
    qint64 shortest = std::numeric_limits<qint64>::max();
    qint64 longest = 0;
    for (int m = 0; m < 48; ++m) {
        for (int day : {1, 31}) {
            const QDate from = QDate(2001, 1, 1).addMonths(m);
            const QDate start(from.year(), from.month(), std::min(day, from.daysInMonth()));
            const qint64 days = start.daysTo(start.addMonths(int(months)));
            shortest = std::min(shortest, days);
            longest = std::max(longest, days);
        }
    }
    return {shortest, longest};
}

// Shortest and longest span of N business days (Monday to Friday) from any day of the week.
std::pair<qint64, qint64> businessDaySpanDays(qint64 n)
{
    qint64 shortest = std::numeric_limits<qint64>::max();
    qint64 longest = 0;
    const QDate monday(2001, 1, 1);
    for (int d = 0; d < 7; ++d) {
        const QDate event = monday.addDays(d);
        // Whole weeks are always five business days; only the remainder depends on the start.
        const qint64 weeks = n > 5 ? (n - 1) / 5 : 0;
        const qint64 days =
            weeks * 7 + event.daysTo(nthBusinessDayAfter(event, n - weeks * 5, nullptr));
        shortest = std::min(shortest, days);
        longest = std::max(longest, days);
    }
    return {shortest, longest};
}

} // namespace

QDate addMonthsClamped(QDate date, int months)
{
    return date.addMonths(months);
}

QDate termEndDate(QDate start, int months)
{
    if (!start.isValid() || months < 1)
        return {};
    return addMonthsClamped(start, months).addDays(-1);
}

int monthsBetween(QDate a, QDate b)
{
    return (b.year() - a.year()) * 12 + (b.month() - a.month());
}

QDate windowEnd(QDate event, const Duration &duration, const BusinessCalendar *calendar,
                Working *working)
{
    if (!event.isValid() || duration.amount < 0 || duration.amount > MaxAmount)
        return {};
    const auto note = [working](const QString &line) {
        if (working)
            working->add(line);
    };
    const qint64 n = duration.amount;
    switch (duration.unit) {
    case DurationUnit::Minutes:
    case DurationUnit::Hours: {
        const qint64 minutes = duration.unit == DurationUnit::Hours ? n * 60 : n;
        const qint64 days = (minutes + MinutesPerDay - 1) / MinutesPerDay;
        note(QCoreApplication::translate("Dates",
                                         "%1 minutes after a date are counted as %2 whole days, "
                                         "since a date carries no time of day.")
                 .arg(minutes)
                 .arg(days));
        return event.addDays(days);
    }
    case DurationUnit::Days:
        return event.addDays(n);
    case DurationUnit::Weeks:
        return event.addDays(n * 7);
    case DurationUnit::Months:
        return addMonthsClamped(event, int(n));
    case DurationUnit::Years:
        return addMonthsClamped(event, int(n * 12));
    case DurationUnit::BusinessDays: {
        if (!calendar)
            note(QCoreApplication::translate("Dates",
                                             "No business calendar is given: Monday to Friday "
                                             "count as business days and no holidays are "
                                             "taken out."));
        const QDate end = nthBusinessDayAfter(event, n, calendar);
        if (!end.isValid())
            note(QCoreApplication::translate("Dates",
                                             "The business calendar has no business days, so "
                                             "the window has no end."));
        return end;
    }
    }
    return {};
}

DurationSpan durationSpan(const Duration &duration)
{
    DurationSpan span;
    const qint64 n = std::clamp<qint64>(duration.amount, 0, MaxAmount);
    auto setDays = [&span](qint64 shortest, qint64 longest) {
        span.shortestMinutes = shortest * MinutesPerDay;
        span.longestMinutes = longest * MinutesPerDay;
    };
    switch (duration.unit) {
    case DurationUnit::Minutes:
        span.shortestMinutes = span.longestMinutes = n;
        break;
    case DurationUnit::Hours:
        span.shortestMinutes = span.longestMinutes = n * 60;
        break;
    case DurationUnit::Days:
        setDays(n, n);
        break;
    case DurationUnit::Weeks:
        setDays(n * 7, n * 7);
        break;
    case DurationUnit::Months:
    case DurationUnit::Years: {
        const auto [shortest, longest] =
            monthSpanDays(duration.unit == DurationUnit::Years ? n * 12 : n);
        setDays(shortest, longest);
        break;
    }
    case DurationUnit::BusinessDays: {
        const auto [shortest, longest] =
            n == 0 ? std::pair<qint64, qint64>{0, 0} : businessDaySpanDays(n);
        setDays(shortest, longest);
        span.holidaysIgnored = n > 0;
        break;
    }
    }
    return span;
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace termlens
