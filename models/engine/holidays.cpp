#include "holidays.h"

#include <QCoreApplication>

#include <algorithm>

namespace termlens {

namespace {

// A day off and the untranslated name it is listed under (translated on the way out).
struct NamedDay
{
    QDate date;
    const char *name;
};

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

// The n-th (1-based) given weekday of a month.
QDate nthWeekday(int year, int month, int dayOfWeek, int n)
{
    const QDate first(year, month, 1);
    return first.addDays((dayOfWeek - first.dayOfWeek() + 7) % 7 + 7 * (n - 1));
}

QDate lastWeekday(int year, int month, int dayOfWeek)
{
    const QDate first(year, month, 1);
    const QDate last(year, month, first.daysInMonth());
    return last.addDays(-((last.dayOfWeek() - dayOfWeek + 7) % 7));
}

// England and Wales substitute days: a holiday on its own weekday stays put; one on a weekend
// moves to the next weekday not already a holiday, in order (so when Christmas is a Sunday,
// Boxing Day keeps Monday 26 and Christmas moves to Tuesday 27, as gov.uk lists it).
void addWithSubstitutes(QList<NamedDay> &days, const QList<NamedDay> &nominal,
                        const QList<const char *> &substituteNames)
{
    QList<QDate> taken;
    for (const NamedDay &d : nominal) {
        if (!isWeekend(d.date)) {
            days.append(d);
            taken.append(d.date);
        }
    }
    for (qsizetype i = 0; i < nominal.size(); ++i) {
        if (!isWeekend(nominal[i].date))
            continue;
        QDate x = nominal[i].date;
        while (isWeekend(x) || taken.contains(x))
            x = x.addDays(1);
        days.append({x, substituteNames[i]});
        taken.append(x);
    }
}

QList<NamedDay> englandAndWales(int year)
{
    QList<NamedDay> days;
    addWithSubstitutes(
        days, {{QDate(year, 1, 1), QT_TRANSLATE_NOOP("termlens::Holidays", "New Year's Day")}},
        {QT_TRANSLATE_NOOP("termlens::Holidays", "New Year's Day (substitute day)")});
    const QDate easter = easterSunday(year);
    days.append({easter.addDays(-2), QT_TRANSLATE_NOOP("termlens::Holidays", "Good Friday")});
    days.append({easter.addDays(1), QT_TRANSLATE_NOOP("termlens::Holidays", "Easter Monday")});

    // Moved by proclamation: VE Day anniversaries (1995, 2020) and the jubilees (2002, 2012,
    // 2022), where the spring holiday moved to June beside an extra day listed below.
    if (year == 1995 || year == 2020)
        days.append({QDate(year, 5, 8),
                     QT_TRANSLATE_NOOP("termlens::Holidays", "Early May bank holiday (VE day)")});
    else if (year >= 1978)
        days.append({nthWeekday(year, 5, Qt::Monday, 1),
                     QT_TRANSLATE_NOOP("termlens::Holidays", "Early May bank holiday")});
    QDate spring = lastWeekday(year, 5, Qt::Monday);
    if (year == 2002 || year == 2012)
        spring = QDate(year, 6, 4);
    else if (year == 2022)
        spring = QDate(2022, 6, 2);
    days.append({spring, QT_TRANSLATE_NOOP("termlens::Holidays", "Spring bank holiday")});
    days.append({lastWeekday(year, 8, Qt::Monday),
                 QT_TRANSLATE_NOOP("termlens::Holidays", "Summer bank holiday")});

    addWithSubstitutes(
        days,
        {{QDate(year, 12, 25), QT_TRANSLATE_NOOP("termlens::Holidays", "Christmas Day")},
         {QDate(year, 12, 26), QT_TRANSLATE_NOOP("termlens::Holidays", "Boxing Day")}},
        {QT_TRANSLATE_NOOP("termlens::Holidays", "Christmas Day (substitute day)"),
         QT_TRANSLATE_NOOP("termlens::Holidays", "Boxing Day (substitute day)")});

    static const NamedDay oneOffs[] = {
        {QDate(1981, 7, 29), QT_TRANSLATE_NOOP("termlens::Holidays", "Royal wedding")},
        {QDate(1999, 12, 31), QT_TRANSLATE_NOOP("termlens::Holidays", "Millennium celebrations")},
        {QDate(2002, 6, 3), QT_TRANSLATE_NOOP("termlens::Holidays", "Golden Jubilee bank holiday")},
        {QDate(2011, 4, 29), QT_TRANSLATE_NOOP("termlens::Holidays", "Royal wedding")},
        {QDate(2012, 6, 5),
         QT_TRANSLATE_NOOP("termlens::Holidays", "Diamond Jubilee bank holiday")},
        {QDate(2022, 6, 3),
         QT_TRANSLATE_NOOP("termlens::Holidays", "Platinum Jubilee bank holiday")},
        {QDate(2022, 9, 19),
         QT_TRANSLATE_NOOP("termlens::Holidays",
                           "Bank holiday for the State Funeral of Queen Elizabeth II")},
        {QDate(2023, 5, 8),
         QT_TRANSLATE_NOOP("termlens::Holidays",
                           "Bank holiday for the coronation of King Charles III")},
    };
    for (const NamedDay &d : oneOffs) {
        if (d.date.year() == year)
            days.append(d);
    }
    return days;
}

// Saturday -> Friday, Sunday -> Monday; `observed` tells the caller whether it moved.
QDate observedDay(QDate date, bool *observed)
{
    *observed = isWeekend(date);
    if (date.dayOfWeek() == Qt::Saturday)
        return date.addDays(-1);
    if (date.dayOfWeek() == Qt::Sunday)
        return date.addDays(1);
    return date;
}

struct UsDay
{
    QDate date;
    const char *name;
    bool observed;
};

QList<UsDay> usFederal(int year)
{
    const QList<NamedDay> fixed = {
        {QDate(year, 1, 1), QT_TRANSLATE_NOOP("termlens::Holidays", "New Year's Day")},
        {QDate(year, 6, 19),
         QT_TRANSLATE_NOOP("termlens::Holidays", "Juneteenth National Independence Day")},
        {QDate(year, 7, 4), QT_TRANSLATE_NOOP("termlens::Holidays", "Independence Day")},
        {QDate(year, 11, 11), QT_TRANSLATE_NOOP("termlens::Holidays", "Veterans Day")},
        {QDate(year, 12, 25), QT_TRANSLATE_NOOP("termlens::Holidays", "Christmas Day")},
        {QDate(year + 1, 1, 1), QT_TRANSLATE_NOOP("termlens::Holidays", "New Year's Day")},
    };
    QList<UsDay> days;
    for (const NamedDay &d : fixed) {
        if (d.date.month() == 6 && year < 2021)
            continue;
        bool moved = false;
        const QDate day = observedDay(d.date, &moved);
        if (day.year() == year)
            days.append({day, d.name, moved});
    }
    const QList<NamedDay> floating = {
        {nthWeekday(year, 2, Qt::Monday, 3),
         QT_TRANSLATE_NOOP("termlens::Holidays", "Washington's Birthday")},
        {lastWeekday(year, 5, Qt::Monday), QT_TRANSLATE_NOOP("termlens::Holidays", "Memorial Day")},
        {nthWeekday(year, 9, Qt::Monday, 1), QT_TRANSLATE_NOOP("termlens::Holidays", "Labor Day")},
        {nthWeekday(year, 10, Qt::Monday, 2),
         QT_TRANSLATE_NOOP("termlens::Holidays", "Columbus Day")},
        {nthWeekday(year, 11, Qt::Thursday, 4),
         QT_TRANSLATE_NOOP("termlens::Holidays", "Thanksgiving Day")},
    };
    for (const NamedDay &d : floating)
        days.append({d.date, d.name, false});
    if (year >= 1986)
        days.append({nthWeekday(year, 1, Qt::Monday, 3),
                     QT_TRANSLATE_NOOP("termlens::Holidays", "Birthday of Martin Luther King, Jr."),
                     false});
    return days;
}

template <typename Day> QList<QDate> sortedDates(const QList<Day> &days)
{
    QList<QDate> dates;
    for (const Day &d : days)
        dates.append(d.date);
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

} // namespace

QDate easterSunday(int year)
{
    const int a = year % 19, b = year / 100, c = year % 100;
    const int d = b / 4, e = b % 4, f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int n = h + l - 7 * m + 114;
    return QDate(year, n / 31, n % 31 + 1);
}

QList<QDate> englandAndWalesBankHolidays(int year)
{
    return sortedDates(englandAndWales(year));
}

QList<QDate> usFederalHolidays(int year)
{
    return sortedDates(usFederal(year));
}

QList<QDate> holidays(HolidaySet set, int year)
{
    switch (set) {
    case HolidaySet::None:
        return {};
    case HolidaySet::EnglandAndWales:
        return englandAndWalesBankHolidays(year);
    case HolidaySet::UsFederal:
        return usFederalHolidays(year);
    }
    return {};
}

bool isHoliday(HolidaySet set, QDate date)
{
    return date.isValid() && holidays(set, date.year()).contains(date);
}

QString holidayName(HolidaySet set, QDate date)
{
    if (!date.isValid())
        return {};
    if (set == HolidaySet::EnglandAndWales) {
        for (const NamedDay &d : englandAndWales(date.year())) {
            if (d.date == date)
                return QCoreApplication::translate("termlens::Holidays", d.name);
        }
    } else if (set == HolidaySet::UsFederal) {
        for (const UsDay &d : usFederal(date.year())) {
            if (d.date != date)
                continue;
            const QString name = QCoreApplication::translate("termlens::Holidays", d.name);
            return d.observed ? QCoreApplication::translate("termlens::Holidays", "%1 (observed)")
                                    .arg(name)
                              : name;
        }
    }
    return {};
}

QString holidaySetName(HolidaySet set)
{
    switch (set) {
    case HolidaySet::None:
        return QCoreApplication::translate("termlens::Holidays", "no public holidays");
    case HolidaySet::EnglandAndWales:
        return QCoreApplication::translate("termlens::Holidays", "England and Wales bank holidays");
    case HolidaySet::UsFederal:
        return QCoreApplication::translate("termlens::Holidays", "US federal holidays");
    }
    return {};
}

} // namespace termlens
