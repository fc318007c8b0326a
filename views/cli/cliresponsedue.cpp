#include "clicommands.h"
#include "clicontext.h"
#include "instant.h"
#include "responsedue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

namespace termlens {
namespace {

// The due instant in the zone of the support's business hours (else the agreement's), so it
// reads as the vendor's office would say it.
QString dueText(const TermSheet &sheet, qint64 due)
{
    QString zone = sheet.timeZone;
    if (sheet.terms.support && sheet.terms.support->businessHours)
        zone = sheet.terms.support->businessHours->timeZone;
    const QTimeZone tz(zone.toUtf8());
    const int offset =
        tz.isValid() ? tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(due, QTimeZone::utc())) : 0;
    return formatInstantWithOffset(due, offset);
}

// The level's name as the term sheet writes it (the engine also matches it ignoring case).
QString levelName(const Support &support, const QString &given)
{
    for (const SupportLevel &level : support.levels) {
        if (level.name == given)
            return level.name;
    }
    for (const SupportLevel &level : support.levels) {
        if (level.name.compare(given, Qt::CaseInsensitive) == 0)
            return level.name;
    }
    return given;
}

} // namespace

int runResponseDue(CliContext &cli, const QStringList &arguments)
{
    const QString agreement = QStringLiteral("agreement");
    const QString level = QStringLiteral("level");
    const QString reported = QStringLiteral("reported");
    const auto args = cli.parse(arguments, {{agreement}, {level}, {reported}},
                                {agreement, level, reported}, 0, 0);
    if (!args)
        return ExitUsage;
    const std::optional<qint64> reportedUtc = parseInstant(args->value(reported));
    if (!reportedUtc)
        return cli.userError(QCoreApplication::translate(
                                 "Cli", "--reported: expected an ISO 8601 instant with a zone "
                                        "such as 2026-12-24T16:00:00-06:00, not %1")
                                 .arg(args->value(reported)));
    std::optional<Workspace> workspace = cli.openWorkspace();
    if (!workspace)
        return ExitUserError;
    const std::optional<TermSheet> sheet = cli.loadAgreement(*workspace, args->value(agreement));
    if (!sheet)
        return ExitUserError;
    if (!sheet->terms.support)
        return cli.userError(QCoreApplication::translate(
                                 "Cli", "%1 states no support response times (terms.support)")
                                 .arg(sheet->id));
    const Outcome<ResponseDue> due =
        responseDue(*sheet->terms.support, args->value(level), *reportedUtc);
    if (!due.ok())
        return cli.userError(due.error);
    const QString text = dueText(*sheet, due.value->due);
    if (cli.json) {
        cli.printJson(
            {{QStringLiteral("due"), text},
             {QStringLiteral("dueUtc"), formatInstantUtc(due.value->due)},
             {QStringLiteral("businessMinutes"), due.value->businessMinutes},
             {QStringLiteral("agreement"), sheet->id},
             {QStringLiteral("level"), levelName(*sheet->terms.support, args->value(level))},
             {QStringLiteral("explanation"), linesJson(due.value->working.lines())}});
        return ExitOk;
    }
    cli.out << QCoreApplication::translate("Cli", "Response due: %1 (%2 minutes counted)")
                   .arg(text)
                   .arg(due.value->businessMinutes)
            << '\n'
            << QCoreApplication::translate("Cli", "Working:") << '\n';
    for (const QString &line : due.value->working.lines())
        cli.out << "  " << line << '\n';
    cli.out.flush();
    return ExitOk;
}

} // namespace termlens
