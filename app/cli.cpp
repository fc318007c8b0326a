#include "cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cerrno>
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
    const int code = termlens::runCli(QCoreApplication::arguments(), out, err);
    out.flush();
    // A result that could not be printed (a full disk behind a redirection, a closed pipe) is
    // not a success: say so on stderr and exit 1, as other command-line tools do.
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        const int reason = errno;
        err << QCoreApplication::translate("Cli",
                                           "termlens-cli: could not write to standard output: %1")
                   .arg(reason != 0 ? qt_error_string(reason)
                                    : QCoreApplication::translate("Cli", "the write failed"))
            << Qt::endl;
        return code == 0 ? 1 : code;
    }
    return code;
}
