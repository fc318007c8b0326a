// P5 (TARGETS.md): the PDF report. Times the full report (every section, charts included) of
// the sample workspace and of a generated workspace of 50 agreements, and prints the time to
// compute the figures, the time to lay out and write the PDF, its size and pages, against a
// reference measured in the same run: the same number of pages of one line of text each,
// written with the same QPdfWriter (the PDF engine's own cost per page).
//   bench_report [--agreements 50] [--outages 20000] [--seed 42] [--runs 3] [--smoke]
#include "reportwriter.h"
#include "sampleworkspace.h"
#include "workspace.h"
#include "workspacegenerator.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace termlens;

namespace {

constexpr double SampleTargetSeconds = 2.0;
constexpr qint64 SampleTargetBytes = 1024 * 1024;
constexpr double LargeTargetSeconds = 10.0;

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_report: %s\n", qPrintable(what));
    std::exit(1);
}

struct Figures
{
    double collect = 0; // s
    double render = 0;  // s
    double cpu = 0;     // s of process CPU time, both steps (others' load shows as wall - cpu)
    qint64 bytes = 0;
    int pages = 0;
};

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

Figures measure(Workspace &workspace, const ReportOptions &options)
{
    Figures f;
    const double cpuStart = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    ReportData data;
    const ReportStatus collected = collectReportData(workspace, options, {}, &data);
    if (!collected.ok())
        fail(collected.error);
    f.collect = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    QByteArray pdf;
    const ReportStatus rendered = renderReportPdf(data, {}, &pdf, &f.pages);
    if (!rendered.ok())
        fail(rendered.error);
    f.render = double(timer.nsecsElapsed()) / 1e9;
    f.cpu = cpuSeconds() - cpuStart;
    f.bytes = pdf.size();
    return f;
}

// The reference: `pages` pages of one line each through the same PDF writer.
double referencePages(int pages)
{
    QElapsedTimer timer;
    timer.start();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    QPainter painter(&writer);
    painter.setFont(QFont(QStringLiteral("DejaVu Serif"), 10));
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QPointF(300, 300), QStringLiteral("Page %1").arg(i + 1));
    }
    painter.end();
    return double(timer.nsecsElapsed()) / 1e9;
}

void report(const char *name, const QList<Figures> &runs, double target, qint64 targetBytes)
{
    const auto best =
        *std::min_element(runs.begin(), runs.end(), [](const Figures &a, const Figures &b) {
            return a.collect + a.render < b.collect + b.render;
        });
    const double total = best.collect + best.render;
    const double reference = referencePages(best.pages);
    std::printf("%s: %d pages, %.1f KB; figures %.3f s + PDF %.3f s = %.3f s (cpu %.3f s) "
                "(target <= %.0f s: %s)\n",
                name, best.pages, double(best.bytes) / 1024, best.collect, best.render, total,
                best.cpu, target, total <= target ? "met" : "MISSED");
    if (targetBytes > 0)
        std::printf("%s: size %.1f KB (target <= %.0f KB: %s)\n", name, double(best.bytes) / 1024,
                    double(targetBytes) / 1024, best.bytes <= targetBytes ? "met" : "MISSED");
    std::printf("%s: reference %d one-line pages %.3f s; report / reference = %.1f\n", name,
                best.pages, reference, reference > 0 ? total / reference : 0.0);
}

} // namespace

int main(int argc, char *argv[])
{
    // No display needed: the report is drawn on the offscreen platform, as termlens-cli does.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("P5 benchmark: the PDF report."));
    parser.addHelpOption();
    const QCommandLineOption agreements(QStringLiteral("agreements"),
                                        QStringLiteral("generated agreements"), QStringLiteral("N"),
                                        QStringLiteral("50"));
    const QCommandLineOption outages(QStringLiteral("outages"), QStringLiteral("generated outages"),
                                     QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("generator seed"),
                                  QStringLiteral("N"), QString::number(DefaultGeneratorSeed));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("runs, best counts"),
                                  QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption smoke(QStringLiteral("smoke"),
                                   QStringLiteral("small data, one run (CI)"));
    parser.addOptions({agreements, outages, seed, runs, smoke});
    parser.process(app);
    const bool small = parser.isSet(smoke);
    const int agreementCount = small ? 5 : parser.value(agreements).toInt();
    const qint64 outageCount = small ? 500 : parser.value(outages).toLongLong();
    const int runCount = small ? 1 : std::max(1, parser.value(runs).toInt());
    if (agreementCount < 1 || outageCount < 0)
        fail(parser.helpText());

    QTemporaryDir dir;
    if (!dir.isValid())
        fail(QStringLiteral("no temporary folder"));

    // The sample workspace: its outages run from May to October 2026.
    {
        auto sample = createSampleWorkspace(dir.filePath(QStringLiteral("sample.termlens")));
        if (!sample.ok())
            fail(sample.error.toString());
        ReportOptions o;
        o.from = QDate(2026, 5, 1);
        o.to = QDate(2026, 10, 1);
        o.nowUtc =
            QDateTime(QDate(2026, 11, 15), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
        o.workspaceName = QStringLiteral("sample");
        QList<Figures> figures;
        for (int i = 0; i < runCount; ++i)
            figures << measure(*sample.value, o);
        report("sample workspace", figures, SampleTargetSeconds, SampleTargetBytes);
    }

    // The generated workspace: outages over 2025.
    {
        QElapsedTimer timer;
        timer.start();
        const QString path = dir.filePath(QStringLiteral("generated.termlens"));
        const auto generated =
            generateWorkspace(path, agreementCount, outageCount, parser.value(seed).toULongLong());
        if (!generated.ok())
            fail(generated.error.toString());
        std::printf("generated %d agreements, %lld outages in %.1f s\n", agreementCount,
                    static_cast<long long>(generated.value->outages),
                    double(timer.nsecsElapsed()) / 1e9);
        auto workspace = Workspace::open(path);
        if (!workspace.ok())
            fail(workspace.error.toString());
        ReportOptions o;
        o.from = QDate(2025, 1, 1);
        o.to = QDate(2025, 12, 1);
        o.nowUtc = GeneratedYearEndUtc;
        o.workspaceName = QStringLiteral("generated");
        QList<Figures> figures;
        for (int i = 0; i < runCount; ++i)
            figures << measure(*workspace.value, o);
        const QByteArray name = QStringLiteral("%1 agreements").arg(agreementCount).toUtf8();
        report(name.constData(), figures, LargeTargetSeconds, 0);
    }
    return 0;
}
