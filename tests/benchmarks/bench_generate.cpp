// Builds a large deterministic workspace for the performance targets (TARGETS.md P2-P6):
//   bench_generate OUT.termlens [--agreements 200] [--outages 1000000] [--seed 42]
#include "workspacegenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace termlens;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a new TermLens workspace with generated agreements and outages."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("The workspace to create (must not exist)."));
    const QCommandLineOption agreementsOption(QStringLiteral("agreements"),
                                              QStringLiteral("Agreements (default 200)."),
                                              QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption outagesOption(QStringLiteral("outages"),
                                           QStringLiteral("Outages in all (default 1000000)."),
                                           QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Random seed (default 42)."),
                                        QStringLiteral("n"), QStringLiteral("42"));
    parser.addOptions({agreementsOption, outagesOption, seedOption});
    parser.process(app);

    bool agreementsOk = false, outagesOk = false, seedOk = false;
    const int agreements = parser.value(agreementsOption).toInt(&agreementsOk);
    const qint64 outages = parser.value(outagesOption).toLongLong(&outagesOk);
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (parser.positionalArguments().size() != 1 || !agreementsOk || !outagesOk || !seedOk ||
        agreements < 1 || outages < 0) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.helpText()));
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    const StorageResult<GeneratedWorkspace> made =
        generateWorkspace(parser.positionalArguments().constFirst(), agreements, outages, seed);
    if (!made.ok()) {
        std::fprintf(stderr, "bench_generate: %s\n", qPrintable(made.error.toString()));
        return 1;
    }
    std::printf("%s: %lld agreements, %lld services, %lld outages (seed %llu) in %.1f s\n",
                qPrintable(made.value->path), qlonglong(made.value->agreementIds.size()),
                qlonglong(made.value->services), qlonglong(made.value->outages),
                static_cast<unsigned long long>(seed), double(timer.nsecsElapsed()) / 1e9);
    return 0;
}
