#include "clicommands.h"
#include "clicontext.h"
#include "outagecsv.h"
#include "outageimport.h"
#include "outagerepository.h"
#include "termsheetfile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace termlens {
namespace {

// A million rows of native CSV is about 150 MB; more than this is not an outage history.
constexpr qint64 MaxOutageFileBytes = 512LL * 1024 * 1024;

int reportCsvIssues(CliContext &cli, const QString &file, const OutageParseResult &parsed)
{
    QStringList lines;
    for (const ImportIssue &issue : parsed.issues)
        lines << QCoreApplication::translate("Cli", "%1: %2").arg(file, issue.toString());
    lines << QCoreApplication::translate("Cli", "%1: nothing was imported").arg(file);
    return cli.userErrors(lines);
}

} // namespace

int runOutagesImport(CliContext &cli, const QStringList &arguments)
{
    const QString agreement = QStringLiteral("agreement");
    const QString service = QStringLiteral("service");
    const QString format = QStringLiteral("format");
    const QString mapping = QStringLiteral("mapping");
    const auto args =
        cli.parse(arguments, {{agreement}, {service}, {format}, {mapping}}, {agreement}, 1, 1);
    if (!args)
        return ExitUsage;
    const QString kind = args->has(format) ? args->value(format) : QStringLiteral("csv");
    if (kind != u"csv" && kind != u"statuspage") {
        return cli.usageError(
            QCoreApplication::translate("Cli", "--format: expected csv or statuspage, not %1")
                .arg(kind));
    }
    // Statuspage JSON and mapped CSV (INTERFACES.md §2) come with their importers.
    if (kind == u"statuspage")
        return cli.userError(QCoreApplication::translate(
            "Cli", "--format statuspage is not supported yet; import native CSV"));
    if (args->has(mapping))
        return cli.userError(QCoreApplication::translate(
            "Cli", "--mapping is not supported yet; import native CSV"));
    const QString file = args->positional.first();
    QString why;
    const std::optional<QByteArray> bytes = readLimitedFile(file, MaxOutageFileBytes, &why);
    if (!bytes)
        return cli.userError(why);
    std::optional<Workspace> workspace = cli.openWorkspace();
    if (!workspace)
        return ExitUserError;
    const QString id = args->value(agreement);
    if (!cli.loadAgreement(*workspace, id))
        return ExitUserError;
    const OutageParseResult parsed = parseNativeOutageCsv(*bytes, id, args->value(service));
    if (!parsed.issues.isEmpty())
        return reportCsvIssues(cli, file, parsed);
    const ImportBatch batch = makeImportBatch(id, file, *bytes, parsed.rows, cli.nowUtc);
    const auto added = OutageRepository(*workspace).addImport(batch, parsed.outages);
    if (!added.ok())
        return cli.userError(added.error.toString());
    if (cli.json) {
        cli.printJson({{QStringLiteral("agreement"), id},
                       {QStringLiteral("file"), file},
                       {QStringLiteral("rows"), qint64(parsed.rows)},
                       {QStringLiteral("outages"), qint64(parsed.outages.size())},
                       {QStringLiteral("inserted"), qint64(added.value->inserted)},
                       {QStringLiteral("duplicates"), qint64(added.value->duplicates)}});
    } else {
        cli.out << QCoreApplication::translate("Cli", "%1: %2 outages imported into %3, %4 "
                                                      "already stored (skipped)")
                       .arg(file)
                       .arg(added.value->inserted)
                       .arg(id)
                       .arg(added.value->duplicates)
                << Qt::endl;
    }
    return ExitOk;
}

} // namespace termlens
