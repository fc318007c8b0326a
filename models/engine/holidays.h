#pragma once

#include "termsheet.h"

#include <QDate>
#include <QList>
#include <QString>

namespace termlens {

// Public-holiday sets of support calendars (DOMAIN.md "Deadlines from dates"). Lists are sorted
// and hold the days that are actually off work, i.e. substitute and observed days rather than
// the nominal date when that falls on a weekend.

// England and Wales bank holidays of `year`: the standing rules in force since 1978 (New Year's
// Day, Good Friday, Easter Monday, early May, spring and summer bank holidays, Christmas and
// Boxing Day, weekend days moved to the next free weekday) with the moves and one-off days
// proclaimed since then (1981, 1995, 1999, 2002, 2011, 2012, 2020, 2022, 2023). Substitute days
// never leave the year, so a date is a holiday exactly when its own year's list holds it.
QList<QDate> englandAndWalesBankHolidays(int year);

// US federal holidays (5 U.S.C. 6103) as observed by federal offices: Saturday -> Friday,
// Sunday -> Monday. MLK Day from 1986, Juneteenth from 2021; one-off closures by executive
// order are not holidays here. The list holds the observed days that FALL IN `year`: when
// 1 January of year+1 is a Saturday, its observed day, 31 December, is in `year`'s list and
// year+1's list has no New Year's Day (2021 holds 2021-12-31; 2022 holds nothing in January).
// isHoliday() therefore counts 31 December 2021 as a holiday, and 1 January 2022 as not.
QList<QDate> usFederalHolidays(int year);

// The holidays of `set` that fall in `year` (empty for HolidaySet::None).
QList<QDate> holidays(HolidaySet set, int year);
bool isHoliday(HolidaySet set, QDate date);
// Translated name of the holiday on `date` ("Boxing Day (substitute day)"), empty if none.
QString holidayName(HolidaySet set, QDate date);
// Translated name of the set ("England and Wales bank holidays").
QString holidaySetName(HolidaySet set);

// Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm).
QDate easterSunday(int year);

} // namespace termlens
