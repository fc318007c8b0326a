#include "termdeadlines.h"

#include "citationtext.h"
#include "localeformat.h"

#include <QCoreApplication>

#include <algorithm>

namespace termlens {
namespace {

// A thousand years: longer terms are typing mistakes, and month counts stay far from overflow.
constexpr int MaxMonths = 12000;

struct TermDeadlinesText
{
    Q_DECLARE_TR_FUNCTIONS(TermDeadlines)
};

struct Input
{
    const Term &term;
    QDate start;
    QDate asOf;
    QString termClause;
    QString renewalClause;
};

void noteInitialTerm(const Input &in, int months, QDate end, Working &w)
{
    w.add(TermDeadlinesText::tr(
              "Initial term (%1): %2 months from %3, ending on %4, the day before the %2-month "
              "anniversary (%5).")
              .arg(in.termClause, QString::number(months), displayDate(in.start), displayDate(end),
                   displayDate(addMonthsClamped(in.start, months))));
}

void noteBeforeStart(const Input &in, Working &w)
{
    if (in.asOf < in.start)
        w.add(TermDeadlinesText::tr(
                  "The agreement starts on %1, after the as-of date %2: its first term is shown.")
                  .arg(displayDate(in.start), displayDate(in.asOf)));
}

// ---- fixed ----------------------------------------------------------------------------------

struct FixedTerms
{
    QDate start;
    int initial = 0;
    int months = 0;
    QDate startOf(int k) const
    {
        return k == 0 ? start : addMonthsClamped(start, initial + (k - 1) * months);
    }
    QDate endOf(int k) const { return startOf(k + 1).addDays(-1); }
    // The term containing `day`; the initial term for days before the start.
    int containing(QDate day) const
    {
        if (day <= endOf(0))
            return 0;
        int k = std::max(1, (monthsBetween(start, day) - initial) / months + 1);
        while (k > 1 && startOf(k) > day)
            --k;
        while (endOf(k) < day)
            ++k;
        return k;
    }
};

void noteFixedNotice(const Input &in, const TermDeadlines &d, int noticeDays, const FixedTerms &t,
                     Working &w)
{
    w.add(TermDeadlinesText::tr(
              "Notice (%1): at least %2 days' notice before the end of the term. Read literally, "
              "the last day to give notice is the term's last day minus %2 days: %3 - %2 days = "
              "%4.")
              .arg(in.renewalClause, QString::number(noticeDays), displayDate(d.termEnd),
                   displayDate(d.noticeDeadline)));
    if (!d.noticeMissed) {
        w.add(TermDeadlinesText::tr("%n day(s) remain until the last day to give notice (%1).",
                                    nullptr, int(*d.daysUntilNotice))
                  .arg(displayDate(d.noticeDeadline)));
        return;
    }
    w.add(TermDeadlinesText::tr(
              "The last day to give notice passed %n day(s) ago: the agreement renews on %1 for "
              "%2 months, until %3. The next last day to give notice is %3 - %4 days = %5.",
              nullptr, int(-*d.daysUntilNotice))
              .arg(displayDate(d.nextRenewal))
              .arg(t.months)
              .arg(displayDate(d.nextTermEnd))
              .arg(noticeDays)
              .arg(displayDate(d.nextNoticeDeadline)));
}

// "At least N days' notice before the end of the term (or period)", read literally: the last
// day to give notice is the last day minus N days, for the current term and the next one.
void setNoticeDeadlines(TermDeadlines &d, int noticeDays, QDate asOf)
{
    d.noticeDeadline = d.termEnd.addDays(-noticeDays);
    d.nextNoticeDeadline = d.nextTermEnd.addDays(-noticeDays);
    d.daysUntilNotice = int(asOf.daysTo(d.noticeDeadline));
    d.noticeMissed = *d.daysUntilNotice < 0;
}

Outcome<TermDeadlines> fixedDeadlines(const Input &in)
{
    const Renewal &r = in.term.renewal;
    if (!in.term.initialMonths)
        return Outcome<TermDeadlines>::failure(TermDeadlinesText::tr(
            "The term renews for fixed terms, but its initial term is not stated: the term "
            "sheet needs initialMonths."));
    if (r.months < 1 || r.months > MaxMonths)
        return Outcome<TermDeadlines>::failure(TermDeadlinesText::tr(
            "The term renews for fixed terms, but the length of a renewal term is not stated "
            "(renewal months must be at least 1)."));
    const FixedTerms t{in.start, *in.term.initialMonths, r.months};
    TermDeadlines d;
    d.renewal = RenewalKind::Fixed;
    noteInitialTerm(in, t.initial, t.endOf(0), d.working);
    d.working.add(TermDeadlinesText::tr(
                      "Renewal (%1): renews automatically for terms of %2 months each, counted "
                      "from the start date, so the terms do not drift after a short month.")
                      .arg(in.renewalClause, QString::number(t.months)));
    noteBeforeStart(in, d.working);
    d.termNumber = t.containing(in.asOf);
    d.termStart = t.startOf(d.termNumber);
    d.termEnd = t.endOf(d.termNumber);
    d.nextRenewal = d.termEnd.addDays(1);
    d.nextTermEnd = t.endOf(d.termNumber + 1);
    if (d.termNumber == 0)
        d.working.add(
            TermDeadlinesText::tr("As of %1 the current term is the initial term, %2 to %3.")
                .arg(displayDate(in.asOf), displayDate(d.termStart), displayDate(d.termEnd)));
    else
        d.working.add(
            TermDeadlinesText::tr("As of %1 the current term is renewal term %2, %3 to %4.")
                .arg(displayDate(in.asOf))
                .arg(d.termNumber)
                .arg(displayDate(d.termStart), displayDate(d.termEnd)));
    if (!r.noticeDays) {
        d.working.add(TermDeadlinesText::tr(
                          "Notice (%1): no notice period is stated, so no last day to give notice "
                          "can be computed; the term renews on %2.")
                          .arg(in.renewalClause, displayDate(d.nextRenewal)));
        return Outcome<TermDeadlines>::success(std::move(d));
    }
    setNoticeDeadlines(d, *r.noticeDays, in.asOf);
    noteFixedNotice(in, d, *r.noticeDays, t, d.working);
    return Outcome<TermDeadlines>::success(std::move(d));
}

// ---- rolling --------------------------------------------------------------------------------

Outcome<TermDeadlines> rollingDeadlines(const Input &in)
{
    TermDeadlines d;
    d.renewal = RenewalKind::Rolling;
    d.termStart = in.start;
    const QDate minimumEnd =
        in.term.initialMonths ? termEndDate(in.start, *in.term.initialMonths) : QDate();
    if (minimumEnd.isValid())
        noteInitialTerm(in, *in.term.initialMonths, minimumEnd, d.working);
    const auto noticeDays = in.term.renewal.noticeDays;
    if (!noticeDays) {
        d.working.add(TermDeadlinesText::tr(
                          "Rolling (%1): the agreement continues until ended, but no notice period "
                          "is stated, so its earliest end cannot be computed.")
                          .arg(in.renewalClause));
        if (minimumEnd.isValid() && in.asOf <= minimumEnd)
            d.termEnd = minimumEnd;
        return Outcome<TermDeadlines>::success(std::move(d));
    }
    d.working.add(TermDeadlinesText::tr(
                      "Rolling (%1): the agreement continues until ended with %2 days' notice.")
                      .arg(in.renewalClause, QString::number(*noticeDays)));
    noteBeforeStart(in, d.working);
    const QDate earliest = in.asOf.addDays(*noticeDays);
    if (minimumEnd.isValid() && earliest <= minimumEnd) {
        d.termEnd = minimumEnd;
        d.noticeDeadline = minimumEnd.addDays(-*noticeDays);
        d.working.add(TermDeadlinesText::tr(
                          "Notice given on %1 would expire on %2, inside the minimum term, so the "
                          "agreement can end with the minimum term on %3; the last day to give "
                          "notice for that is %3 - %4 days = %5.")
                          .arg(displayDate(in.asOf), displayDate(earliest), displayDate(minimumEnd))
                          .arg(*noticeDays)
                          .arg(displayDate(d.noticeDeadline)));
    } else if (earliest < in.start) {
        // Notice given long before the start cannot end the agreement before it begins.
        d.termEnd = in.start;
        d.noticeDeadline = in.asOf;
        d.working.add(TermDeadlinesText::tr(
                          "Notice given on %1 would expire on %2, before the agreement starts on "
                          "%3: the earliest end is the start date.")
                          .arg(displayDate(in.asOf), displayDate(earliest), displayDate(in.start)));
    } else {
        d.termEnd = earliest;
        d.noticeDeadline = in.asOf;
        d.working.add(TermDeadlinesText::tr(
                          "Notice given on %1 ends the agreement %2 days later, on %3. There is "
                          "no deadline to miss: notice can be given on any day, and the end "
                          "moves with it.")
                          .arg(displayDate(in.asOf))
                          .arg(*noticeDays)
                          .arg(displayDate(earliest)));
    }
    d.daysUntilNotice = int(in.asOf.daysTo(d.noticeDeadline));
    return Outcome<TermDeadlines>::success(std::move(d));
}

// ---- paid period ----------------------------------------------------------------------------

int cycleMonths(BillingCycle cycle)
{
    switch (cycle) {
    case BillingCycle::Monthly:
        return 1;
    case BillingCycle::Quarterly:
        return 3;
    case BillingCycle::Annual:
        return 12;
    }
    return 1;
}

QString cycleName(BillingCycle cycle)
{
    switch (cycle) {
    case BillingCycle::Monthly:
        return TermDeadlinesText::tr("monthly");
    case BillingCycle::Quarterly:
        return TermDeadlinesText::tr("quarterly");
    case BillingCycle::Annual:
        return TermDeadlinesText::tr("annual");
    }
    return {};
}

Outcome<TermDeadlines> paidPeriodDeadlines(const Input &in, std::optional<BillingCycle> cycle)
{
    if (!cycle)
        return Outcome<TermDeadlines>::failure(TermDeadlinesText::tr(
            "The subscription runs to the end of the period paid for, so its end depends on "
            "the billing cycle: record the subscription's billing cycle."));
    const int m = cycleMonths(*cycle);
    TermDeadlines d;
    d.renewal = RenewalKind::PaidPeriod;
    const QDate initialEnd =
        in.term.initialMonths ? termEndDate(in.start, *in.term.initialMonths) : QDate();
    if (initialEnd.isValid())
        noteInitialTerm(in, *in.term.initialMonths, initialEnd, d.working);
    d.working.add(TermDeadlinesText::tr(
                      "Paid period (%1): the subscription runs to the end of the period paid for "
                      "and ends there once cancelled; billing is %2, and the periods are counted "
                      "from %3.")
                      .arg(in.renewalClause, cycleName(*cycle), displayDate(in.start)));
    noteBeforeStart(in, d.working);
    // Index of the billing period containing `day` (periods counted from the start date).
    const auto periodOf = [&in, m](QDate day) {
        int k = std::max(0, monthsBetween(in.start, day) / m);
        while (k > 0 && addMonthsClamped(in.start, k * m) > day)
            --k;
        while (termEndDate(in.start, (k + 1) * m) < day)
            ++k;
        return k;
    };
    if (initialEnd.isValid() && in.asOf <= initialEnd) {
        d.termStart = in.start;
        d.termEnd = initialEnd;
    } else {
        d.termNumber = periodOf(std::max(in.asOf, in.start));
        d.termStart = addMonthsClamped(in.start, d.termNumber * m);
        d.termEnd = termEndDate(in.start, (d.termNumber + 1) * m);
    }
    d.nextRenewal = d.termEnd.addDays(1);
    d.nextTermEnd = termEndDate(in.start, (periodOf(d.nextRenewal) + 1) * m);
    const int notice = in.term.renewal.noticeDays.value_or(0);
    if (notice <= 0) {
        d.noticeDeadline = d.termEnd;
        d.daysUntilNotice = int(in.asOf.daysTo(d.noticeDeadline));
        d.working.add(TermDeadlinesText::tr(
                          "As of %1 the current period runs from %2 to %3. No notice period is "
                          "stated, so no notice is needed: reading the last day to cancel as the "
                          "last day paid for, cancelling on or before %3 stops the next period "
                          "(%4 to %5).")
                          .arg(displayDate(in.asOf), displayDate(d.termStart),
                               displayDate(d.termEnd), displayDate(d.nextRenewal),
                               displayDate(d.nextTermEnd)));
        return Outcome<TermDeadlines>::success(std::move(d));
    }
    // "Cancel at least N days before the end of the period", read as for fixed terms: the
    // period's last day minus N days.
    setNoticeDeadlines(d, notice, in.asOf);
    d.working.add(TermDeadlinesText::tr(
                      "As of %1 the current period runs from %2 to %3. Notice (%4): at least %5 "
                      "days before the end of the period paid for, read as the period's last day "
                      "minus %5 days: %3 - %5 days = %6.")
                      .arg(displayDate(in.asOf), displayDate(d.termStart), displayDate(d.termEnd),
                           in.renewalClause, QString::number(notice),
                           displayDate(d.noticeDeadline)));
    if (d.noticeMissed) {
        d.working.add(TermDeadlinesText::tr(
                          "The last day to cancel before the next period passed %n day(s) ago: "
                          "the next period (%1 to %2) follows, and the last day to cancel before "
                          "the one after it is %2 - %3 days = %4.",
                          nullptr, int(-*d.daysUntilNotice))
                          .arg(displayDate(d.nextRenewal), displayDate(d.nextTermEnd),
                               QString::number(notice), displayDate(d.nextNoticeDeadline)));
    } else {
        d.working.add(TermDeadlinesText::tr("Cancelling on or before %1 stops the next period "
                                            "(%2 to %3).")
                          .arg(displayDate(d.noticeDeadline), displayDate(d.nextRenewal),
                               displayDate(d.nextTermEnd)));
    }
    return Outcome<TermDeadlines>::success(std::move(d));
}

// ---- none -----------------------------------------------------------------------------------

Outcome<TermDeadlines> noRenewalDeadlines(const Input &in)
{
    TermDeadlines d;
    d.renewal = RenewalKind::None;
    d.termStart = in.start;
    if (!in.term.initialMonths) {
        d.working.add(TermDeadlinesText::tr(
                          "Term (%1): no term length and no renewal are stated; the agreement runs "
                          "until ended under its termination clauses.")
                          .arg(in.termClause));
        return Outcome<TermDeadlines>::success(std::move(d));
    }
    d.termEnd = termEndDate(in.start, *in.term.initialMonths);
    noteInitialTerm(in, *in.term.initialMonths, d.termEnd, d.working);
    d.working.add(TermDeadlinesText::tr(
                      "Renewal (%1): the term does not renew, so no notice is needed to stop it.")
                      .arg(in.renewalClause));
    d.ended = in.asOf > d.termEnd;
    if (d.ended)
        d.working.add(TermDeadlinesText::tr("The term ended on %1, before the as-of date %2.")
                          .arg(displayDate(d.termEnd), displayDate(in.asOf)));
    return Outcome<TermDeadlines>::success(std::move(d));
}

} // namespace

Outcome<TermDeadlines> termDeadlines(const Term &term, QDate start, QDate asOf,
                                     std::optional<BillingCycle> billingCycle)
{
    if (!start.isValid())
        return Outcome<TermDeadlines>::failure(
            TermDeadlinesText::tr("The start date is missing or not a real date."));
    if (!asOf.isValid())
        return Outcome<TermDeadlines>::failure(
            TermDeadlinesText::tr("The as-of date is missing or not a real date."));
    if (term.initialMonths && (*term.initialMonths < 1 || *term.initialMonths > MaxMonths))
        return Outcome<TermDeadlines>::failure(
            TermDeadlinesText::tr("The initial term must be from 1 to %1 months.").arg(MaxMonths));
    if (term.renewal.noticeDays && *term.renewal.noticeDays < 0)
        return Outcome<TermDeadlines>::failure(
            TermDeadlinesText::tr("The notice period must not be negative."));
    const Input in{term, start, asOf, citedAs(term.citation),
                   citedAs(term.renewal.citation, term.citation)};
    switch (term.renewal.kind) {
    case RenewalKind::Fixed:
        return fixedDeadlines(in);
    case RenewalKind::Rolling:
        return rollingDeadlines(in);
    case RenewalKind::PaidPeriod:
        return paidPeriodDeadlines(in, billingCycle);
    case RenewalKind::None:
        return noRenewalDeadlines(in);
    }
    return Outcome<TermDeadlines>::failure(TermDeadlinesText::tr("Unknown renewal kind."));
}

} // namespace termlens
