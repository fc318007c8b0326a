#include "playbookreadingparts.h"

#include "dates.h"
#include "localeformat.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <utility>

namespace termlens::reading {

QString describeDuration(const Duration &d)
{
    const char *text = "";
    switch (d.unit) {
    case DurationUnit::Minutes:
        text = QT_TRANSLATE_N_NOOP("PlaybookReading", "%n minute(s)");
        break;
    case DurationUnit::Hours:
        text = QT_TRANSLATE_N_NOOP("PlaybookReading", "%n hour(s)");
        break;
    case DurationUnit::Days:
        text = QT_TRANSLATE_N_NOOP("PlaybookReading", "%n day(s)");
        break;
    case DurationUnit::BusinessDays:
        text = QT_TRANSLATE_N_NOOP("PlaybookReading", "%n business day(s)");
        break;
    case DurationUnit::Weeks:
        text = QT_TRANSLATE_N_NOOP("PlaybookReading", "%n week(s)");
        break;
    case DurationUnit::Months:
        text = QT_TRANSLATE_N_NOOP("PlaybookReading", "%n month(s)");
        break;
    case DurationUnit::Years:
        text = QT_TRANSLATE_N_NOOP("PlaybookReading", "%n year(s)");
        break;
    }
    return PlaybookReadingText::tr(text, nullptr, int(d.amount));
}

TermReading notStated(const QString &note)
{
    TermReading r;
    r.note = note;
    return r;
}

TermReading number(const Decimal &value, const QString &text, const Citation &citation)
{
    TermReading r;
    r.state = TermReading::State::Number;
    r.lowest = r.highest = value;
    r.value = text;
    r.citation = citation;
    return r;
}

TermReading special(TermReading::State state, const QString &text, const Citation &citation)
{
    TermReading r;
    r.state = state;
    r.value = text;
    r.citation = citation;
    return r;
}

TermReading flag(std::optional<bool> value, const Citation &citation)
{
    if (!value)
        return notStated();
    TermReading r =
        special(TermReading::State::Flag,
                *value ? PlaybookReadingText::tr("yes") : PlaybookReadingText::tr("no"), citation);
    r.flag = *value;
    return r;
}

TermReading codes(const QStringList &list, int unstated, const Citation &citation)
{
    if (list.isEmpty())
        return notStated();
    TermReading r = special(TermReading::State::Codes, list.join(QStringLiteral(", ")), citation);
    r.codes = list;
    r.unstatedEntries = unstated;
    return r;
}

TermReading minutesRange(qint64 shortest, qint64 longest, qint64 minutesPerUnit,
                         const QString &text, const Citation &citation)
{
    const Decimal per = Decimal::fromInt(minutesPerUnit);
    TermReading r = number({}, text, citation);
    r.lowest = Decimal::fromInt(shortest).divided(per, Scale, Rounding::Floor);
    r.highest = Decimal::fromInt(longest).divided(per, Scale, Rounding::Ceiling);
    if (shortest != longest)
        r.note = PlaybookReadingText::tr(
                     "%1 can last from %2 to %3 %4; the length least favourable to the customer "
                     "is compared.")
                     .arg(text, displayNumber(r.lowest), displayNumber(r.highest),
                          minutesPerUnit == MinutesPerDay ? PlaybookReadingText::tr("days")
                                                          : PlaybookReadingText::tr("hours"));
    return r;
}

TermReading duration(const Duration &d, qint64 minutesPerUnit, const Citation &citation)
{
    const DurationSpan span = durationSpan(d);
    TermReading r = minutesRange(span.shortestMinutes, span.longestMinutes, minutesPerUnit,
                                 describeDuration(d), citation);
    if (span.holidaysIgnored)
        r.note = PlaybookReadingText::tr(
                     "%1 can last from %2 to %3 %4 counting Monday to Friday, longer over public "
                     "holidays; the length least favourable to the customer is compared.")
                     .arg(r.value, displayNumber(r.lowest), displayNumber(r.highest),
                          minutesPerUnit == MinutesPerDay ? PlaybookReadingText::tr("days")
                                                          : PlaybookReadingText::tr("hours"));
    return r;
}

namespace {

// The length of one business day of the support calendar, in minutes; nullopt when unknown.
std::optional<qint64> businessDayMinutes(const Support &support)
{
    if (!support.businessHours)
        return std::nullopt;
    qint64 seconds = support.businessHours->from.secsTo(support.businessHours->to);
    if (seconds <= 0)
        seconds += 24 * 3600; // hours running past midnight
    return seconds / 60;
}

TermReading topResponse(const Support &support)
{
    const SupportLevel &top = support.levels.first();
    const ResponseTime &response = top.response;
    const bool business = response.clock == Clock::Business;
    qint64 perUnit = 1;
    QString note;
    if (response.unit == ResponseUnit::Hours)
        perUnit = 60;
    if (response.unit == ResponseUnit::Days) {
        perUnit = MinutesPerDay;
        if (business && businessDayMinutes(support))
            perUnit = *businessDayMinutes(support);
        else if (business)
            note = PlaybookReadingText::tr(
                "The business hours are not stated, so a business day is read as 24 hours.");
    }
    const char *unit = response.unit == ResponseUnit::Minutes
                           ? QT_TRANSLATE_N_NOOP("PlaybookReading", "%n minute(s)")
                       : response.unit == ResponseUnit::Hours
                           ? QT_TRANSLATE_N_NOOP("PlaybookReading", "%n hour(s)")
                           : QT_TRANSLATE_N_NOOP("PlaybookReading", "%n day(s)");
    const QString amount = PlaybookReadingText::tr(unit, nullptr, int(response.amount));
    const QString text =
        business ? PlaybookReadingText::tr("%1 on the business clock (%2)").arg(amount, top.name)
                 : PlaybookReadingText::tr("%1 around the clock (%2)").arg(amount, top.name);
    const qint64 minutes = response.amount * perUnit;
    TermReading r = minutesRange(minutes, minutes, MinutesPerHour, text, top.citation);
    if (business && note.isEmpty())
        note = PlaybookReadingText::tr(
            "Counted in business hours: the time on the calendar can be much longer over "
            "nights, weekends and holidays.");
    r.note = note;
    return r;
}

TermReading countries(const QList<QStringList> &entries, const Citation &citation)
{
    QStringList list;
    int unstated = 0;
    for (const QStringList &entry : entries) {
        if (entry.isEmpty())
            ++unstated;
        for (const QString &c : entry) {
            if (!list.contains(c))
                list << c;
        }
    }
    TermReading r = codes(list, unstated, citation);
    if (list.isEmpty() && unstated > 0)
        r.note = PlaybookReadingText::tr("%1 entries are listed, but none names a country.")
                     .arg(unstated);
    return r;
}

TermReading changeNotice(const Changes &changes)
{
    if (changes.notice && changes.method == ChangeMethod::OnPosting) {
        // Changes that take effect when posted: the notice is at most a delay ("the earlier of
        // continued use or 30 days"), never a period the customer is sure to get.
        TermReading r = duration(*changes.notice, MinutesPerDay, changes.citation);
        r.lowest = Decimal::fromInt(0);
        r.note = PlaybookReadingText::tr(
                     "Changes take effect when they are posted, so %1 is the latest a change "
                     "takes effect, not a notice the customer is sure to get: read as 0 to %1.")
                     .arg(r.value);
        return r;
    }
    if (changes.notice)
        return duration(*changes.notice, MinutesPerDay, changes.citation);
    if (changes.method == ChangeMethod::MutualWritten)
        return special(TermReading::State::Satisfied,
                       PlaybookReadingText::tr("changes need the customer's written agreement"),
                       changes.citation);
    return notStated();
}

TermReading subprocessorNotice(const SubprocessorPolicy &policy)
{
    if (policy.changeNotice)
        return duration(*policy.changeNotice, MinutesPerDay, policy.citation);
    if (policy.authorisation == SubprocessorAuthorisation::Specific)
        return special(TermReading::State::Satisfied,
                       PlaybookReadingText::tr(
                           "each sub-processor needs the customer's specific authorisation"),
                       policy.citation);
    return notStated();
}

TermReading dataTerm(PlaybookTerm term, const Terms &t)
{
    switch (term) {
    case PlaybookTerm::DataRetrievalDays:
        if (!t.dataReturn || !t.dataReturn->retrievalWindow)
            return notStated();
        return duration(*t.dataReturn->retrievalWindow, MinutesPerDay, t.dataReturn->citation);
    case PlaybookTerm::BackupsProvided:
        return t.dataReturn ? flag(t.dataReturn->backupsProvided, t.dataReturn->citation)
                            : notStated();
    case PlaybookTerm::DataLocationCountries: {
        if (!t.dataLocations)
            return notStated();
        QList<QStringList> entries;
        for (const DataLocation &l : *t.dataLocations)
            entries << (l.country.isEmpty() ? QStringList() : QStringList{l.country});
        return countries(entries, t.dataLocations->isEmpty() ? Citation()
                                                             : t.dataLocations->first().citation);
    }
    case PlaybookTerm::SubprocessorCountries: {
        if (!t.subprocessors)
            return notStated();
        QList<QStringList> entries;
        for (const Subprocessor &s : *t.subprocessors)
            entries << s.countries;
        return countries(entries, t.subprocessors->isEmpty() ? Citation()
                                                             : t.subprocessors->first().citation);
    }
    case PlaybookTerm::DataTransferRestriction:
        return t.dataTransfers
                   ? codes({keyOf(t.dataTransfers->restriction)}, 0, t.dataTransfers->citation)
                   : notStated();
    default:
        return notStated();
    }
}

// The ISO 3166 code of a law named in words, for a term sheet that gives the law's name but no
// lawCode: "England and Wales", "England & Wales", "English law", "the laws of Ireland".
QString lawCodeFromName(const QString &name)
{
    QString n = name.toLower();
    n.replace(u'&', QStringLiteral(" and "));
    n.replace(QRegularExpression(QStringLiteral("[^a-z ]")), QStringLiteral(" "));
    static const QRegularExpression words(
        QStringLiteral("\\b(the|laws?|of|governed|by|republic)\\b"));
    n.replace(words, QStringLiteral(" "));
    n = n.simplified();
    static const QList<std::pair<QStringList, QString>> known = {
        {{QStringLiteral("england and wales"), QStringLiteral("england"), QStringLiteral("english"),
          QStringLiteral("wales and england")},
         QStringLiteral("GB-EAW")},
        {{QStringLiteral("scotland"), QStringLiteral("scots"), QStringLiteral("scottish")},
         QStringLiteral("GB-SCT")},
        {{QStringLiteral("northern ireland")}, QStringLiteral("GB-NIR")},
        {{QStringLiteral("ireland"), QStringLiteral("irish")}, QStringLiteral("IE")},
    };
    for (const auto &[names, code] : known) {
        if (names.contains(n))
            return code;
    }
    return {};
}

TermReading governingLaw(const GoverningLaw &law)
{
    if (!law.lawCode.isEmpty())
        return codes({law.lawCode}, 0, law.citation);
    if (law.law.trimmed().isEmpty())
        return notStated();
    const QString code = lawCodeFromName(law.law);
    if (code.isEmpty())
        return notStated(PlaybookReadingText::tr(
                             "The law is named (\"%1\") but has no ISO 3166 code, so it cannot be "
                             "checked against a list of codes: give its lawCode.")
                             .arg(law.law));
    TermReading r = codes({code}, 0, law.citation);
    r.note = PlaybookReadingText::tr("\"%1\" read as %2 (the term sheet gives no lawCode).")
                 .arg(law.law, code);
    return r;
}

} // namespace

TermReading otherTerm(PlaybookTerm term, const TermSheet &sheet)
{
    const Terms &t = sheet.terms;
    const bool hasLevels = t.support && !t.support->levels.isEmpty();
    switch (term) {
    case PlaybookTerm::BreachNotificationHours:
        if (!t.breachNotification)
            return notStated();
        if (!t.breachNotification->within)
            return special(TermReading::State::NoFigure,
                           t.breachNotification->wording.isEmpty()
                               ? PlaybookReadingText::tr("no time stated")
                               : t.breachNotification->wording,
                           t.breachNotification->citation);
        return duration(*t.breachNotification->within, MinutesPerHour,
                        t.breachNotification->citation);
    case PlaybookTerm::SupportTopResponseHours:
        return hasLevels ? topResponse(*t.support) : notStated();
    case PlaybookTerm::SupportTopClock:
        return hasLevels ? codes({keyOf(t.support->levels.first().response.clock)}, 0,
                                 t.support->levels.first().citation)
                         : notStated();
    case PlaybookTerm::ChangeNoticeDays:
        return t.changes ? changeNotice(*t.changes) : notStated();
    case PlaybookTerm::ChangeMethod:
        if (!t.changes || t.changes->method == ChangeMethod::NotStated)
            return notStated();
        return codes({keyOf(t.changes->method)}, 0, t.changes->citation);
    case PlaybookTerm::SubprocessorChangeNoticeDays:
        return t.subprocessorPolicy ? subprocessorNotice(*t.subprocessorPolicy) : notStated();
    case PlaybookTerm::SubprocessorAuthorisation:
        if (!t.subprocessorPolicy ||
            t.subprocessorPolicy->authorisation == SubprocessorAuthorisation::NotStated)
            return notStated();
        return codes({keyOf(t.subprocessorPolicy->authorisation)}, 0,
                     t.subprocessorPolicy->citation);
    case PlaybookTerm::SubprocessorObjectionRight:
        return t.subprocessorPolicy
                   ? flag(t.subprocessorPolicy->objectionRight, t.subprocessorPolicy->citation)
                   : notStated();
    case PlaybookTerm::GoverningLaw:
        return t.governingLaw ? governingLaw(*t.governingLaw) : notStated();
    default:
        return dataTerm(term, t);
    }
}

} // namespace termlens::reading
