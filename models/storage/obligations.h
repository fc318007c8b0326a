#pragma once

#include "icalendar.h"
#include "storageresult.h"
#include "termsheet.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace termlens {

class Workspace;

// Every dated obligation of the workspace's agreements in one list (PRODUCT.md 8).
enum class ObligationKind
{
    RenewalNotice, // last day to give notice (termdeadlines.h)
    TermEnd,       // last day of the current term
    CreditClaim,   // last day to claim an unclaimed credit (creditledger.h)
    CurePeriod,    // a breach notified on the event date must be remedied by then
    DataRetrieval  // the customer's data must be retrieved by then after the agreement ends
};

struct Obligation
{
    QString agreementId;
    QString vendor;
    ObligationKind kind = ObligationKind::RenewalNotice;
    QDate date;
    QString what;   // "Give notice to end the agreement", with the facts
    QString clause; // where the rule comes from
    QStringList working;
    QString key; // stable part of the calendar UID (kind and what it is about)
};

struct ObligationRequest
{
    QList<TermSheet> sheets;
    QDate today;
    qint64 nowUtc = 0;
    // Cure windows are listed only when a breach notice date is given.
    std::optional<QDate> breachNotified;
    // Data-retrieval windows open on this day; without it, on the last day of the current
    // term (the earliest the agreement can end), that day itself not counted.
    std::optional<QDate> agreementEnds;
};

// Ordered by date, then agreement. Unclaimed credits only (claimed ones are done); months in
// progress are left out until they end.
StorageResult<QList<Obligation>> loadObligations(Workspace &workspace,
                                                 const ObligationRequest &request);

// The obligations as all-day calendar events with reminders 14 days and 1 day before.
Calendar obligationsCalendar(const QList<Obligation> &obligations, qint64 stampUtc);

} // namespace termlens
