#pragma once

#include "interval.h"
#include "termsheet.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <limits>
#include <optional>

namespace termlens {

// An agreement's support calendar: opening hours on given weekdays in an IANA zone, less a
// public-holiday set (DOMAIN.md "Deadlines from dates"). Works day by day in local time, so
// DST is exact: 09:00-17:30 Europe/London is 8.5 h on both sides of a change, and "Etc/GMT"
// hours stay on GMT all year (09:00-18:00 GMT is 10:00-19:00 BST).
//
// Hours whose `to` is not after `from` run past midnight; such a span belongs to the day it
// starts on, and that day alone decides whether it is a business day.
class BusinessCalendar
{
public:
    // Returned by the adders when the calendar never opens (invalid zone, no weekdays).
    static constexpr qint64 Never = std::numeric_limits<qint64>::max();

    explicit BusinessCalendar(const BusinessHours &hours);

    bool isValid() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; } // translated; empty when valid
    const BusinessHours &hours() const { return m_hours; }
    const QTimeZone &timeZone() const { return m_zone; }
    QDate localDate(qint64 utc) const;

    // A listed weekday that is not a holiday of the calendar's set.
    bool isBusinessDay(QDate local) const;
    // The open span of the business day `local`, or nothing when it is not a business day.
    std::optional<Interval> openSpan(QDate local) const;
    // Open time clipped to [fromUtc, toUtc), merged.
    QList<Interval> openIntervals(qint64 fromUtc, qint64 toUtc) const;
    // The instant at which `minutes` of open time have passed since `fromUtc` (counting from
    // the next opening when `fromUtc` is out of hours; opening is in hours, closing is not).
    // Running out exactly at a closing gives the closing, not the next opening. Zero minutes
    // gives the clock's start; negative counts as zero.
    qint64 addBusinessMinutes(qint64 fromUtc, qint64 minutes) const;
    // N full business days of open time: from a point inside day D's hours, the same open
    // time into the Nth business day after D (capped at that day's closing); from an opening
    // or out of hours, the closing of the Nth business day counting the next one to open as
    // the first. Zero or fewer days gives the clock's start.
    qint64 addBusinessDays(qint64 fromUtc, int days) const;
    // Open time in [a, b) in whole minutes (seconds truncated); negative when b < a.
    qint64 businessMinutesBetween(qint64 a, qint64 b) const;
    // The clock's start: `fromUtc` when in hours, else the next opening (Never if none).
    qint64 nextOpenInstant(qint64 fromUtc) const;

private:
    BusinessHours m_hours;
    QTimeZone m_zone;
    QString m_problem;
    // The holidays of the year asked about last: a month's open hours ask for the same year
    // thirty times over.
    mutable int m_holidayYear = 0;
    mutable QList<QDate> m_holidayDates;
};

// The spans of a weekly window clipped to [fromUtc, toUtc), merged. Windows like 23:00-04:00
// run past midnight; the days listed are the days a span STARTS. Empty for an unknown zone.
QList<Interval> weeklyWindowIntervals(const WeeklyWindow &window, qint64 fromUtc, qint64 toUtc);

// "Monday–Friday 09:00–18:00 Etc/GMT, England and Wales bank holidays" (translated).
QString describeBusinessHours(const BusinessHours &hours);

} // namespace termlens
