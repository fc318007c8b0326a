#include "clicontext.h"

#include "agreementrepository.h"
#include "sampleworkspace.h"
#include "subscriptionrepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

namespace termlens {

CliContext::CliContext(QTextStream &outStream, QTextStream &errStream)
    : out(outStream)
    , err(errStream)
{}

int CliContext::usageError(const QString &message)
{
    const QString command = commandName.isEmpty() ? QString() : commandName + u' ';
    err << QCoreApplication::translate("Cli", "termlens-cli: %1 (see termlens-cli %2--help)")
               .arg(message, command)
        << Qt::endl;
    return ExitUsage;
}

int CliContext::userError(const QString &message)
{
    return userErrors({message});
}

int CliContext::userErrors(const QStringList &messages)
{
    for (const QString &message : messages) {
        const QStringList lines = message.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines)
            err << QCoreApplication::translate("Cli", "termlens-cli: %1").arg(line) << Qt::endl;
    }
    return ExitUserError;
}

void CliContext::note(const QString &message)
{
    err << QCoreApplication::translate("Cli", "termlens-cli: note: %1").arg(message) << Qt::endl;
}

void CliContext::printJson(const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

std::optional<Workspace> CliContext::openWorkspace()
{
    const QString path = dbPath.isEmpty() ? defaultWorkspacePath() : dbPath;
    const bool existed = QFileInfo::exists(path);
    StorageResult<Workspace> opened = openOrCreateSampleWorkspace(path);
    if (!opened.ok()) {
        userError(opened.error.toString());
        return std::nullopt;
    }
    if (!existed) {
        note(QCoreApplication::translate("Cli", "created the sample workspace %1")
                 .arg(opened.value->path()));
    }
    return std::move(*opened.value);
}

std::optional<TermSheet> CliContext::loadAgreement(Workspace &workspace, const QString &id)
{
    const auto loaded = AgreementRepository(workspace).load(id);
    if (!loaded.ok()) {
        userError(loaded.error.toString());
        return std::nullopt;
    }
    if (!*loaded.value) {
        userError(QCoreApplication::translate("Cli", "no agreement with id %1 in %2")
                      .arg(id, workspace.path()));
        return std::nullopt;
    }
    return **loaded.value;
}

bool CliContext::loadSubscription(Workspace &workspace, const QString &id,
                                  std::optional<Subscription> *subscription)
{
    const auto loaded = SubscriptionRepository(workspace).load(id);
    if (!loaded.ok()) {
        userError(loaded.error.toString());
        return false;
    }
    *subscription = *loaded.value;
    return true;
}

std::optional<CliArgs> CliContext::parse(const QStringList &arguments,
                                         const QList<CliOption> &options,
                                         const QStringList &required, int minPositional,
                                         int maxPositional, const QString &positionalName)
{
    QString why;
    std::optional<CliArgs> args = parseCliArgs(arguments, options, &why);
    if (!args) {
        usageError(why);
        return std::nullopt;
    }
    for (const QString &name : required) {
        if (!args->has(name)) {
            usageError(QCoreApplication::translate("Cli", "missing --%1").arg(name));
            return std::nullopt;
        }
    }
    if (args->positional.size() < minPositional) {
        usageError(QCoreApplication::translate("Cli", "missing %1")
                       .arg(positionalName.isEmpty() ? QStringLiteral("FILE") : positionalName));
        return std::nullopt;
    }
    if (maxPositional >= 0 && args->positional.size() > maxPositional) {
        usageError(QCoreApplication::translate("Cli", "unexpected argument %1")
                       .arg(args->positional.at(maxPositional)));
        return std::nullopt;
    }
    return args;
}

std::optional<QDate> parseCliDate(const QString &text)
{
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{4}-[0-9]{2}-[0-9]{2}")));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<std::pair<int, int>> CliContext::monthValue(const CliArgs &args, const QString &name)
{
    const std::optional<std::pair<int, int>> month = parseCliMonth(args.value(name));
    if (!month)
        userError(QCoreApplication::translate("Cli", "--%1: expected a month as YYYY-MM, not %2")
                      .arg(name, args.value(name)));
    return month;
}

std::optional<QDate> CliContext::dateValue(const CliArgs &args, const QString &name)
{
    const std::optional<QDate> date = parseCliDate(args.value(name));
    if (!date)
        userError(QCoreApplication::translate("Cli", "--%1: expected a date as YYYY-MM-DD, not %2")
                      .arg(name, args.value(name)));
    return date;
}

std::optional<std::pair<int, int>> parseCliMonth(const QString &text)
{
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(QStringLiteral("([0-9]{4})-([0-9]{2})")));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    if (month < 1 || month > 12 || year < 1)
        return std::nullopt;
    return std::pair{year, month};
}

QString minutesJson(const Decimal &seconds)
{
    return seconds.divided(Decimal::fromInt(60), 4, Rounding::HalfAwayFromZero).toCanonicalString();
}

QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray linesJson(const QStringList &lines)
{
    return QJsonArray::fromStringList(lines);
}

bool writePrivateFile(CliContext &cli, const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    // Unbuffered: a full disk fails write() with the system's reason ("Unknown error" otherwise).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        cli.userError(QCoreApplication::translate("Cli", "cannot write %1: %2")
                          .arg(path, file.errorString()));
        return false;
    }
    // Set on the temporary file before it replaces the target, so the data is never readable
    // by others, not even for a moment.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // A short write (the disk filled up half way) has no reason yet: writing the rest gets it.
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 written = file.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0)
            break;
        done += written;
    }
    if (done != bytes.size() || !file.commit()) {
        cli.userError(QCoreApplication::translate("Cli", "cannot write %1: %2")
                          .arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace termlens
