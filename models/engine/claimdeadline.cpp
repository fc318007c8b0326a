#include "claimdeadline.h"

#include "localeformat.h"

#include <QCoreApplication>

namespace termlens {
namespace {

struct ClaimDeadlineText
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDeadline)
};

QString claimClauseText(const Citation &citation)
{
    if (citation.clause.isEmpty())
        return ClaimDeadlineText::tr("the claims clause");
    return ClaimDeadlineText::tr("clause %1").arg(citation.clause);
}

QDate lastDayOf(QDate firstOfMonth)
{
    return firstOfMonth.addMonths(1).addDays(-1);
}

} // namespace

QDate claimDeadline(const ClaimWindow &window, int year, int month, Working *working)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return {};
    const QString measured = first.toString(u"yyyy-MM");
    QDate deadline;
    QString line;
    switch (window.kind) {
    case ClaimWindowKind::None:
        line = ClaimDeadlineText::tr("The agreement states no time limit for claiming a credit.");
        break;
    case ClaimWindowKind::EndOfFollowingMonth:
        deadline = lastDayOf(first.addMonths(1));
        line = ClaimDeadlineText::tr(
                   "Claim deadline (%1): the end of the calendar month after %2, %3.")
                   .arg(claimClauseText(window.citation), measured, displayDate(deadline));
        break;
    case ClaimWindowKind::DaysAfterPeriod:
        if (window.days >= 0) {
            deadline = lastDayOf(first).addDays(window.days);
            line = ClaimDeadlineText::tr(
                       "Claim deadline (%1): %2 days after the credit falls due, read as the last "
                       "day of the month measured (%3), so %4.")
                       .arg(claimClauseText(window.citation))
                       .arg(window.days)
                       .arg(displayDate(lastDayOf(first)), displayDate(deadline));
        }
        break;
    case ClaimWindowKind::EndOfNthFollowingMonth:
        if (window.n >= 0) {
            deadline = lastDayOf(first.addMonths(window.n));
            line = ClaimDeadlineText::tr(
                       "Claim deadline (%1): the end of the monthly billing cycle %2 month(s) "
                       "after %3, %4.")
                       .arg(claimClauseText(window.citation))
                       .arg(window.n)
                       .arg(measured, displayDate(deadline));
        }
        break;
    }
    if (line.isEmpty())
        line = ClaimDeadlineText::tr(
                   "The claim window (%1) has a negative length and gives no deadline.")
                   .arg(claimClauseText(window.citation));
    if (working)
        working->add(line);
    return deadline;
}

} // namespace termlens
