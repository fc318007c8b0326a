// P2 (TARGETS.md): availability + credits for 50 agreements x 12 months over 1,000,000 stored
// outages. Prints the engine alone (intervals per second), end to end from the workspace, and
// the two references measured in the same run: merely reading the rows from SQLite, and a
// straightforward single-pass sum of clipped durations over the same in-memory data.
//   bench_engine [--agreements 50] [--outages 1000000] [--seed 42] [--db FILE] [--runs 3]
//                [--itemised N] [--smoke]
#include "agreementrepository.h"
#include "availability.h"
#include "credits.h"
#include "month.h"
#include "monthlycredits.h"
#include "outagescan.h"
#include "subscriptionrepository.h"
#include "workspace.h"
#include "workspacegenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <limits>
#include <string>

using namespace termlens;

namespace {

constexpr int Year = 2025;
// After every generated outage has ended: nothing is counted as ongoing.
constexpr qint64 NowUtc = GeneratedYearEndUtc;
constexpr double TargetEndToEndSeconds = 1.0;
constexpr double TargetIntervalsPerSecond = 10e6;
constexpr qint64 RepeatBudget = 4000000000; // ns

struct Options
{
    int agreements = 50;
    qint64 outages = 1000000;
    quint64 seed = DefaultGeneratorSeed;
    QString db;
    int runs = 3;
    int itemised = AvailabilityInput().itemisedLimit;
    bool smoke = false;
};

struct Agreement
{
    TermSheet sheet;
    Subscription subscription;
    const Availability &rules() const { return *sheet.terms.availability; }
};

// One agreement's month, its outages split by service (in the subscription's order).
struct Slice
{
    const Agreement *agreement = nullptr;
    MonthPeriod period;
    QList<QList<Outage>> perService;
};

// Kept so that nothing computed can be optimised away, and printed as a sanity check.
struct Totals
{
    qint64 calls = 0;
    qint64 records = 0;
    qint64 missed = 0;
    qint64 creditMinor = 0;
    qint64 workingLines = 0;
    Decimal downtime;
};

// Wall-clock and process CPU time, in nanoseconds. The machines are shared: when others load
// them, the CPU time shows what the wall clock hides.
struct Span
{
    qint64 wall = 0;
    qint64 cpu = 0;
    Span &operator+=(const Span &o)
    {
        wall += o.wall;
        cpu += o.cpu;
        return *this;
    }
};

qint64 cpuNow()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + qint64(ts.tv_nsec);
}

class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = cpuNow();
    }
    Span elapsed() const { return {m_wall.nsecsElapsed(), cpuNow() - m_cpu}; }

private:
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

struct Phases
{
    Span open, credits, total;
};

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_engine: %s\n", qPrintable(what));
    std::exit(1);
}

double seconds(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e9;
}

// "0.412 s (cpu 0.398 s)"
std::string timeText(const Span &s)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.3f s (cpu %.3f s)", seconds(s.wall), seconds(s.cpu));
    return text;
}

// "1,000,000" (built backwards: GCC 12 warns falsely on std::string::insert at -O3).
std::string grouped(qint64 n)
{
    const std::string digits = std::to_string(n < 0 ? -n : n);
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return n < 0 ? "-" + out : out;
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("P2 benchmark: availability and credits."));
    parser.addHelpOption();
    const auto option = [](const char *name, const char *help, const char *fallback) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                  QStringLiteral("n"), QString::fromLatin1(fallback));
    };
    const QCommandLineOption agreements = option("agreements", "Agreements to generate.", "50");
    const QCommandLineOption outages = option("outages", "Outages to generate.", "1000000");
    const QCommandLineOption seed = option("seed", "Generator seed.", "42");
    const QCommandLineOption runs = option("runs", "Runs of each measurement (best kept).", "3");
    const QCommandLineOption itemised(
        QStringLiteral("itemised"), QStringLiteral("Working lines itemised per kind."),
        QStringLiteral("n"), QString::number(AvailabilityInput().itemisedLimit));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Use this workspace (generated there if missing)."),
                                QStringLiteral("file"));
    const QCommandLineOption smoke(QStringLiteral("smoke"),
                                   QStringLiteral("Tiny run: 2 agreements, 2,000 outages, 1 run."));
    parser.addOptions({agreements, outages, seed, runs, itemised, db, smoke});
    parser.process(app);
    Options o;
    bool ok[5] = {};
    o.agreements = parser.value(agreements).toInt(&ok[0]);
    o.outages = parser.value(outages).toLongLong(&ok[1]);
    o.seed = parser.value(seed).toULongLong(&ok[2]);
    o.runs = parser.value(runs).toInt(&ok[3]);
    o.itemised = parser.value(itemised).toInt(&ok[4]);
    o.db = parser.value(db);
    o.smoke = parser.isSet(smoke);
    if (o.smoke) {
        o.agreements = 2;
        o.outages = 2000;
        o.runs = 1;
    }
    if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) || o.agreements < 1 ||
        o.outages < 0 || o.runs < 1 || o.itemised < 0)
        fail(parser.helpText());
    return o;
}

QList<Agreement> loadAgreements(Workspace &workspace)
{
    const auto summaries = AgreementRepository(workspace).list();
    if (!summaries.ok())
        fail(summaries.error.toString());
    QList<Agreement> agreements;
    for (const AgreementSummary &summary : *summaries.value) {
        const auto sheet = AgreementRepository(workspace).load(summary.id);
        const auto subscription = SubscriptionRepository(workspace).load(summary.id);
        if (!sheet.ok() || !subscription.ok())
            fail(sheet.ok() ? subscription.error.toString() : sheet.error.toString());
        // Without availability terms or services there is nothing to compute.
        if (!*sheet.value || !(*sheet.value)->terms.availability || !*subscription.value)
            continue;
        agreements.append({**sheet.value, **subscription.value});
    }
    return agreements;
}

MonthPeriod periodOf(const Agreement &a, int month)
{
    return monthPeriod(Year, month, a.sheet.timeZone, a.rules().monthLength);
}

// The agreement's outages of the month (from its year's scan), split by service in one pass.
QList<QList<Outage>> splitMonth(const QList<Outage> &year, const Agreement &a,
                                const MonthPeriod &period)
{
    const QList<ServiceFee> &services = a.subscription.services;
    QList<QList<Outage>> perService(services.size());
    for (const Outage &o : year) {
        const qint64 end = o.end.value_or(std::numeric_limits<qint64>::max());
        if (o.start >= period.endUtc || (end <= period.startUtc && o.start < period.startUtc))
            continue;
        for (qsizetype k = 0; k < services.size(); ++k) {
            if (services.at(k).service == o.service) {
                perService[k].append(o);
                break;
            }
        }
    }
    return perService;
}

void computeSlice(const Agreement &a, const MonthPeriod &period,
                  const QList<QList<Outage>> &perService, int itemised, Totals &totals)
{
    for (qsizetype k = 0; k < perService.size(); ++k) {
        AvailabilityInput input;
        input.rules = &a.rules();
        input.period = period;
        input.service = a.subscription.services.at(k).service;
        input.nowUtc = NowUtc;
        input.itemisedLimit = itemised;
        const QList<Outage> &outages = perService.at(k);
        CreditInput credit;
        credit.rules = input.rules;
        credit.availability = computeAvailability(input, outages);
        credit.fee = creditFee(a.rules(), a.subscription, input.service, std::nullopt).fee;
        const CreditResult result = computeCredit(credit);
        if (!credit.availability.isValid() || !result.isValid())
            fail(credit.availability.error + result.error);
        ++totals.calls;
        totals.records += outages.size();
        totals.downtime = totals.downtime + credit.availability.downtimeSeconds;
        totals.missed += credit.availability.targetMet ? 0 : 1;
        totals.creditMinor += result.creditAmount ? result.creditAmount->minorUnits() : 0;
        totals.workingLines +=
            credit.availability.working.lines().size() + result.working.lines().size();
    }
}

// (2) What the app, the report and the CLI do: open the workspace, then for each agreement its
// twelve months through computeMonthlyCreditsSeries (term sheet, subscription and fees from the
// store, one outage scan for the year, summary working).
Phases endToEnd(const QString &path, Totals &totals)
{
    Phases p;
    const Stopwatch total;
    StorageResult<Workspace> opened = Workspace::open(path);
    if (!opened.ok())
        fail(opened.error.toString());
    Workspace &workspace = *opened.value;
    p.open = total.elapsed();
    const Stopwatch step;
    const auto summaries = AgreementRepository(workspace).list();
    if (!summaries.ok())
        fail(summaries.error.toString());
    for (const AgreementSummary &summary : *summaries.value) {
        MonthlyCreditsRequest request;
        request.agreementId = summary.id;
        request.year = Year;
        request.month = 1;
        request.months = 12;
        request.nowUtc = NowUtc;
        request.itemisedLimit = 0;
        const auto months = computeMonthlyCreditsSeries(workspace, request);
        if (!months.ok())
            fail(months.error.toString());
        for (const MonthlyCredits &m : *months.value) {
            for (const ServiceCredit &s : m.services) {
                ++totals.calls;
                totals.downtime = totals.downtime + s.availability.downtimeSeconds;
                totals.missed += s.availability.targetMet ? 0 : 1;
                totals.creditMinor +=
                    s.credit.creditAmount ? s.credit.creditAmount->minorUnits() : 0;
                totals.workingLines += s.working.lines().size();
            }
        }
    }
    p.credits = step.elapsed();
    workspace.close();
    p.total = total.elapsed();
    return p;
}

// The same data, held in memory for the engine alone and the reference (not timed).
QList<Slice> loadSlices(Workspace &workspace, const QList<Agreement> &agreements)
{
    QList<Slice> slices;
    for (const Agreement &a : agreements) {
        const auto year =
            scanOutages(workspace, a.sheet.id, periodOf(a, 1).startUtc, periodOf(a, 12).endUtc);
        if (!year.ok())
            fail(year.error.toString());
        for (int month = 1; month <= 12; ++month) {
            Slice s{&a, periodOf(a, month), {}};
            s.perService = splitMonth(*year.value, a, s.period);
            slices.append(std::move(s));
        }
    }
    return slices;
}

// (1) The engine alone over the in-memory slices.
Span engineAlone(const QList<Slice> &slices, int itemised, Totals &totals)
{
    const Stopwatch timer;
    for (const Slice &s : slices)
        computeSlice(*s.agreement, s.period, s.perService, itemised, totals);
    return timer.elapsed();
}

// (3b) The straightforward reference: the sum of clipped durations per agreement, service and
// month, in one pass, without merging, exclusions or working.
Span reference(const QList<Slice> &slices, qint64 &checksum)
{
    const Stopwatch timer;
    std::vector<qint64> sums;
    sums.reserve(size_t(slices.size()) * 3);
    for (const Slice &s : slices) {
        for (const QList<Outage> &outages : s.perService) {
            qint64 sum = 0;
            for (const Outage &o : outages) {
                const qint64 from = std::max(o.start, s.period.startUtc);
                const qint64 to = std::min(o.end.value_or(NowUtc), s.period.endUtc);
                sum += to > from ? to - from : 0;
            }
            sums.push_back(sum);
        }
    }
    const Span elapsed = timer.elapsed();
    for (qint64 sum : sums)
        checksum += sum;
    return elapsed;
}

// (3a) Merely reading every outage row (start, end, category) with a forward-only query.
Span readOnly(Workspace &workspace, qint64 &rows)
{
    const Stopwatch timer;
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT start_utc, end_utc, category FROM outages")))
        fail(workspace.path() + QStringLiteral(": ") + query.lastError().text());
    qint64 n = 0, sum = 0, text = 0;
    while (query.next()) {
        sum += query.value(1).toLongLong() - query.value(0).toLongLong();
        text += query.value(2).toString().size();
        ++n;
    }
    const Span elapsed = timer.elapsed();
    rows = n;
    if (sum < 0 || text < 0)
        fail(QStringLiteral("negative durations read"));
    return elapsed;
}

// The shortest of up to `runs` runs (by wall-clock time), and how many were made. Once a
// measurement has taken RepeatBudget in all it is not repeated: a slow run says enough, and a
// full-size benchmark must stay well under a minute.
struct Best
{
    Span time{std::numeric_limits<qint64>::max(), 0};
    int runs = 0;
};

template <typename F> Best bestOf(int runs, F &&run)
{
    Best best;
    qint64 spent = 0;
    while (best.runs < runs && (best.runs == 0 || spent < RepeatBudget)) {
        const Span s = run();
        ++best.runs;
        spent += s.wall;
        if (s.wall < best.time.wall)
            best.time = s;
    }
    return best;
}

QString prepareWorkspace(const Options &o, QTemporaryDir &dir)
{
    const QString path = o.db.isEmpty() ? dir.filePath(QStringLiteral("bench.termlens")) : o.db;
    if (!o.db.isEmpty() && QFileInfo::exists(path)) {
        std::printf("workspace: %s (given)\n", qPrintable(path));
        return path;
    }
    QElapsedTimer timer;
    timer.start();
    const auto made = generateWorkspace(path, o.agreements, o.outages, o.seed);
    if (!made.ok())
        fail(made.error.toString());
    std::printf("workspace: %s, generated in %.1f s (%lld agreements, %lld services, %s "
                "outages, seed %llu)\n",
                qPrintable(path), seconds(timer.nsecsElapsed()),
                qlonglong(made.value->agreementIds.size()), qlonglong(made.value->services),
                grouped(made.value->outages).c_str(), static_cast<unsigned long long>(o.seed));
    return path;
}

const char *verdict(bool ok)
{
    return ok ? "ok" : "MISSED";
}

struct Figures
{
    Totals engine, figuresOnly, endToEndTotals;
    Best engineTime, figuresOnlyTime, referenceTime, readTime;
    Phases endToEnd;
    int endToEndRuns = 0;
    qint64 rows = 0;
    qint64 referenceSum = 0;
};

void printFigures(const Options &o, const Figures &f)
{
    const qint64 intervals = f.engine.records;
    std::printf("(1) engine alone: %s intervals in %lld calls (agreement x month x service), "
                "summary working (what tables and reports compute), best of %d: %s = %.2f M "
                "intervals/s (%s working lines)\n",
                grouped(intervals).c_str(), qlonglong(f.engine.calls), f.figuresOnlyTime.runs,
                timeText(f.figuresOnlyTime.time).c_str(),
                double(intervals) / seconds(f.figuresOnlyTime.time.wall) / 1e6,
                grouped(f.figuresOnly.workingLines).c_str());
    std::printf("    engine alone, working itemised up to %d lines per kind (one month opened in "
                "full), best of %d: %s = %.2f M intervals/s (%s working lines)\n",
                o.itemised, f.engineTime.runs, timeText(f.engineTime.time).c_str(),
                double(intervals) / seconds(f.engineTime.time.wall) / 1e6,
                grouped(f.engine.workingLines).c_str());
    std::printf("    results: %lld of %lld service-months below target, credits %s minor units, "
                "counted downtime %s s\n",
                qlonglong(f.engine.missed), qlonglong(f.engine.calls),
                grouped(f.engine.creditMinor).c_str(), qPrintable(f.engine.downtime.toString()));
    const Phases &e = f.endToEnd;
    std::printf("(2) end to end, best of %d: %s; open (with its checks) %s, credits of every "
                "agreement and month from the store %s\n",
                f.endToEndRuns, timeText(e.total).c_str(), timeText(e.open).c_str(),
                timeText(e.credits).c_str());
    const Totals &t = f.endToEndTotals;
    std::printf("    end-to-end results: %lld of %lld service-months below target, credits %s "
                "minor units, counted downtime %s s (%s)\n",
                qlonglong(t.missed), qlonglong(t.calls), grouped(t.creditMinor).c_str(),
                qPrintable(t.downtime.toString()),
                t.calls == f.engine.calls && t.missed == f.engine.missed &&
                        t.creditMinor == f.engine.creditMinor && t.downtime == f.engine.downtime
                    ? "the same as the engine alone"
                    : "DIFFERENT from the engine alone");
    std::printf("(3a) reference, read only: %s rows (start, end, category), best of %d: %s\n",
                grouped(f.rows).c_str(), f.readTime.runs, timeText(f.readTime.time).c_str());
    std::printf("(3b) reference, single-pass sum of clipped durations (no merging, no "
                "exclusions), best of %d: %s = %.1f M intervals/s (sum %s s)\n",
                f.referenceTime.runs, timeText(f.referenceTime.time).c_str(),
                double(intervals) / seconds(f.referenceTime.time.wall) / 1e6,
                grouped(f.referenceSum).c_str());
}

void printSummary(const Options &o, const Figures &f)
{
    const double endToEnd = seconds(f.endToEnd.total.wall);
    const double perSecond = double(f.engine.records) / seconds(f.figuresOnlyTime.time.wall);
    std::printf("\n== P2 summary%s ==\n", o.smoke ? " (smoke run)" : "");
    std::printf("P2 end-to-end: %.2f s (target ≤ 1 s) — %s\n", endToEnd,
                verdict(endToEnd <= TargetEndToEndSeconds));
    std::printf("P2 engine alone: %.2f M intervals/s (target ≥ 10 M/s) — %s\n", perSecond / 1e6,
                verdict(perSecond >= TargetIntervalsPerSecond));
    std::printf("ratio end-to-end / read-only: %.2f\n",
                endToEnd / std::max(seconds(f.readTime.time.wall), 1e-9));
    std::printf("ratio engine / reference: %.1f\n",
                seconds(f.figuresOnlyTime.time.wall) /
                    std::max(seconds(f.referenceTime.time.wall), 1e-9));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options o = parseOptions(app);
    QTemporaryDir dir;
    if (!dir.isValid())
        fail(QStringLiteral("no temporary folder: ") + dir.errorString());
    const QString path = prepareWorkspace(o, dir);

    // The in-memory data and the read-only reference, with the workspace open once; it is
    // closed again before the end-to-end runs open it themselves.
    Figures f;
    QList<Agreement> agreements;
    QList<Slice> slices;
    {
        StorageResult<Workspace> opened = Workspace::open(path);
        if (!opened.ok())
            fail(opened.error.toString());
        agreements = loadAgreements(*opened.value);
        slices = loadSlices(*opened.value, agreements);
        f.readTime = bestOf(o.runs, [&] { return readOnly(*opened.value, f.rows); });
    }
    std::printf("P2 benchmark: %lld agreements x 12 months of %d, %s outage rows stored%s\n",
                qlonglong(agreements.size()), Year, grouped(f.rows).c_str(),
                o.smoke ? " (smoke run: figures not comparable with the targets)" : "");

    f.engineTime = bestOf(o.runs, [&] { return engineAlone(slices, o.itemised, f.engine = {}); });
    f.figuresOnlyTime = bestOf(o.runs, [&] { return engineAlone(slices, 0, f.figuresOnly = {}); });
    f.referenceTime = bestOf(o.runs, [&] { return reference(slices, f.referenceSum = 0); });
    f.endToEnd.total.wall = std::numeric_limits<qint64>::max();
    qint64 spent = 0;
    while (f.endToEndRuns < o.runs && (f.endToEndRuns == 0 || spent < RepeatBudget)) {
        Totals totals;
        const Phases p = endToEnd(path, totals);
        ++f.endToEndRuns;
        spent += p.total.wall;
        if (p.total.wall < f.endToEnd.total.wall) {
            f.endToEnd = p;
            f.endToEndTotals = totals;
        }
    }
    printFigures(o, f);
    printSummary(o, f);
    return 0;
}
