#include "agreementimport.h"
#include "agreementrepository.h"
#include "clicommands.h"
#include "clicontext.h"
#include "subscriptionjson.h"
#include "termsheetfile.h"
#include "termsheetjson.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QTextStream>

namespace termlens {
namespace {

struct FileCheck
{
    QString file;
    std::optional<TermSheet> sheet; // term sheets only
    QList<ValidationIssue> issues;
};

bool isSubscriptionFile(const QString &path)
{
    return path.endsWith(QStringLiteral(".subscription.json"), Qt::CaseInsensitive);
}

FileCheck checkFile(const QString &path)
{
    FileCheck check;
    check.file = path;
    if (!isSubscriptionFile(path)) {
        TermSheetFileResult read = readTermSheetFile(path);
        check.sheet = std::move(read.sheet);
        check.issues = std::move(read.issues);
        return check;
    }
    QString why;
    const std::optional<QByteArray> bytes = readLimitedFile(path, MaxSubscriptionBytes, &why);
    if (!bytes)
        check.issues.append({QString(), why});
    else
        check.issues = parseSubscription(*bytes).issues;
    return check;
}

QJsonArray issuesJson(const QList<ValidationIssue> &issues)
{
    QJsonArray array;
    for (const ValidationIssue &issue : issues) {
        array.append(QJsonObject{{QStringLiteral("path"), issue.path},
                                 {QStringLiteral("message"), issue.message}});
    }
    return array;
}

// Every problem of every file on stderr, one line each, prefixed by the file name.
void reportFileChecks(CliContext &cli, const QList<FileCheck> &checks)
{
    QStringList lines;
    for (const FileCheck &check : checks) {
        for (const ValidationIssue &issue : check.issues)
            lines << QCoreApplication::translate("Cli", "%1: %2").arg(check.file, issue.toString());
    }
    cli.userErrors(lines);
}

bool anyIssues(const QList<FileCheck> &checks)
{
    for (const FileCheck &check : checks) {
        if (!check.issues.isEmpty())
            return true;
    }
    return false;
}

QString targetText(const TermSheet &sheet)
{
    return sheet.terms.availability ? sheet.terms.availability->target.toCanonicalString()
                                    : QString();
}

// Two files with the same id would silently replace each other within one import.
bool checkDistinctIds(CliContext &cli, const QList<FileCheck> &checks)
{
    QHash<QString, QString> seen;
    QStringList problems;
    for (const FileCheck &check : checks) {
        if (seen.contains(check.sheet->id)) {
            problems << QCoreApplication::translate("Cli", "%1: id %2 is also the id of %3")
                            .arg(check.file, check.sheet->id, seen.value(check.sheet->id));
        }
        seen.insert(check.sheet->id, check.file);
    }
    if (!problems.isEmpty())
        cli.userErrors(problems);
    return problems.isEmpty();
}

} // namespace

int runValidate(CliContext &cli, const QStringList &arguments)
{
    const auto args = cli.parse(arguments, {}, {}, 1, -1);
    if (!args)
        return ExitUsage;
    QList<FileCheck> checks;
    for (const QString &file : args->positional)
        checks.append(checkFile(file));
    reportFileChecks(cli, checks);
    if (cli.json) {
        QJsonArray files;
        for (const FileCheck &check : checks) {
            files.append(QJsonObject{{QStringLiteral("file"), check.file},
                                     {QStringLiteral("valid"), check.issues.isEmpty()},
                                     {QStringLiteral("issues"), issuesJson(check.issues)}});
        }
        cli.printJson(
            {{QStringLiteral("valid"), !anyIssues(checks)}, {QStringLiteral("files"), files}});
    } else {
        for (const FileCheck &check : checks) {
            if (check.issues.isEmpty())
                cli.out << QCoreApplication::translate("Cli", "%1: ok").arg(check.file) << Qt::endl;
        }
    }
    return anyIssues(checks) ? ExitUserError : ExitOk;
}

int runAgreementsImport(CliContext &cli, const QStringList &arguments)
{
    const auto args = cli.parse(arguments, {}, {}, 1, -1);
    if (!args)
        return ExitUsage;
    // All files are read and validated before anything is stored.
    QList<FileCheck> checks;
    for (const QString &file : args->positional) {
        FileCheck check;
        check.file = file;
        TermSheetFileResult read = readTermSheetFile(file);
        check.sheet = std::move(read.sheet);
        check.issues = std::move(read.issues);
        checks.append(std::move(check));
    }
    if (anyIssues(checks)) {
        reportFileChecks(cli, checks);
        return ExitUserError;
    }
    if (!checkDistinctIds(cli, checks))
        return ExitUserError;
    std::optional<Workspace> workspace = cli.openWorkspace();
    if (!workspace)
        return ExitUserError;
    QList<TermSheet> sheets;
    for (const FileCheck &check : checks)
        sheets.append(*check.sheet);
    const StorageResult<QList<bool>> saved = saveAgreements(*workspace, sheets);
    if (!saved.ok())
        return cli.userError(saved.error.toString());
    QJsonArray imported;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const bool replaced = saved.value->at(i);
        imported.append(QJsonObject{{QStringLiteral("id"), sheets.at(i).id},
                                    {QStringLiteral("vendor"), sheets.at(i).vendor},
                                    {QStringLiteral("file"), checks.at(i).file},
                                    {QStringLiteral("replaced"), replaced}});
        if (!cli.json) {
            cli.out << (replaced ? QCoreApplication::translate(
                                       "Cli", "%1: replaced the stored agreement %2 (%3)")
                                 : QCoreApplication::translate("Cli", "%1: imported %2 (%3)"))
                           .arg(checks.at(i).file, sheets.at(i).id, sheets.at(i).vendor)
                    << Qt::endl;
        }
    }
    if (cli.json)
        cli.printJson({{QStringLiteral("imported"), imported}});
    return ExitOk;
}

int runAgreementsList(CliContext &cli, const QStringList &arguments)
{
    if (!cli.parse(arguments, {}, {}, 0, 0))
        return ExitUsage;
    std::optional<Workspace> workspace = cli.openWorkspace();
    if (!workspace)
        return ExitUserError;
    AgreementRepository repository(*workspace);
    const auto list = repository.list();
    if (!list.ok())
        return cli.userError(list.error.toString());
    QJsonArray agreements;
    for (const AgreementSummary &summary : *list.value) {
        const std::optional<TermSheet> sheet = cli.loadAgreement(*workspace, summary.id);
        if (!sheet)
            return ExitUserError;
        QJsonArray documents;
        QStringList titles;
        for (const Document &document : sheet->documents) {
            documents.append(QJsonObject{{QStringLiteral("id"), document.id},
                                         {QStringLiteral("title"), document.title}});
            titles << (document.title.isEmpty() ? document.id : document.title);
        }
        const QString target = targetText(*sheet);
        agreements.append(QJsonObject{
            {QStringLiteral("id"), sheet->id},
            {QStringLiteral("vendor"), sheet->vendor},
            {QStringLiteral("product"), sheet->product},
            {QStringLiteral("target"), target.isEmpty() ? QJsonValue() : QJsonValue(target)},
            {QStringLiteral("currency"), sheet->currency},
            {QStringLiteral("documents"), documents}});
        if (!cli.json) {
            cli.out << QCoreApplication::translate("Cli", "%1\t%2\t%3\ttarget %4\t%5")
                           .arg(sheet->id, sheet->vendor, sheet->product,
                                target.isEmpty() ? QCoreApplication::translate("Cli", "not stated")
                                                 : target + QStringLiteral(" %"),
                                titles.join(QStringLiteral("; ")))
                    << Qt::endl;
        }
    }
    if (cli.json)
        cli.printJson({{QStringLiteral("agreements"), agreements}});
    return ExitOk;
}

int runAgreementsExport(CliContext &cli, const QStringList &arguments)
{
    const auto args =
        cli.parse(arguments, {{QStringLiteral("out")}}, {}, 1, 1, QStringLiteral("ID"));
    if (!args)
        return ExitUsage;
    std::optional<Workspace> workspace = cli.openWorkspace();
    if (!workspace)
        return ExitUserError;
    const std::optional<TermSheet> sheet = cli.loadAgreement(*workspace, args->positional.first());
    if (!sheet)
        return ExitUserError;
    // Documents carry their texts ("text"), so the file stands on its own.
    const QByteArray json = termSheetToJson(*sheet);
    if (!args->has(QStringLiteral("out"))) {
        cli.out << QString::fromUtf8(json);
        return ExitOk;
    }
    const QString path = args->value(QStringLiteral("out"));
    if (!writePrivateFile(cli, path, json))
        return ExitUserError;
    if (cli.json) {
        cli.printJson({{QStringLiteral("id"), sheet->id}, {QStringLiteral("file"), path}});
    } else {
        cli.out << QCoreApplication::translate("Cli", "exported %1 to %2").arg(sheet->id, path)
                << Qt::endl;
    }
    return ExitOk;
}

} // namespace termlens
