// P4 and P6 (TARGETS.md) for the outage ledger (`termlens --view outages`):
//   P4: with 1,000,000 outages, open an agreement's ledger, scroll to the end, sort by
//       duration, filter by a month, each measured to the table's next paint (target <= 50 ms
//       each), and the rows the model holds afterwards (it must never load them all).
//   P6: peak RSS of `termlens WORKSPACE --view outages --quit-after-show` against a minimal
//       QMainWindow + QTableView (target <= 200 MB), both run as child processes.
//
//   bench_ledger [--agreements N] [--outages N] [--seed N] [--keep DIR] [--smoke]
//
// --agreements 200 (default) spreads the million outages as the P4 workspace does; with
// --agreements 1 one ledger holds all of them, the worst case for the table. --smoke: 20,000
// outages (CI keeps it running; its figures mean nothing).
#include "mainwindow.h"
#include "outageledger.h"
#include "outageledgermodel.h"
#include "outagesscreen.h"
#include "workspacegenerator.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QMainWindow>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace termlens;

namespace {

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

// The high-water mark of a live process's resident set (VmHWM), in kB; -1 once it is gone.
long highWaterKb(pid_t pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// Runs a program to its end; its peak resident set in kB (-1 when it failed). Not wait4's
// ru_maxrss: a child spawned from this big process inherits this process's high-water mark
// (vfork shares the memory until exec). VmHWM belongs to the program's own image; it is read
// every millisecond until the program exits (a high-water mark only grows, so the last reading
// is the peak up to a millisecond before exit).
long peakRssKb(const QString &program, const QStringList &arguments)
{
    QList<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &a : arguments)
        storage << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0)
        return -1;
    long peak = -1;
    int status = 0;
    for (;;) {
        const long now = highWaterKb(pid);
        if (now > peak)
            peak = now;
        const pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid)
            break;
        if (done < 0)
            return -1;
        usleep(1000);
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return peak;
}

// The P6 reference: the smallest Qt Widgets window with a table, shown and painted.
int minimalWindow(QApplication &app)
{
    QMainWindow window;
    QStandardItemModel model(20, 8);
    auto *table = new QTableView(&window);
    table->setModel(&model);
    window.setCentralWidget(table);
    window.resize(1440, 900);
    window.show();
    QTimer::singleShot(0, &app, [&] {
        window.repaint();
        app.quit();
    });
    return app.exec();
}

// Time of `step` up to the table's viewport painted again (synchronously).
template <typename Step> qint64 timed(QTableView *table, Step step)
{
    QElapsedTimer clock;
    clock.start();
    step();
    table->viewport()->repaint();
    return clock.nsecsElapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--minimal-window") == 0) {
            QApplication app(argc, argv);
            return minimalWindow(app);
        }
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("P4/P6: the outage ledger with 1 M outages"));
    parser.addHelpOption();
    const QCommandLineOption agreementsOption(QStringLiteral("agreements"),
                                              QStringLiteral("agreements (200)"),
                                              QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption outagesOption(QStringLiteral("outages"),
                                           QStringLiteral("outages (1000000)"), QStringLiteral("N"),
                                           QStringLiteral("1000000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("seed (42)"),
                                        QStringLiteral("N"), QStringLiteral("42"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("keep (or reuse) the workspace in DIR"),
                                        QStringLiteral("DIR"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"), QStringLiteral("20,000 rows"));
    parser.addOptions({agreementsOption, outagesOption, seedOption, keepOption, smokeOption});
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    const int agreements = parser.value(agreementsOption).toInt();
    const qint64 outages = smoke ? 20000 : parser.value(outagesOption).toLongLong();
    const quint64 seed = parser.value(seedOption).toULongLong();

    QTemporaryDir temporary;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
    const QString path =
        dir + QStringLiteral("/ledger-%1-%2-%3.termlens").arg(agreements).arg(outages).arg(seed);
    if (!QFile::exists(path)) {
        QElapsedTimer generation;
        generation.start();
        const auto generated = generateWorkspace(path, agreements, outages, seed);
        if (!generated.ok()) {
            std::fprintf(stderr, "bench_ledger: %s\n", qPrintable(generated.error.toString()));
            return 1;
        }
        std::printf("generated %lld outages over %d agreements in %.1f s\n",
                    static_cast<long long>(generated.value->outages), agreements,
                    double(generation.elapsed()) / 1000);
    }

    std::printf("P4 outage ledger%s: %lld outages, %d agreements (seed %llu)\n",
                smoke ? " (smoke run: figures not comparable with the target)" : "",
                static_cast<long long>(outages), agreements, static_cast<unsigned long long>(seed));
    QString busiest;
    qint64 busiestCount = 0;
    {
        MainWindow window;
        window.setRemembersSession(false);
        if (!window.openWorkspace(path))
            return 1;
        window.resize(1440, 900);
        window.show();
        window.showScreen(QStringLiteral("outages"));
        auto *screen = qobject_cast<OutagesScreen *>(window.screenPage(QStringLiteral("outages")));
        QTableView *table = screen->table();
        OutageLedgerModel *model = screen->model();
        QCoreApplication::processEvents();
        // The agreement with the most outages (what the table has to cope with): the screen's
        // combo lists them all.
        auto *agreementBox = screen->findChild<QComboBox *>(QStringLiteral("ledgerAgreement"));
        for (int i = 0; agreementBox && i < agreementBox->count(); ++i) {
            screen->selectAgreement(agreementBox->itemData(i).toString());
            if (model->rowCount() > busiestCount) {
                busiestCount = model->rowCount();
                busiest = agreementBox->itemData(i).toString();
            }
        }
        screen->selectAgreement(agreementBox->itemData(0).toString() == busiest
                                    ? agreementBox->itemData(1).toString()
                                    : agreementBox->itemData(0).toString());
        table->viewport()->repaint();

        const qint64 open = timed(table, [&] { screen->selectAgreement(busiest); });
        const qint64 pagesAfterOpen = model->pagesRead();
        const qint64 end = timed(table, [&] { table->scrollToBottom(); });
        const qint64 pagesAfterEnd = model->pagesRead();
        const qint64 sortDuration = timed(table, [&] {
            table->sortByColumn(OutageLedgerModel::DurationColumn, Qt::DescendingOrder);
        });
        const qint64 sortEnd = timed(
            table, [&] { table->sortByColumn(OutageLedgerModel::EndColumn, Qt::AscendingOrder); });
        const qint64 endAgain = timed(table, [&] { table->scrollToBottom(); });
        const qint64 middle = timed(table, [&] {
            table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
        });
        auto *month = screen->findChild<QComboBox *>(QStringLiteral("ledgerMonth"));
        const qint64 filterMonth =
            timed(table, [&] { month->setCurrentIndex(month->count() > 6 ? 6 : 1); });
        const qint64 monthRows = model->rowCount();
        const qint64 sortStart = timed(table, [&] {
            table->sortByColumn(OutageLedgerModel::StartColumn, Qt::AscendingOrder);
        });
        const qint64 sortNotes = timed(table, [&] {
            month->setCurrentIndex(0);
            table->sortByColumn(OutageLedgerModel::NotesColumn, Qt::AscendingOrder);
        });
        const auto line = [](const char *what, qint64 ns) {
            std::printf("  %-46s %9.2f ms%s\n", what, ms(ns), ms(ns) <= 50 ? "" : "  - MISSED");
        };
        std::printf("busiest agreement %s: %lld outages\n", qPrintable(busiest),
                    static_cast<long long>(busiestCount));
        line("open its ledger (count + first page, painted)", open);
        line("scroll to the end", end);
        line("sort by duration (descending)", sortDuration);
        line("sort by end", sortEnd);
        line("scroll to the end again", endAgain);
        line("jump to the middle", middle);
        line("filter to one month", filterMonth);
        line("sort that month by start", sortStart);
        std::printf("  %-46s %9.2f ms (no index: sorts the agreement's rows)\n",
                    "all months, sort by notes", ms(sortNotes));
        std::printf("  month filter kept %lld rows\n", static_cast<long long>(monthRows));
        std::printf("  pages read: %lld to open, %lld after the end; rows held now %lld of %lld "
                    "(page %d rows, at most %d pages)\n",
                    static_cast<long long>(pagesAfterOpen), static_cast<long long>(pagesAfterEnd),
                    static_cast<long long>(model->cachedRows()),
                    static_cast<long long>(model->rowCount()), OutageLedgerModel::PageSize,
                    OutageLedgerModel::MaxCachedPages);
        const qint64 worst =
            std::max({open, end, sortDuration, sortEnd, endAgain, middle, filterMonth, sortStart});
        std::printf("\n== P4 summary%s ==\nP4 ledger: worst %.2f ms (target <= 50 ms), never "
                    "more than %lld rows held\n",
                    smoke ? " (smoke run)" : "", ms(worst),
                    static_cast<long long>(OutageLedgerModel::PageSize) *
                        OutageLedgerModel::MaxCachedPages);
    }

    // P6: both programs as children, each measured by wait4.
    const QString program =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../app/termlens");
    const long reference =
        peakRssKb(QCoreApplication::applicationFilePath(), {QStringLiteral("--minimal-window")});
    const long ours = peakRssKb(program, {path, QStringLiteral("--view"), QStringLiteral("outages"),
                                          QStringLiteral("--quit-after-show")});
    if (reference < 0 || ours < 0) {
        std::fprintf(stderr, "bench_ledger: could not run %s or the reference window\n",
                     qPrintable(program));
        return 1;
    }
    std::printf("\n== P6 summary%s ==\nP6 peak RSS: termlens %.1f MB, minimal QMainWindow + "
                "QTableView %.1f MB, ratio %.2f (target <= 200 MB)%s\n",
                smoke ? " (smoke run)" : "", double(ours) / 1024, double(reference) / 1024,
                double(ours) / double(std::max(reference, 1L)),
                ours <= 200 * 1024 ? "" : " - MISSED");
    return 0;
}
