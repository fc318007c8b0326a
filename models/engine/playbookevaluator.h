#pragma once

#include "money.h"
#include "playbook.h"
#include "termsheet.h"

#include <QList>
#include <QString>

#include <optional>

namespace termlens {

// Pass: the term meets the position. Warn / Fail: it misses it, as the rule's severity says
// (or a Fail rule is met only as far as the term sheet states it, which warns). NotStated: the
// term sheet does not state the term; an absent term is never scored as if it were favourable.
enum class Verdict
{
    Pass,
    Warn,
    Fail,
    NotStated
};

// "pass", "warn", "fail", "not-stated": for the CLI's JSON and for style sheets.
QString verdictKey(Verdict verdict);

struct RuleResult
{
    QString ruleId;
    QString term; // the playbook term's key, e.g. "renewal-notice-days"
    Verdict verdict = Verdict::NotStated;
    QString reason;    // translated; names the value and the position
    QString value;     // the term as read ("90 days"); empty when not stated
    QString position;  // the playbook's position ("at most 60 days")
    QString note;      // the reading or conversion behind the value, if any
    QString rationale; // the rule's own reason, as the playbook states it
    Citation citation; // where the value came from
};

struct PlaybookScore
{
    QList<RuleResult> results; // in the playbook's order
    int pass = 0;
    int warn = 0;
    int fail = 0;
    int notStated = 0;
};

// Scores a term sheet against every rule of a playbook. `annualFee` turns a fixed-amount
// liability cap into a multiple of a year's fees; without it that rule is not stated.
PlaybookScore evaluatePlaybook(const Playbook &playbook, const TermSheet &sheet,
                               std::optional<Money> annualFee);

// The position a rule takes, in words ("at most 60 days", "only GB, EEA").
QString rulePosition(const PlaybookRule &rule);

// One rule on its own (the playbook editor previews a rule while it is typed).
RuleResult evaluateRule(const PlaybookRule &rule, const TermSheet &sheet,
                        const std::optional<Money> &annualFee);

} // namespace termlens
