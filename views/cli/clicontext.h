#pragma once

#include "cliargs.h"
#include "money.h"
#include "subscription.h"
#include "termsheet.h"
#include "workspace.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

namespace termlens {

enum CliExit
{
    ExitOk = 0,
    ExitUserError = 1, // bad input, unknown id, a store that cannot be used
    ExitUsage = 2,     // unknown command or option, a missing or malformed argument
};

// What every command gets: the streams, the global options, and the shared ways to report.
class CliContext
{
public:
    CliContext(QTextStream &out, QTextStream &err);

    QTextStream &out;
    QTextStream &err;
    bool json = false;
    QString dbPath;      // empty: the default workspace
    qint64 nowUtc = 0;   // --now, else the clock
    QString commandName; // "credits", "agreements import": named in usage errors

    // One line on stderr, then the exit code: 2 with a hint to --help, 1 per problem.
    int usageError(const QString &message);
    int userError(const QString &message);
    // One line per problem (a multi-line message is split into its lines).
    int userErrors(const QStringList &messages);
    void note(const QString &message);

    // One JSON document on stdout.
    void printJson(const QJsonObject &object);

    // The workspace: --db, else the default one; a missing file is created from the sample,
    // as the desktop app does on first launch. Reports the failure and returns nothing.
    std::optional<Workspace> openWorkspace();
    // The agreement, or a reported "no agreement with id ..." (the store's errors reported too).
    std::optional<TermSheet> loadAgreement(Workspace &workspace, const QString &id);
    // Reported failure: nullopt in `ok`; absent subscription: ok with nullopt.
    bool loadSubscription(Workspace &workspace, const QString &id,
                          std::optional<Subscription> *subscription);

    // The value of the option `name` as a month (YYYY-MM: --month, report --from and --to): a
    // malformed value is bad input (exit 1), reported in one line that names the option and
    // repeats the text.
    std::optional<std::pair<int, int>> monthValue(const CliArgs &args, const QString &name);
    // The value of the option `name` as a date (YYYY-MM-DD); a malformed or impossible one
    // (2026-02-30) is bad input, reported in one line.
    std::optional<QDate> dateValue(const CliArgs &args, const QString &name);

    // Parses the command's options; on bad usage reports it and returns nothing.
    std::optional<CliArgs> parse(const QStringList &arguments, const QList<CliOption> &options,
                                 const QStringList &required, int minPositional, int maxPositional,
                                 const QString &positionalName = QString());
};

// Values of options. Each returns nothing when the text is malformed.
std::optional<QDate> parseCliDate(const QString &text);                // YYYY-MM-DD
std::optional<std::pair<int, int>> parseCliMonth(const QString &text); // YYYY-MM

// "52.5": seconds as minutes, up to 4 decimals, for JSON and text.
QString minutesJson(const Decimal &seconds);
// A date as YYYY-MM-DD, or JSON null when invalid.
QJsonValue dateJson(QDate date);
QJsonArray linesJson(const QStringList &lines);
// Writes bytes atomically (QSaveFile) with mode 0600; reports and returns false on failure.
bool writePrivateFile(CliContext &cli, const QString &path, const QByteArray &bytes);

} // namespace termlens
