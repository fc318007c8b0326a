#include "deadlinecalendar.h"

#include "citationtext.h"
#include "dates.h"

#include <QCoreApplication>

namespace termlens {
namespace {

struct DeadlineCalendarText
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineCalendar)
};

QString agreementName(const TermSheet &sheet)
{
    // "Identity Automation software suite" already names its vendor, and so does "Logit.io
    // Platform" that of "Logit.io Ltd": the vendor's first word is enough.
    const QString vendorWord = sheet.vendor.section(u' ', 0, 0);
    if (sheet.product.isEmpty() ||
        (!vendorWord.isEmpty() &&
         (sheet.product == vendorWord || sheet.product.startsWith(vendorWord + u' '))))
        return sheet.product.isEmpty() ? sheet.vendor : sheet.product;
    return DeadlineCalendarText::tr("%1 %2").arg(sheet.vendor, sheet.product);
}

QString uid(const TermSheet &sheet, QStringView kind, QDate date)
{
    return QStringLiteral("%1-%2-%3@termlens")
        .arg(sheet.id, kind, date.toString(QStringLiteral("yyyyMMdd")));
}

QList<CalendarAlarm> reminders(const QString &name, const QString &what)
{
    return {
        {QStringLiteral("-P14D"), DeadlineCalendarText::tr("%1 for %2 in 14 days").arg(what, name)},
        {QStringLiteral("-P1D"), DeadlineCalendarText::tr("%1 for %2 tomorrow").arg(what, name)}};
}

CalendarEvent noticeEvent(const TermSheet &sheet, const TermDeadlines &d)
{
    const QString name = agreementName(sheet);
    const Term term = sheet.terms.term.value_or(Term{});
    const QString clause = citedAs(term.renewal.citation, term.citation);
    CalendarEvent event;
    event.uid = uid(sheet, u"notice-deadline", d.noticeDeadline);
    event.date = d.noticeDeadline;
    event.categories = {DeadlineCalendarText::tr("Contract"), DeadlineCalendarText::tr("Renewal")};
    if (d.renewal == RenewalKind::Fixed && d.nextRenewal.isValid()) {
        event.summary = DeadlineCalendarText::tr("Notice deadline: %1 renewal (renews %2)")
                            .arg(name, isoDate(d.nextRenewal));
    } else {
        event.summary = DeadlineCalendarText::tr("Notice deadline: %1 (to end on %2)")
                            .arg(name, isoDate(d.termEnd));
    }
    // A notice period that is not stated is not zero days (paid periods state none).
    const QString notice =
        term.renewal.noticeDays
            ? DeadlineCalendarText::tr("%1 days' notice").arg(*term.renewal.noticeDays)
            : DeadlineCalendarText::tr("no notice period stated");
    event.description =
        d.renewal == RenewalKind::PaidPeriod
            ? DeadlineCalendarText::tr("Last day to cancel %1 before the next period paid for; "
                                       "the current period ends %2.\nAgreement: %3, %4 (%5).")
                  .arg(sheet.vendor, isoDate(d.termEnd), sheet.id, clause, notice)
            : DeadlineCalendarText::tr("Last day to give notice to %1 for the term ending %2.\n"
                                       "Agreement: %3, %4 (%5).")
                  .arg(sheet.vendor, isoDate(d.termEnd), sheet.id, clause, notice);
    event.alarms = reminders(name, DeadlineCalendarText::tr("Renewal notice"));
    return event;
}

CalendarEvent termEndEvent(const TermSheet &sheet, const TermDeadlines &d)
{
    const QString name = agreementName(sheet);
    const Term term = sheet.terms.term.value_or(Term{});
    CalendarEvent event;
    event.uid = uid(sheet, u"term-end", d.termEnd);
    event.date = d.termEnd;
    event.categories = {DeadlineCalendarText::tr("Contract"), DeadlineCalendarText::tr("Renewal")};
    if (d.renewal == RenewalKind::Rolling) {
        // A rolling agreement has no term that ends by itself: this is the earliest end, and
        // only if notice is given by the notice deadline.
        event.summary = DeadlineCalendarText::tr("Earliest end: %1").arg(name);
        event.description =
            d.noticeDeadline.isValid()
                ? DeadlineCalendarText::tr("Earliest day %1 (%2) can end, if notice is given on "
                                           "or before %3; without notice it continues.")
                      .arg(sheet.id, citedAs(term.renewal.citation, term.citation),
                           isoDate(d.noticeDeadline))
                : DeadlineCalendarText::tr("Last day of the minimum term of %1 (%2); the "
                                           "agreement then continues until ended.")
                      .arg(sheet.id, citedAs(term.citation, term.renewal.citation));
        event.alarms = reminders(name, DeadlineCalendarText::tr("Earliest end"));
        return event;
    }
    if (d.renewal == RenewalKind::PaidPeriod) {
        event.summary = DeadlineCalendarText::tr("Paid period ends: %1").arg(name);
        event.description =
            DeadlineCalendarText::tr("Last day of the period paid for of %1 (%2); the next "
                                     "period starts %3 unless the subscription is cancelled.")
                .arg(sheet.id, citedAs(term.renewal.citation, term.citation),
                     isoDate(d.nextRenewal));
        event.alarms = reminders(name, DeadlineCalendarText::tr("End of the paid period"));
        return event;
    }
    event.summary = DeadlineCalendarText::tr("Term ends: %1").arg(name);
    event.description = d.nextRenewal.isValid()
                            ? DeadlineCalendarText::tr("Last day of the current term of %1 (%2); "
                                                       "the next term starts %3 unless notice "
                                                       "was given.")
                                  .arg(sheet.id, citedAs(term.citation, term.renewal.citation),
                                       isoDate(d.nextRenewal))
                            : DeadlineCalendarText::tr("Last day of the current term of %1 (%2).")
                                  .arg(sheet.id, citedAs(term.citation, term.renewal.citation));
    event.alarms = reminders(name, DeadlineCalendarText::tr("End of term"));
    return event;
}

} // namespace

Calendar deadlineCalendar(const TermSheet &sheet, const TermDeadlines &deadlines, qint64 stampUtc)
{
    Calendar calendar;
    calendar.productId =
        QStringLiteral("-//TermLens//TermLens %1//EN").arg(QStringLiteral(TERMLENS_VERSION));
    calendar.stampUtc = stampUtc;
    if (deadlines.noticeDeadline.isValid())
        calendar.events.append(noticeEvent(sheet, deadlines));
    if (deadlines.termEnd.isValid())
        calendar.events.append(termEndEvent(sheet, deadlines));
    return calendar;
}

} // namespace termlens
