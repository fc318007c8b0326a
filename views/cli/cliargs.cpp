#include "cliargs.h"

#include <QCoreApplication>

namespace termlens {
namespace {

const CliOption *findOption(const QList<CliOption> &options, QStringView name)
{
    for (const CliOption &option : options) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

} // namespace

std::optional<CliArgs> parseCliArgs(const QStringList &arguments, const QList<CliOption> &options,
                                    QString *error)
{
    CliArgs args;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (optionsEnded || !arg.startsWith(u'-') || arg == u"-") {
            args.positional << arg;
            continue;
        }
        if (arg == u"--") {
            optionsEnded = true;
            continue;
        }
        const qsizetype dashes = arg.startsWith(QStringLiteral("--")) ? 2 : 1;
        const qsizetype equals = arg.indexOf(u'=');
        const QString name = arg.mid(dashes, equals < 0 ? -1 : equals - dashes);
        const CliOption *option = findOption(options, name);
        if (!option) {
            *error = QCoreApplication::translate("Cli", "unknown option %1").arg(arg);
            return std::nullopt;
        }
        if (args.has(name)) {
            *error = QCoreApplication::translate("Cli", "option --%1 given twice").arg(name);
            return std::nullopt;
        }
        if (!option->takesValue) {
            if (equals >= 0) {
                *error = QCoreApplication::translate("Cli", "option --%1 takes no value").arg(name);
                return std::nullopt;
            }
            args.flags << name;
            continue;
        }
        if (equals >= 0) {
            args.values.insert(name, arg.mid(equals + 1));
        } else if (i + 1 < arguments.size()) {
            args.values.insert(name, arguments.at(++i));
        } else {
            *error = QCoreApplication::translate("Cli", "option --%1 needs a value").arg(name);
            return std::nullopt;
        }
    }
    return args;
}

} // namespace termlens
