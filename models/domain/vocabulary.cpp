#include "vocabulary.h"

#include "outage.h"
#include "subscription.h"
#include "termsheet.h"

namespace termlens {

#define TERMLENS_VOCABULARY(Enum, ...)                                                             \
    template <> std::span<const VocabularyEntry<Enum>> vocabulary<Enum>()                          \
    {                                                                                              \
        static constexpr VocabularyEntry<Enum> entries[] = {__VA_ARGS__};                          \
        return entries;                                                                            \
    }

TERMLENS_VOCABULARY(OutageCategory, {OutageCategory::Unplanned, u"unplanned"},
                    {OutageCategory::ScheduledMaintenance, u"scheduled-maintenance"},
                    {OutageCategory::EmergencyMaintenance, u"emergency-maintenance"},
                    {OutageCategory::CustomerCause, u"customer-cause"},
                    {OutageCategory::ForceMajeure, u"force-majeure"},
                    {OutageCategory::SecurityAttack, u"security-attack"},
                    {OutageCategory::HostingProvider, u"hosting-provider"},
                    {OutageCategory::Internet, u"internet"},
                    {OutageCategory::ThirdParty, u"third-party"},
                    {OutageCategory::Suspension, u"suspension"})
TERMLENS_VOCABULARY(HolidaySet, {HolidaySet::None, u"none"},
                    {HolidaySet::EnglandAndWales, u"england-and-wales"},
                    {HolidaySet::UsFederal, u"us-federal"})
TERMLENS_VOCABULARY(DurationUnit, {DurationUnit::Minutes, u"minutes"},
                    {DurationUnit::Hours, u"hours"}, {DurationUnit::Days, u"days"},
                    {DurationUnit::BusinessDays, u"business-days"}, {DurationUnit::Weeks, u"weeks"},
                    {DurationUnit::Months, u"months"}, {DurationUnit::Years, u"years"})
TERMLENS_VOCABULARY(MonthLength, {MonthLength::Calendar, u"calendar"},
                    {MonthLength::Average, u"average"})
TERMLENS_VOCABULARY(MeasurementKind, {MeasurementKind::Continuous, u"continuous"},
                    {MeasurementKind::Intervals, u"intervals"})
TERMLENS_VOCABULARY(UnavailableIf, {UnavailableIf::AnyDowntime, u"any-downtime"},
                    {UnavailableIf::WholeInterval, u"whole-interval"})
TERMLENS_VOCABULARY(ExcludedTime, {ExcludedTime::NotDowntime, u"not-downtime"},
                    {ExcludedTime::RemovedFromPeriod, u"removed-from-period"})
TERMLENS_VOCABULARY(ScheduleKind, {ScheduleKind::None, u"none"}, {ScheduleKind::Flat, u"flat"},
                    {ScheduleKind::Tiers, u"tiers"}, {ScheduleKind::Steps, u"steps"})
TERMLENS_VOCABULARY(ShortfallUnit, {ShortfallUnit::Points, u"points"},
                    {ShortfallUnit::ShareOfTarget, u"share-of-target"})
TERMLENS_VOCABULARY(CreditBase, {CreditBase::MonthlyFee, u"monthly-fee"},
                    {CreditBase::AnnualFeeTwelfth, u"annual-fee-twelfth"},
                    {CreditBase::AffectedServiceFee, u"affected-service-fee"})
TERMLENS_VOCABULARY(ClaimWindowKind, {ClaimWindowKind::None, u"none"},
                    {ClaimWindowKind::EndOfFollowingMonth, u"end-of-following-month"},
                    {ClaimWindowKind::DaysAfterPeriod, u"days-after-period"},
                    {ClaimWindowKind::EndOfNthFollowingMonth, u"end-of-nth-following-month"})
TERMLENS_VOCABULARY(RenewalKind, {RenewalKind::None, u"none"}, {RenewalKind::Fixed, u"fixed"},
                    {RenewalKind::Rolling, u"rolling"}, {RenewalKind::PaidPeriod, u"paid-period"})
TERMLENS_VOCABULARY(Party, {Party::Customer, u"customer"}, {Party::Vendor, u"vendor"},
                    {Party::Either, u"either"})
TERMLENS_VOCABULARY(TerminationTrigger, {TerminationTrigger::MaterialBreach, u"material-breach"},
                    {TerminationTrigger::NonPayment, u"non-payment"},
                    {TerminationTrigger::Insolvency, u"insolvency"},
                    {TerminationTrigger::Convenience, u"convenience"},
                    {TerminationTrigger::Other, u"other"})
TERMLENS_VOCABULARY(LiabilityBasis,
                    {LiabilityBasis::FeesPaidPreviousContractYear,
                     u"fees-paid-previous-contract-year"},
                    {LiabilityBasis::FeesPaid12MonthsBeforeClaim,
                     u"fees-paid-12-months-before-claim"},
                    {LiabilityBasis::FixedAmount, u"fixed-amount"})
TERMLENS_VOCABULARY(FirstYearBasis,
                    {FirstYearBasis::FeesPaidFirstContractYear, u"fees-paid-first-contract-year"})
TERMLENS_VOCABULARY(SubprocessorAuthorisation, {SubprocessorAuthorisation::General, u"general"},
                    {SubprocessorAuthorisation::Specific, u"specific"},
                    {SubprocessorAuthorisation::NotStated, u"not-stated"})
TERMLENS_VOCABULARY(LocationRole, {LocationRole::Primary, u"primary"},
                    {LocationRole::Failover, u"failover"}, {LocationRole::Backup, u"backup"},
                    {LocationRole::Processing, u"processing"}, {LocationRole::Support, u"support"})
TERMLENS_VOCABULARY(TransferRestriction, {TransferRestriction::NoneStated, u"none-stated"},
                    {TransferRestriction::AdequacyOrSafeguards, u"adequacy-or-safeguards"},
                    {TransferRestriction::ConsentRequired, u"consent-required"},
                    {TransferRestriction::Prohibited, u"prohibited"})
TERMLENS_VOCABULARY(ChangeMethod, {ChangeMethod::NotStated, u"not-stated"},
                    {ChangeMethod::OnPosting, u"on-posting"},
                    {ChangeMethod::WithNotice, u"with-notice"},
                    {ChangeMethod::MutualWritten, u"mutual-written"})
TERMLENS_VOCABULARY(ResponseUnit, {ResponseUnit::Minutes, u"minutes"},
                    {ResponseUnit::Hours, u"hours"}, {ResponseUnit::Days, u"days"})
TERMLENS_VOCABULARY(Clock, {Clock::TwentyFourSeven, u"24x7"}, {Clock::Business, u"business"})
TERMLENS_VOCABULARY(BillingCycle, {BillingCycle::Monthly, u"monthly"},
                    {BillingCycle::Quarterly, u"quarterly"}, {BillingCycle::Annual, u"annual"})

#undef TERMLENS_VOCABULARY

} // namespace termlens
