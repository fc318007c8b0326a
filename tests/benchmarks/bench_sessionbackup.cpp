// How long the desktop window is blocked by the session backup it takes after opening a
// workspace (issue 7).
//
//   bench_sessionbackup WORKSPACE   a copy of a large workspace (backups are written beside it
//                                   and removed again; the file itself is only read)
//   bench_sessionbackup --smoke     a generated workspace of about 24 MiB (CI keeps it running;
//                                   its figures mean little)
//
// Reference, measured in the same run: the backup as the window took it before, on the GUI
// thread (writeWorkspaceBackup: VACUUM INTO, fsync, integrity_check of the copy). Then the
// window as it is now: MainWindow::openWorkspace with the copy on a worker thread, timed against
// the same call with no backup at all (a run that remembers nothing), and the longest gap
// between two ticks of a 5 ms timer while the copy runs: the longest the window could not
// repaint or react (the first gap, the window painting the workspace just opened, is shown
// apart, with and without a backup).
#include "mainwindow.h"
#include "migrations.h"
#include "sessionbackup.h"
#include "workspace.h"
#include "workspacebackup.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace termlens;

namespace {

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

QSet<QString> backupsOf(const QString &file)
{
    QSet<QString> paths;
    for (const WorkspaceBackup &b : listWorkspaceBackups(file))
        paths.insert(b.path);
    return paths;
}

// Removes the backups this run wrote, so the next run starts from the same state.
void removeNewBackups(const QString &file, const QSet<QString> &before)
{
    for (const QString &path : backupsOf(file)) {
        if (!before.contains(path))
            QFile::remove(path);
    }
}

// The largest gap between ticks of a 5 ms timer: how long the event loop was held up.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_first < 0)
                m_first = now - m_last; // the window's first paint after opening
            else
                m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_first = -1;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    // The first gap: the window laying out and painting the workspace just opened.
    qint64 firstNs() const { return std::max<qint64>(m_first, 0); }
    // The longest gap after the first.
    qint64 longestNs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_first = -1;
};

QString smokeWorkspace(const QTemporaryDir &dir)
{
    const QString file = dir.filePath(QStringLiteral("smoke.termlens"));
    StorageResult<Workspace> ws = Workspace::create(file);
    if (!ws.ok())
        qFatal("%s", qPrintable(ws.error.toString()));
    for (int i = 0; i < 48; ++i)
        ws.value->setSetting(QStringLiteral("filler%1").arg(i), QString(512 * 1024, u'f'));
    return file;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window's recent files go to a test folder
    const QStringList args = app.arguments().mid(1);
    QTemporaryDir smokeDir;
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    const QString file =
        smoke ? smokeWorkspace(smokeDir)
              : (args.isEmpty() ? QString() : QFileInfo(args.first()).absoluteFilePath());
    if (file.isEmpty() || !QFileInfo::exists(file)) {
        std::fprintf(stderr, "usage: bench_sessionbackup WORKSPACE | --smoke\n");
        return 2;
    }
    const QSet<QString> before = backupsOf(file);
    std::printf("workspace: %s, %.1f MiB\n", qPrintable(file),
                double(QFileInfo(file).size()) / (1024.0 * 1024.0));

    // Warm the page cache once, so neither side pays the first read.
    {
        StorageResult<Workspace> ws = Workspace::open(file);
        if (!ws.ok())
            qFatal("%s", qPrintable(ws.error.toString()));
        QFile f(file);
        if (f.open(QIODevice::ReadOnly)) {
            while (!f.read(1 << 22).isEmpty()) {
            }
        }
    }

    // Before: the backup on the GUI thread, as backUpSession() used to take it.
    qint64 syncNs = 0;
    {
        StorageResult<Workspace> ws = Workspace::open(file);
        if (!ws.ok())
            qFatal("%s", qPrintable(ws.error.toString()));
        const StorageResult<int> version = Migrations::userVersion(ws.value->database(), file);
        QElapsedTimer clock;
        clock.start();
        const StorageResult<QString> backup =
            writeWorkspaceBackup(ws.value->database(), file, *version.value);
        syncNs = clock.nsecsElapsed();
        if (!backup.ok())
            qFatal("%s", qPrintable(backup.error.toString()));
        removeNewBackups(file, before);
    }
    std::printf("before: backup on the GUI thread (VACUUM INTO + check)  %9.1f ms blocked\n",
                ms(syncNs));

    // The window opening the workspace without any backup: the part that is not the backup's.
    qint64 openPlainNs = 0;
    qint64 firstPaintPlainNs = 0;
    qint64 stallPlainNs = 0;
    {
        MainWindow window;
        window.setRemembersSession(false);
        window.show();
        app.processEvents();
        StallMeter stalls;
        QElapsedTimer clock;
        clock.start();
        if (!window.openWorkspace(file))
            qFatal("the workspace does not open");
        openPlainNs = clock.nsecsElapsed();
        stalls.start();
        QEventLoop loop;
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        loop.exec();
        stalls.stop();
        firstPaintPlainNs = stalls.firstNs();
        stallPlainNs = stalls.longestNs();
    }

    // After: the window opening it with the backup on a worker thread.
    qint64 openNs = 0;
    qint64 firstPaintNs = 0;
    qint64 stallNs = 0;
    qint64 copyNs = 0;
    int progressNotices = 0;
    bool ok = false;
    {
        MainWindow window;
        window.show();
        app.processEvents();
        QEventLoop loop;
        QObject::connect(window.sessionBackup(), &SessionBackup::progressed, &loop,
                         [&progressNotices] { ++progressNotices; });
        QObject::connect(window.sessionBackup(), &SessionBackup::finished, &loop,
                         [&](const StorageResult<QString> &result) {
                             ok = result.ok();
                             if (!ok)
                                 std::fprintf(stderr, "%s\n", qPrintable(result.error.toString()));
                             loop.quit();
                         });
        StallMeter stalls;
        QElapsedTimer clock;
        clock.start();
        if (!window.openWorkspace(file))
            qFatal("the workspace does not open");
        openNs = clock.nsecsElapsed();
        if (!window.sessionBackup()->isRunning())
            qFatal("no backup was started (is there an up-to-date one beside the file?)");
        stalls.start();
        loop.exec();
        stalls.stop();
        firstPaintNs = stalls.firstNs();
        stallNs = stalls.longestNs();
        copyNs = clock.nsecsElapsed() - openNs;
        window.close();
    }
    removeNewBackups(file, before);
    if (!ok)
        return 1;

    std::printf("window without a backup: openWorkspace() %.1f ms, first paint %.1f ms, "
                "longest stall in 2 s after %.1f ms\n",
                ms(openPlainNs), ms(firstPaintPlainNs), ms(stallPlainNs));
    std::printf("after:  openWorkspace() with the backup on a worker     %9.1f ms "
                "(%+.1f ms against none), first paint %.1f ms\n",
                ms(openNs), ms(openNs - openPlainNs), ms(firstPaintNs));
    std::printf("after:  longest event-loop stall while it copies        %9.1f ms "
                "(copy took %.1f ms, %d progress updates)\n",
                ms(stallNs), ms(copyNs), progressNotices);
    // Blocked by the backup now: what openWorkspace() takes beyond the same call without one
    // (the due check), plus the longest stall while the worker copies.
    const double blockedAfter = double(std::max<qint64>(openNs - openPlainNs, 0) + stallNs);
    std::printf("after:  blocked by the backup (extra open + longest stall) %6.1f ms\n",
                ms(qint64(blockedAfter)));
    std::printf("ratio:  blocked before / after                          %9.1f x\n",
                blockedAfter > 0 ? double(syncNs) / blockedAfter : 0.0);
    return 0;
}
