#include "availabilityreader.h"

#include "termsheetreader.h"

#include <QCoreApplication>

namespace termlens {
namespace {

const Decimal Zero = Decimal::fromInt(0);
const Decimal Hundred = Decimal::fromInt(100);
// A credit cap above 100 % exists (credits worth more than the fee), ten times the fee does not.
const Decimal MaxCapPercent = Decimal::fromInt(1000);
constexpr qint64 MinutesPerDay = 1440;

} // namespace

AvailabilityReader::AvailabilityReader(const TermSheetReader &sheet)
    : m_sheet(sheet)
{}

Availability AvailabilityReader::read(JsonReader &r) const
{
    Availability a;
    a.target =
        r.decimal(u"target", Need::Required, Zero, Bound::Exclusive, Hundred).value_or(Decimal());
    a.targetOptions = targetOptions(r);
    // Documented defaults: the calendar month, continuous measurement, excluded time is
    // simply not downtime.
    a.monthLength = r.choice<MonthLength>(u"monthLength").value_or(MonthLength::Calendar);
    if (auto o = r.object(u"measurement"))
        a.measurement = measurement(*o);
    a.excludedTime = r.choice<ExcludedTime>(u"excludedTime").value_or(ExcludedTime::NotDowntime);
    a.exclusions = exclusions(r);
    if (auto o = r.object(u"maintenance"))
        a.maintenance = maintenance(*o);
    if (auto o = r.object(u"credits"))
        a.credits = credits(*o);
    a.citation = m_sheet.citation(r);
    r.finish();
    return a;
}

QList<Decimal> AvailabilityReader::targetOptions(JsonReader &r) const
{
    QList<Decimal> options;
    const auto items = r.array(u"targetOptions");
    for (qsizetype i = 0; items && i < items->size(); ++i) {
        const QString at = JsonReader::elementPath(r.pathOf(u"targetOptions"), i);
        const auto d = r.decimalAt(items->at(i), at);
        if (d && r.checkRange(*d, at, Zero, Bound::Exclusive, Hundred))
            options.append(*d);
    }
    return options;
}

QList<OutageCategory> AvailabilityReader::exclusions(JsonReader &r) const
{
    QList<OutageCategory> categories;
    const auto items = r.array(u"exclusions");
    for (qsizetype i = 0; items && i < items->size(); ++i) {
        const QString at = JsonReader::elementPath(r.pathOf(u"exclusions"), i);
        const auto category = r.choiceAt<OutageCategory>(items->at(i), at);
        if (!category)
            continue;
        if (categories.contains(*category))
            r.report(at, QCoreApplication::translate("TermSheet", "\"%1\" is listed twice")
                             .arg(keyOf(*category)));
        categories.append(*category);
    }
    return categories;
}

Measurement AvailabilityReader::measurement(JsonReader &r) const
{
    Measurement m;
    const auto kind = r.choice<MeasurementKind>(u"kind", Need::Required);
    if (kind == MeasurementKind::Intervals) {
        m.kind = *kind;
        if (const auto minutes = r.integer(u"minutes", 1, MinutesPerDay, Need::Required)) {
            // Intervals are cut from the start of the month, so they must tile whole days.
            if (MinutesPerDay % *minutes != 0)
                r.reportField(u"minutes", QCoreApplication::translate(
                                              "TermSheet", "must divide a day (1440 minutes) "
                                                           "evenly, such as 1, 5, 15 or 60"));
            m.minutes = int(*minutes);
        }
        m.unavailableIf = r.choice<UnavailableIf>(u"unavailableIf", Need::Required)
                              .value_or(UnavailableIf::AnyDowntime);
    }
    r.forbidForKind({u"minutes", u"unavailableIf"}, kind ? keyOf(*kind) : QString());
    m.citation = m_sheet.citation(r);
    r.finish();
    return m;
}

Maintenance AvailabilityReader::maintenance(JsonReader &r) const
{
    Maintenance m;
    if (const auto hours = r.integer(u"noticeHours", 0, TermSheetReader::MaxCount))
        m.noticeHours = int(*hours);
    r.forEachObject(u"windows", Need::Optional,
                    [&](JsonReader &w, qsizetype) { m.windows.append(m_sheet.window(w)); });
    m.countsInBusinessHours = r.boolean(u"countsInBusinessHours").value_or(false);
    m.businessHours = m_sheet.businessHours(r, u"businessHours");
    // Without the hours the rule cannot be applied, and maintenance would silently be excluded.
    if (m.countsInBusinessHours && !r.has(u"businessHours"))
        r.reportField(u"businessHours",
                      QCoreApplication::translate("TermSheet",
                                                  "missing: required when countsInBusinessHours "
                                                  "is true"));
    m.citation = m_sheet.citation(r);
    r.finish();
    return m;
}

Credits AvailabilityReader::credits(JsonReader &r) const
{
    Credits c;
    if (auto o = r.object(u"schedule", Need::Required))
        c.schedule = schedule(*o);
    // Without a schedule the base of the percent is moot; otherwise it must be stated.
    const bool moot = r.has(u"schedule") && c.schedule.kind == ScheduleKind::None;
    c.base = r.choice<CreditBase>(u"base", moot ? Need::Optional : Need::Required)
                 .value_or(CreditBase::MonthlyFee);
    c.capPercent = r.decimal(u"capPercent", Need::Optional, Zero, Bound::Inclusive, MaxCapPercent);
    c.minimumAmount = r.decimal(u"minimumAmount", Need::Optional, Zero, Bound::Inclusive);
    if (auto o = r.object(u"claimWindow"))
        c.claimWindow = claimWindow(*o);
    c.soleRemedy = r.boolean(u"soleRemedy");
    c.citation = m_sheet.citation(r);
    r.finish();
    return c;
}

CreditSchedule AvailabilityReader::schedule(JsonReader &r) const
{
    CreditSchedule s;
    const auto kind = r.choice<ScheduleKind>(u"kind", Need::Required);
    s.kind = kind.value_or(ScheduleKind::None);
    if (kind == ScheduleKind::Flat) {
        s.percent = r.decimal(u"percent", Need::Required, Zero, Bound::Inclusive, Hundred)
                        .value_or(Decimal());
    } else if (kind == ScheduleKind::Tiers) {
        s.tiers = tiers(r);
    } else if (kind == ScheduleKind::Steps) {
        s.firstBand = r.decimal(u"firstBand", Need::Required, Zero, Bound::Exclusive, Hundred)
                          .value_or(Decimal());
        s.firstPercent = r.decimal(u"firstPercent", Need::Required, Zero, Bound::Inclusive, Hundred)
                             .value_or(Decimal());
        s.step =
            r.decimal(u"step", Need::Required, Zero, Bound::Exclusive, Hundred).value_or(Decimal());
        s.stepPercent = r.decimal(u"stepPercent", Need::Required, Zero, Bound::Inclusive, Hundred)
                            .value_or(Decimal());
        // DOMAIN.md: percentage points, which matches Logit.io's worked example.
        s.shortfallUnit = r.choice<ShortfallUnit>(u"shortfallUnit").value_or(ShortfallUnit::Points);
    }
    r.forbidForKind({u"percent", u"tiers", u"firstBand", u"firstPercent", u"step", u"stepPercent",
                     u"shortfallUnit"},
                    kind ? keyOf(*kind) : QString());
    s.citation = m_sheet.citation(r);
    r.finish();
    return s;
}

QList<CreditTier> AvailabilityReader::tiers(JsonReader &r) const
{
    QList<CreditTier> result;
    std::optional<Decimal> previous;
    const auto count = r.forEachObject(u"tiers", Need::Required, [&](JsonReader &t, qsizetype) {
        CreditTier tier;
        const auto below = t.decimal(u"below", Need::Required, Zero, Bound::Exclusive, Hundred);
        if (below && previous && !(*below < *previous))
            t.reportField(u"below", QCoreApplication::translate(
                                        "TermSheet", "must be lower than the tier before (%1): "
                                                     "tiers run from the mildest shortfall to "
                                                     "the most severe")
                                        .arg(previous->toString()));
        if (below) {
            tier.below = *below;
            previous = below;
        }
        tier.percent = t.decimal(u"percent", Need::Required, Zero, Bound::Inclusive, Hundred)
                           .value_or(Decimal());
        t.finish();
        result.append(tier);
    });
    if (count && *count == 0)
        r.reportField(u"tiers",
                      QCoreApplication::translate("TermSheet", "must list at least one tier"));
    return result;
}

ClaimWindow AvailabilityReader::claimWindow(JsonReader &r) const
{
    ClaimWindow w;
    const auto kind = r.choice<ClaimWindowKind>(u"kind", Need::Required);
    w.kind = kind.value_or(ClaimWindowKind::None);
    if (kind == ClaimWindowKind::DaysAfterPeriod)
        w.days = int(r.integer(u"days", 1, TermSheetReader::MaxCount, Need::Required).value_or(0));
    else if (kind == ClaimWindowKind::EndOfNthFollowingMonth)
        w.n = int(r.integer(u"n", 1, TermSheetReader::MaxCount, Need::Required).value_or(0));
    r.forbidForKind({u"days", u"n"}, kind ? keyOf(*kind) : QString());
    w.citation = m_sheet.citation(r);
    r.finish();
    return w;
}

} // namespace termlens
