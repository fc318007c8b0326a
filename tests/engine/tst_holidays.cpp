#include "holidays.h"

#include <QTest>

using namespace termlens;

// Holiday sets, each list written out by hand from the published calendars (gov.uk bank
// holidays; OPM federal holidays) or, for years not yet published, from the rules by hand.
class TestHolidays final : public QObject
{
    Q_OBJECT

private slots:
    void easter_data();
    void easter();
    void englandAndWales_data();
    void englandAndWales();
    void usFederal_data();
    void usFederal();
    void isHoliday_data();
    void isHoliday();
    void names_data();
    void names();
};

namespace {

// "01-01 04-10" in `year` -> dates.
QList<QDate> days(int year, const char *monthDays)
{
    QList<QDate> result;
    const QStringList parts = QString::fromLatin1(monthDays).split(u' ', Qt::SkipEmptyParts);
    for (const QString &md : parts)
        result.append(QDate(year, md.left(2).toInt(), md.mid(3).toInt()));
    return result;
}

} // namespace

void TestHolidays::easter_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("expected");
    // Easter Sunday from the published tables.
    QTest::newRow("2000") << 2000 << QDate(2000, 4, 23);
    QTest::newRow("2008 early") << 2008 << QDate(2008, 3, 23);
    QTest::newRow("2011") << 2011 << QDate(2011, 4, 24);
    QTest::newRow("2012") << 2012 << QDate(2012, 4, 8);
    QTest::newRow("2020") << 2020 << QDate(2020, 4, 12);
    QTest::newRow("2021") << 2021 << QDate(2021, 4, 4);
    QTest::newRow("2022") << 2022 << QDate(2022, 4, 17);
    QTest::newRow("2023") << 2023 << QDate(2023, 4, 9);
    QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
    QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
    QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
    QTest::newRow("2028") << 2028 << QDate(2028, 4, 16);
    QTest::newRow("2029") << 2029 << QDate(2029, 4, 1);
    QTest::newRow("2030") << 2030 << QDate(2030, 4, 21);
    QTest::newRow("2038 latest") << 2038 << QDate(2038, 4, 25);
}

void TestHolidays::easter()
{
    QFETCH(int, year);
    QFETCH(QDate, expected);
    QCOMPARE(easterSunday(year), expected);
}

void TestHolidays::englandAndWales_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("expected");
    // New Year (Sat/Sun -> Mon), Good Friday = Easter - 2, Easter Monday = Easter + 1, first
    // Monday of May, last Monday of May, last Monday of August, Christmas and Boxing Day with
    // weekend days moved to the next free weekday.
    // 2011: 1 Jan Sat -> Mon 3 Jan; Easter 24 Apr; royal wedding Fri 29 Apr; 25 Dec Sun, so
    // Boxing Day keeps Mon 26 and Christmas moves to Tue 27.
    QTest::newRow("2011 royal wedding")
        << 2011 << days(2011, "01-03 04-22 04-25 04-29 05-02 05-30 08-29 12-26 12-27");
    // 2012: 1 Jan Sun -> Mon 2; Easter 8 Apr; spring moved to Mon 4 Jun + Tue 5 Jun jubilee.
    QTest::newRow("2012 diamond jubilee")
        << 2012 << days(2012, "01-02 04-06 04-09 05-07 06-04 06-05 08-27 12-25 12-26");
    // 2020: Easter 12 Apr; early May moved to Fri 8 May (VE day); 26 Dec Sat -> Mon 28.
    QTest::newRow("2020") << 2020 << days(2020, "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28");
    // 2021: Easter 4 Apr; 25 Dec Sat -> Mon 27, 26 Dec Sun -> Tue 28.
    QTest::newRow("2021") << 2021 << days(2021, "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28");
    // 2022: 1 Jan Sat -> Mon 3 Jan; Easter 17 Apr; spring moved to Thu 2 Jun, Platinum
    // Jubilee Fri 3 Jun; state funeral Mon 19 Sep; 25 Dec Sun -> Tue 27 (Boxing Day Mon 26).
    QTest::newRow("2022") << 2022
                          << days(2022,
                                  "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27");
    // 2023: 1 Jan Sun -> Mon 2; Easter 9 Apr; coronation Mon 8 May.
    QTest::newRow("2023") << 2023
                          << days(2023, "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26");
    // 2024: Easter 31 Mar, so Good Friday 29 Mar and Easter Monday 1 Apr.
    QTest::newRow("2024") << 2024 << days(2024, "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26");
    QTest::newRow("2025") << 2025 << days(2025, "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26");
    // 2026: 26 Dec Sat -> Mon 28.
    QTest::newRow("2026") << 2026 << days(2026, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28");
    // 2027: Easter 28 Mar; 25 Dec Sat -> Mon 27, 26 Dec Sun -> Tue 28.
    QTest::newRow("2027") << 2027 << days(2027, "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28");
    // 2028: 1 Jan Sat -> Mon 3 Jan; 1 May is itself the first Monday.
    QTest::newRow("2028") << 2028 << days(2028, "01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26");
    // 2029: Easter 1 Apr, so Good Friday 30 Mar.
    QTest::newRow("2029") << 2029 << days(2029, "01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26");
    QTest::newRow("2030") << 2030 << days(2030, "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26");
}

void TestHolidays::englandAndWales()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, expected);
    QCOMPARE(englandAndWalesBankHolidays(year), expected);
    QCOMPARE(holidays(HolidaySet::EnglandAndWales, year), expected);
}

void TestHolidays::usFederal_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("expected");
    // Observed days in the year: MLK 3rd Mon Jan, Washington 3rd Mon Feb, Memorial last Mon
    // May, Labor 1st Mon Sep, Columbus 2nd Mon Oct, Thanksgiving 4th Thu Nov; fixed days
    // Sat -> Fri, Sun -> Mon.
    // 2020: no Juneteenth yet; 4 Jul Sat -> Fri 3 Jul.
    QTest::newRow("2020") << 2020
                          << days(2020,
                                  "01-01 01-20 02-17 05-25 07-03 09-07 10-12 11-11 11-26 12-25");
    // 2021: 19 Jun Sat -> Fri 18; 4 Jul Sun -> Mon 5; 25 Dec Sat -> Fri 24; 1 Jan 2022 Sat ->
    // Fri 31 Dec 2021, listed in 2021.
    QTest::newRow("2021")
        << 2021
        << days(2021, "01-01 01-18 02-15 05-31 06-18 07-05 09-06 10-11 11-11 11-25 12-24 12-31");
    // 2022: New Year observed in 2021, so nothing on 1 Jan; 19 Jun Sun -> Mon 20; 25 Dec Sun ->
    // Mon 26.
    QTest::newRow("2022") << 2022
                          << days(2022,
                                  "01-17 02-21 05-30 06-20 07-04 09-05 10-10 11-11 11-24 12-26");
    // 2023: 1 Jan Sun -> Mon 2; 11 Nov Sat -> Fri 10.
    QTest::newRow("2023")
        << 2023 << days(2023, "01-02 01-16 02-20 05-29 06-19 07-04 09-04 10-09 11-10 11-23 12-25");
    // 2024: 1 Jan Mon; MLK 15 Jan; Washington 19 Feb (1 Feb Thu); Memorial 27 May (31 May Fri);
    // Juneteenth Wed; Labor 2 Sep (1 Sep Sun); Columbus 14 Oct; Veterans Mon 11 Nov;
    // Thanksgiving 28 Nov (1 Nov Fri); 25 Dec Wed.
    QTest::newRow("2024")
        << 2024 << days(2024, "01-01 01-15 02-19 05-27 06-19 07-04 09-02 10-14 11-11 11-28 12-25");
    // 2025: 1 Jan Wed; MLK 20 Jan; 17 Feb (1 Feb Sat); 26 May (31 May Sat); Labor 1 Sep (Mon);
    // Columbus 13 Oct; Veterans Tue; Thanksgiving 27 Nov (1 Nov Sat); 25 Dec Thu.
    QTest::newRow("2025")
        << 2025 << days(2025, "01-01 01-20 02-17 05-26 06-19 07-04 09-01 10-13 11-11 11-27 12-25");
    // 2026: 1 Jan Thu; MLK 19 Jan; 16 Feb; 25 May (31 May Sun); Juneteenth Fri; 4 Jul Sat ->
    // Fri 3 Jul; Labor 7 Sep; Columbus 12 Oct; Veterans Wed; Thanksgiving 26 Nov; 25 Dec Fri;
    // 1 Jan 2027 Fri stays in 2027.
    QTest::newRow("2026")
        << 2026 << days(2026, "01-01 01-19 02-16 05-25 06-19 07-03 09-07 10-12 11-11 11-26 12-25");
    // 2027 (same weekdays as 2021): 4 Jul Sun -> Mon 5; 1 Jan 2028 Sat -> Fri 31 Dec 2027.
    QTest::newRow("2027")
        << 2027
        << days(2027, "01-01 01-18 02-15 05-31 06-18 07-05 09-06 10-11 11-11 11-25 12-24 12-31");
    // 2028: New Year observed in 2027; 11 Nov Sat -> Fri 10.
    QTest::newRow("2028") << 2028
                          << days(2028,
                                  "01-17 02-21 05-29 06-19 07-04 09-04 10-09 11-10 11-23 12-25");
    // 2029: 1 Jan Mon; MLK 15 Jan; 19 Feb (1 Feb Thu); 28 May (31 May Thu); Labor 3 Sep
    // (1 Sep Sat); Columbus 8 Oct (1 Oct Mon); 11 Nov Sun -> Mon 12; Thanksgiving 22 Nov
    // (1 Nov Thu); 25 Dec Tue.
    QTest::newRow("2029")
        << 2029 << days(2029, "01-01 01-15 02-19 05-28 06-19 07-04 09-03 10-08 11-12 11-22 12-25");
    // 2030: 1 Jan Tue; MLK 21 Jan (first Monday 7 Jan); 18 Feb (1 Feb Fri); 27 May (31 May Fri);
    // Labor 2 Sep (1 Sep Sun); Columbus 14 Oct; Veterans Mon; Thanksgiving 28 Nov; 25 Dec Wed.
    QTest::newRow("2030")
        << 2030 << days(2030, "01-01 01-21 02-18 05-27 06-19 07-04 09-02 10-14 11-11 11-28 12-25");
}

void TestHolidays::usFederal()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, expected);
    QCOMPARE(usFederalHolidays(year), expected);
    QCOMPARE(holidays(HolidaySet::UsFederal, year), expected);
}

void TestHolidays::isHoliday_data()
{
    QTest::addColumn<HolidaySet>("set");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("expected");
    const HolidaySet ew = HolidaySet::EnglandAndWales, us = HolidaySet::UsFederal;
    QTest::newRow("US New Year 2022 observed Fri 31 Dec 2021") << us << QDate(2021, 12, 31) << true;
    QTest::newRow("US Sat 1 Jan 2022 itself is not off") << us << QDate(2022, 1, 1) << false;
    QTest::newRow("US Juneteenth 2022 observed Mon 20 Jun") << us << QDate(2022, 6, 20) << true;
    QTest::newRow("US Juneteenth 2022 Sunday itself") << us << QDate(2022, 6, 19) << false;
    QTest::newRow("US no Juneteenth before 2021") << us << QDate(2020, 6, 19) << false;
    QTest::newRow("US New Year 2023 observed Mon 2 Jan") << us << QDate(2023, 1, 2) << true;
    QTest::newRow("US Independence 2027 observed Mon 5 Jul") << us << QDate(2027, 7, 5) << true;
    QTest::newRow("US day after Thanksgiving 2023") << us << QDate(2023, 11, 24) << false;
    QTest::newRow("US ordinary weekday") << us << QDate(2023, 3, 15) << false;
    QTest::newRow("EW Christmas 2022 substitute Tue 27") << ew << QDate(2022, 12, 27) << true;
    QTest::newRow("EW Sunday Christmas 2022 itself") << ew << QDate(2022, 12, 25) << false;
    QTest::newRow("EW state funeral") << ew << QDate(2022, 9, 19) << true;
    QTest::newRow("EW last Monday of May 2022 moved away") << ew << QDate(2022, 5, 30) << false;
    QTest::newRow("EW first Monday of May 2020 moved away") << ew << QDate(2020, 5, 4) << false;
    QTest::newRow("EW not US") << ew << QDate(2023, 7, 4) << false;
    QTest::newRow("no set") << HolidaySet::None << QDate(2022, 12, 26) << false;
    QTest::newRow("invalid date") << ew << QDate() << false;
}

void TestHolidays::isHoliday()
{
    QFETCH(HolidaySet, set);
    QFETCH(QDate, date);
    QFETCH(bool, expected);
    QCOMPARE(termlens::isHoliday(set, date), expected);
}

void TestHolidays::names_data()
{
    QTest::addColumn<HolidaySet>("set");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    const HolidaySet ew = HolidaySet::EnglandAndWales, us = HolidaySet::UsFederal;
    // gov.uk labels 2022: Mon 26 Dec Boxing Day, Tue 27 Dec Christmas Day (substitute day).
    QTest::newRow("EW Boxing Day 2022") << ew << QDate(2022, 12, 26) << "Boxing Day";
    QTest::newRow("EW Christmas substitute 2022")
        << ew << QDate(2022, 12, 27) << "Christmas Day (substitute day)";
    QTest::newRow("EW Boxing substitute 2021")
        << ew << QDate(2021, 12, 28) << "Boxing Day (substitute day)";
    QTest::newRow("EW jubilee") << ew << QDate(2022, 6, 3) << "Platinum Jubilee bank holiday";
    QTest::newRow("EW VE day") << ew << QDate(2020, 5, 8) << "Early May bank holiday (VE day)";
    QTest::newRow("US New Year observed in December")
        << us << QDate(2021, 12, 31) << "New Year's Day (observed)";
    QTest::newRow("US Thanksgiving") << us << QDate(2023, 11, 23) << "Thanksgiving Day";
    // 2026: Christmas Fri 25, Boxing Day Sat 26 -> Mon 28. 2027: Sat 25 -> Mon 27, Sun 26 ->
    // Tue 28. 2028: 1 Jan Sat -> Mon 3 Jan; US observes it on Fri 31 Dec 2027 instead.
    QTest::newRow("EW Boxing substitute 2026")
        << ew << QDate(2026, 12, 28) << "Boxing Day (substitute day)";
    QTest::newRow("EW Christmas substitute 2027")
        << ew << QDate(2027, 12, 27) << "Christmas Day (substitute day)";
    QTest::newRow("EW New Year substitute 2028")
        << ew << QDate(2028, 1, 3) << "New Year's Day (substitute day)";
    QTest::newRow("US Christmas 2027 observed Fri 24 Dec")
        << us << QDate(2027, 12, 24) << "Christmas Day (observed)";
    QTest::newRow("US New Year 2028 observed Fri 31 Dec 2027")
        << us << QDate(2027, 12, 31) << "New Year's Day (observed)";
    QTest::newRow("US Juneteenth 2021 observed Fri 18 Jun")
        << us << QDate(2021, 6, 18) << "Juneteenth National Independence Day (observed)";
    QTest::newRow("EW state funeral name")
        << ew << QDate(2022, 9, 19) << "Bank holiday for the State Funeral of Queen Elizabeth II";
    QTest::newRow("EW coronation name")
        << ew << QDate(2023, 5, 8) << "Bank holiday for the coronation of King Charles III";
    QTest::newRow("EW Saturday Boxing Day 2026 itself") << ew << QDate(2026, 12, 26) << "";
    QTest::newRow("not a holiday") << ew << QDate(2022, 12, 28) << "";
}

void TestHolidays::names()
{
    QFETCH(HolidaySet, set);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(holidayName(set, date), expected);
}

QTEST_GUILESS_MAIN(TestHolidays)
#include "tst_holidays.moc"
