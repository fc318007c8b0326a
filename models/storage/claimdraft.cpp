#include "claimdraft.h"

#include "dates.h"
#include "localeformat.h"
#include "localtime.h"

#include <QCoreApplication>
#include <QLocale>

namespace termlens {
namespace {

struct ClaimDraftText
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDraft)
};

QString monthName(const CreditLedgerRow &row)
{
    return ClaimDraftText::tr("%1 %2").arg(displayMonthName(row.month)).arg(row.year);
}

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? QChar(0x2212) : QLatin1Char('+');
    const int minutes = qAbs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(sign)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// "2026-05-19 09:10 CDT (UTC−05:00)"
QString instantText(const QTimeZone &zone, qint64 utc)
{
    return ClaimDraftText::tr("%1 (%2)").arg(formatLocal(zone, utc),
                                             offsetText(offsetAt(zone, utc)));
}

QString outageDurationText(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 rest = seconds % 60;
    QString text;
    if (hours > 0)
        text = ClaimDraftText::tr("%1 h %2 min").arg(hours).arg(minutes);
    else
        text = ClaimDraftText::tr("%1 min").arg(minutes);
    if (rest > 0)
        text = ClaimDraftText::tr("%1 %2 s").arg(text).arg(rest);
    return text;
}

QString citationText(const Citation &c)
{
    return c.clause.isEmpty() ? ClaimDraftText::tr("the agreement")
                              : ClaimDraftText::tr("clause %1").arg(c.clause);
}

bool touches(const Outage &o, const Interval &interval, qint64 nowUtc)
{
    const qint64 end = o.end.value_or(nowUtc);
    return o.start < interval.end && end > interval.start;
}

} // namespace

QString ClaimDraft::text() const
{
    return ClaimDraftText::tr("Subject: %1").arg(subject) + QStringLiteral("\n\n") + body;
}

ClaimDraft draftClaim(const TermSheet &sheet, const std::optional<Subscription> &subscription,
                      const CreditLedgerRow &row, const QList<Outage> &outages)
{
    const QTimeZone zone = zoneFromIana(sheet.timeZone);
    const AvailabilityResult &a = row.credit.availability;
    const CreditResult &c = row.credit.credit;
    const Availability *rules = sheet.terms.availability ? &*sheet.terms.availability : nullptr;
    const QString vendorName = sheet.product.isEmpty()
                                   ? sheet.vendor
                                   : ClaimDraftText::tr("%1 %2").arg(sheet.vendor, sheet.product);
    const QString serviceName =
        row.service.isEmpty() ? ClaimDraftText::tr("all services") : row.service;
    const QString account = subscription && !subscription->account.isEmpty()
                                ? subscription->account
                                : ClaimDraftText::tr("(our account with %1)").arg(sheet.vendor);

    ClaimDraft draft;
    draft.subject = ClaimDraftText::tr("SLA Credit Request: %1, %2, %3")
                        .arg(vendorName, monthName(row), serviceName);

    QStringList lines;
    lines << ClaimDraftText::tr("To %1,").arg(sheet.vendor) << QString();
    const QString creditClause =
        rules && rules->credits ? citationText(rules->credits->citation) : citationText({});
    lines << ClaimDraftText::tr("We request the service credit owed under %1 for the calendar "
                                "month of %2 (%3 to %4, time zone %5).")
                 .arg(creditClause, monthName(row), instantText(zone, a.period.startUtc),
                      instantText(zone, a.period.endUtc), sheet.timeZone)
          << QString();
    lines << ClaimDraftText::tr("Affected account: %1").arg(account)
          << ClaimDraftText::tr("Affected service: %1").arg(serviceName)
          << ClaimDraftText::tr("Monthly availability: %1 % against the committed %2 % (%3)")
                 .arg(displayNumber(a.availabilityPercent), displayNumber(a.target),
                      rules ? citationText(rules->citation) : citationText({}))
          << ClaimDraftText::tr("Counted downtime: %1")
                 .arg(outageDurationText(
                     a.downtimeSeconds.divided(Decimal::fromInt(1), 0, Rounding::HalfAwayFromZero)
                         .toString()
                         .toLongLong()));
    if (c.creditAmount) {
        lines << ClaimDraftText::tr("Service credit: %1 % of %2 %3 = %4 %3")
                     .arg(displayNumber(c.creditPercent),
                          c.base ? displayAmount(*c.base) : QString(), row.currency,
                          displayAmount(*c.creditAmount));
    } else {
        lines << ClaimDraftText::tr("Service credit: %1 % of the month's fees")
                     .arg(displayNumber(c.creditPercent));
    }
    lines << QString()
          << ClaimDraftText::tr("Incidents (local time in %1, with the UTC offset):")
                 .arg(sheet.timeZone);
    QStringList evidence;
    int number = 0;
    for (const Interval &interval : a.counted) {
        QStringList references;
        for (const Outage &o : outages) {
            if ((!row.service.isEmpty() && o.service != row.service) ||
                !touches(o, interval, a.period.endUtc))
                continue;
            const QString ref = o.reference.isEmpty()
                                    ? ClaimDraftText::tr("record of %1").arg(formatUtc(o.start))
                                    : o.reference;
            references << ref;
            const QString line =
                o.notes.isEmpty()
                    ? ClaimDraftText::tr("- %1 (%2)").arg(ref, o.service)
                    : ClaimDraftText::tr("- %1 (%2): %3").arg(ref, o.service, o.notes);
            if (!evidence.contains(line))
                evidence << line;
        }
        ++number;
        lines << ClaimDraftText::tr("%1. %2 to %3, duration %4, service %5%6")
                     .arg(number)
                     .arg(instantText(zone, interval.start), instantText(zone, interval.end),
                          outageDurationText(interval.length()), serviceName,
                          references.isEmpty() ? QString()
                                               : ClaimDraftText::tr("; our records %1")
                                                     .arg(references.join(QStringLiteral(", "))));
    }
    if (a.counted.isEmpty())
        lines << ClaimDraftText::tr("(none recorded)");
    lines << QString()
          << ClaimDraftText::tr("Evidence (attached; confidential or sensitive information in "
                                "the logs is removed or replaced with asterisks):");
    if (evidence.isEmpty())
        lines << ClaimDraftText::tr("- our monitoring records for the incidents above");
    lines << evidence;
    if (row.claimDeadline.isValid()) {
        const Citation window =
            rules && rules->credits ? rules->credits->claimWindow.citation : Citation{};
        lines << QString()
              << ClaimDraftText::tr("This request is made within the claim window of %1, "
                                    "which closes on %2.")
                     .arg(citationText(window), isoDate(row.claimDeadline));
    }
    lines << QString() << ClaimDraftText::tr("Yours faithfully,") << account;
    draft.body = lines.join(QLatin1Char('\n'));

    if (rules && rules->credits) {
        const Citation &w = rules->credits->claimWindow.citation;
        QStringList req;
        if (!w.clause.isEmpty())
            req << ClaimDraftText::tr("Clause %1").arg(w.clause);
        if (!w.quote.isEmpty())
            req << ClaimDraftText::tr("“%1”").arg(w.quote);
        if (!w.note.isEmpty())
            req << w.note;
        draft.requirements = req.join(QLatin1Char('\n'));
    }
    return draft;
}

} // namespace termlens
