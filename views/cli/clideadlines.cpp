#include "clicommands.h"
#include "clicontext.h"
#include "deadlinecalendar.h"
#include "localeformat.h"
#include "termdeadlines.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTextStream>

namespace termlens {
namespace {

QJsonObject deadlinesJson(const TermDeadlines &d, QDate asOf)
{
    QJsonObject o{{QStringLiteral("termEnd"), dateJson(d.termEnd)},
                  {QStringLiteral("noticeDeadline"), dateJson(d.noticeDeadline)},
                  {QStringLiteral("nextRenewal"), dateJson(d.nextRenewal)},
                  {QStringLiteral("renewal"), keyOf(d.renewal)},
                  {QStringLiteral("asOf"), dateJson(asOf)},
                  {QStringLiteral("termStart"), dateJson(d.termStart)},
                  {QStringLiteral("termNumber"), d.termNumber},
                  {QStringLiteral("noticeMissed"), d.noticeMissed},
                  {QStringLiteral("nextTermEnd"), dateJson(d.nextTermEnd)},
                  {QStringLiteral("nextNoticeDeadline"), dateJson(d.nextNoticeDeadline)},
                  {QStringLiteral("ended"), d.ended},
                  {QStringLiteral("explanation"), linesJson(d.working.lines())}};
    o.insert(QStringLiteral("daysUntilNotice"),
             d.daysUntilNotice ? QJsonValue(*d.daysUntilNotice) : QJsonValue(QJsonValue::Null));
    return o;
}

// The renewal kind in the user's language (JSON keeps the term-sheet key).
QString renewalText(RenewalKind kind)
{
    switch (kind) {
    case RenewalKind::None:
        return QCoreApplication::translate("Cli", "none");
    case RenewalKind::Fixed:
        return QCoreApplication::translate("Cli", "fixed");
    case RenewalKind::Rolling:
        return QCoreApplication::translate("Cli", "rolling");
    case RenewalKind::PaidPeriod:
        return QCoreApplication::translate("Cli", "paid period");
    }
    return keyOf(kind);
}

QString dateText(QDate date)
{
    return date.isValid() ? displayDate(date) : QCoreApplication::translate("Cli", "none");
}

void printDeadlines(QTextStream &out, const TermSheet &sheet, const TermDeadlines &d)
{
    out << QCoreApplication::translate("Cli", "%1: renewal %2")
               .arg(sheet.id, renewalText(d.renewal))
        << '\n'
        << (d.renewal == RenewalKind::Rolling
                ? QCoreApplication::translate("Cli", "Earliest end (rolling, with notice): %1")
                : QCoreApplication::translate("Cli", "Term end: %1"))
               .arg(dateText(d.termEnd))
        << '\n'
        << QCoreApplication::translate("Cli", "Notice deadline: %1").arg(dateText(d.noticeDeadline))
        << '\n'
        << QCoreApplication::translate("Cli", "Next renewal: %1").arg(dateText(d.nextRenewal))
        << '\n'
        << QCoreApplication::translate("Cli", "Working:") << '\n';
    for (const QString &line : d.working.lines())
        out << "  " << line << '\n';
    out.flush();
}

} // namespace

int runDeadlines(CliContext &cli, const QStringList &arguments)
{
    const QString agreement = QStringLiteral("agreement");
    const QString start = QStringLiteral("start");
    const QString asOfName = QStringLiteral("as-of");
    const QString ics = QStringLiteral("ics");
    const auto args =
        cli.parse(arguments, {{agreement}, {start}, {asOfName}, {ics}}, {agreement, start}, 0, 0);
    if (!args)
        return ExitUsage;
    const std::optional<QDate> startDate = cli.dateValue(*args, start);
    if (!startDate)
        return ExitUserError;
    // Without --as-of: today where the user is (--now moves "today" too).
    QDate asOf = QDateTime::fromSecsSinceEpoch(cli.nowUtc).date();
    if (args->has(asOfName)) {
        const std::optional<QDate> given = cli.dateValue(*args, asOfName);
        if (!given)
            return ExitUserError;
        asOf = *given;
    }
    if (args->has(ics) && args->value(ics).isEmpty())
        return cli.userError(
            QCoreApplication::translate("Cli", "--ics: expected the name of the file to write"));
    std::optional<Workspace> workspace = cli.openWorkspace();
    if (!workspace)
        return ExitUserError;
    const std::optional<TermSheet> sheet = cli.loadAgreement(*workspace, args->value(agreement));
    std::optional<Subscription> subscription;
    if (!sheet || !cli.loadSubscription(*workspace, sheet->id, &subscription))
        return ExitUserError;
    if (!sheet->terms.term)
        return cli.userError(
            QCoreApplication::translate("Cli", "%1 states no term or renewal (terms.term)")
                .arg(sheet->id));
    std::optional<BillingCycle> cycle;
    if (subscription)
        cycle = subscription->billingCycle;
    const Outcome<TermDeadlines> deadlines =
        termDeadlines(*sheet->terms.term, *startDate, asOf, cycle);
    if (!deadlines.ok())
        return cli.userError(deadlines.error);
    if (args->has(ics)) {
        const QByteArray text =
            calendarToIcs(deadlineCalendar(*sheet, *deadlines.value, cli.nowUtc));
        if (!writePrivateFile(cli, args->value(ics), text))
            return ExitUserError;
    }
    if (cli.json) {
        QJsonObject o = deadlinesJson(*deadlines.value, asOf);
        o.insert(QStringLiteral("agreement"), sheet->id);
        if (args->has(ics))
            o.insert(QStringLiteral("ics"), args->value(ics));
        cli.printJson(o);
    } else {
        printDeadlines(cli.out, *sheet, *deadlines.value);
        if (args->has(ics)) {
            cli.out << QCoreApplication::translate("Cli", "Calendar written to %1")
                           .arg(args->value(ics))
                    << Qt::endl;
        }
    }
    return ExitOk;
}

} // namespace termlens
