// libFuzzer target: the calculation engine (models/engine) over any agreement a user could enter.
// An input that starts with "{" is a term sheet's JSON, optionally followed by a NUL byte and
// control bytes; any other input (or JSON that does not parse) picks one of the built-in sample
// term sheets with its first byte, and the rest are the control bytes. The control bytes change the
// sheet's numbers, zones and schedules (an exhausted stream changes nothing), the result must still
// validate (parseTermSheet of its JSON), and then availability and credits run for a few months
// over outages derived from the bytes, with term deadlines, data windows, response-due instants and
// the liability cap. Beyond "no crash, no UB" it checks: availability in [0, 100] and downtime
// within the period; one more unplanned outage never raises availability nor lowers the credit; the
// credit never exceeds the cap; claim deadlines fall after the month; terms contain the day asked
// about; a response is never due before it was reported; the liability window holds exactly the
// payments it lists.
#include "availability.h"
#include "claimdeadline.h"
#include "credits.h"
#include "dates.h"
#include "liability.h"
#include "month.h"
#include "responsedue.h"
#include "termdeadlines.h"
#include "termsheetjson.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QStringList>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <optional>

using namespace termlens;

namespace {

// A FuzzedDataProvider-like reader; once the bytes run out every value is the smallest choice,
// which the mutators read as "leave as it is".
class Bytes
{
public:
    Bytes(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    {}
    bool empty() const { return m_pos >= m_size; }
    uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    quint32 u16() { return quint32(byte()) << 8 | byte(); }
    quint32 u32() { return u16() << 16 | u16(); }
    // A value in [lo, hi].
    qint64 in(qint64 lo, qint64 hi)
    {
        const quint64 span = quint64(hi - lo) + 1;
        const quint64 raw = span <= 256 ? byte() : span <= 65536 ? u16() : u32();
        return lo + qint64(raw % span);
    }
    bool flag() { return byte() & 1; }
    template <typename E> E pick(std::initializer_list<E> values)
    {
        return *(values.begin() + in(0, qint64(values.size()) - 1));
    }
    // mantissa in [0, maxMantissa] at a scale of 0..maxScale.
    Decimal decimal(qint64 maxMantissa, int maxScale)
    {
        const qint64 mantissa = in(0, maxMantissa);
        return Decimal::fromParts(mantissa, int(in(0, maxScale)));
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_engine invariant broken: %s\n", what);
    std::abort();
}
void check(bool ok, const char *what)
{
    if (!ok)
        fail(what);
}

const QStringList &zones()
{
    static const QStringList list = {QStringLiteral("UTC"),
                                     QStringLiteral("Europe/London"),
                                     QStringLiteral("America/Chicago"),
                                     QStringLiteral("Australia/Lord_Howe"),
                                     QStringLiteral("Asia/Kathmandu"),
                                     QStringLiteral("America/St_Johns"),
                                     QStringLiteral("Pacific/Apia"),
                                     QStringLiteral("Etc/GMT+12"),
                                     QStringLiteral("Pacific/Kiritimati"),
                                     QStringLiteral("Europe/Dublin")};
    return list;
}

QString zone(Bytes &in)
{
    return zones().at(int(in.in(0, zones().size() - 1)));
}

QTime quarterHour(Bytes &in)
{
    return QTime(0, 0).addSecs(int(in.in(0, 95)) * 900);
}

QList<int> weekdays(Bytes &in)
{
    const int mask = int(in.in(1, 127));
    QList<int> days;
    for (int d = 1; d <= 7; ++d) {
        if (mask & (1 << (d - 1)))
            days.append(d);
    }
    return days;
}

BusinessHours businessHours(Bytes &in)
{
    BusinessHours hours;
    hours.days = weekdays(in);
    hours.from = quarterHour(in);
    hours.to = quarterHour(in);
    hours.timeZone = zone(in);
    hours.holidays =
        in.pick({HolidaySet::None, HolidaySet::EnglandAndWales, HolidaySet::UsFederal});
    return hours;
}

const std::initializer_list<OutageCategory> excludable = {OutageCategory::ScheduledMaintenance,
                                                          OutageCategory::EmergencyMaintenance,
                                                          OutageCategory::CustomerCause,
                                                          OutageCategory::ForceMajeure,
                                                          OutageCategory::SecurityAttack,
                                                          OutageCategory::HostingProvider,
                                                          OutageCategory::Internet,
                                                          OutageCategory::ThirdParty,
                                                          OutageCategory::Suspension};

void mutateAvailability(Availability &a, Bytes &in)
{
    if (in.flag())
        a.target = Decimal::fromInt(90) + in.decimal(100000, 4); // 90 .. 100 (and over)
    if (in.flag())
        a.monthLength = in.pick({MonthLength::Calendar, MonthLength::Average});
    if (in.flag()) {
        a.measurement.kind = in.pick({MeasurementKind::Continuous, MeasurementKind::Intervals});
        a.measurement.minutes = int(in.in(0, 1500));
        a.measurement.unavailableIf =
            in.pick({UnavailableIf::AnyDowntime, UnavailableIf::WholeInterval});
    }
    if (in.flag())
        a.excludedTime = in.pick({ExcludedTime::NotDowntime, ExcludedTime::RemovedFromPeriod});
    if (in.flag()) {
        a.exclusions.clear();
        const int mask = int(in.u16());
        int bit = 0;
        for (const OutageCategory c : excludable) {
            if (mask & (1 << bit++))
                a.exclusions.append(c);
        }
    }
    if (in.flag()) {
        if (in.flag()) {
            a.maintenance.reset();
        } else {
            Maintenance m = a.maintenance.value_or(Maintenance{});
            m.noticeHours = in.flag() ? std::optional<int>(int(in.in(0, 200))) : std::nullopt;
            m.windows.clear();
            for (int i = int(in.in(0, 2)); i > 0; --i)
                m.windows.append(
                    WeeklyWindow{weekdays(in), quarterHour(in), quarterHour(in), zone(in)});
            m.countsInBusinessHours = in.flag();
            m.businessHours = in.flag() ? std::optional(businessHours(in)) : std::nullopt;
            a.maintenance = m;
        }
    }
    if (!in.flag())
        return;
    Credits c = a.credits.value_or(Credits{});
    CreditSchedule &s = c.schedule;
    s.kind =
        in.pick({ScheduleKind::None, ScheduleKind::Flat, ScheduleKind::Tiers, ScheduleKind::Steps});
    s.shortfallUnit = in.pick({ShortfallUnit::Points, ShortfallUnit::ShareOfTarget});
    s.percent = in.decimal(1000, 1);
    s.tiers.clear();
    for (int i = int(in.in(0, 4)); i > 0; --i)
        s.tiers.append(CreditTier{Decimal::fromInt(80) + in.decimal(2000, 2), in.decimal(1000, 1)});
    s.firstBand = in.decimal(1000, 2);
    s.firstPercent = in.decimal(1000, 1);
    s.step = in.decimal(1000, 2);
    s.stepPercent = in.decimal(1000, 1);
    c.base = in.pick(
        {CreditBase::MonthlyFee, CreditBase::AnnualFeeTwelfth, CreditBase::AffectedServiceFee});
    c.capPercent = in.flag() ? std::optional(in.decimal(1000, 1)) : std::nullopt;
    c.minimumAmount = in.flag() ? std::optional(in.decimal(100000, 2)) : std::nullopt;
    c.claimWindow.kind =
        in.pick({ClaimWindowKind::None, ClaimWindowKind::EndOfFollowingMonth,
                 ClaimWindowKind::DaysAfterPeriod, ClaimWindowKind::EndOfNthFollowingMonth});
    c.claimWindow.days = int(in.in(0, 400));
    c.claimWindow.n = int(in.in(0, 30));
    a.credits = c;
}

void mutate(TermSheet &sheet, Bytes &in)
{
    if (in.flag())
        sheet.timeZone = zone(in);
    if (in.flag())
        sheet.currency =
            in.pick({QStringLiteral("GBP"), QStringLiteral("USD"), QStringLiteral("JPY"),
                     QStringLiteral("KWD"), QStringLiteral("EUR")});
    if (in.flag()) {
        Availability a = sheet.terms.availability.value_or(Availability{});
        mutateAvailability(a, in);
        sheet.terms.availability = a;
    }
    if (in.flag()) {
        Term t = sheet.terms.term.value_or(Term{});
        t.initialMonths = in.flag() ? std::optional<int>(int(in.in(0, 130))) : std::nullopt;
        t.renewal.kind = in.pick(
            {RenewalKind::None, RenewalKind::Fixed, RenewalKind::Rolling, RenewalKind::PaidPeriod});
        t.renewal.months = int(in.in(0, 60));
        t.renewal.noticeDays = in.flag() ? std::optional<int>(int(in.in(0, 800))) : std::nullopt;
        sheet.terms.term = t;
    }
    if (in.flag()) {
        Support s = sheet.terms.support.value_or(Support{});
        if (in.flag())
            s.businessHours = in.flag() ? std::optional(businessHours(in)) : std::nullopt;
        for (SupportLevel &level : s.levels) {
            if (in.flag())
                level.response = ResponseTime{
                    in.flag() && in.flag() ? in.in(0, 1000000) : in.in(0, 300),
                    in.pick({ResponseUnit::Minutes, ResponseUnit::Hours, ResponseUnit::Days}),
                    in.pick({Clock::TwentyFourSeven, Clock::Business})};
        }
        sheet.terms.support = s;
    }
    if (in.flag()) {
        LiabilityCap l = sheet.terms.liabilityCap.value_or(LiabilityCap{});
        l.multiplier = in.decimal(100000, 2);
        l.basis =
            in.pick({LiabilityBasis::FeesPaidPreviousContractYear,
                     LiabilityBasis::FeesPaid12MonthsBeforeClaim, LiabilityBasis::FixedAmount});
        l.amount = in.flag() ? std::optional(in.decimal(100000000, 2)) : std::nullopt;
        l.firstYear =
            in.flag() ? std::optional(FirstYearBasis::FeesPaidFirstContractYear) : std::nullopt;
        sheet.terms.liabilityCap = l;
    }
    if (in.flag()) {
        DataReturn d = sheet.terms.dataReturn.value_or(DataReturn{});
        d.retrievalWindow = Duration{
            in.in(0, 2000), in.pick({DurationUnit::Minutes, DurationUnit::Hours, DurationUnit::Days,
                                     DurationUnit::BusinessDays, DurationUnit::Weeks,
                                     DurationUnit::Months, DurationUnit::Years})};
        sheet.terms.dataReturn = d;
    }
}

// The documents' full texts mean nothing to the engine and cost most of the time re-reading a
// sheet: keep each document's source instead, as a sheet read from files would.
void dropTexts(TermSheet &sheet)
{
    for (Document &document : sheet.documents) {
        if (document.source.isEmpty() && !document.text.isEmpty())
            document.source = document.id + QStringLiteral(".txt");
        document.text.clear();
    }
}

// The built-in samples, read once.
const TermSheet &sample(int which)
{
    static const QList<TermSheet> samples = [] {
        QList<TermSheet> list;
        for (const char *name :
             {"alliants", "alliantist-isms", "identity-automation", "logit-io"}) {
            QFile file(QStringLiteral(":/sample/%1.termsheet.json").arg(QLatin1String(name)));
            if (!file.open(QIODevice::ReadOnly))
                fail("the built-in sample term sheets are not compiled in");
            std::optional<TermSheet> sheet = parseTermSheet(file.readAll()).sheet;
            if (!sheet)
                fail("a built-in sample term sheet does not parse");
            dropTexts(*sheet);
            list.append(*sheet);
        }
        return list;
    }();
    return samples.at(which % samples.size());
}

// Is (P1 - D1) / P1 <= (P0 - D0) / P0, exactly? (availability after <= before)
bool notHigher(const AvailabilityResult &after, const AvailabilityResult &before)
{
    const Decimal p1 = Decimal::fromInt(after.periodSeconds),
                  p0 = Decimal::fromInt(before.periodSeconds);
    return (p1 - after.downtimeSeconds) * p0 <= (p0 - before.downtimeSeconds) * p1;
}

void checkAvailability(const AvailabilityResult &r)
{
    // A month wholly excluded under "removed-from-period" leaves no time: taken as 100 %.
    check(r.periodSeconds >= 0, "period length >= 0");
    if (r.periodSeconds == 0)
        check(r.availabilityPercent == Decimal::fromInt(100), "an empty period is 100 %");
    check(!r.downtimeSeconds.isNegative(), "downtime >= 0");
    check(r.downtimeSeconds <= Decimal::fromInt(r.periodSeconds), "downtime within the period");
    check(!r.availabilityPercent.isNegative() && r.availabilityPercent <= Decimal::fromInt(100),
          "availability in [0, 100]");
    check(r.targetMet == !availabilityBelow(r, r.target),
          "targetMet agrees with availabilityBelow");
    check(!r.working.isEmpty(), "availability has working");
}

void checkCredit(const CreditResult &c, const Credits &credits)
{
    if (!c.isValid())
        return;
    check(!c.creditPercent.isNegative(), "credit percent >= 0");
    check(c.creditPercent <= c.uncappedPercent, "cap only lowers");
    if (credits.capPercent)
        check(c.creditPercent <= *credits.capPercent, "credit percent <= cap");
    if (c.creditAmount) {
        check(!c.creditAmount->toDecimal().isNegative(), "credit amount >= 0");
        if (c.base && !c.base->toDecimal().isNegative())
            check(*c.creditAmount <= c.base->percentOf(c.creditPercent, Rounding::AwayFromZero),
                  "credit amount <= base x percent");
    }
    check(!c.working.isEmpty(), "credit has working");
}

void runMonths(const TermSheet &sheet, const Availability &rules, Bytes &in)
{
    for (int m = 0; m < 3; ++m) {
        // An exhausted stream (a seed) gives January to March 2026; month 0 is an invalid month.
        const int year = 1900 + int((in.in(0, 300) + 126) % 301);
        const int month = int((in.in(0, 12) + m + 1) % 13);
        const MonthPeriod period = monthPeriod(year, month, sheet.timeZone, rules.monthLength);
        if (!period.isValid())
            continue;
        const qint64 span = period.calendarSeconds();
        QList<Outage> outages;
        for (int i = int(in.in(0, 4)); i > 0; --i) {
            Outage o;
            o.id = i;
            o.start = period.startUtc - 86400 + in.in(0, span + 2 * 86400);
            const qint64 length = in.flag() ? in.in(0, 3600) : in.in(0, span);
            o.end = in.in(0, 15) == 0 ? std::nullopt : std::optional(o.start + length);
            o.category = in.pick({OutageCategory::Unplanned, OutageCategory::ScheduledMaintenance,
                                  OutageCategory::EmergencyMaintenance, OutageCategory::ThirdParty,
                                  OutageCategory::ForceMajeure});
            if (in.flag())
                o.noticeGiven = o.start - in.in(0, 200 * 3600);
            outages.append(o);
        }
        AvailabilityInput input;
        input.rules = &rules;
        input.period = period;
        input.nowUtc = period.startUtc + in.in(0, span + 86400);
        input.itemisedLimit = int(in.in(0, 3));
        const AvailabilityResult before = computeAvailability(input, outages);
        if (!before.isValid()) {
            check(!before.error.isEmpty(), "an availability error has words");
            continue;
        }
        checkAvailability(before);
        // One more unplanned outage (never an excluded category here, unless the rules exclude it).
        if (!rules.exclusions.contains(OutageCategory::Unplanned)) {
            Outage extra;
            extra.start = period.startUtc + in.in(0, span);
            extra.end = extra.start + in.in(1, 86400);
            outages.insert(int(in.in(0, outages.size())), extra);
            const AvailabilityResult after = computeAvailability(input, outages);
            check(after.isValid(), "one more outage keeps availability valid");
            checkAvailability(after);
            check(after.downtimeSeconds >= before.downtimeSeconds,
                  "more outages, no less downtime");
            check(notHigher(after, before), "more downtime never raises availability");
            check(after.availabilityPercent <= before.availabilityPercent,
                  "displayed availability too");
            if (rules.credits) {
                CreditInput credit;
                credit.rules = &rules;
                if (Money::isKnownCurrency(sheet.currency) && in.flag())
                    credit.fee = Money(in.in(0, 100000000), sheet.currency);
                credit.availability = before;
                const CreditResult c0 = computeCredit(credit);
                credit.availability = after;
                const CreditResult c1 = computeCredit(credit);
                checkCredit(c0, *rules.credits);
                checkCredit(c1, *rules.credits);
                if (c0.isValid() && c1.isValid()) {
                    check(c1.creditPercent >= c0.creditPercent,
                          "more downtime never lowers a credit");
                    if (c0.creditAmount && c1.creditAmount)
                        check(*c1.creditAmount >= *c0.creditAmount, "nor its amount");
                }
                Working w;
                const QDate due = claimDeadline(rules.credits->claimWindow, year, month, &w);
                if (due.isValid())
                    check(due > QDate(year, month, 1).addMonths(1).addDays(-1),
                          "claim after the month");
            }
        }
        // What-if: a longer hypothetical outage never measures shorter.
        Working w;
        const Decimal s0 = Decimal::fromInt(in.in(0, span));
        const Decimal s1 = s0 + Decimal::fromInt(in.in(0, 86400));
        const Decimal m0 = measuredScenarioDowntime(rules, s0, w),
                      m1 = measuredScenarioDowntime(rules, s1, w);
        check(m1 >= m0, "a longer scenario outage measures no shorter");
        const AvailabilityResult a0 = availabilityFromDowntime(rules, period, m0);
        const AvailabilityResult a1 = availabilityFromDowntime(rules, period, m1);
        if (a0.isValid() && a1.isValid() &&
            a1.downtimeSeconds <= Decimal::fromInt(a1.periodSeconds))
            check(notHigher(a1, a0), "scenario: more downtime never raises availability");
    }
}

void runTerm(const TermSheet &sheet, Bytes &in)
{
    const QDate start = QDate(1990, 1, 1).addDays(in.in(0, 50000));
    const QDate asOf = start.addDays((in.in(0, 20400) + 500) % 20401 - 400);
    if (sheet.terms.term) {
        const std::optional<BillingCycle> cycle =
            in.flag() ? std::optional(in.pick(
                            {BillingCycle::Monthly, BillingCycle::Quarterly, BillingCycle::Annual}))
                      : std::nullopt;
        const Outcome<TermDeadlines> d = termDeadlines(*sheet.terms.term, start, asOf, cycle);
        if (!d.ok()) {
            check(!d.error.isEmpty(), "a term error has words");
        } else {
            const TermDeadlines &t = *d.value;
            check(t.termStart.isValid() || t.renewal == RenewalKind::None, "a term start");
            if (t.termStart.isValid() && t.termEnd.isValid())
                check(t.termStart <= t.termEnd, "term starts before it ends");
            if (t.noticeDeadline.isValid() && t.termEnd.isValid())
                check(t.noticeDeadline <= t.termEnd, "notice before the term ends");
            if (t.nextRenewal.isValid() && t.termEnd.isValid())
                check(t.nextRenewal > t.termEnd, "renewal after the term ends");
            if (t.nextTermEnd.isValid() && t.nextRenewal.isValid())
                check(t.nextTermEnd >= t.nextRenewal, "next term ends after it starts");
            if ((t.renewal == RenewalKind::Fixed || t.renewal == RenewalKind::PaidPeriod) &&
                asOf >= start)
                check(t.termStart <= asOf && asOf <= t.termEnd, "the current term contains asOf");
            // Without a notice period a rolling term past its minimum has no computable end.
            if (t.renewal == RenewalKind::Rolling && asOf >= start && t.termEnd.isValid())
                check(t.termEnd >= asOf, "a rolling term ends no earlier than asOf");
        }
    }
    if (sheet.terms.dataReturn && sheet.terms.dataReturn->retrievalWindow) {
        Working w;
        const QDate end = windowEnd(asOf, *sheet.terms.dataReturn->retrievalWindow, nullptr, &w);
        if (end.isValid())
            check(end >= asOf, "a data window closes no earlier than it opens");
    }
    if (sheet.terms.termination) {
        for (const TerminationRight &right : sheet.terms.termination->rights) {
            if (right.cure) {
                const QDate end = windowEnd(asOf, *right.cure, nullptr);
                if (end.isValid())
                    check(end >= asOf, "a cure period closes no earlier than it opens");
            }
        }
    }
    if (sheet.terms.support) {
        const qint64 reported =
            qint64(start.startOfDay(Qt::UTC).toSecsSinceEpoch()) + in.in(0, 86400 * 400);
        for (const SupportLevel &level : sheet.terms.support->levels) {
            const Outcome<ResponseDue> due =
                responseDue(*sheet.terms.support, level.name, reported);
            if (due.ok())
                check(due.value->due >= reported, "a response is never due before the report");
            else
                check(!due.error.isEmpty(), "a response error has words");
        }
    }
    if (sheet.terms.liabilityCap && Money::isKnownCurrency(sheet.currency)) {
        QList<Payment> payments;
        for (int i = int(in.in(0, 6)); i > 0; --i)
            payments.append(Payment{start.addDays(in.in(-30, 1500)),
                                    Money(in.in(-1000, 10000000), sheet.currency),
                                    {}});
        const QDate claim = start.addDays(in.in(-10, 2000));
        const Outcome<LiabilityResult> l =
            liabilityCap(*sheet.terms.liabilityCap, sheet.currency, start, payments, claim);
        if (!l.ok()) {
            check(!l.error.isEmpty(), "a liability error has words");
        } else {
            const LiabilityResult &r = *l.value;
            check(r.cap.has_value(), "a cap on success");
            Money sum(0, sheet.currency);
            for (const Payment &p : r.paymentsInWindow) {
                check(r.windowFrom <= p.date && p.date <= r.windowTo,
                      "listed payments inside the window");
                sum = sum + p.amount;
            }
            check(sum == r.paidInWindow, "paid in window is the sum of the payments listed");
            int inside = 0;
            for (const Payment &p : payments)
                inside += r.windowFrom.isValid() && r.windowFrom <= p.date && p.date <= r.windowTo;
            if (sheet.terms.liabilityCap->basis == LiabilityBasis::FeesPaid12MonthsBeforeClaim)
                check(inside == r.paymentsInWindow.size(),
                      "every payment inside the window is listed");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nul = bytes.indexOf('\0');
    std::optional<TermSheet> sheet;
    size_t controlFrom = 1;
    if (data[0] == '{') {
        sheet = parseTermSheet(nul < 0 ? bytes : bytes.left(nul)).sheet;
        controlFrom = nul < 0 ? size : size_t(nul) + 1;
    }
    if (sheet) {
        dropTexts(*sheet);
    } else {
        sheet = sample(data[0]);
        controlFrom = 1;
    }
    Bytes in(data + controlFrom, size - controlFrom);
    mutate(*sheet, in);
    // Only what the parser accepts is an agreement a user can enter.
    const TermSheetParseResult valid = parseTermSheet(termSheetToJson(*sheet));
    if (!valid.sheet)
        return 0;
    const TermSheet &entered = *valid.sheet;
    if (entered.terms.availability)
        runMonths(entered, *entered.terms.availability, in);
    runTerm(entered, in);
    return 0;
}
