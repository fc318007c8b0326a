#include "clicommands.h"
#include "clicontext.h"
#include "reportwriter.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonObject>
#include <QTextStream>

namespace termlens {
namespace {

const QStringList &sectionKeys()
{
    static const QStringList keys = {QStringLiteral("cover"),      QStringLiteral("summary"),
                                     QStringLiteral("comparison"), QStringLiteral("subprocessors"),
                                     QStringLiteral("credits"),    QStringLiteral("appendix")};
    return keys;
}

// "--sections summary,credits": only those; unknown names are bad usage.
bool applySections(CliContext &cli, const QString &text, ReportOptions &options)
{
    const QStringList chosen = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : chosen) {
        if (!sectionKeys().contains(raw.trimmed())) {
            cli.usageError(
                QCoreApplication::translate("Cli", "--sections: unknown section %1 (known: %2)")
                    .arg(raw, sectionKeys().join(QStringLiteral(", "))));
            return false;
        }
    }
    const auto has = [&](const char *key) {
        for (const QString &raw : chosen) {
            if (raw.trimmed() == QLatin1String(key))
                return true;
        }
        return false;
    };
    options.cover = has("cover");
    options.summary = has("summary");
    options.comparison = has("comparison");
    options.subprocessors = has("subprocessors");
    options.credits = has("credits");
    options.appendix = has("appendix");
    if (!hasAnySection(options)) {
        cli.usageError(QCoreApplication::translate("Cli", "--sections: name at least one section"));
        return false;
    }
    return true;
}

std::optional<QDate> firstDayOf(const std::optional<std::pair<int, int>> &month)
{
    if (!month)
        return std::nullopt;
    return QDate(month->first, month->second, 1);
}

} // namespace

int runReport(CliContext &cli, const QStringList &arguments)
{
    const QString out = QStringLiteral("out");
    const QString agreements = QStringLiteral("agreements");
    const QString from = QStringLiteral("from");
    const QString to = QStringLiteral("to");
    const QString sections = QStringLiteral("sections");
    const QString pageSize = QStringLiteral("page-size");
    const QString title = QStringLiteral("title");
    const QString author = QStringLiteral("author");
    const auto args = cli.parse(
        arguments, {{out}, {agreements}, {from}, {to}, {sections}, {pageSize}, {title}, {author}},
        {out}, 0, 0);
    if (!args)
        return ExitUsage;
    ReportOptions options;
    options.outputFile = args->value(out);
    options.nowUtc = cli.nowUtc;
    options.locale = QLocale();
    options.title = args->value(title);
    options.author = args->value(author);
    if (args->has(agreements)) {
        for (const QString &id : args->value(agreements).split(u',', Qt::SkipEmptyParts))
            options.agreementIds << id.trimmed();
        if (options.agreementIds.isEmpty())
            return cli.usageError(
                QCoreApplication::translate("Cli", "--agreements: name at least one agreement id"));
    }
    if (args->has(from) != args->has(to))
        return cli.usageError(QCoreApplication::translate("Cli", "give --from and --to together"));
    if (args->has(from)) {
        // A malformed or backwards month is bad input (1), as in the other commands.
        const std::optional<QDate> first = firstDayOf(cli.monthValue(*args, from));
        const std::optional<QDate> last =
            first ? firstDayOf(cli.monthValue(*args, to)) : std::nullopt;
        if (!first || !last)
            return ExitUserError;
        options.from = *first;
        options.to = *last;
        const QString problem = checkReportPeriod(options);
        if (!problem.isEmpty())
            return cli.userError(problem);
    }
    if (args->has(sections) && !applySections(cli, args->value(sections), options))
        return ExitUsage;
    if (args->has(pageSize)) {
        const QString size = args->value(pageSize).toLower();
        if (size == u"a4")
            options.pageSize = ReportPageSize::A4;
        else if (size == u"letter")
            options.pageSize = ReportPageSize::Letter;
        else
            return cli.usageError(
                QCoreApplication::translate("Cli", "--page-size: expected a4 or letter, not %1")
                    .arg(args->value(pageSize)));
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return cli.userError(QCoreApplication::translate(
            "Cli", "report: this program was started without its graphics layer"));
    std::optional<Workspace> workspace = cli.openWorkspace();
    if (!workspace)
        return ExitUserError;
    ReportResult result;
    const ReportStatus status = exportReport(*workspace, options, {}, &result);
    if (!status.ok())
        return cli.userError(status.error);
    if (cli.json) {
        cli.printJson({{QStringLiteral("file"), options.outputFile},
                       {QStringLiteral("pages"), result.pages},
                       {QStringLiteral("bytes"), result.bytes},
                       {QStringLiteral("agreements"), result.agreements}});
    } else {
        cli.out << QCoreApplication::translate("Cli", "Wrote %1: %n page(s)", nullptr, result.pages)
                       .arg(options.outputFile)
                << Qt::endl;
    }
    return ExitOk;
}

} // namespace termlens
