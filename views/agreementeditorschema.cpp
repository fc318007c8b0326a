#include "agreementeditorschema.h"

#include "holidays.h"
#include "subscription.h"
#include "termsheet.h"
#include "termtext.h"
#include "vocabulary.h"

#include <QCoreApplication>

namespace termlens {

namespace {

struct SchemaText
{
    Q_DECLARE_TR_FUNCTIONS(AgreementEditor)
};

using T = EditorFieldType;

EditorField field(const QString &key, const QString &label, EditorFieldType type,
                  bool required = false)
{
    EditorField f;
    f.key = key;
    f.label = label;
    f.type = type;
    f.required = required;
    return f;
}

EditorField object(const QString &key, const QString &label, QList<EditorField> fields, bool cites,
                   bool required = false)
{
    EditorField f = field(key, label, T::Object, required);
    f.fields = std::move(fields);
    f.cites = cites;
    return f;
}

EditorField list(const QString &key, const QString &label, const QString &itemLabel,
                 QList<EditorField> fields, bool cites)
{
    EditorField f = field(key, label, T::ObjectList);
    f.itemLabel = itemLabel;
    f.fields = std::move(fields);
    f.cites = cites;
    return f;
}

EditorField onlyFor(EditorField f, const QString &kindKey, const QStringList &kinds)
{
    f.kindKey = kindKey;
    f.kinds = kinds;
    return f;
}

EditorField hinted(EditorField f, const QString &hint)
{
    f.hint = hint;
    return f;
}

template <typename E>
EditorField choice(const QString &key, const QString &label, QString (*name)(E),
                   bool required = false, EditorFieldType type = T::Choice)
{
    EditorField f = field(key, label, type, required);
    for (const auto &entry : vocabulary<E>())
        f.choices.append({QString::fromUtf16(entry.key), name(entry.value)});
    return f;
}

QString monthLengthName(MonthLength v)
{
    switch (v) {
    case MonthLength::Calendar:
        return SchemaText::tr("Calendar month");
    case MonthLength::Average:
        return SchemaText::tr("Average month (43,830 minutes)");
    }
    return {};
}

QString measurementName(MeasurementKind v)
{
    switch (v) {
    case MeasurementKind::Continuous:
        return SchemaText::tr("Continuous");
    case MeasurementKind::Intervals:
        return SchemaText::tr("Fixed intervals");
    }
    return {};
}

QString unavailableIfName(UnavailableIf v)
{
    switch (v) {
    case UnavailableIf::AnyDowntime:
        return SchemaText::tr("Any downtime in the interval");
    case UnavailableIf::WholeInterval:
        return SchemaText::tr("Down for the whole interval");
    }
    return {};
}

QString excludedTimeName(ExcludedTime v)
{
    switch (v) {
    case ExcludedTime::NotDowntime:
        return SchemaText::tr("Counts as available time");
    case ExcludedTime::RemovedFromPeriod:
        return SchemaText::tr("Removed from the period");
    }
    return {};
}

QString scheduleName(ScheduleKind v)
{
    switch (v) {
    case ScheduleKind::None:
        return SchemaText::tr("No credits");
    case ScheduleKind::Flat:
        return SchemaText::tr("Flat percentage");
    case ScheduleKind::Tiers:
        return SchemaText::tr("Tiers by availability");
    case ScheduleKind::Steps:
        return SchemaText::tr("Steps per shortfall");
    }
    return {};
}

QString shortfallName(ShortfallUnit v)
{
    switch (v) {
    case ShortfallUnit::Points:
        return SchemaText::tr("Percentage points");
    case ShortfallUnit::ShareOfTarget:
        return SchemaText::tr("Share of the target");
    }
    return {};
}

QString creditBaseName(CreditBase v)
{
    switch (v) {
    case CreditBase::MonthlyFee:
        return SchemaText::tr("Monthly fee");
    case CreditBase::AnnualFeeTwelfth:
        return SchemaText::tr("One twelfth of the annual fee");
    case CreditBase::AffectedServiceFee:
        return SchemaText::tr("Fee of the affected service");
    }
    return {};
}

QString claimWindowName(ClaimWindowKind v)
{
    switch (v) {
    case ClaimWindowKind::None:
        return SchemaText::tr("No deadline");
    case ClaimWindowKind::EndOfFollowingMonth:
        return SchemaText::tr("End of the following month");
    case ClaimWindowKind::DaysAfterPeriod:
        return SchemaText::tr("Days after the month");
    case ClaimWindowKind::EndOfNthFollowingMonth:
        return SchemaText::tr("End of the n-th following month");
    }
    return {};
}

QString renewalName(RenewalKind v)
{
    switch (v) {
    case RenewalKind::None:
        return SchemaText::tr("Does not renew");
    case RenewalKind::Fixed:
        return SchemaText::tr("Renews for a fixed term");
    case RenewalKind::Rolling:
        return SchemaText::tr("Rolls on until ended");
    case RenewalKind::PaidPeriod:
        return SchemaText::tr("Renews with each paid period");
    }
    return {};
}

QString liabilityBasisName(LiabilityBasis v)
{
    switch (v) {
    case LiabilityBasis::FeesPaidPreviousContractYear:
        return SchemaText::tr("Fees paid in the previous contract year");
    case LiabilityBasis::FeesPaid12MonthsBeforeClaim:
        return SchemaText::tr("Fees paid in the 12 months before the claim");
    case LiabilityBasis::FixedAmount:
        return SchemaText::tr("Fixed amount");
    }
    return {};
}

QString firstYearName(FirstYearBasis v)
{
    switch (v) {
    case FirstYearBasis::FeesPaidFirstContractYear:
        return SchemaText::tr("Fees paid in the first contract year");
    }
    return {};
}

QString responseUnitName(ResponseUnit v)
{
    switch (v) {
    case ResponseUnit::Minutes:
        return SchemaText::tr("Minutes");
    case ResponseUnit::Hours:
        return SchemaText::tr("Hours");
    case ResponseUnit::Days:
        return SchemaText::tr("Days");
    }
    return {};
}

QString clockName(Clock v)
{
    switch (v) {
    case Clock::TwentyFourSeven:
        return SchemaText::tr("24×7");
    case Clock::Business:
        return SchemaText::tr("Business hours");
    }
    return {};
}

QString durationUnitName(DurationUnit v)
{
    switch (v) {
    case DurationUnit::Minutes:
        return SchemaText::tr("Minutes");
    case DurationUnit::Hours:
        return SchemaText::tr("Hours");
    case DurationUnit::Days:
        return SchemaText::tr("Days");
    case DurationUnit::BusinessDays:
        return SchemaText::tr("Business days");
    case DurationUnit::Weeks:
        return SchemaText::tr("Weeks");
    case DurationUnit::Months:
        return SchemaText::tr("Months");
    case DurationUnit::Years:
        return SchemaText::tr("Years");
    }
    return {};
}

QString authorisationName(SubprocessorAuthorisation v)
{
    switch (v) {
    case SubprocessorAuthorisation::General:
        return SchemaText::tr("General authorisation");
    case SubprocessorAuthorisation::Specific:
        return SchemaText::tr("Specific authorisation");
    case SubprocessorAuthorisation::NotStated:
        return SchemaText::tr("Not stated");
    }
    return {};
}

QString restrictionName(TransferRestriction v)
{
    switch (v) {
    case TransferRestriction::NoneStated:
        return SchemaText::tr("None stated");
    case TransferRestriction::AdequacyOrSafeguards:
        return SchemaText::tr("Adequacy or safeguards");
    case TransferRestriction::ConsentRequired:
        return SchemaText::tr("Consent required");
    case TransferRestriction::Prohibited:
        return SchemaText::tr("Prohibited");
    }
    return {};
}

QString changeMethodName(ChangeMethod v)
{
    switch (v) {
    case ChangeMethod::NotStated:
        return SchemaText::tr("Not stated");
    case ChangeMethod::OnPosting:
        return SchemaText::tr("When posted");
    case ChangeMethod::WithNotice:
        return SchemaText::tr("With notice");
    case ChangeMethod::MutualWritten:
        return SchemaText::tr("Only in writing by both parties");
    }
    return {};
}

EditorField duration(const QString &key, const QString &label)
{
    return object(key, label,
                  {field(QStringLiteral("amount"), SchemaText::tr("Amount"), T::Integer, true),
                   choice(QStringLiteral("unit"), SchemaText::tr("Unit"), durationUnitName, true)},
                  false);
}

EditorField businessHours(const QString &key, const QString &label, bool withHolidays)
{
    QList<EditorField> fields = {
        field(QStringLiteral("days"), SchemaText::tr("Days"), T::Weekdays, true),
        field(QStringLiteral("from"), SchemaText::tr("From"), T::Time, true),
        field(QStringLiteral("to"), SchemaText::tr("To"), T::Time, true),
        field(QStringLiteral("timeZone"), SchemaText::tr("Time zone"), T::TimeZone, true)};
    if (withHolidays)
        fields << choice(QStringLiteral("holidays"), SchemaText::tr("Holidays"), holidaySetName);
    return object(key, label, fields, withHolidays);
}

EditorField schedule()
{
    const QString kind = QStringLiteral("kind");
    const QStringList steps = {QStringLiteral("steps")};
    EditorField tiers = list(
        QStringLiteral("tiers"), SchemaText::tr("Tiers"), SchemaText::tr("Tier"),
        {field(QStringLiteral("below"), SchemaText::tr("Availability below (%)"), T::Decimal, true),
         field(QStringLiteral("percent"), SchemaText::tr("Credit (%)"), T::Decimal, true)},
        false);
    tiers.required = true;
    return object(
        QStringLiteral("schedule"), SchemaText::tr("Credit schedule"),
        {choice(kind, SchemaText::tr("Kind"), scheduleName, true),
         onlyFor(field(QStringLiteral("percent"), SchemaText::tr("Credit (%)"), T::Decimal, true),
                 kind, {QStringLiteral("flat")}),
         onlyFor(tiers, kind, {QStringLiteral("tiers")}),
         onlyFor(field(QStringLiteral("firstBand"), SchemaText::tr("First band (shortfall)"),
                       T::Decimal, true),
                 kind, steps),
         onlyFor(field(QStringLiteral("firstPercent"), SchemaText::tr("First band credit (%)"),
                       T::Decimal, true),
                 kind, steps),
         onlyFor(
             field(QStringLiteral("step"), SchemaText::tr("Each further step"), T::Decimal, true),
             kind, steps),
         onlyFor(field(QStringLiteral("stepPercent"), SchemaText::tr("Credit per step (%)"),
                       T::Decimal, true),
                 kind, steps),
         onlyFor(choice(QStringLiteral("shortfallUnit"), SchemaText::tr("Shortfall measured in"),
                        shortfallName),
                 kind, steps)},
        true, true);
}

EditorField credits()
{
    const QString kind = QStringLiteral("kind");
    EditorField claimWindow = object(
        QStringLiteral("claimWindow"), SchemaText::tr("Claim window"),
        {choice(kind, SchemaText::tr("Kind"), claimWindowName, true),
         onlyFor(field(QStringLiteral("days"), SchemaText::tr("Days"), T::Integer, true), kind,
                 {QStringLiteral("days-after-period")}),
         onlyFor(field(QStringLiteral("n"), SchemaText::tr("Months after"), T::Integer, true), kind,
                 {QStringLiteral("end-of-nth-following-month")})},
        true);
    return object(
        QStringLiteral("credits"), SchemaText::tr("Service credits"),
        {schedule(), choice(QStringLiteral("base"), SchemaText::tr("Credit base"), creditBaseName),
         field(QStringLiteral("capPercent"), SchemaText::tr("Cap (% of the base)"), T::Decimal),
         field(QStringLiteral("minimumAmount"), SchemaText::tr("Minimum amount"), T::Decimal),
         claimWindow,
         field(QStringLiteral("soleRemedy"), SchemaText::tr("Sole remedy"), T::OptionalBool)},
        true);
}

EditorField availability()
{
    const QString kind = QStringLiteral("kind");
    const QStringList intervals = {QStringLiteral("intervals")};
    EditorField measurement =
        object(QStringLiteral("measurement"), SchemaText::tr("Measurement"),
               {choice(kind, SchemaText::tr("Kind"), measurementName, true),
                onlyFor(field(QStringLiteral("minutes"), SchemaText::tr("Interval (minutes)"),
                              T::Integer, true),
                        kind, intervals),
                onlyFor(choice(QStringLiteral("unavailableIf"),
                               SchemaText::tr("Interval unavailable if"), unavailableIfName, true),
                        kind, intervals)},
               true);
    EditorField windows =
        list(QStringLiteral("windows"), SchemaText::tr("Windows"), SchemaText::tr("Window"),
             businessHours(QString(), QString(), false).fields, false);
    EditorField maintenance = object(
        QStringLiteral("maintenance"), SchemaText::tr("Scheduled maintenance"),
        {field(QStringLiteral("noticeHours"), SchemaText::tr("Notice (hours)"), T::Integer),
         windows,
         field(QStringLiteral("countsInBusinessHours"),
               SchemaText::tr("Counts as downtime in business hours"), T::Bool),
         businessHours(QStringLiteral("businessHours"), SchemaText::tr("Business hours"), true)},
        true);
    return object(
        QStringLiteral("availability"), SchemaText::tr("Availability"),
        {hinted(field(QStringLiteral("target"), SchemaText::tr("Target (%)"), T::Decimal, true),
                SchemaText::tr("e.g. 99.9")),
         field(QStringLiteral("targetOptions"), SchemaText::tr("Other targets offered (%)"),
               T::DecimalList),
         choice(QStringLiteral("monthLength"), SchemaText::tr("Month length"), monthLengthName),
         measurement,
         choice(QStringLiteral("excludedTime"), SchemaText::tr("Excluded time"), excludedTimeName),
         choice(QStringLiteral("exclusions"), SchemaText::tr("Exclusions"), outageCategoryName,
                false, T::ChoiceSet),
         maintenance, credits()},
        true);
}

EditorField term()
{
    const QString kind = QStringLiteral("kind");
    EditorField renewal = object(
        QStringLiteral("renewal"), SchemaText::tr("Renewal"),
        {choice(kind, SchemaText::tr("Kind"), renewalName, true),
         onlyFor(field(QStringLiteral("months"), SchemaText::tr("Renewal term (months)"),
                       T::Integer, true),
                 kind, {QStringLiteral("fixed")}),
         onlyFor(
             field(QStringLiteral("noticeDays"), SchemaText::tr("Notice (days)"), T::Integer), kind,
             {QStringLiteral("fixed"), QStringLiteral("rolling"), QStringLiteral("paid-period")})},
        true);
    return object(QStringLiteral("term"), SchemaText::tr("Term and renewal"),
                  {field(QStringLiteral("initialMonths"), SchemaText::tr("Initial term (months)"),
                         T::Integer),
                   renewal},
                  true);
}

EditorField liabilityCap()
{
    return object(
        QStringLiteral("liabilityCap"), SchemaText::tr("Liability cap"),
        {field(QStringLiteral("multiplier"), SchemaText::tr("Multiplier"), T::Decimal),
         choice(QStringLiteral("basis"), SchemaText::tr("Basis"), liabilityBasisName, true),
         onlyFor(field(QStringLiteral("amount"), SchemaText::tr("Amount"), T::Decimal, true),
                 QStringLiteral("basis"), {QStringLiteral("fixed-amount")}),
         choice(QStringLiteral("firstYear"), SchemaText::tr("In the first year"), firstYearName),
         field(QStringLiteral("carveOuts"), SchemaText::tr("Carve-outs"), T::TextList),
         field(QStringLiteral("insuranceLimited"), SchemaText::tr("Limited to insurance"),
               T::OptionalBool)},
        true);
}

EditorField support()
{
    EditorField response =
        object(QStringLiteral("response"), SchemaText::tr("Response time"),
               {field(QStringLiteral("amount"), SchemaText::tr("Amount"), T::Integer, true),
                choice(QStringLiteral("unit"), SchemaText::tr("Unit"), responseUnitName, true),
                choice(QStringLiteral("clock"), SchemaText::tr("Clock"), clockName, true)},
               false, true);
    return object(
        QStringLiteral("support"), SchemaText::tr("Support"),
        {businessHours(QStringLiteral("businessHours"), SchemaText::tr("Business hours"), true),
         list(QStringLiteral("levels"), SchemaText::tr("Levels"), SchemaText::tr("Level"),
              {field(QStringLiteral("name"), SchemaText::tr("Name"), T::Text, true),
               field(QStringLiteral("description"), SchemaText::tr("Description"), T::Text),
               response},
              true)},
        true);
}

EditorField termination()
{
    return object(
        QStringLiteral("termination"), SchemaText::tr("Termination"),
        {list(QStringLiteral("rights"), SchemaText::tr("Rights"), SchemaText::tr("Right"),
              {choice(QStringLiteral("by"), SchemaText::tr("By"), partyName, true),
               choice(QStringLiteral("trigger"), SchemaText::tr("Trigger"), terminationTriggerName,
                      true),
               duration(QStringLiteral("cure"), SchemaText::tr("Cure period")),
               duration(QStringLiteral("notice"), SchemaText::tr("Notice")),
               field(QStringLiteral("description"), SchemaText::tr("Description"), T::Text)},
              true)},
        true);
}

QList<EditorField> subprocessorFields()
{
    EditorField subprocessors =
        list(QStringLiteral("subprocessors"), SchemaText::tr("Sub-processors"),
             SchemaText::tr("Sub-processor"),
             {field(QStringLiteral("name"), SchemaText::tr("Name"), T::Text, true),
              field(QStringLiteral("purpose"), SchemaText::tr("Purpose"), T::Text),
              hinted(field(QStringLiteral("countries"), SchemaText::tr("Countries"), T::TextList),
                     SchemaText::tr("ISO 3166 code, e.g. GB"))},
             true);
    subprocessors.statedList = true;
    return {subprocessors,
            object(QStringLiteral("subprocessorPolicy"), SchemaText::tr("Sub-processor policy"),
                   {choice(QStringLiteral("authorisation"), SchemaText::tr("Authorisation"),
                           authorisationName),
                    duration(QStringLiteral("changeNotice"), SchemaText::tr("Notice of changes")),
                    field(QStringLiteral("objectionRight"), SchemaText::tr("Right to object"),
                          T::OptionalBool)},
                   true)};
}

QList<EditorField> dataFields()
{
    EditorField locations =
        list(QStringLiteral("dataLocations"), SchemaText::tr("Data locations"),
             SchemaText::tr("Location"),
             {hinted(field(QStringLiteral("country"), SchemaText::tr("Country"), T::Text, true),
                     SchemaText::tr("ISO 3166 code, e.g. GB")),
              field(QStringLiteral("region"), SchemaText::tr("Region"), T::Text),
              choice(QStringLiteral("role"), SchemaText::tr("Role"), locationRoleName, true),
              field(QStringLiteral("provider"), SchemaText::tr("Provider"), T::Text)},
             true);
    locations.statedList = true;
    return {locations,
            object(QStringLiteral("dataTransfers"), SchemaText::tr("Data transfers"),
                   {choice(QStringLiteral("restriction"), SchemaText::tr("Restriction"),
                           restrictionName),
                    hinted(field(QStringLiteral("allowedRegions"),
                                 SchemaText::tr("Allowed regions"), T::TextList),
                           SchemaText::tr("ISO 3166 code or EEA"))},
                   true),
            object(QStringLiteral("dataReturn"), SchemaText::tr("Data return"),
                   {duration(QStringLiteral("retrievalWindow"),
                             SchemaText::tr("Retrieval window after termination")),
                    field(QStringLiteral("format"), SchemaText::tr("Format"), T::Text),
                    duration(QStringLiteral("deletionWithin"), SchemaText::tr("Deletion within")),
                    field(QStringLiteral("backupsProvided"), SchemaText::tr("Backups provided"),
                          T::OptionalBool)},
                   true)};
}

QList<EditorField> legalFields()
{
    return {object(QStringLiteral("breachNotification"), SchemaText::tr("Breach notification"),
                   {duration(QStringLiteral("within"), SchemaText::tr("Within")),
                    field(QStringLiteral("wording"), SchemaText::tr("Wording"), T::Text)},
                   true),
            object(QStringLiteral("governingLaw"), SchemaText::tr("Governing law"),
                   {field(QStringLiteral("law"), SchemaText::tr("Law"), T::Text),
                    hinted(field(QStringLiteral("lawCode"), SchemaText::tr("Law code"), T::Text),
                           SchemaText::tr("ISO 3166, e.g. GB-EAW or US-TX")),
                    field(QStringLiteral("forum"), SchemaText::tr("Forum"), T::Text),
                    field(QStringLiteral("arbitration"), SchemaText::tr("Arbitration"), T::Bool),
                    field(QStringLiteral("seat"), SchemaText::tr("Seat"), T::Text)},
                   true),
            object(QStringLiteral("changes"), SchemaText::tr("Changes to the terms"),
                   {choice(QStringLiteral("method"), SchemaText::tr("Method"), changeMethodName),
                    duration(QStringLiteral("notice"), SchemaText::tr("Notice")),
                    field(QStringLiteral("adverseOnly"),
                          SchemaText::tr("Notice only for adverse changes"), T::OptionalBool)},
                   true)};
}

QList<EditorField> generalFields()
{
    EditorField documents =
        list(QStringLiteral("documents"), SchemaText::tr("Documents"), SchemaText::tr("Document"),
             {hinted(field(QStringLiteral("id"), SchemaText::tr("Id"), T::Text, true),
                     SchemaText::tr("a-z, 0-9 and -, e.g. msa")),
              field(QStringLiteral("title"), SchemaText::tr("Title"), T::Text, true),
              field(QStringLiteral("version"), SchemaText::tr("Version"), T::Text),
              field(QStringLiteral("date"), SchemaText::tr("Date"), T::Date),
              field(QStringLiteral("source"), SchemaText::tr("Source file"), T::Text),
              hinted(field(QStringLiteral("text"), SchemaText::tr("Text"), T::DocumentText),
                     SchemaText::tr("The document's full text: paste it here, then select "
                                    "words in it on the right to quote them"))},
             false);
    documents.required = true;
    return {hinted(field(QStringLiteral("id"), SchemaText::tr("Id"), T::Text, true),
                   SchemaText::tr("a-z, 0-9 and -, e.g. example-cloud")),
            field(QStringLiteral("vendor"), SchemaText::tr("Vendor"), T::Text, true),
            field(QStringLiteral("product"), SchemaText::tr("Product"), T::Text),
            hinted(field(QStringLiteral("currency"), SchemaText::tr("Currency"), T::Text, true),
                   SchemaText::tr("ISO 4217, e.g. GBP")),
            field(QStringLiteral("timeZone"), SchemaText::tr("Time zone"), T::TimeZone, true),
            field(QStringLiteral("notes"), SchemaText::tr("Notes"), T::LongText),
            documents};
}

} // namespace

QList<EditorSection> agreementEditorSections()
{
    const QString terms = QStringLiteral("terms");
    return {
        {SchemaText::tr("Agreement and documents"), QString(), generalFields()},
        {SchemaText::tr("Availability and credits"), terms, {availability()}},
        {SchemaText::tr("Term and renewal"), terms, {term()}},
        {SchemaText::tr("Liability cap"), terms, {liabilityCap()}},
        {SchemaText::tr("Support"), terms, {support()}},
        {SchemaText::tr("Termination"), terms, {termination()}},
        {SchemaText::tr("Sub-processors"), terms, subprocessorFields()},
        {SchemaText::tr("Data locations and return"), terms, dataFields()},
        {SchemaText::tr("Breach, law and changes"), terms, legalFields()},
    };
}

QList<EditorField> citationFields()
{
    return {field(QStringLiteral("document"), SchemaText::tr("Document"), T::DocumentRef),
            hinted(field(QStringLiteral("clause"), SchemaText::tr("Clause"), T::Text),
                   SchemaText::tr("e.g. 13.5")),
            field(QStringLiteral("quote"), SchemaText::tr("Quote"), T::LongText),
            field(QStringLiteral("note"), SchemaText::tr("Note"), T::LongText),
            field(QStringLiteral("ambiguity"), SchemaText::tr("Ambiguity"), T::LongText)};
}

QString choiceLabel(const QList<EditorChoice> &choices, const QString &key)
{
    for (const EditorChoice &c : choices) {
        if (c.key == key)
            return c.label;
    }
    return key;
}

} // namespace termlens
