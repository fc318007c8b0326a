#include "cli.h"

#include "clicommands.h"
#include "clicontext.h"
#include "instant.h"
#include "translationloader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTextStream>

namespace termlens {
namespace {

using CommandFn = int (*)(CliContext &, const QStringList &);

struct Command
{
    QStringList words;
    const char *synopsis;    // options after the command words
    const char *description; // translated in context "Cli"
    CommandFn run;
};

// The command table of INTERFACES.md §3.
const QList<Command> &commands()
{
    static const QList<Command> table = {
        {{QStringLiteral("validate")},
         QT_TRANSLATE_NOOP("Cli", "FILE..."),
         QT_TRANSLATE_NOOP("Cli", "check term sheets (and *.subscription.json files); print "
                                  "every problem with its JSON path"),
         runValidate},
        {{QStringLiteral("agreements"), QStringLiteral("import")},
         QT_TRANSLATE_NOOP("Cli", "FILE..."),
         QT_TRANSLATE_NOOP("Cli", "store term sheets, all or none; an agreement with the same id "
                                  "is replaced"),
         runAgreementsImport},
        {{QStringLiteral("agreements"), QStringLiteral("list")},
         "",
         QT_TRANSLATE_NOOP("Cli", "the stored agreements"),
         runAgreementsList},
        {{QStringLiteral("agreements"), QStringLiteral("export")},
         QT_TRANSLATE_NOOP("Cli", "ID [--out FILE]"),
         QT_TRANSLATE_NOOP("Cli", "a stored agreement as a term sheet with its documents' texts"),
         runAgreementsExport},
        {{QStringLiteral("outages"), QStringLiteral("import")},
         QT_TRANSLATE_NOOP("Cli", "FILE --agreement ID [--service NAME] [--format csv|statuspage] "
                                  "[--mapping PRESET]"),
         QT_TRANSLATE_NOOP("Cli", "import outages, all or none; outages already stored are "
                                  "skipped"),
         runOutagesImport},
        {{QStringLiteral("credits")},
         QT_TRANSLATE_NOOP("Cli", "--agreement ID --month YYYY-MM [--fee AMOUNT] [--service NAME]"),
         QT_TRANSLATE_NOOP("Cli", "availability and service credit for a month from the stored "
                                  "outages"),
         runCredits},
        {{QStringLiteral("scenario")},
         QT_TRANSLATE_NOOP("Cli", "(--agreement ID | --termsheet FILE) --month YYYY-MM "
                                  "--downtime-minutes N [--fee AMOUNT] [--service NAME]"),
         QT_TRANSLATE_NOOP("Cli", "what-if: N minutes of counted downtime in that month"),
         runScenario},
        {{QStringLiteral("deadlines")},
         QT_TRANSLATE_NOOP("Cli", "--agreement ID --start YYYY-MM-DD [--as-of YYYY-MM-DD] "
                                  "[--ics FILE]"),
         QT_TRANSLATE_NOOP("Cli", "current term end, last day to give notice, next renewal"),
         runDeadlines},
        {{QStringLiteral("liability")},
         QT_TRANSLATE_NOOP("Cli", "--agreement ID --start YYYY-MM-DD --payments FILE.csv "
                                  "--claim-date YYYY-MM-DD"),
         QT_TRANSLATE_NOOP("Cli", "the liability cap at a claim date (payments CSV: date,amount)"),
         runLiability},
        {{QStringLiteral("response-due")},
         QT_TRANSLATE_NOOP("Cli", "--agreement ID --level NAME --reported INSTANT"),
         QT_TRANSLATE_NOOP("Cli", "when the vendor's support response is due"),
         runResponseDue},
        {{QStringLiteral("report")},
         QT_TRANSLATE_NOOP("Cli", "--out FILE.pdf [--agreements ID,...] [--from YYYY-MM --to "
                                  "YYYY-MM] [--sections NAME,...] [--page-size a4|letter] "
                                  "[--title TEXT] [--author TEXT]"),
         QT_TRANSLATE_NOOP("Cli", "the PDF report, as the desktop app exports it; sections: "
                                  "cover, summary, comparison, subprocessors, credits, appendix"),
         runReport},
    };
    return table;
}

QString synopsisOf(const Command &command)
{
    const QString options = QCoreApplication::translate("Cli", command.synopsis);
    const QString words = command.words.join(u' ');
    return options.isEmpty() ? words : words + u' ' + options;
}

void printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate("Cli", "usage: termlens-cli [--db PATH] [--json] COMMAND "
                                                 "[OPTIONS]")
           << "\n\n"
           << QCoreApplication::translate("Cli", "Commands:") << '\n';
    for (const Command &command : commands()) {
        stream << "  " << synopsisOf(command) << "\n      "
               << QCoreApplication::translate("Cli", command.description) << '\n';
    }
    stream << '\n'
           << QCoreApplication::translate(
                  "Cli",
                  "Options for every command:\n"
                  "  --db PATH      the workspace file (default: the desktop app's; a missing "
                  "file is created\n"
                  "                 from the sample agreements)\n"
                  "  --json         print one JSON document on stdout\n"
                  "  --now INSTANT  take this ISO 8601 instant as the current time\n"
                  "  --help, -h     this help; COMMAND --help for one command\n"
                  "  --version      print the version\n\n"
                  "Exit status: 0 success, 1 user error (one line per problem on stderr), 2 bad "
                  "usage.")
           << "\n\n"
           << QCoreApplication::translate(
                  "Cli", "Language:\n"
                         "  --lang LANG    en, de or fr for messages, text output and the report\n"
                         "                 (default: the desktop app's choice, else the system's)\n"
                         "  With --json the output is the same in every language: English texts,\n"
                         "  plain numbers (1234.50) and ISO dates.")
           << Qt::endl;
}

void printCommandHelp(QTextStream &stream, const Command &command)
{
    stream << QCoreApplication::translate("Cli", "usage: termlens-cli [--db PATH] [--json] %1")
                  .arg(synopsisOf(command))
           << '\n'
           << "  " << QCoreApplication::translate("Cli", command.description) << Qt::endl;
}

struct Globals
{
    QStringList rest; // the command words and their arguments
    bool help = false;
    bool version = false;
    QString language; // --lang
};

// The language of this run (--lang, and English with C numbers for --json). What was
// installed before comes back at the end, so that runCli() called in a test process leaves
// the process's language as it found it.
class LanguageScope
{
public:
    LanguageScope()
        : m_language(installedLanguage())
    {}
    ~LanguageScope()
    {
        if (!m_changed)
            return;
        installTranslations(m_language);
        QLocale::setDefault(m_locale);
    }
    Q_DISABLE_COPY_MOVE(LanguageScope)

    void install(const QString &language, bool cNumbers)
    {
        m_changed = true;
        installTranslations(language);
        if (cNumbers)
            QLocale::setDefault(QLocale::c());
    }

private:
    QString m_language;
    QLocale m_locale;
    bool m_changed = false;
};

// Takes the options every command shares out of the arguments, wherever they stand.
std::optional<Globals> takeGlobals(const QStringList &arguments, CliContext &cli)
{
    Globals g;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--") {
            g.rest << arguments.mid(i);
            break;
        }
        const bool hasValue = arg == u"--db" || arg == u"--now" || arg == u"--lang";
        QString value;
        QString name = arg;
        if (arg.startsWith(QStringLiteral("--db=")) || arg.startsWith(QStringLiteral("--now=")) ||
            arg.startsWith(QStringLiteral("--lang="))) {
            name = arg.section(u'=', 0, 0);
            value = arg.section(u'=', 1);
        } else if (hasValue) {
            if (i + 1 >= arguments.size()) {
                cli.usageError(
                    QCoreApplication::translate("Cli", "option %1 needs a value").arg(arg));
                return std::nullopt;
            }
            value = arguments.at(++i);
        }
        if (name == u"--db") {
            cli.dbPath = value;
        } else if (name == u"--lang") {
            if (!shippedLanguages().contains(value)) {
                cli.usageError(
                    QCoreApplication::translate("Cli", "--lang: expected en, de or fr, not %1")
                        .arg(value));
                return std::nullopt;
            }
            g.language = value;
        } else if (name == u"--now") {
            const std::optional<qint64> now = parseInstant(value);
            if (!now) {
                cli.usageError(QCoreApplication::translate(
                                   "Cli", "--now: expected an ISO 8601 instant with a zone, not %1")
                                   .arg(value));
                return std::nullopt;
            }
            cli.nowUtc = *now;
        } else if (arg == u"--json") {
            cli.json = true;
        } else if (arg == u"--help" || arg == u"-h") {
            g.help = true;
        } else if (arg == u"--version") {
            g.version = true;
        } else {
            g.rest << arg;
        }
    }
    return g;
}

const Command *findCommand(const QStringList &rest)
{
    for (const Command &command : commands()) {
        if (rest.mid(0, command.words.size()) == command.words)
            return &command;
    }
    return nullptr;
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliContext cli(out, err);
    cli.nowUtc = QDateTime::currentSecsSinceEpoch();
    LanguageScope language;
    const std::optional<Globals> globals = takeGlobals(arguments, cli);
    if (!globals)
        return ExitUsage;
    if (!globals->language.isEmpty())
        language.install(globals->language, false);
    if (globals->version) {
        out << "termlens-cli " << QStringLiteral(TERMLENS_VERSION) << Qt::endl;
        return ExitOk;
    }
    if (globals->rest.isEmpty()) {
        if (globals->help) {
            printUsage(out);
            return ExitOk;
        }
        printUsage(err);
        return ExitUsage;
    }
    const Command *command = findCommand(globals->rest);
    if (!command) {
        // "agreements frobnicate" names the group and the unknown word; "frobnicate" alone.
        qsizetype shown = 1;
        for (const Command &c : commands()) {
            if (c.words.size() > 1 && c.words.first() == globals->rest.first())
                shown = 2;
        }
        const QString words = globals->rest.mid(0, shown).join(u' ');
        return cli.usageError(QCoreApplication::translate("Cli", "unknown command %1").arg(words));
    }
    cli.commandName = command->words.join(u' ');
    // JSON is for programs: the same bytes whatever the language (English explanation lines,
    // canonical numbers, ISO dates). The report's PDF is for people and stays in the chosen
    // language; its JSON names only the file, its pages and its size.
    if (cli.json && command->run != runReport)
        language.install(QStringLiteral("en"), true);
    if (globals->help) {
        printCommandHelp(out, *command);
        return ExitOk;
    }
    const int code = command->run(cli, globals->rest.mid(command->words.size()));
    out.flush();
    err.flush();
    return code;
}

} // namespace termlens
