#include "playbookevaluator.h"

#include "citationtext.h"
#include "playbookreading.h"

#include <QCoreApplication>

namespace termlens {
namespace {

struct PlaybookEvaluatorText
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookEvaluator)
};

QString positionText(const PlaybookRule &rule)
{
    const QString list = rule.values.join(QStringLiteral(", "));
    switch (rule.kind) {
    case RuleKind::Minimum:
        return PlaybookEvaluatorText::tr("at least %1")
            .arg(playbookTermAmount(rule.term, rule.value));
    case RuleKind::Maximum:
        return PlaybookEvaluatorText::tr("at most %1")
            .arg(playbookTermAmount(rule.term, rule.value));
    case RuleKind::Allowed:
        return PlaybookEvaluatorText::tr("only %1").arg(list);
    case RuleKind::Forbidden:
        return PlaybookEvaluatorText::tr("none of %1").arg(list);
    case RuleKind::Present:
        return PlaybookEvaluatorText::tr("yes");
    case RuleKind::Absent:
        return PlaybookEvaluatorText::tr("no");
    }
    return {};
}

// A code matches an entry of the playbook's list when equal (ignoring case), when the entry is a
// group that holds it (EEA, EU), or when the entry is its parent ("GB" holds "GB-EAW"). "UK",
// which ISO 3166 reserves for the United Kingdom, is read as GB.
bool listed(const QString &rawCode, const QStringList &list)
{
    const auto normal = [](const QString &text) {
        const QString upper = text.trimmed().toUpper();
        if (upper == u"UK" || upper.startsWith(u"UK-"))
            return QStringLiteral("GB") + upper.mid(2);
        return upper;
    };
    const QString code = normal(rawCode);
    for (const QString &rawEntry : list) {
        const QString entry = normal(rawEntry);
        if (code == entry || code.startsWith(entry + u'-'))
            return true;
        // A group holds a member's subdivisions too (a law code such as ES-CT).
        const QString country = code.section(u'-', 0, 0);
        if ((entry == u"EEA" && eeaCountries().contains(country)) ||
            (entry == u"EU" && euCountries().contains(country)))
            return true;
    }
    return false;
}

Verdict missed(const PlaybookRule &rule)
{
    return rule.severity == Severity::Fail ? Verdict::Fail : Verdict::Warn;
}

void judgeNumber(const PlaybookRule &rule, const TermReading &reading, RuleResult &r)
{
    // The figure least favourable to the customer decides: the shortest against a minimum.
    const bool met = rule.kind == RuleKind::Minimum ? reading.lowest >= rule.value
                                                    : reading.highest <= rule.value;
    r.verdict = met ? Verdict::Pass : missed(rule);
}

void judgeCodes(const PlaybookRule &rule, const TermReading &reading, RuleResult &r)
{
    QStringList offending;
    for (const QString &code : reading.codes) {
        if (listed(code, rule.values) != (rule.kind == RuleKind::Allowed))
            offending << code;
    }
    const QString label = playbookTermLabel(rule.term);
    if (!offending.isEmpty() && offending.size() == reading.codes.size()) {
        r.verdict = missed(rule);
        r.reason = PlaybookEvaluatorText::tr("%1: %2 is outside the playbook's position (%3).")
                       .arg(label, r.value, r.position);
    } else if (!offending.isEmpty()) {
        r.verdict = missed(rule);
        r.reason =
            PlaybookEvaluatorText::tr("%1: %2 includes %3, outside the playbook's position (%4).")
                .arg(label, r.value, offending.join(QStringLiteral(", ")), r.position);
    } else if (reading.unstatedEntries > 0) {
        // Met only as far as stated: the entries that name no code could be anywhere.
        r.verdict = Verdict::Warn;
        r.reason = PlaybookEvaluatorText::tr(
                       "%1: %2 meets the playbook's position (%3) as far as stated, but %4 "
                       "entries name no code.")
                       .arg(label, r.value, r.position, QString::number(reading.unstatedEntries));
    } else {
        r.verdict = Verdict::Pass;
    }
}

void judge(const PlaybookRule &rule, const TermReading &reading, RuleResult &r)
{
    using State = TermReading::State;
    const QString label = playbookTermLabel(rule.term);
    switch (reading.state) {
    case State::NotStated:
        r.verdict = Verdict::NotStated;
        r.reason = PlaybookEvaluatorText::tr(
                       "%1 is not stated in the term sheet; the playbook's position is %2.")
                       .arg(label, r.position);
        return;
    case State::NoFigure:
        r.verdict = missed(rule);
        r.reason = PlaybookEvaluatorText::tr(
                       "%1: \"%2\" gives no figure, so it cannot be held to the playbook's "
                       "position (%3).")
                       .arg(label, r.value, r.position);
        return;
    case State::Satisfied:
        r.verdict = Verdict::Pass;
        break;
    case State::Number:
        judgeNumber(rule, reading, r);
        break;
    case State::Codes:
        judgeCodes(rule, reading, r);
        break;
    case State::Flag:
        r.verdict = reading.flag == (rule.kind == RuleKind::Present) ? Verdict::Pass : missed(rule);
        break;
    }
    if (!r.reason.isEmpty())
        return;
    r.reason = r.verdict == Verdict::Pass
                   ? PlaybookEvaluatorText::tr("%1: %2 meets the playbook's position (%3).")
                         .arg(label, r.value, r.position)
                   : PlaybookEvaluatorText::tr("%1: %2 does not meet the playbook's position (%3).")
                         .arg(label, r.value, r.position);
    // A figure with a range ("1 month": 28 to 31 days) missed on its least favourable end: name
    // that end, which the value as written does not show.
    if (reading.state == State::Number && r.verdict != Verdict::Pass &&
        reading.lowest != reading.highest) {
        // Four decimals at most, rounded away from the position so a miss never reads as a hit.
        const bool minimum = rule.kind == RuleKind::Minimum;
        const Decimal decisive = minimum ? reading.lowest.rescaled(4, Rounding::Floor)
                                         : reading.highest.rescaled(4, Rounding::Ceiling);
        r.reason += u' ' + PlaybookEvaluatorText::tr("At its least favourable it is %1.")
                               .arg(playbookTermAmount(rule.term, decisive.normalized()));
    }
}

} // namespace

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Warn:
        return QStringLiteral("warn");
    case Verdict::Fail:
        return QStringLiteral("fail");
    case Verdict::NotStated:
        return QStringLiteral("not-stated");
    }
    return {};
}

QString rulePosition(const PlaybookRule &rule)
{
    return positionText(rule);
}

RuleResult evaluateRule(const PlaybookRule &rule, const TermSheet &sheet,
                        const std::optional<Money> &annualFee)
{
    const TermReading reading = readTerm(rule.term, sheet, annualFee);
    RuleResult r;
    r.ruleId = rule.id;
    r.term = keyOf(rule.term);
    r.position = positionText(rule);
    r.rationale = rule.reason;
    r.note = reading.note;
    r.citation = reading.citation;
    r.value = reading.value;
    // A reading of one kind cannot answer a rule of another (a hand-built rule, not a file).
    if (valueTypeOf(rule.term) != valueTypeOf(rule.kind)) {
        r.verdict = Verdict::NotStated;
        r.reason = PlaybookEvaluatorText::tr(
            "The rule's kind does not fit its term, so it cannot be scored.");
        return r;
    }
    judge(rule, reading, r);
    // Scored on the term sheet's chosen reading; when the term sheet says the agreement is unclear
    // or contradicts itself there (Identity Automation's 7 against 30 days to retrieve data), the
    // reason says so and the note carries the term sheet's words.
    const QString ambiguity = reading.citation.ambiguity.trimmed();
    if (reading.state != TermReading::State::NotStated && !ambiguity.isEmpty()) {
        r.reason += u' ' + PlaybookEvaluatorText::tr(
                               "The agreement is unclear or contradicts itself here (%1); this "
                               "verdict is on the term sheet's reading, see the note.")
                               .arg(citedAs(reading.citation));
        const QString unclear = PlaybookEvaluatorText::tr("Unclear in the agreement (%1): %2")
                                    .arg(citedAs(reading.citation), ambiguity);
        r.note = r.note.isEmpty() ? unclear : r.note + u'\n' + unclear;
    }
    return r;
}

PlaybookScore evaluatePlaybook(const Playbook &playbook, const TermSheet &sheet,
                               std::optional<Money> annualFee)
{
    PlaybookScore score;
    for (const PlaybookRule &rule : playbook.rules) {
        RuleResult r = evaluateRule(rule, sheet, annualFee);
        switch (r.verdict) {
        case Verdict::Pass:
            ++score.pass;
            break;
        case Verdict::Warn:
            ++score.warn;
            break;
        case Verdict::Fail:
            ++score.fail;
            break;
        case Verdict::NotStated:
            ++score.notStated;
            break;
        }
        score.results.append(std::move(r));
    }
    return score;
}

} // namespace termlens
