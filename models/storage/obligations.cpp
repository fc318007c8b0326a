#include "obligations.h"

#include "businesscalendar.h"
#include "citationtext.h"
#include "creditledger.h"
#include "dates.h"
#include "localeformat.h"
#include "subscriptionrepository.h"
#include "termdeadlines.h"
#include "vocabulary.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace termlens {
namespace {

struct ObligationText
{
    Q_DECLARE_TR_FUNCTIONS(Obligations)
};

QString termDurationText(const Duration &d)
{
    switch (d.unit) {
    case DurationUnit::Minutes:
        return ObligationText::tr("%n minute(s)", nullptr, int(d.amount));
    case DurationUnit::Hours:
        return ObligationText::tr("%n hour(s)", nullptr, int(d.amount));
    case DurationUnit::Days:
        return ObligationText::tr("%n day(s)", nullptr, int(d.amount));
    case DurationUnit::BusinessDays:
        return ObligationText::tr("%n business day(s)", nullptr, int(d.amount));
    case DurationUnit::Weeks:
        return ObligationText::tr("%n week(s)", nullptr, int(d.amount));
    case DurationUnit::Months:
        return ObligationText::tr("%n month(s)", nullptr, int(d.amount));
    case DurationUnit::Years:
        return ObligationText::tr("%n year(s)", nullptr, int(d.amount));
    }
    return QString::number(d.amount);
}

QString partyText(Party party)
{
    switch (party) {
    case Party::Customer:
        return ObligationText::tr("the customer");
    case Party::Vendor:
        return ObligationText::tr("the vendor");
    case Party::Either:
        return ObligationText::tr("either party");
    }
    return {};
}

Obligation base(const TermSheet &sheet, ObligationKind kind)
{
    Obligation o;
    o.agreementId = sheet.id;
    o.vendor = sheet.vendor;
    o.kind = kind;
    return o;
}

void addRenewal(const TermSheet &sheet, const TermDeadlines &d, QList<Obligation> &out)
{
    const Term &term = *sheet.terms.term;
    const QString clause = citedAs(term.renewal.citation, term.citation);
    if (d.noticeDeadline.isValid()) {
        Obligation o = base(sheet, ObligationKind::RenewalNotice);
        o.date = d.noticeDeadline;
        o.what = d.renewal == RenewalKind::Fixed && d.nextRenewal.isValid()
                     ? ObligationText::tr("Last day to give notice, or the agreement renews on %1")
                           .arg(displayDate(d.nextRenewal))
                     : ObligationText::tr("Last day to give notice to end the agreement on %1")
                           .arg(displayDate(d.termEnd));
        o.clause = clause;
        o.working = d.working.lines();
        o.key = QStringLiteral("notice-deadline");
        out << o;
    }
    if (d.termEnd.isValid()) {
        Obligation o = base(sheet, ObligationKind::TermEnd);
        o.date = d.termEnd;
        o.what = d.renewal == RenewalKind::Rolling
                     ? ObligationText::tr("Earliest end of the agreement if notice is given today")
                     : ObligationText::tr("Last day of the current term");
        o.clause = citedAs(term.citation, term.renewal.citation);
        o.working = d.working.lines();
        o.key = QStringLiteral("term-end");
        out << o;
    }
}

const BusinessCalendar *calendarOf(const TermSheet &sheet, std::optional<BusinessCalendar> &store)
{
    if (sheet.terms.support && sheet.terms.support->businessHours) {
        store.emplace(*sheet.terms.support->businessHours);
        if (store->isValid())
            return &*store;
    }
    return nullptr;
}

void addCures(const TermSheet &sheet, QDate notified, QList<Obligation> &out)
{
    if (!sheet.terms.termination)
        return;
    std::optional<BusinessCalendar> store;
    const BusinessCalendar *calendar = calendarOf(sheet, store);
    for (const TerminationRight &right : sheet.terms.termination->rights) {
        if (!right.cure)
            continue;
        Working working;
        const QDate end = windowEnd(notified, *right.cure, calendar, &working);
        if (!end.isValid())
            continue;
        Obligation o = base(sheet, ObligationKind::CurePeriod);
        o.date = end;
        const QString what = right.description.isEmpty() ? keyOf(right.trigger) : right.description;
        o.what = ObligationText::tr("End of the %1 cure period for a breach notified on %2 (%3; "
                                    "%4 may then terminate)")
                     .arg(termDurationText(*right.cure), displayDate(notified), what,
                          partyText(right.by));
        o.clause = citedAs(right.citation, sheet.terms.termination->citation);
        o.working = working.lines();
        o.key = QStringLiteral("cure-%1-%2").arg(int(right.trigger)).arg(o.clause);
        out << o;
    }
}

void addRetrieval(const TermSheet &sheet, QDate ends, QList<Obligation> &out)
{
    if (!sheet.terms.dataReturn || !sheet.terms.dataReturn->retrievalWindow)
        return;
    const DataReturn &data = *sheet.terms.dataReturn;
    std::optional<BusinessCalendar> store;
    Working working;
    const QDate end = windowEnd(ends, *data.retrievalWindow, calendarOf(sheet, store), &working);
    if (!end.isValid())
        return;
    Obligation o = base(sheet, ObligationKind::DataRetrieval);
    o.date = end;
    o.what = ObligationText::tr("Last day to retrieve the data (%1 after the agreement ends on "
                                "%2)")
                 .arg(termDurationText(*data.retrievalWindow), displayDate(ends));
    if (!data.citation.ambiguity.isEmpty())
        working.add(ObligationText::tr("Unclear: %1").arg(data.citation.ambiguity));
    o.clause = citedAs(data.citation);
    o.working = working.lines();
    o.key = QStringLiteral("data-retrieval");
    out << o;
}

} // namespace

StorageResult<QList<Obligation>> loadObligations(Workspace &workspace,
                                                 const ObligationRequest &request)
{
    using Result = StorageResult<QList<Obligation>>;
    QList<Obligation> out;
    for (const TermSheet &sheet : request.sheets) {
        const auto subscription = SubscriptionRepository(workspace).load(sheet.id);
        if (!subscription.ok())
            return Result::failure(subscription.error);
        std::optional<QDate> ends = request.agreementEnds;
        if (sheet.terms.term && *subscription.value && (*subscription.value)->startDate.isValid()) {
            const Outcome<TermDeadlines> d =
                termDeadlines(*sheet.terms.term, (*subscription.value)->startDate, request.today,
                              (*subscription.value)->billingCycle);
            if (d.ok()) {
                addRenewal(sheet, *d.value, out);
                if (!ends && d.value->termEnd.isValid())
                    ends = d.value->termEnd;
            }
        }
        if (request.breachNotified)
            addCures(sheet, *request.breachNotified, out);
        if (ends)
            addRetrieval(sheet, *ends, out);
    }

    CreditLedgerRequest ledgerRequest;
    ledgerRequest.sheets = request.sheets;
    ledgerRequest.nowUtc = request.nowUtc;
    const auto ledger = loadCreditLedger(workspace, ledgerRequest);
    if (!ledger.ok())
        return Result::failure(ledger.error);
    QHash<QString, QList<CreditClaim>> claims;
    for (const CreditLedgerRow &row : *ledger.value) {
        if (!claims.contains(row.agreementId)) {
            const auto listed = CreditClaimRepository(workspace).list(row.agreementId);
            if (!listed.ok())
                return Result::failure(listed.error);
            claims.insert(row.agreementId, *listed.value);
        }
        const ClaimStatus status = claimStatus(row, claims.value(row.agreementId), request.today);
        if ((status.state != ClaimState::Open && status.state != ClaimState::Expired) ||
            !row.claimDeadline.isValid())
            continue;
        Obligation o;
        o.agreementId = row.agreementId;
        o.vendor = row.vendor;
        o.kind = ObligationKind::CreditClaim;
        o.date = row.claimDeadline;
        const QString service =
            row.service.isEmpty() ? ObligationText::tr("all services") : row.service;
        const QString amount =
            row.credit.credit.creditAmount
                ? ObligationText::tr("%1 %2").arg(displayAmount(*row.credit.credit.creditAmount),
                                                  row.currency)
                : ObligationText::tr("%1 %").arg(displayNumber(row.credit.credit.creditPercent));
        o.what = ObligationText::tr("Claim the service credit for %1, %2 (%3)")
                     .arg(row.monthKey(), service, amount);
        for (const TermSheet &sheet : request.sheets) {
            if (sheet.id == row.agreementId && sheet.terms.availability &&
                sheet.terms.availability->credits)
                o.clause = citedAs(sheet.terms.availability->credits->claimWindow.citation,
                                   sheet.terms.availability->credits->citation);
        }
        o.working = row.credit.working.lines();
        o.key = QStringLiteral("claim-%1-%2").arg(row.monthKey(), row.service);
        out << o;
    }
    std::stable_sort(out.begin(), out.end(), [](const Obligation &a, const Obligation &b) {
        if (a.date != b.date)
            return a.date < b.date;
        return a.agreementId < b.agreementId;
    });
    return Result::success(std::move(out));
}

Calendar obligationsCalendar(const QList<Obligation> &obligations, qint64 stampUtc)
{
    Calendar calendar;
    calendar.productId =
        QStringLiteral("-//TermLens//TermLens %1//EN").arg(QStringLiteral(TERMLENS_VERSION));
    calendar.stampUtc = stampUtc;
    for (const Obligation &o : obligations) {
        CalendarEvent event;
        QString key = o.key;
        key.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")), QStringLiteral("-"));
        event.uid = QStringLiteral("%1-%2-%3@termlens")
                        .arg(o.agreementId, key, o.date.toString(QStringLiteral("yyyyMMdd")));
        event.date = o.date;
        event.summary = ObligationText::tr("%1: %2").arg(o.vendor, o.what);
        event.description = ObligationText::tr("Agreement %1, %2.").arg(o.agreementId, o.clause) +
                            QLatin1Char('\n') + o.working.join(QLatin1Char('\n'));
        event.categories = {ObligationText::tr("Contract")};
        event.alarms = {{QStringLiteral("-P14D"),
                         ObligationText::tr("In 14 days: %1 (%2)").arg(o.what, o.vendor)},
                        {QStringLiteral("-P1D"),
                         ObligationText::tr("Tomorrow: %1 (%2)").arg(o.what, o.vendor)}};
        calendar.events << event;
    }
    return calendar;
}

} // namespace termlens
