#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <random>

// The R1/R2 driver (TARGETS.md): it runs termlens-cli as a separate process, kills it or
// injects I/O faults into it, and checks the workspace afterwards through its own SQLite
// connection. Every check is counted and printed; the exit status is 1 when one failed.
namespace reliability {

struct Options
{
    QString cli;       // the termlens-cli program under test
    QString self;      // this driver (its helper modes run under strace too)
    QString work;      // a scratch folder, removed at the end
    quint64 seed = 0;  // printed, so a failing run can be repeated
    int trials = 300;  // R1: kill trials in all
    double budget = 0; // R1: seconds the small trials may take (0: no limit)
    int bigKills = 3;  // R1: kills of the 1,000,000-row import
    int bigRows = 1000000;
};

// A finished run of a program.
struct Run
{
    int exitCode = -1;
    bool killed = false;  // we sent SIGKILL before it ended
    bool crashed = false; // it died of a signal we did not send
    QByteArray out;
    QByteArray err;
    double seconds = 0;
};

// Runs `program` and waits. killAfterMs >= 0 sends SIGKILL that long after the start, or that
// long after `startFile` appears when it is given (the run is then timed from that moment).
Run runProgram(const QString &program, const QStringList &arguments, qint64 killAfterMs = -1,
               const QString &startFile = {}, const QStringList &environment = {});

// The workspace as a fresh process would find it: a connection of our own (a hot journal is
// rolled back by opening it, as the next TermLens would do).
class Db
{
public:
    explicit Db(const QString &file);
    ~Db();
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QVariant value(const QString &sql, const QVariantList &bound = {});
    QList<QVariantList> rows(const QString &sql, const QVariantList &bound = {});
    bool exec(const QString &sql);
    // "ok" or the first problems of PRAGMA integrity_check.
    QString integrity();
    // Rows of PRAGMA foreign_key_check, as text.
    QStringList foreignKeyProblems();

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

QString sha256Of(const QString &file);
// The names in a folder (files and folders, hidden ones too), sorted.
QStringList entriesOf(const QString &folder);
bool copyFile(const QString &from, const QString &to);
bool writeBytes(const QString &file, const QByteArray &bytes);
QByteArray readBytes(const QString &file);

// Native outage CSV (INTERFACES.md §2) of `rows` outages of one service, none overlapping any
// other file made with another `first` (seconds since the epoch). Returns the sum of their
// durations in seconds, worked out here from the same numbers, not read back.
qint64 writeOutageCsv(const QString &file, qint64 first, int rows, std::mt19937_64 &rng);

// A tally of checks: prints each failure at once, and counts.
class Tally
{
public:
    void check(bool ok, const QString &what);
    int failures() const { return m_failures; }
    int checks() const { return m_checks; }

private:
    int m_checks = 0;
    int m_failures = 0;
};

// The sample workspace made by the CLI itself (its first run on a missing file).
bool makeSampleWorkspace(const Options &options, const QString &file);
// The same workspace as schema version 1 wrote it (version 2 only added three indexes), with
// `extraOutages` more outages so a migration has something to do.
bool makeVersion1Workspace(const Options &options, const QString &file, int extraOutages);

int runKillTrials(const Options &options);  // R1
int runFaultMatrix(const Options &options); // R2
// Helper modes this driver runs in a child process (under strace or as another user).
int runHelper(const QStringList &arguments);

QString formatSeconds(double seconds);

} // namespace reliability
