// P1 (TARGETS.md): import 1,000,000 outage rows of native CSV, fully validated, into a fresh
// workspace, against the practical floor: the sqlite3 command line's `.import --csv` of the
// same file into an equivalent table (the same seven columns and the same five indexes as
// `outages`: identity, start, and the ledger's end, duration and category; no validation),
// measured in the same run.
//
//   bench_import [--rows N] [--seed N] [--keep DIR] [--smoke]
//
// --smoke: 2,000 rows (CI keeps it building and running; its figures mean nothing).
#include "instant.h"
#include "outagecsv.h"
#include "outageimport.h"
#include "workspace.h"
#include "workspacegenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <random>

using namespace termlens;

namespace {

struct Span
{
    qint64 wall = 0; // ns
    qint64 cpu = 0;  // ns of this process (the sqlite3 child's CPU is not in it)
};

qint64 cpuNow()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

class Stopwatch
{
public:
    Stopwatch()
        : m_cpu(cpuNow())
    {
        m_wall.start();
    }
    Span elapsed() const { return {m_wall.nsecsElapsed(), cpuNow() - m_cpu}; }

private:
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}

// Deterministic rows over 2025: five services, 88 % unplanned, the rest maintenance with
// notice or other categories; some notes quoted with commas; every reference unique, so no
// row is a duplicate of another and both sides store every row.
QByteArray generateCsv(qint64 rows, quint64 seed)
{
    std::mt19937_64 random(seed);
    const char *services[] = {"Platform", "API", "Dashboard", "Search", "Logs \"EU\""};
    const char *categories[] = {"unplanned",   "emergency-maintenance", "hosting-provider",
                                "third-party", "customer-cause",        "internet"};
    QByteArray csv = "service,start,end,category,notice_given,reference,notes\n";
    csv.reserve(rows * 110);
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 start =
            GeneratedYearStartUtc +
            qint64(random() % quint64(GeneratedYearEndUtc - GeneratedYearStartUtc));
        const qint64 length = 60 + qint64(random() % 7200);
        const unsigned kind = unsigned(random() % 100);
        const unsigned service = unsigned(random() % 5);
        csv += service == 4 ? "\"Logs \"\"EU\"\"\"" : services[service];
        csv += ',';
        csv += formatInstantUtc(start).toLatin1();
        csv += ',';
        if (kind != 0) // 1 % ongoing
            csv += formatInstantUtc(start + length).toLatin1();
        csv += ',';
        if (kind < 88) {
            csv += "unplanned,,";
        } else if (kind < 94) {
            csv += "scheduled-maintenance,";
            csv += formatInstantWithOffset(start - 86400 * qint64(1 + random() % 14), -21600)
                       .toLatin1();
            csv += ',';
        } else {
            csv += categories[random() % 6];
            csv += ",,";
        }
        csv += "INC-";
        csv += QByteArray::number(i + 1);
        csv += kind % 3 == 0 ? ",\"API 502s, EU region\"\n" : ",\n";
    }
    return csv;
}

// The reference: sqlite3's own CSV import in one transaction, with the workspace's durability
// settings (rollback journal, synchronous=FULL).
std::optional<Span> sqliteImport(const QString &csvPath, const QString &dbPath)
{
    const QByteArray script =
        "PRAGMA journal_mode=DELETE;\n"
        "PRAGMA synchronous=FULL;\n"
        // The same page cache as storeOutageImport gives a large import: with SQLite's default
        // 2 MB, five indexes over a million rows make sqlite3 re-read its index pages from disk.
        "PRAGMA cache_size=-65536;\n"
        "CREATE TABLE ref (service TEXT NOT NULL, start TEXT NOT NULL,"
        " \"end\" TEXT, category TEXT NOT NULL, notice_given TEXT,"
        " reference TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '');\n"
        "CREATE UNIQUE INDEX ref_identity ON ref (service, start,"
        " COALESCE(\"end\", -1), category, reference);\n"
        "CREATE INDEX ref_by_start ON ref (start);\n"
        // The ledger's sort indexes of schema version 2 (schema.cpp), over the same columns.
        "CREATE INDEX ref_by_end ON ref (COALESCE(\"end\", '9999'));\n"
        "CREATE INDEX ref_by_duration ON ref (substr(COALESCE(\"end\", '9999'), 12) || start);\n"
        "CREATE INDEX ref_by_category ON ref (category, start);\n"
        ".import --csv --skip 1 '" +
        csvPath.toUtf8() + "' ref\n";
    QProcess sqlite;
    const Stopwatch watch;
    sqlite.start(QStringLiteral("sqlite3"), {dbPath});
    if (!sqlite.waitForStarted()) {
        std::fprintf(stderr, "bench_import: cannot run sqlite3 (package sqlite3)\n");
        return std::nullopt;
    }
    sqlite.write(script);
    sqlite.closeWriteChannel();
    sqlite.waitForFinished(-1);
    const Span span = watch.elapsed();
    if (sqlite.exitCode() != 0 || !sqlite.readAllStandardError().isEmpty()) {
        std::fprintf(stderr, "bench_import: sqlite3 failed\n");
        return std::nullopt;
    }
    return span;
}

struct ImportTimes
{
    Span read, parse, store, total;
    qsizetype inserted = 0;
};

std::optional<ImportTimes> termlensImport(const QString &csvPath, const QString &workspacePath,
                                          const QString &agreementId)
{
    ImportTimes t;
    const Stopwatch total;
    auto workspace = Workspace::open(workspacePath);
    if (!workspace.ok()) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(workspace.error.toString()));
        return std::nullopt;
    }
    Stopwatch step;
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    t.read = step.elapsed();
    step = Stopwatch();
    const OutageParseResult parsed = parseNativeOutageCsv(bytes, agreementId);
    t.parse = step.elapsed();
    if (!parsed.issues.isEmpty()) {
        std::fprintf(stderr, "bench_import: %s\n",
                     qPrintable(describeImportIssue(parsed.issues.first())));
        return std::nullopt;
    }
    step = Stopwatch();
    const ImportBatch batch = makeImportBatch(agreementId, csvPath, bytes, parsed.rows, 0);
    const auto stored = storeOutageImport(workspace.value->database(), workspace.value->path(),
                                          batch, parsed.outages);
    t.store = step.elapsed();
    if (!stored.ok()) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(stored.error.toString()));
        return std::nullopt;
    }
    t.inserted = stored.value->inserted;
    workspace.value->close();
    t.total = total.elapsed();
    return t;
}

void printSpan(const char *label, const Span &s)
{
    std::printf("  %-28s %8.3f s (cpu %.3f s)\n", label, seconds(s.wall), seconds(s.cpu));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("P1: outage import against sqlite3 .import"));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("rows (1000000)"),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("seed (42)"),
                                        QStringLiteral("N"), QStringLiteral("42"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("write the files into DIR and keep them"),
                                        QStringLiteral("DIR"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"), QStringLiteral("2,000 rows"));
    parser.addOptions({rowsOption, seedOption, keepOption, smokeOption});
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    const qint64 rows = smoke ? 2000 : parser.value(rowsOption).toLongLong();
    const quint64 seed = parser.value(seedOption).toULongLong();

    QTemporaryDir temporary;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
    const QString csvPath = dir + QStringLiteral("/outages.csv");
    const QString workspacePath = dir + QStringLiteral("/import.termlens");
    const QString referencePath = dir + QStringLiteral("/reference.sqlite");
    for (const QString &p : {csvPath, workspacePath, referencePath})
        QFile::remove(p);

    const QByteArray csv = generateCsv(rows, seed);
    QFile out(csvPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size())
        return 1;
    out.close();
    const auto generated = generateWorkspace(workspacePath, 1, 0, seed);
    if (!generated.ok()) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(generated.error.toString()));
        return 1;
    }
    std::printf("P1 import%s: %lld rows, %.1f MB of native CSV (seed %llu)\n",
                smoke ? " (smoke run: figures not comparable with the target)" : "",
                static_cast<long long>(rows), double(csv.size()) / 1e6,
                static_cast<unsigned long long>(seed));

    const auto reference = sqliteImport(csvPath, referencePath);
    const auto ours = termlensImport(csvPath, workspacePath, generated.value->agreementIds.first());
    if (!reference || !ours)
        return 1;
    std::printf("reference: sqlite3 .import --csv (no validation)\n");
    printSpan("total (wall; cpu of sqlite3 not shown)", *reference);
    std::printf("TermLens: read + validate + store in one transaction, %lld rows stored\n",
                static_cast<long long>(ours->inserted));
    printSpan("read file", ours->read);
    printSpan("parse and validate", ours->parse);
    printSpan("store", ours->store);
    printSpan("total (open to close)", ours->total);
    const double ratio = double(ours->total.wall) / double(std::max<qint64>(reference->wall, 1));
    std::printf("\n== P1 summary%s ==\n", smoke ? " (smoke run)" : "");
    std::printf("P1 import: %.3f s, reference %.3f s, ratio %.2f (target <= 1.5)%s\n",
                seconds(ours->total.wall), seconds(reference->wall), ratio,
                ratio <= 1.5 ? "" : " - MISSED");
    return ours->inserted == rows ? 0 : 1;
}
