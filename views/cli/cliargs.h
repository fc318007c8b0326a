#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace termlens {

// One option a command accepts: "--name VALUE" (or "--name=VALUE") when it takes a value,
// else a flag "--name".
struct CliOption
{
    QString name; // without the dashes
    bool takesValue = true;
};

// A command's arguments after the command words: the options given and the rest in order.
struct CliArgs
{
    QStringList positional;
    QHash<QString, QString> values;
    QStringList flags;

    bool has(const QString &name) const { return values.contains(name) || flags.contains(name); }
    QString value(const QString &name) const { return values.value(name); }
};

// Parses `arguments` against the options of one command. An unknown option, a missing value
// or an option given twice is bad usage: nothing is returned and `error` says which. "--"
// ends the options (a file may be called "--x").
std::optional<CliArgs> parseCliArgs(const QStringList &arguments, const QList<CliOption> &options,
                                    QString *error);

} // namespace termlens
