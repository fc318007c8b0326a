#include "clicommands.h"
#include "clicontext.h"
#include "mappingpresetstore.h"
#include "outageimport.h"
#include "subscriptionrepository.h"
#include "termsheetfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace termlens {
namespace {

// A million rows of native CSV is about 150 MB; more than this is not an outage history.
constexpr qint64 MaxOutageFileBytes = 512LL * 1024 * 1024;

int reportOutageIssues(CliContext &cli, const QString &file, const OutageParseResult &parsed)
{
    QStringList lines;
    QJsonArray problems;
    for (const ImportIssue &issue : parsed.issues) {
        lines << QCoreApplication::translate("Cli", "%1: %2").arg(file, describeImportIssue(issue));
        QJsonObject problem{{QStringLiteral("message"), issue.message}};
        if (issue.line > 0)
            problem.insert(QStringLiteral("line"), qint64(issue.line));
        if (!issue.column.isEmpty())
            problem.insert(issue.line > 0 ? QStringLiteral("column") : QStringLiteral("path"),
                           issue.column);
        problems.append(problem);
    }
    if (parsed.issues.size() >= MaxIssues)
        lines << QCoreApplication::translate("Cli", "%1: stopped after %2 problems")
                     .arg(file)
                     .arg(MaxIssues);
    lines << QCoreApplication::translate("Cli", "%1: nothing was imported").arg(file);
    if (cli.json)
        cli.printJson({{QStringLiteral("file"), file},
                       {QStringLiteral("imported"), false},
                       {QStringLiteral("problems"), problems}});
    return cli.userErrors(lines);
}

// The format to read (options checked by formatOptionsError): --format, else what the file
// looks like; --mapping means mapped CSV.
// A usage error in --format / --mapping, before any file is read.
std::optional<QString> formatOptionsError(const CliArgs &args)
{
    const QString kind = args.value(QStringLiteral("format"));
    if (args.has(QStringLiteral("format")) && kind != u"csv" && kind != u"statuspage")
        return QCoreApplication::translate("Cli", "--format: expected csv or statuspage, not %1")
            .arg(kind);
    if (args.has(QStringLiteral("mapping")) && kind == u"statuspage")
        return QCoreApplication::translate(
            "Cli", "--mapping reads a CSV file; it does not go with --format statuspage");
    return std::nullopt;
}

std::optional<OutageFileFormat> chooseFormat(CliContext &cli, const CliArgs &args,
                                             const QByteArray &bytes)
{
    const QString kind = args.value(QStringLiteral("format"));
    if (args.has(QStringLiteral("mapping")))
        return OutageFileFormat::MappedCsv;
    if (kind == u"statuspage")
        return OutageFileFormat::Statuspage;
    const OutageFileFormat sniffed = sniffOutageFormat(bytes);
    if (kind == u"csv" || sniffed != OutageFileFormat::MappedCsv)
        return kind == u"csv" ? OutageFileFormat::NativeCsv : sniffed;
    // Another tool's CSV: say which built-in mapping would read it, if one would.
    const auto preset = presetMatchingHeader(bytes, builtinMappingPresets());
    cli.userError(
        preset ? QCoreApplication::translate(
                     "Cli", "%1: this CSV's header is not TermLens's own (service,start,end,"
                            "category,notice_given,reference,notes); it looks like a %2 "
                            "export: add --mapping \"%2\"")
                     .arg(args.positional.first(), preset->name)
               : QCoreApplication::translate(
                     "Cli", "%1: this CSV's header is not TermLens's own (service,start,end,"
                            "category,notice_given,reference,notes); import it with --mapping "
                            "PRESET (built in: %2, or one saved in the desktop app)")
                     .arg(args.positional.first(),
                          QStringLiteral("UptimeRobot, Pingdom, \"Better Stack\"")));
    return std::nullopt;
}

// The service of records that name none: the subscription's first service.
QString defaultService(Workspace &workspace, const QString &agreementId)
{
    const auto subscription = SubscriptionRepository(workspace).load(agreementId);
    if (!subscription.ok() || !*subscription.value || (*subscription.value)->services.isEmpty())
        return {};
    return (*subscription.value)->services.first().service;
}

void printImportResult(CliContext &cli, const QString &file, const QString &id,
                       OutageFileFormat format, const QString &mapping,
                       const OutageParseResult &parsed, const OutageStoreResult &stored)
{
    if (cli.json) {
        QJsonObject o{{QStringLiteral("agreement"), id},
                      {QStringLiteral("file"), file},
                      {QStringLiteral("format"), outageFormatKey(format)},
                      {QStringLiteral("rows"), qint64(parsed.rows)},
                      {QStringLiteral("skipped"), qint64(parsed.skipped)},
                      {QStringLiteral("outages"), qint64(parsed.outages.size())},
                      {QStringLiteral("inserted"), qint64(stored.inserted)},
                      {QStringLiteral("duplicates"), qint64(stored.duplicates)}};
        if (!mapping.isEmpty())
            o.insert(QStringLiteral("mapping"), mapping);
        cli.printJson(o);
        return;
    }
    cli.out << QCoreApplication::translate("Cli",
                                           "%1: %n outage(s) imported into %2, %3 already stored "
                                           "(skipped)",
                                           nullptr, int(stored.inserted))
                   .arg(file, id)
                   .arg(stored.duplicates)
            << Qt::endl;
    if (parsed.skipped > 0)
        cli.out << QCoreApplication::translate("Cli",
                                               "%1: %n record(s) not imported (filtered out, "
                                               "another service, or no duration)",
                                               nullptr, int(parsed.skipped))
                       .arg(file)
                << Qt::endl;
}

} // namespace

int runOutagesImport(CliContext &cli, const QStringList &arguments)
{
    const QString agreement = QStringLiteral("agreement");
    const QString service = QStringLiteral("service");
    const QString mapping = QStringLiteral("mapping");
    const auto args =
        cli.parse(arguments, {{agreement}, {service}, {QStringLiteral("format")}, {mapping}},
                  {agreement}, 1, 1);
    if (!args)
        return ExitUsage;
    if (const auto error = formatOptionsError(*args))
        return cli.usageError(*error);
    const QString file = args->positional.first();
    QString why;
    const std::optional<QByteArray> bytes = readLimitedFile(file, MaxOutageFileBytes, &why);
    if (!bytes)
        return cli.userError(why);
    const auto format = chooseFormat(cli, *args, *bytes);
    if (!format)
        return ExitUserError;
    std::optional<Workspace> workspace = cli.openWorkspace();
    if (!workspace)
        return ExitUserError;
    const QString id = args->value(agreement);
    if (!cli.loadAgreement(*workspace, id))
        return ExitUserError;
    std::optional<MappingPreset> preset;
    if (*format == OutageFileFormat::MappedCsv) {
        const auto presets = MappingPresetStore(*workspace).all();
        if (!presets.ok())
            return cli.userError(presets.error.toString());
        preset = findMappingPreset(*presets.value, args->value(mapping));
        if (!preset) {
            QStringList names;
            for (const MappingPreset &p : *presets.value)
                names << p.name;
            return cli.userError(
                QCoreApplication::translate("Cli", "no column mapping is called \"%1\" (known: %2)")
                    .arg(args->value(mapping), names.join(QStringLiteral(", "))));
        }
    }
    const OutageImportTarget target{id, args->value(service), defaultService(*workspace, id)};
    const OutageParseResult parsed =
        parseOutageFile(*bytes, *format, preset ? &*preset : nullptr, target);
    if (!parsed.issues.isEmpty())
        return reportOutageIssues(cli, file, parsed);
    const ImportBatch batch = makeImportBatch(id, file, *bytes, parsed.rows, cli.nowUtc);
    const auto stored =
        storeOutageImport(workspace->database(), workspace->path(), batch, parsed.outages);
    if (!stored.ok())
        return cli.userError(stored.error.toString());
    printImportResult(cli, file, id, *format, preset ? preset->name : QString(), parsed,
                      *stored.value);
    return ExitOk;
}

} // namespace termlens
