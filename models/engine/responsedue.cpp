#include "responsedue.h"

#include "businesscalendar.h"
#include "holidays.h"
#include "localtime.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace termlens {

namespace {

const SupportLevel *findLevel(const Support &support, const QString &name)
{
    for (const SupportLevel &level : support.levels) {
        if (level.name == name)
            return &level;
    }
    for (const SupportLevel &level : support.levels) {
        if (level.name.compare(name, Qt::CaseInsensitive) == 0)
            return &level;
    }
    return nullptr;
}

QString clauseText(const Citation &first, const Citation &fallback)
{
    const QString clause = first.clause.isEmpty() ? fallback.clause : first.clause;
    return clause.isEmpty()
               ? QCoreApplication::translate("termlens::ResponseDue", "clause not stated")
               : QCoreApplication::translate("termlens::ResponseDue", "clause %1").arg(clause);
}

QString amountText(const ResponseTime &response)
{
    const int n = int(std::min<qint64>(response.amount, std::numeric_limits<int>::max()));
    const bool business = response.clock == Clock::Business;
    // Singular and plural as separate English sources so that untranslated text reads well.
    const bool one = n == 1;
    switch (response.unit) {
    case ResponseUnit::Minutes:
        if (business)
            return one ? QCoreApplication::translate("termlens::ResponseDue", "%n business minute",
                                                     nullptr, n)
                       : QCoreApplication::translate("termlens::ResponseDue", "%n business minutes",
                                                     nullptr, n);
        return one ? QCoreApplication::translate("termlens::ResponseDue", "%n minute", nullptr, n)
                   : QCoreApplication::translate("termlens::ResponseDue", "%n minutes", nullptr, n);
    case ResponseUnit::Hours:
        if (business)
            return one ? QCoreApplication::translate("termlens::ResponseDue", "%n business hour",
                                                     nullptr, n)
                       : QCoreApplication::translate("termlens::ResponseDue", "%n business hours",
                                                     nullptr, n);
        return one ? QCoreApplication::translate("termlens::ResponseDue", "%n hour", nullptr, n)
                   : QCoreApplication::translate("termlens::ResponseDue", "%n hours", nullptr, n);
    case ResponseUnit::Days:
        if (business)
            return one ? QCoreApplication::translate("termlens::ResponseDue", "%n business day",
                                                     nullptr, n)
                       : QCoreApplication::translate("termlens::ResponseDue", "%n business days",
                                                     nullptr, n);
        return one ? QCoreApplication::translate("termlens::ResponseDue", "%n day", nullptr, n)
                   : QCoreApplication::translate("termlens::ResponseDue", "%n days", nullptr, n);
    }
    return {};
}

// A century, in minutes and in days: a longer response time is a typing mistake, and refusing
// it keeps the arithmetic far from overflow and the day-by-day search short.
constexpr qint64 MaxDays = qint64(100) * 366;
constexpr qint64 MaxMinutes = MaxDays * 24 * 60;

bool tooLong(const ResponseTime &response)
{
    switch (response.unit) {
    case ResponseUnit::Minutes:
        return response.amount > MaxMinutes;
    case ResponseUnit::Hours:
        return response.amount > MaxMinutes / 60;
    case ResponseUnit::Days:
        return response.amount > MaxDays;
    }
    return true;
}

QString utcText(qint64 utc)
{
    return formatUtc(utc);
}

ResponseDue roundTheClock(const ResponseTime &response, qint64 reportedUtc)
{
    qint64 minutes = response.amount;
    if (response.unit == ResponseUnit::Hours)
        minutes *= 60;
    else if (response.unit == ResponseUnit::Days)
        minutes *= 24 * 60;
    ResponseDue result{reportedUtc + minutes * 60, minutes, {}};
    result.working.add(QCoreApplication::translate(
        "termlens::ResponseDue",
        "Clock: 24×7, elapsed wall time (a day is 24 hours); no business hours "
        "or holidays apply."));
    result.working.add(
        QCoreApplication::translate("termlens::ResponseDue", "Reported %1 + %2 minutes = due %3.")
            .arg(utcText(reportedUtc))
            .arg(minutes)
            .arg(utcText(result.due)));
    return result;
}

// One line per local day from the report to the due time: the open time counted on it, or
// why it was skipped (weekend, or the holiday by name).
// Day lines itemised at most; the days after them are summed up in one line, so a response
// due in years (valid, if unusual) keeps a readable working and does not spend seconds on it.
constexpr int ItemisedDays = 62;

void describeDays(const BusinessCalendar &calendar, qint64 reportedUtc, qint64 startUtc,
                  qint64 dueUtc, Working &working)
{
    const QTimeZone &zone = calendar.timeZone();
    const HolidaySet set = calendar.hours().holidays;
    const QDate first = calendar.localDate(reportedUtc);
    const QDate last = calendar.localDate(dueUtc);
    int itemised = 0;
    QDate restFrom;
    for (QDate d = first.addDays(-1); d <= last; d = d.addDays(1)) {
        if (itemised == ItemisedDays && d < last) {
            restFrom = d;
            break;
        }
        if (d >= first && !calendar.hours().days.contains(d.dayOfWeek())) {
            // A calendar may close on a weekday too (Monday to Thursday hours).
            working.add(
                d.dayOfWeek() >= Qt::Saturday
                    ? QCoreApplication::translate("termlens::ResponseDue",
                                                  "Skipped %1: not a business day (weekend).")
                          .arg(formatDate(d))
                    : QCoreApplication::translate("termlens::ResponseDue",
                                                  "Skipped %1: not a business day (open %2).")
                          .arg(formatDate(d), weekdaysText(calendar.hours().days)));
            ++itemised;
            continue;
        }
        const QString holiday = holidayName(set, d);
        if (d >= first && !holiday.isEmpty()) {
            working.add(QCoreApplication::translate("termlens::ResponseDue", "Skipped %1: %2 (%3).")
                            .arg(formatDate(d), holiday, holidaySetName(set)));
            ++itemised;
            continue;
        }
        const std::optional<Interval> span = calendar.openSpan(d);
        if (!span)
            continue;
        const Interval counted{std::max(span->start, startUtc), std::min(span->end, dueUtc)};
        if (counted.isEmpty())
            continue;
        working.add(QCoreApplication::translate("termlens::ResponseDue",
                                                "Counted %1: %2 to %3, %4 minutes.")
                        .arg(formatDate(d), formatLocal(zone, counted.start),
                             formatLocal(zone, counted.end))
                        .arg(counted.length() / 60));
        ++itemised;
    }
    if (!restFrom.isValid())
        return;
    // The rest in one line: the business minutes from the first day not itemised (after the
    // itemised day's hours, which may run past midnight) to the due instant.
    qint64 restStart = std::max(startUtc, localToUtc(zone, restFrom, QTime(0, 0)));
    if (const std::optional<Interval> before = calendar.openSpan(restFrom.addDays(-1)))
        restStart = std::max(restStart, before->end);
    working.add(QCoreApplication::translate("termlens::ResponseDue",
                                            "%1 to %2 (%3 days, not itemised): %4 business "
                                            "minutes counted, weekends and holidays skipped.")
                    .arg(formatDate(restFrom), formatDate(last))
                    .arg(restFrom.daysTo(last) + 1)
                    .arg(calendar.businessMinutesBetween(restStart, dueUtc)));
}

Outcome<ResponseDue> businessClock(const Support &support, const SupportLevel &level,
                                   qint64 reportedUtc)
{
    if (!support.businessHours)
        return Outcome<ResponseDue>::failure(
            QCoreApplication::translate("termlens::ResponseDue",
                                        "Level %1 is measured in business time, but the agreement "
                                        "states no business hours.")
                .arg(level.name));
    const BusinessCalendar calendar(*support.businessHours);
    if (!calendar.isValid())
        return Outcome<ResponseDue>::failure(calendar.problem());
    const ResponseTime &response = level.response;
    const qint64 start = calendar.nextOpenInstant(reportedUtc);
    qint64 due = BusinessCalendar::Never;
    if (response.unit == ResponseUnit::Days)
        due = calendar.addBusinessDays(reportedUtc, int(response.amount)); // <= MaxDays
    else
        due = calendar.addBusinessMinutes(reportedUtc, response.unit == ResponseUnit::Hours
                                                           ? response.amount * 60
                                                           : response.amount);
    if (start == BusinessCalendar::Never || due == BusinessCalendar::Never)
        return Outcome<ResponseDue>::failure(QCoreApplication::translate(
            "termlens::ResponseDue",
            "The business hours never open, so no response time can be computed."));

    ResponseDue result{due, calendar.businessMinutesBetween(start, due), {}};
    Working &w = result.working;
    w.add(QCoreApplication::translate("termlens::ResponseDue", "Clock: business hours, %1 (%2).")
              .arg(describeBusinessHours(calendar.hours()),
                   clauseText(calendar.hours().citation, support.citation)));
    if (response.unit == ResponseUnit::Days)
        w.add(QCoreApplication::translate(
            "termlens::ResponseDue",
            "Reading: N business days are N full business days of open time: from inside "
            "the hours, the same point in the hours of the Nth business day after; from an "
            "opening or out of hours, the closing of the Nth business day."));
    else
        w.add(QCoreApplication::translate(
            "termlens::ResponseDue",
            "Reading: N business hours are N × 60 minutes of open time, counted from the "
            "report, or from the next opening when reported out of hours."));
    const QTimeZone &zone = calendar.timeZone();
    w.add(QCoreApplication::translate("termlens::ResponseDue", "Reported %1 (%2).")
              .arg(formatLocal(zone, reportedUtc), utcText(reportedUtc)));
    if (start != reportedUtc)
        w.add(QCoreApplication::translate(
                  "termlens::ResponseDue",
                  "Reported out of hours: the clock starts at the next opening, %1 (%2).")
                  .arg(formatLocal(zone, start), utcText(start)));
    describeDays(calendar, reportedUtc, start, due, w);
    w.add(QCoreApplication::translate("termlens::ResponseDue",
                                      "Due %1 (%2), after %3 business minutes.")
              .arg(formatLocal(zone, due), utcText(due))
              .arg(result.businessMinutes));
    return Outcome<ResponseDue>::success(std::move(result));
}

} // namespace

Outcome<ResponseDue> responseDue(const Support &support, const QString &levelName,
                                 qint64 reportedUtc)
{
    const SupportLevel *level = findLevel(support, levelName);
    if (!level) {
        QStringList names;
        for (const SupportLevel &l : support.levels)
            names << l.name;
        if (names.isEmpty())
            return Outcome<ResponseDue>::failure(
                QCoreApplication::translate(
                    "termlens::ResponseDue",
                    "No support level named \"%1\": the agreement states no support levels.")
                    .arg(levelName));
        return Outcome<ResponseDue>::failure(
            QCoreApplication::translate(
                "termlens::ResponseDue",
                "No support level named \"%1\"; the agreement's levels are: %2.")
                .arg(levelName,
                     names.join(QCoreApplication::translate("termlens::ResponseDue", ", "))));
    }
    if (level->response.amount < 0)
        return Outcome<ResponseDue>::failure(
            QCoreApplication::translate("termlens::ResponseDue",
                                        "Level %1 has a negative response time.")
                .arg(level->name));

    if (tooLong(level->response))
        return Outcome<ResponseDue>::failure(
            QCoreApplication::translate("termlens::ResponseDue",
                                        "Level %1's response time, %2, is longer than a century: "
                                        "check the term sheet.")
                .arg(level->name, amountText(level->response)));

    Outcome<ResponseDue> outcome;
    if (level->response.clock == Clock::TwentyFourSeven)
        outcome = Outcome<ResponseDue>::success(roundTheClock(level->response, reportedUtc));
    else
        outcome = businessClock(support, *level, reportedUtc);
    if (!outcome.ok())
        return outcome;
    Working working;
    working.add(QCoreApplication::translate("termlens::ResponseDue", "%1 (%2): response within %3.")
                    .arg(level->name, clauseText(level->citation, support.citation),
                         amountText(level->response)));
    working.append(outcome.value->working);
    outcome.value->working = working;
    return outcome;
}

} // namespace termlens
