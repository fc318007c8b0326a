#include "cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

// `report` draws the PDF with QPainter, which needs QGuiApplication. The command line never
// opens a window, so it takes the offscreen platform whatever QT_QPA_PLATFORM says: it then
// runs on a headless server as well as on a desktop. The other commands stay without the
// graphics layer.
bool wantsReport(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "report") == 0)
            return true;
        if (qstrcmp(argv[i], "--") == 0)
            break;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsReport(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("TermLens"));
    QCoreApplication::setApplicationName(QStringLiteral("TermLens"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return termlens::runCli(QCoreApplication::arguments(), out, err);
}
