#include "appicon.h"
#include "firstpaintwatcher.h"
#include "mainwindow.h"
#include "sampleworkspace.h"
#include "viewregistry.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace termlens;

namespace {

struct Options
{
    QString workspace;
    QString view;
    QString screenshot;
    bool quitAfterShow = false;
};

void printError(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

// Bad usage exits with 2, as termlens-cli does; --help and --version exit 0.
std::optional<Options> parseOptions(const QApplication &app, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Compare SaaS agreements and compute the service credits they owe."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("workspace"),
        QApplication::translate("main", "The workspace file to open (default: the last one)."),
        QStringLiteral("[WORKSPACE-FILE]"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QApplication::translate("main", "Open on one screen: %1.")
                                      .arg(screenNames().join(QStringLiteral(", "))),
                                  QStringLiteral("NAME"));
    const QCommandLineOption quit(
        QStringLiteral("quit-after-show"),
        QApplication::translate("main", "Exit once the main window has been shown and painted."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save the main window as a PNG after it is painted, "
                                        "then exit."),
        QStringLiteral("FILE.png"));
    parser.addOptions({view, quit, screenshot});
    *exitCode = 2;
    if (!parser.parse(QApplication::arguments())) {
        printError(parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.positionalArguments().size() > 1) {
        printError(QApplication::translate("main", "Give at most one workspace file."));
        return std::nullopt;
    }
    Options options{parser.positionalArguments().value(0), parser.value(view),
                    parser.value(screenshot), parser.isSet(quit)};
    if (parser.isSet(view) && !isKnownScreen(options.view)) {
        printError(QApplication::translate("main", "Unknown view “%1”. Views: %2.")
                       .arg(options.view, screenNames().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    Q_UNUSED(app);
    *exitCode = 0;
    return options;
}

// The named file; else the last session's workspace; else (first launch, or that file is
// gone) the sample workspace at the default place, created there if it does not exist yet.
void openStartupWorkspace(MainWindow &window, const QString &named)
{
    if (!named.isEmpty()) {
        window.openWorkspace(named);
        return;
    }
    const QString last = MainWindow::lastSessionWorkspace();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        window.openWorkspace(last);
        return;
    }
    const QString path = defaultWorkspacePath();
    StorageResult<Workspace> sample = openOrCreateSampleWorkspace(path);
    if (!sample.ok()) {
        window.showError(QApplication::translate("main", "Could not open the workspace"),
                         QApplication::translate("main", "Could not open or create the sample "
                                                         "workspace.\n\n%1\n\nFile: %2")
                             .arg(sample.error.message, path));
        return;
    }
    window.adoptWorkspace(std::move(*sample.value));
}

// 1440 x 900 at most, never more than the screen can show. The offscreen platform has no real
// screen, so screenshots get the full size.
void setDefaultSize(MainWindow &window)
{
    QSize size(1440, 900);
    if (QGuiApplication::platformName() != QStringLiteral("offscreen") && window.screen()) {
        const QRect available = window.screen()->availableGeometry();
        size = size.boundedTo(available.size() * 0.92);
        window.resize(size);
        window.move(available.center() - window.rect().center());
        return;
    }
    window.resize(size);
}

void exitAfterFirstPaint(MainWindow &window, const Options &options)
{
    auto *watcher = new FirstPaintWatcher(&window, &window);
    QObject::connect(watcher, &FirstPaintWatcher::painted, &window, [&window, options] {
        if (options.screenshot.isEmpty()) {
            QCoreApplication::exit(0);
            return;
        }
        if (!window.grab().save(options.screenshot, "PNG")) {
            printError(QApplication::translate("main", "Could not save the screenshot %1.")
                           .arg(options.screenshot));
            QCoreApplication::exit(1);
            return;
        }
        QCoreApplication::exit(0);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TermLens"));
    QApplication::setApplicationName(QStringLiteral("TermLens"));
    QApplication::setApplicationVersion(QStringLiteral(TERMLENS_VERSION));
    // The installed desktop entry's id: desktops match windows to it (Wayland's app id).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.termlens.TermLens"));
    QApplication::setWindowIcon(applicationIcon());

    int exitCode = 0;
    const std::optional<Options> options = parseOptions(app, &exitCode);
    if (!options)
        return exitCode;
    const bool transient = options->quitAfterShow || !options->screenshot.isEmpty();

    MainWindow window;
    window.setRemembersSession(!transient);
    if (transient || !window.restoreLayout())
        setDefaultSize(window);
    openStartupWorkspace(window, options->workspace);
    window.showScreen(options->view.isEmpty() ? window.currentScreen() : options->view);
    if (transient)
        exitAfterFirstPaint(window, *options);
    window.show();
    return QApplication::exec();
}
