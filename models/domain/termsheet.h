#pragma once

#include "decimal.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace termlens {

// Where a value came from: INTERFACES.md lets any object of a term sheet carry these.
struct Citation
{
    QString document; // id of one of the agreement's documents
    QString clause;   // e.g. "13.5", "App. A §3"
    QString quote;    // the exact words
    QString note;
    QString ambiguity; // what is unclear or contradictory, shown to users as such
    bool isEmpty() const
    {
        return document.isEmpty() && clause.isEmpty() && quote.isEmpty() && note.isEmpty() &&
               ambiguity.isEmpty();
    }
    friend bool operator==(const Citation &, const Citation &) = default;
};

enum class OutageCategory
{
    Unplanned,
    ScheduledMaintenance,
    EmergencyMaintenance,
    CustomerCause,
    ForceMajeure,
    SecurityAttack,
    HostingProvider,
    Internet,
    ThirdParty,
    Suspension,
};

enum class HolidaySet
{
    None,
    EnglandAndWales,
    UsFederal
};

enum class DurationUnit
{
    Minutes,
    Hours,
    Days,
    BusinessDays,
    Weeks,
    Months,
    Years
};

// A length of time as the document states it ("10 Business Days", "1 month").
struct Duration
{
    qint64 amount = 0;
    DurationUnit unit = DurationUnit::Days;
    friend bool operator==(const Duration &, const Duration &) = default;
};

// Days are Qt::DayOfWeek numbers, 1 = Monday ... 7 = Sunday. A window whose `to` is not after
// `from` runs past midnight (23:00-04:00).
struct WeeklyWindow
{
    QList<int> days;
    QTime from;
    QTime to;
    QString timeZone; // IANA name
    friend bool operator==(const WeeklyWindow &, const WeeklyWindow &) = default;
};

struct BusinessHours
{
    QList<int> days;
    QTime from;
    QTime to;
    QString timeZone; // IANA name; "09:00-18:00 GMT" is "Etc/GMT" (GMT all year), not Europe/London
    HolidaySet holidays = HolidaySet::None;
    Citation citation;
    friend bool operator==(const BusinessHours &, const BusinessHours &) = default;
};

// ---- Availability and service credits -------------------------------------------------------

enum class MonthLength
{
    Calendar,
    Average
};
enum class MeasurementKind
{
    Continuous,
    Intervals
};
enum class UnavailableIf
{
    AnyDowntime,
    WholeInterval
};
enum class ExcludedTime
{
    NotDowntime,
    RemovedFromPeriod
};

struct Measurement
{
    MeasurementKind kind = MeasurementKind::Continuous;
    int minutes = 0; // length of a fixed interval (intervals only)
    UnavailableIf unavailableIf = UnavailableIf::AnyDowntime;
    Citation citation;
    friend bool operator==(const Measurement &, const Measurement &) = default;
};

struct Maintenance
{
    std::optional<int> noticeHours;     // notice needed before the start for the exclusion to hold
    QList<WeeklyWindow> windows;        // empty: any time of day
    bool countsInBusinessHours = false; // true: maintenance inside businessHours is downtime
    std::optional<BusinessHours> businessHours; // the agreement's "Normal Business Hours"
    Citation citation;
    friend bool operator==(const Maintenance &, const Maintenance &) = default;
};

enum class ScheduleKind
{
    None,
    Flat,
    Tiers,
    Steps
};
enum class ShortfallUnit
{
    Points,
    ShareOfTarget
};

struct CreditTier
{
    Decimal below; // availability strictly below this earns `percent`
    Decimal percent;
    friend bool operator==(const CreditTier &, const CreditTier &) = default;
};

struct CreditSchedule
{
    ScheduleKind kind = ScheduleKind::None;
    Decimal percent; // flat
    QList<CreditTier> tiers;
    Decimal firstBand; // steps: 0 < shortfall <= firstBand earns firstPercent,
    Decimal firstPercent;
    Decimal step; //        then stepPercent for each further full step
    Decimal stepPercent;
    ShortfallUnit shortfallUnit = ShortfallUnit::Points;
    Citation citation;
    friend bool operator==(const CreditSchedule &, const CreditSchedule &) = default;
};

enum class CreditBase
{
    MonthlyFee,
    AnnualFeeTwelfth,
    AffectedServiceFee
};
enum class ClaimWindowKind
{
    None,
    EndOfFollowingMonth,
    DaysAfterPeriod,
    EndOfNthFollowingMonth
};

struct ClaimWindow
{
    ClaimWindowKind kind = ClaimWindowKind::None;
    int days = 0; // days-after-period
    int n = 0;    // end-of-nth-following-month
    Citation citation;
    friend bool operator==(const ClaimWindow &, const ClaimWindow &) = default;
};

struct Credits
{
    CreditSchedule schedule;
    CreditBase base = CreditBase::MonthlyFee;
    std::optional<Decimal> capPercent;
    std::optional<Decimal> minimumAmount; // a credit is issued only if its amount is greater
    ClaimWindow claimWindow;
    std::optional<bool> soleRemedy;
    Citation citation;
    friend bool operator==(const Credits &, const Credits &) = default;
};

struct Availability
{
    Decimal target;               // percent, e.g. 99.95
    QList<Decimal> targetOptions; // other targets the agreement offers (Logit.io's tiers)
    MonthLength monthLength = MonthLength::Calendar;
    Measurement measurement;
    ExcludedTime excludedTime = ExcludedTime::NotDowntime;
    QList<OutageCategory> exclusions;
    std::optional<Maintenance> maintenance;
    std::optional<Credits> credits;
    Citation citation;
    friend bool operator==(const Availability &, const Availability &) = default;
};

// ---- Term, renewal, termination ------------------------------------------------------------

enum class RenewalKind
{
    None,
    Fixed,
    Rolling,
    PaidPeriod
};

struct Renewal
{
    RenewalKind kind = RenewalKind::None;
    int months = 0;                // fixed: length of each renewal term
    std::optional<int> noticeDays; // notice to stop renewal (fixed) or to end (rolling)
    Citation citation;
    friend bool operator==(const Renewal &, const Renewal &) = default;
};

struct Term
{
    std::optional<int> initialMonths;
    Renewal renewal;
    Citation citation;
    friend bool operator==(const Term &, const Term &) = default;
};

enum class Party
{
    Customer,
    Vendor,
    Either
};
enum class TerminationTrigger
{
    MaterialBreach,
    NonPayment,
    Insolvency,
    Convenience,
    Other
};

struct TerminationRight
{
    Party by = Party::Either;
    TerminationTrigger trigger = TerminationTrigger::MaterialBreach;
    std::optional<Duration> cure;   // time the breaching party has to remedy
    std::optional<Duration> notice; // notice the terminating party must give
    QString description;
    Citation citation;
    friend bool operator==(const TerminationRight &, const TerminationRight &) = default;
};

struct Termination
{
    QList<TerminationRight> rights;
    Citation citation;
    friend bool operator==(const Termination &, const Termination &) = default;
};

// ---- Liability ------------------------------------------------------------------------------

enum class LiabilityBasis
{
    FeesPaidPreviousContractYear,
    FeesPaid12MonthsBeforeClaim,
    FixedAmount
};
enum class FirstYearBasis
{
    FeesPaidFirstContractYear
};

struct LiabilityCap
{
    Decimal multiplier = Decimal::fromInt(1);
    LiabilityBasis basis = LiabilityBasis::FeesPaid12MonthsBeforeClaim;
    std::optional<Decimal> amount; // fixed-amount, in the agreement's currency
    std::optional<FirstYearBasis> firstYear;
    QStringList carveOuts;
    std::optional<bool> insuranceLimited; // never more than the insurers pay
    Citation citation;
    friend bool operator==(const LiabilityCap &, const LiabilityCap &) = default;
};

// ---- Sub-processors and data ----------------------------------------------------------------

struct Subprocessor
{
    QString name;
    QString purpose;
    QStringList countries; // ISO 3166-1 alpha-2
    Citation citation;
    friend bool operator==(const Subprocessor &, const Subprocessor &) = default;
};

enum class SubprocessorAuthorisation
{
    General,
    Specific,
    NotStated
};

struct SubprocessorPolicy
{
    SubprocessorAuthorisation authorisation = SubprocessorAuthorisation::NotStated;
    std::optional<Duration> changeNotice;
    std::optional<bool> objectionRight;
    Citation citation;
    friend bool operator==(const SubprocessorPolicy &, const SubprocessorPolicy &) = default;
};

enum class LocationRole
{
    Primary,
    Failover,
    Backup,
    Processing,
    Support
};

struct DataLocation
{
    QString country; // ISO 3166-1 alpha-2
    QString region;  // e.g. "London"
    LocationRole role = LocationRole::Primary;
    QString provider; // e.g. "AWS"
    Citation citation;
    friend bool operator==(const DataLocation &, const DataLocation &) = default;
};

enum class TransferRestriction
{
    NoneStated,
    AdequacyOrSafeguards,
    ConsentRequired,
    Prohibited
};

struct DataTransfers
{
    TransferRestriction restriction = TransferRestriction::NoneStated;
    QStringList allowedRegions; // ISO 3166-1 alpha-2 codes, or "EEA"
    Citation citation;
    friend bool operator==(const DataTransfers &, const DataTransfers &) = default;
};

struct DataReturn
{
    std::optional<Duration> retrievalWindow; // after termination
    QString format;                          // e.g. "CSV"
    std::optional<Duration> deletionWithin;
    std::optional<bool> backupsProvided;
    Citation citation;
    friend bool operator==(const DataReturn &, const DataReturn &) = default;
};

struct BreachNotification
{
    std::optional<Duration> within; // absent: no fixed time ("without undue delay")
    QString wording;
    Citation citation;
    friend bool operator==(const BreachNotification &, const BreachNotification &) = default;
};

struct GoverningLaw
{
    QString law;     // "England and Wales"
    QString lawCode; // ISO 3166-1/-2: "GB-EAW", "US-TX"
    QString forum;   // courts or arbitration body
    bool arbitration = false;
    QString seat; // "Dover, Delaware"
    Citation citation;
    friend bool operator==(const GoverningLaw &, const GoverningLaw &) = default;
};

enum class ChangeMethod
{
    NotStated,
    OnPosting,
    WithNotice,
    MutualWritten
};

struct Changes
{
    ChangeMethod method = ChangeMethod::NotStated;
    std::optional<Duration> notice;
    std::optional<bool> adverseOnly; // the notice applies only to changes against the customer
    Citation citation;
    friend bool operator==(const Changes &, const Changes &) = default;
};

// ---- Support -------------------------------------------------------------------------------

enum class ResponseUnit
{
    Minutes,
    Hours,
    Days
};
enum class Clock
{
    TwentyFourSeven,
    Business
};

struct ResponseTime
{
    qint64 amount = 0;
    ResponseUnit unit = ResponseUnit::Hours;
    Clock clock = Clock::Business;
    friend bool operator==(const ResponseTime &, const ResponseTime &) = default;
};

struct SupportLevel
{
    QString name; // "P1", "Severity Level 1"
    QString description;
    ResponseTime response;
    Citation citation;
    friend bool operator==(const SupportLevel &, const SupportLevel &) = default;
};

struct Support
{
    std::optional<BusinessHours> businessHours;
    QList<SupportLevel> levels;
    Citation citation;
    friend bool operator==(const Support &, const Support &) = default;
};

// ---- The agreement ---------------------------------------------------------------------------

struct Terms
{
    std::optional<Availability> availability;
    std::optional<Term> term;
    std::optional<LiabilityCap> liabilityCap;
    std::optional<Support> support;
    std::optional<Termination> termination;
    std::optional<QList<Subprocessor>> subprocessors;
    std::optional<SubprocessorPolicy> subprocessorPolicy;
    std::optional<QList<DataLocation>> dataLocations;
    std::optional<DataTransfers> dataTransfers;
    std::optional<DataReturn> dataReturn;
    std::optional<BreachNotification> breachNotification;
    std::optional<GoverningLaw> governingLaw;
    std::optional<Changes> changes;
    friend bool operator==(const Terms &, const Terms &) = default;
};

struct Document
{
    QString id;
    QString title;
    QString version;
    std::optional<QDate> date;
    QString source; // file name the text came from
    QString text;   // the document's full text
    friend bool operator==(const Document &, const Document &) = default;
};

// One vendor's agreement read as structured terms (INTERFACES.md §1, format termlens.termsheet/1).
struct TermSheet
{
    static constexpr QStringView Format = u"termlens.termsheet/1";

    QString id; // [a-z0-9-], unique in a workspace
    QString vendor;
    QString product;
    QList<Document> documents;
    QString currency; // ISO 4217
    QString timeZone; // IANA
    QString notes;
    Terms terms;

    const Document *document(const QString &documentId) const;
    friend bool operator==(const TermSheet &, const TermSheet &) = default;
};

} // namespace termlens
