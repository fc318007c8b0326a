#include "playbook.h"

#include "localeformat.h"

#include <QCoreApplication>

#include <limits>

namespace termlens {

#define TERMLENS_PLAYBOOK_VOCABULARY(Enum, ...)                                                    \
    template <> std::span<const VocabularyEntry<Enum>> vocabulary<Enum>()                          \
    {                                                                                              \
        static constexpr VocabularyEntry<Enum> entries[] = {__VA_ARGS__};                          \
        return entries;                                                                            \
    }

TERMLENS_PLAYBOOK_VOCABULARY(
    PlaybookTerm, {PlaybookTerm::LiabilityCapAnnualFees, u"liability-cap-annual-fees"},
    {PlaybookTerm::AvailabilityTarget, u"availability-target"},
    {PlaybookTerm::InitialTermMonths, u"initial-term-months"},
    {PlaybookTerm::RenewalNoticeDays, u"renewal-notice-days"},
    {PlaybookTerm::CurePeriodDays, u"cure-period-days"},
    {PlaybookTerm::DataRetrievalDays, u"data-retrieval-days"},
    {PlaybookTerm::BreachNotificationHours, u"breach-notification-hours"},
    {PlaybookTerm::SupportTopResponseHours, u"support-top-response-hours"},
    {PlaybookTerm::ChangeNoticeDays, u"change-notice-days"},
    {PlaybookTerm::SubprocessorChangeNoticeDays, u"subprocessor-change-notice-days"},
    {PlaybookTerm::DataLocationCountries, u"data-location-countries"},
    {PlaybookTerm::SubprocessorCountries, u"subprocessor-countries"},
    {PlaybookTerm::GoverningLaw, u"governing-law"},
    {PlaybookTerm::DataTransferRestriction, u"data-transfer-restriction"},
    {PlaybookTerm::ChangeMethod, u"change-method"},
    {PlaybookTerm::SubprocessorAuthorisation, u"subprocessor-authorisation"},
    {PlaybookTerm::SupportTopClock, u"support-top-clock"},
    {PlaybookTerm::ServiceCredits, u"service-credits"}, {PlaybookTerm::SoleRemedy, u"sole-remedy"},
    {PlaybookTerm::SubprocessorObjectionRight, u"subprocessor-objection-right"},
    {PlaybookTerm::LiabilityInsuranceLimited, u"liability-insurance-limited"},
    {PlaybookTerm::BackupsProvided, u"backups-provided"})
TERMLENS_PLAYBOOK_VOCABULARY(RuleKind, {RuleKind::Minimum, u"minimum"},
                             {RuleKind::Maximum, u"maximum"}, {RuleKind::Allowed, u"allowed"},
                             {RuleKind::Forbidden, u"forbidden"}, {RuleKind::Present, u"present"},
                             {RuleKind::Absent, u"absent"})
TERMLENS_PLAYBOOK_VOCABULARY(Severity, {Severity::Fail, u"fail"}, {Severity::Warn, u"warn"})

#undef TERMLENS_PLAYBOOK_VOCABULARY

PlaybookValueType valueTypeOf(PlaybookTerm term)
{
    switch (term) {
    case PlaybookTerm::LiabilityCapAnnualFees:
    case PlaybookTerm::AvailabilityTarget:
    case PlaybookTerm::InitialTermMonths:
    case PlaybookTerm::RenewalNoticeDays:
    case PlaybookTerm::CurePeriodDays:
    case PlaybookTerm::DataRetrievalDays:
    case PlaybookTerm::BreachNotificationHours:
    case PlaybookTerm::SupportTopResponseHours:
    case PlaybookTerm::ChangeNoticeDays:
    case PlaybookTerm::SubprocessorChangeNoticeDays:
        return PlaybookValueType::Number;
    case PlaybookTerm::DataLocationCountries:
    case PlaybookTerm::SubprocessorCountries:
    case PlaybookTerm::GoverningLaw:
    case PlaybookTerm::DataTransferRestriction:
    case PlaybookTerm::ChangeMethod:
    case PlaybookTerm::SubprocessorAuthorisation:
    case PlaybookTerm::SupportTopClock:
        return PlaybookValueType::Codes;
    case PlaybookTerm::ServiceCredits:
    case PlaybookTerm::SoleRemedy:
    case PlaybookTerm::SubprocessorObjectionRight:
    case PlaybookTerm::LiabilityInsuranceLimited:
    case PlaybookTerm::BackupsProvided:
        return PlaybookValueType::Flag;
    }
    return PlaybookValueType::Flag;
}

PlaybookValueType valueTypeOf(RuleKind kind)
{
    switch (kind) {
    case RuleKind::Minimum:
    case RuleKind::Maximum:
        return PlaybookValueType::Number;
    case RuleKind::Allowed:
    case RuleKind::Forbidden:
        return PlaybookValueType::Codes;
    case RuleKind::Present:
    case RuleKind::Absent:
        return PlaybookValueType::Flag;
    }
    return PlaybookValueType::Flag;
}

QString playbookTermLabel(PlaybookTerm term)
{
    const char *text = "";
    switch (term) {
    case PlaybookTerm::LiabilityCapAnnualFees:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "Liability cap");
        break;
    case PlaybookTerm::AvailabilityTarget:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "Availability target");
        break;
    case PlaybookTerm::InitialTermMonths:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "Initial term");
        break;
    case PlaybookTerm::RenewalNoticeDays:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "Notice to stop renewal");
        break;
    case PlaybookTerm::CurePeriodDays:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "Cure period before the vendor may terminate");
        break;
    case PlaybookTerm::DataRetrievalDays:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "Data retrieval window after termination");
        break;
    case PlaybookTerm::BreachNotificationHours:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "Breach notification");
        break;
    case PlaybookTerm::SupportTopResponseHours:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "Response to the most severe support issue");
        break;
    case PlaybookTerm::ChangeNoticeDays:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "Notice of changes to the terms");
        break;
    case PlaybookTerm::SubprocessorChangeNoticeDays:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "Notice of new sub-processors");
        break;
    case PlaybookTerm::DataLocationCountries:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "Data locations");
        break;
    case PlaybookTerm::SubprocessorCountries:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "Sub-processor countries");
        break;
    case PlaybookTerm::GoverningLaw:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "Governing law");
        break;
    case PlaybookTerm::DataTransferRestriction:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "Restriction on data transfers");
        break;
    case PlaybookTerm::ChangeMethod:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "How the terms may be changed");
        break;
    case PlaybookTerm::SubprocessorAuthorisation:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "Authorisation of sub-processors");
        break;
    case PlaybookTerm::SupportTopClock:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "Clock of the most severe support response");
        break;
    case PlaybookTerm::ServiceCredits:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "Service credits");
        break;
    case PlaybookTerm::SoleRemedy:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "Credits as the sole remedy");
        break;
    case PlaybookTerm::SubprocessorObjectionRight:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "Right to object to sub-processors");
        break;
    case PlaybookTerm::LiabilityInsuranceLimited:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "Liability limited to insurance recoveries");
        break;
    case PlaybookTerm::BackupsProvided:
        text = QT_TRANSLATE_NOOP("PlaybookTerm", "Backups of customer data");
        break;
    }
    return QCoreApplication::translate("PlaybookTerm", text);
}

QString playbookTermUnit(PlaybookTerm term)
{
    switch (term) {
    case PlaybookTerm::LiabilityCapAnnualFees:
        return QCoreApplication::translate("PlaybookTerm", "x annual fees");
    case PlaybookTerm::AvailabilityTarget:
        return QCoreApplication::translate("PlaybookTerm", "%");
    case PlaybookTerm::InitialTermMonths:
        return QCoreApplication::translate("PlaybookTerm", "months");
    case PlaybookTerm::RenewalNoticeDays:
    case PlaybookTerm::CurePeriodDays:
    case PlaybookTerm::DataRetrievalDays:
    case PlaybookTerm::ChangeNoticeDays:
    case PlaybookTerm::SubprocessorChangeNoticeDays:
        return QCoreApplication::translate("PlaybookTerm", "days");
    case PlaybookTerm::BreachNotificationHours:
    case PlaybookTerm::SupportTopResponseHours:
        return QCoreApplication::translate("PlaybookTerm", "hours");
    default:
        return {};
    }
}

QString playbookTermAmount(PlaybookTerm term, const Decimal &amount)
{
    const QString number = displayNumber(amount);
    const Decimal whole = amount.rescaled(0, Rounding::TowardZero);
    const bool counted = whole == amount && !amount.isNegative() &&
                         amount <= Decimal::fromInt(std::numeric_limits<int>::max());
    const int n = counted ? int(whole.toInteger(Rounding::TowardZero)) : 0;
    // Whole amounts take the language's plural forms; a fraction (1.5 hours) reads as plural.
    const auto counting = [&](const char *forms, const char *fraction) {
        return counted ? QCoreApplication::translate("PlaybookTerm", forms, nullptr, n)
                       : QCoreApplication::translate("PlaybookTerm", fraction).arg(number);
    };
    switch (term) {
    case PlaybookTerm::LiabilityCapAnnualFees:
        return QCoreApplication::translate("PlaybookTerm", "%1 x annual fees").arg(number);
    case PlaybookTerm::AvailabilityTarget:
        return QCoreApplication::translate("PlaybookTerm", "%1 %").arg(number);
    case PlaybookTerm::InitialTermMonths:
        return counting(QT_TRANSLATE_N_NOOP("PlaybookTerm", "%Ln month(s)"),
                        QT_TRANSLATE_NOOP("PlaybookTerm", "%1 months"));
    case PlaybookTerm::RenewalNoticeDays:
    case PlaybookTerm::CurePeriodDays:
    case PlaybookTerm::DataRetrievalDays:
    case PlaybookTerm::ChangeNoticeDays:
    case PlaybookTerm::SubprocessorChangeNoticeDays:
        return counting(QT_TRANSLATE_N_NOOP("PlaybookTerm", "%Ln day(s)"),
                        QT_TRANSLATE_NOOP("PlaybookTerm", "%1 days"));
    case PlaybookTerm::BreachNotificationHours:
    case PlaybookTerm::SupportTopResponseHours:
        return counting(QT_TRANSLATE_N_NOOP("PlaybookTerm", "%Ln hour(s)"),
                        QT_TRANSLATE_NOOP("PlaybookTerm", "%1 hours"));
    default:
        return number;
    }
}

const QStringList &euCountries()
{
    static const QStringList codes = {
        QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("HR"),
        QStringLiteral("CY"), QStringLiteral("CZ"), QStringLiteral("DK"), QStringLiteral("EE"),
        QStringLiteral("FI"), QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("GR"),
        QStringLiteral("HU"), QStringLiteral("IE"), QStringLiteral("IT"), QStringLiteral("LV"),
        QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("MT"), QStringLiteral("NL"),
        QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"), QStringLiteral("SK"),
        QStringLiteral("SI"), QStringLiteral("ES"), QStringLiteral("SE")};
    return codes;
}

const QStringList &eeaCountries()
{
    static const QStringList codes =
        euCountries() +
        QStringList{QStringLiteral("IS"), QStringLiteral("LI"), QStringLiteral("NO")};
    return codes;
}

} // namespace termlens
