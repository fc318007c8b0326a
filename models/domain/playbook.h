#pragma once

#include "decimal.h"
#include "termsheetjson.h"
#include "vocabulary.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A playbook: the organisation's acceptable positions, each agreement scored against it term by
// term (DOMAIN.md "Playbook", PRODUCT.md point 4). File format `termlens.playbook/1`:
//
// {
//   "format": "termlens.playbook/1",                       required
//   "id": "careful-uk-eu-buyer",                           required, [a-z0-9-]{1,64}
//   "name": "Careful UK/EU buyer",                         required, not empty
//   "description": "…",                                    optional
//   "rules": [                                             required (may be empty)
//     {"id": "cap-multiple", "term": "liability-cap-annual-fees", "kind": "minimum",
//      "value": "1.0", "severity": "fail", "reason": "…"},
//     {"id": "law", "term": "governing-law", "kind": "allowed",
//      "values": ["GB-EAW", "GB-SCT", "IE"], "severity": "fail"},
//     {"id": "credits", "term": "service-credits", "kind": "present", "severity": "warn"}
//   ]
// }
//
// A rule: `id` ([a-z0-9-], unique in the playbook), `term` (below), `kind`, `severity`
// ("fail" | "warn": what a term that misses the position scores), optional `reason` (the
// organisation's own words, shown as written). By kind:
// - "minimum" / "maximum" with `value` (a decimal, as a JSON number or string): the term's
//   figure must be >= / <= value (both inclusive), in the unit the term's name ends with;
// - "allowed" / "forbidden" with `values` (non-empty list of codes): every code the term holds
//   must be in the list / none of them may be;
// - "present" / "absent" (no value): the term must say yes / no.
// Unknown fields are errors, as in term sheets.
//
// Terms (the figure each reads from a term sheet is described in playbookreading.h):
//   numbers  liability-cap-annual-fees (multiple of a year's fees), availability-target (%),
//            initial-term-months, renewal-notice-days, cure-period-days, data-retrieval-days,
//            breach-notification-hours, support-top-response-hours, change-notice-days,
//            subprocessor-change-notice-days
//   codes    data-location-countries, subprocessor-countries (ISO 3166-1 alpha-2, or the groups
//            "EEA" and "EU"), governing-law (ISO 3166 codes such as GB-EAW, IE, US-TX; "GB"
//            also admits "GB-EAW"; "UK" is read as "GB"), data-transfer-restriction, change-method,
//            subprocessor-authorisation, support-top-clock (the term sheet's own keys)
//   flags    service-credits, sole-remedy, subprocessor-objection-right,
//            liability-insurance-limited, backups-provided
namespace termlens {

enum class PlaybookTerm
{
    LiabilityCapAnnualFees,
    AvailabilityTarget,
    InitialTermMonths,
    RenewalNoticeDays,
    CurePeriodDays,
    DataRetrievalDays,
    BreachNotificationHours,
    SupportTopResponseHours,
    ChangeNoticeDays,
    SubprocessorChangeNoticeDays,
    DataLocationCountries,
    SubprocessorCountries,
    GoverningLaw,
    DataTransferRestriction,
    ChangeMethod,
    SubprocessorAuthorisation,
    SupportTopClock,
    ServiceCredits,
    SoleRemedy,
    SubprocessorObjectionRight,
    LiabilityInsuranceLimited,
    BackupsProvided,
};

enum class PlaybookValueType
{
    Number,
    Codes,
    Flag
};
enum class RuleKind
{
    Minimum,
    Maximum,
    Allowed,
    Forbidden,
    Present,
    Absent
};
enum class Severity
{
    Fail,
    Warn
};

template <> std::span<const VocabularyEntry<PlaybookTerm>> vocabulary<PlaybookTerm>();
template <> std::span<const VocabularyEntry<RuleKind>> vocabulary<RuleKind>();
template <> std::span<const VocabularyEntry<Severity>> vocabulary<Severity>();

PlaybookValueType valueTypeOf(PlaybookTerm term);
PlaybookValueType valueTypeOf(RuleKind kind);
// The term's name for people ("Liability cap", "Renewal notice"), translated.
QString playbookTermLabel(PlaybookTerm term);
// The unit a number term is measured in, for "at least %1": "days", "hours", "%" (translated);
// empty for codes and flags.
QString playbookTermUnit(PlaybookTerm term);
// An amount of the term with its unit, in the locale's digits and the language's plural form:
// "1 hour", "72 hours", "1.5 hours", "99.9 %", "1 x annual fees"; the number alone for a term
// without a unit.
QString playbookTermAmount(PlaybookTerm term, const Decimal &amount);

struct PlaybookRule
{
    QString id;
    PlaybookTerm term = PlaybookTerm::LiabilityCapAnnualFees;
    RuleKind kind = RuleKind::Minimum;
    Decimal value;      // minimum, maximum
    QStringList values; // allowed, forbidden
    Severity severity = Severity::Fail;
    QString reason;
    friend bool operator==(const PlaybookRule &, const PlaybookRule &) = default;
};

struct Playbook
{
    static constexpr QStringView Format = u"termlens.playbook/1";

    QString id;
    QString name;
    QString description;
    QList<PlaybookRule> rules;
    friend bool operator==(const Playbook &, const Playbook &) = default;
};

struct PlaybookParseResult
{
    std::optional<Playbook> playbook; // set only when issues is empty
    QList<ValidationIssue> issues;    // every problem, each with its JSON path
};

// Reads and completely validates a playbook; nothing is returned when anything is wrong.
PlaybookParseResult parsePlaybook(const QByteArray &json);
// Writes the same format back, pretty-printed; parsePlaybook(playbookToJson(x)).playbook == x.
QByteArray playbookToJson(const Playbook &playbook);

// The EEA member states (EU 27, Iceland, Liechtenstein, Norway) and the EU 27, as ISO 3166-1
// alpha-2 codes (Greece is GR), for the "EEA" and "EU" groups in country lists.
const QStringList &eeaCountries();
const QStringList &euCountries();

} // namespace termlens
