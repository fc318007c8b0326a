// R1 (TARGETS.md): SIGKILL at random moments during outage imports (up to 1,000,000 rows), term
// sheet edits and a schema migration. After every kill the workspace must pass integrity_check
// and foreign_key_check, and hold all of an import or none of it.
#include "reliability.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace reliability {
namespace {

using namespace Qt::StringLiterals;

const QString Agreement = u"alliantist-isms"_s;

struct Counts
{
    int trials = 0;
    int kills = 0;    // SIGKILL arrived while the program ran
    int finished = 0; // it ended before the chosen moment
    int committed = 0;
    int untouched = 0;
};

struct OutageState
{
    qint64 count = -1;
    qint64 seconds = -1;
    qint64 batches = -1;
    bool operator==(const OutageState &) const = default;
};

OutageState outageState(Db &db)
{
    const QList<QVariantList> r =
        db.rows(u"SELECT count(*), COALESCE(sum(end_utc - start_utc), 0) FROM outages"
                " WHERE agreement_id = ?"_s,
                {Agreement});
    OutageState s;
    if (r.isEmpty())
        return s;
    s.count = r.first().value(0).toLongLong();
    s.seconds = r.first().value(1).toLongLong();
    s.batches =
        db.value(u"SELECT count(*) FROM import_batches WHERE agreement_id = ?"_s, {Agreement})
            .toLongLong();
    return s;
}

QString describe(const OutageState &s)
{
    return u"%1 outages, %2 s, %3 batches"_s.arg(s.count).arg(s.seconds).arg(s.batches);
}

// integrity_check and foreign_key_check of a workspace, opened as the next program would.
void checkIntegrity(Tally &tally, Db &db, const QString &what)
{
    const QString integrity = db.integrity();
    tally.check(integrity == u"ok", what + u": integrity_check says "_s + integrity);
    const QStringList keys = db.foreignKeyProblems();
    tally.check(keys.isEmpty(), what + u": foreign_key_check: "_s + keys.join(u", "_s));
}

// What a killed run may leave beside the workspace: its lock (the next program sees that its
// holder is gone and takes it over). A journal must be gone once the workspace was reopened.
void checkFolder(Tally &tally, const QString &folder, const QStringList &allowed,
                 const QString &what)
{
    for (const QString &name : entriesOf(folder))
        tally.check(allowed.contains(name), what + u": stray file "_s + name);
}

struct Timing
{
    double fixed = 0;  // seconds of a run that imports nothing
    double perRow = 0; // seconds per row
    double estimate(int rows) const { return fixed + perRow * rows; }
};

class KillTrials
{
public:
    explicit KillTrials(const Options &options)
        : m_options(options)
        , m_rng(options.seed)
        , m_dir(options.work + u"/r1"_s)
        , m_csv(options.work + u"/r1-files"_s)
        , m_ws(m_dir + u"/ws.termlens"_s)
    {
        QDir().mkpath(m_dir);
        QDir().mkpath(m_csv);
    }

    int run();

private:
    double uniform(double from, double to)
    {
        return std::uniform_real_distribution<double>(from, to)(m_rng);
    }
    int uniformInt(int from, int to) { return std::uniform_int_distribution<int>(from, to)(m_rng); }
    // Each phase gets its share of --budget, so a slow machine runs fewer trials of every
    // kind rather than none of the last.
    void startPhase(double share)
    {
        m_phaseEnd =
            m_options.budget > 0 ? m_clock.elapsed() / 1000.0 + share * m_options.budget : 0;
    }
    bool overBudget() const { return m_phaseEnd > 0 && m_clock.elapsed() / 1000.0 > m_phaseEnd; }

    Run importRun(const QString &ws, const QString &csv, qint64 killMs, const QString &startFile)
    {
        return runProgram(
            m_options.cli,
            {u"--db"_s, ws, u"outages"_s, u"import"_s, csv, u"--agreement"_s, Agreement}, killMs,
            startFile);
    }
    bool calibrate();
    // One import of `rows` rows into `ws`, killed `killMs` after the start (or after the
    // journal appears when `afterJournal`), then checked.
    void outageTrial(const QString &ws, int rows, qint64 killMs, bool afterJournal,
                     const QString &label);
    void outageTrials(int count);
    void termEditTrials(int count);
    void migrationTrials(int count);
    void bigImportKills();
    QStringList leftoversAllowed(const QString &ws);
    void checkNextOpen(const QString &ws, const QString &label);
    void tallyRun(const Run &run)
    {
        ++m_counts.trials;
        if (run.killed)
            ++m_counts.kills;
        else
            ++m_counts.finished;
    }

    Options m_options;
    std::mt19937_64 m_rng;
    QString m_dir;
    QString m_csv;
    QString m_ws;
    Tally m_tally;
    Counts m_counts;
    Timing m_timing;
    QElapsedTimer m_clock;
    double m_phaseEnd = 0;
    int m_coldJournals = 0;
    int m_nextOpens = 0;
    qint64 m_nextStart = 1700000000; // outages of each file come after the previous file's
};

bool KillTrials::calibrate()
{
    // Two whole imports (they are trials too: nothing killed, everything stored).
    const int small = 200;
    const int large = 3000;
    double seconds[2] = {0, 0};
    for (int i = 0; i < 2; ++i) {
        const int rows = i == 0 ? small : large;
        const QString csv = m_csv + u"/calibrate-%1.csv"_s.arg(rows);
        writeOutageCsv(csv, m_nextStart, rows, m_rng);
        m_nextStart += qint64(rows) * 900 + 86400;
        QElapsedTimer t;
        t.start();
        const Run run = importRun(m_ws, csv, -1, {});
        seconds[i] = double(t.nsecsElapsed()) / 1e9;
        m_tally.check(run.exitCode == 0, u"calibration import of %1 rows: exit %2: %3"_s.arg(rows)
                                             .arg(run.exitCode)
                                             .arg(QString::fromUtf8(run.err)));
        tallyRun(run);
        ++m_counts.committed;
    }
    m_timing.perRow = std::max(0.0, (seconds[1] - seconds[0]) / (large - small));
    m_timing.fixed = std::max(0.01, seconds[0] - m_timing.perRow * small);
    QTextStream(stdout) << "R1 calibration: a run takes " << QString::number(m_timing.fixed, 'f', 3)
                        << " s + " << QString::number(m_timing.perRow * 1e6, 'f', 1)
                        << " us per row" << Qt::endl;
    return m_tally.failures() == 0;
}

void KillTrials::outageTrial(const QString &ws, int rows, qint64 killMs, bool afterJournal,
                             const QString &label)
{
    const QString csv = m_csv + u"/trial.csv"_s;
    const qint64 seconds = writeOutageCsv(csv, m_nextStart, rows, m_rng);
    m_nextStart += qint64(rows) * 900 + 86400;
    OutageState before;
    {
        Db db(ws);
        before = outageState(db);
    }
    const QString journal = ws + u"-journal"_s;
    const Run run = importRun(ws, csv, killMs, afterJournal ? journal : QString());
    tallyRun(run);
    const OutageState all{before.count + rows, before.seconds + seconds, before.batches + 1};
    {
        Db db(ws);
        checkIntegrity(m_tally, db, label);
        const OutageState after = outageState(db);
        if (after == before)
            ++m_counts.untouched;
        else if (after == all)
            ++m_counts.committed;
        m_tally.check(after == before || after == all,
                      label + u": partial import: before %1, after %2, whole import %3"_s.arg(
                                  describe(before), describe(after), describe(all)));
        if (!run.killed)
            m_tally.check(
                run.exitCode == 0 && after == all,
                label + u": an import that ran to its end: exit %1, %2: %3"_s.arg(run.exitCode)
                            .arg(describe(after), QString::fromUtf8(run.err)));
        m_tally.check(!run.crashed, label + u": the program crashed"_s);
    }
    checkFolder(m_tally, QFileInfo(ws).absolutePath(), leftoversAllowed(ws), label);
}

// What the next TermLens open removes: the stale lock, a journal with nothing to roll back
// (SQLite calls it cold), QLockFile's ".rmlock" of a lock being taken over at the kill.
QStringList KillTrials::leftoversAllowed(const QString &ws)
{
    const QString name = QFileInfo(ws).fileName();
    QStringList allowed = {name, name + u".lock"_s};
    for (const QString &entry : entriesOf(QFileInfo(ws).absolutePath())) {
        if (entry.startsWith(name + u".lock.rmlock"_s))
            allowed << entry;
    }
    const QByteArray journal = readBytes(ws + u"-journal"_s);
    if (QFileInfo::exists(ws + u"-journal"_s) && (journal.isEmpty() || journal.at(0) == 0)) {
        allowed << name + u"-journal"_s;
        ++m_coldJournals;
    }
    return allowed;
}

// The next open by TermLens leaves the workspace alone in its folder.
void KillTrials::checkNextOpen(const QString &ws, const QString &label)
{
    const Run run = runProgram(m_options.cli, {u"--db"_s, ws, u"agreements"_s, u"list"_s});
    m_tally.check(run.exitCode == 0,
                  label + u": the next open failed: "_s + QString::fromUtf8(run.err));
    checkFolder(m_tally, QFileInfo(ws).absolutePath(), {QFileInfo(ws).fileName()},
                label + u", after the next open"_s);
    ++m_nextOpens;
}

void KillTrials::outageTrials(int count)
{
    int done = 0;
    for (; done < count && !overBudget(); ++done) {
        const int rows = uniformInt(100, 1500);
        const double whole = m_timing.estimate(rows);
        // Half the kills anywhere in the run, half inside the write transaction (timed from
        // the moment its journal appears, the part where a kill could tear the data).
        const bool afterJournal = done % 2 == 1;
        const double span = afterJournal ? m_timing.perRow * rows + 0.02 : whole;
        const qint64 killMs = qint64(uniform(0, span * 1.1) * 1000);
        outageTrial(
            m_ws, rows, killMs, afterJournal,
            u"outage trial %1 (%2 rows, kill at %3 ms%4)"_s.arg(done + 1).arg(rows).arg(killMs).arg(
                afterJournal ? u" after the journal appeared"_s : QString()));
        if (done % 10 == 9)
            checkNextOpen(m_ws, u"outage trial %1"_s.arg(done + 1));
    }
    QTextStream(stdout) << "R1 outage imports: " << done << " trials" << Qt::endl;
}

// Every stored row of the four sample agreements except their timestamps, hashed.
QString agreementDigest(Db &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries = {
        u"SELECT id, vendor, product, currency, time_zone, notes FROM agreements ORDER BY id"_s,
        u"SELECT * FROM documents ORDER BY agreement_id, id"_s,
        u"SELECT * FROM term_values ORDER BY agreement_id, term"_s,
        u"SELECT agreement_id, count(*) FROM outages GROUP BY agreement_id ORDER BY 1"_s,
        u"SELECT * FROM subscription_services ORDER BY 1, 2"_s,
    };
    for (const QString &sql : queries) {
        for (const QVariantList &row : db.rows(sql)) {
            for (const QVariant &cell : row)
                hash.addData(cell.toString().toUtf8() + '\x1f');
            hash.addData("\x1e");
        }
        hash.addData("\x1d");
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

QString digestOf(const QString &ws)
{
    Db db(ws);
    return agreementDigest(db);
}

void KillTrials::termEditTrials(int count)
{
    // The four sample agreements as term sheets, then two edited versions of all four: every
    // vendor name and document title changed. An import stores the four in one transaction.
    const QStringList ids = {u"alliantist-isms"_s, u"alliants"_s, u"identity-automation"_s,
                             u"logit-io"_s};
    QStringList variants[2];
    for (int v = 0; v < 2; ++v) {
        const QString folder = m_csv + (v == 0 ? u"/sheets-a"_s : u"/sheets-b"_s);
        QDir().mkpath(folder);
        for (const QString &id : ids) {
            const QString exported = folder + u"/"_s + id + u".orig.json"_s;
            const Run run = runProgram(m_options.cli, {u"--db"_s, m_ws, u"agreements"_s,
                                                       u"export"_s, id, u"--out"_s, exported});
            m_tally.check(run.exitCode == 0,
                          u"export of %1: %2"_s.arg(id, QString::fromUtf8(run.err)));
            QJsonObject sheet = QJsonDocument::fromJson(readBytes(exported)).object();
            const QString mark = v == 0 ? u" (edit A)"_s : u" (edit B)"_s;
            sheet[u"vendor"_s] = sheet.value(u"vendor"_s).toString() + mark;
            QJsonArray documents = sheet.value(u"documents"_s).toArray();
            for (qsizetype i = 0; i < documents.size(); ++i) {
                QJsonObject document = documents.at(i).toObject();
                document[u"title"_s] = document.value(u"title"_s).toString() + mark;
                documents[i] = document;
            }
            sheet[u"documents"_s] = documents;
            const QString edited = folder + u"/"_s + id + u".termsheet.json"_s;
            writeBytes(edited, QJsonDocument(sheet).toJson());
            QFile::remove(exported);
            variants[v] << edited;
        }
    }
    const auto importArgs = [&](const QString &ws, int v) {
        return QStringList{u"--db"_s,       ws,         u"--now"_s, u"2026-06-01T00:00:00Z"_s,
                           u"agreements"_s, u"import"_s} +
               variants[v];
    };
    // The digests of the two edited states, from whole imports into a copy.
    const QString reference = m_csv + u"/reference.termlens"_s;
    copyFile(m_ws, reference);
    QString digests[2];
    double seconds = 0;
    for (int v = 0; v < 2; ++v) {
        const Run run = runProgram(m_options.cli, importArgs(reference, v));
        m_tally.check(run.exitCode == 0,
                      u"reference term edit: %1"_s.arg(QString::fromUtf8(run.err)));
        seconds = std::max(seconds, run.seconds);
        digests[v] = digestOf(reference);
    }
    const QString original = digestOf(m_ws);
    int done = 0;
    for (; done < count && !overBudget(); ++done) {
        const int v = done % 2;
        const QString before = digestOf(m_ws);
        const QString label = u"term edit trial %1"_s.arg(done + 1);
        m_tally.check(before == original || before == digests[0] || before == digests[1],
                      label + u": the agreements were in an unknown state before"_s);
        const qint64 killMs = qint64(uniform(0, seconds * 1.1) * 1000);
        const Run run = runProgram(m_options.cli, importArgs(m_ws, v), killMs);
        tallyRun(run);
        {
            Db db(m_ws);
            checkIntegrity(m_tally, db, label);
            const QString after = agreementDigest(db);
            if (after == digests[v] && before != digests[v])
                ++m_counts.committed;
            else if (after == before)
                ++m_counts.untouched;
            m_tally.check(after == before || after == digests[v],
                          label + u": agreements partly edited (kill at %1 ms)"_s.arg(killMs));
            if (!run.killed)
                m_tally.check(
                    run.exitCode == 0 && after == digests[v],
                    label + u": an edit that ran to its end: %1"_s.arg(QString::fromUtf8(run.err)));
            m_tally.check(!run.crashed, label + u": the program crashed"_s);
        }
        checkFolder(m_tally, m_dir, leftoversAllowed(m_ws), label);
        if (done % 10 == 9)
            checkNextOpen(m_ws, label);
    }
    QTextStream(stdout) << "R1 term edits: " << done << " trials (4 agreements per import)"
                        << Qt::endl;
}

void KillTrials::migrationTrials(int count)
{
    const QString base = m_csv + u"/v1.termlens"_s;
    const int extra = 40000;
    if (!makeVersion1Workspace(m_options, base, extra)) {
        m_tally.check(false, u"could not make the version 1 workspace"_s);
        return;
    }
    qint64 baseCount = 0;
    qint64 baseSeconds = 0;
    {
        Db db(base);
        baseCount = db.value(u"SELECT count(*) FROM outages"_s).toLongLong();
        baseSeconds = db.value(u"SELECT sum(end_utc - start_utc) FROM outages"_s).toLongLong();
    }
    const QString folder = m_options.work + u"/r1-migration"_s;
    const QString ws = folder + u"/ws.termlens"_s;
    const QStringList list = {u"--db"_s, ws, u"agreements"_s, u"list"_s};
    // A whole migration, to time it and to check it reaches version 2.
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    copyFile(base, ws);
    const Run whole = runProgram(m_options.cli, list);
    m_tally.check(whole.exitCode == 0,
                  u"a whole migration: %1"_s.arg(QString::fromUtf8(whole.err)));
    int done = 0;
    int partialLeft = 0;
    int backups = 0;
    for (; done < count && !overBudget(); ++done) {
        const QString label = u"migration trial %1"_s.arg(done + 1);
        QDir(folder).removeRecursively();
        QDir().mkpath(folder);
        copyFile(base, ws);
        const qint64 killMs = qint64(uniform(0, whole.seconds * 1.1) * 1000);
        const Run run = runProgram(m_options.cli, list, killMs);
        tallyRun(run);
        int version = 0;
        {
            Db db(ws);
            checkIntegrity(m_tally, db, label);
            version = db.value(u"PRAGMA user_version"_s).toInt();
            const int indexes =
                db.value(u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN"
                         " ('outages_by_end', 'outages_by_duration', 'outages_by_category')"_s)
                    .toInt();
            m_tally.check((version == 1 && indexes == 0) || (version == 2 && indexes == 3),
                          label +
                              u": version %1 with %2 of its indexes"_s.arg(version).arg(indexes));
            m_tally.check(
                db.value(u"SELECT count(*) FROM outages"_s).toLongLong() == baseCount &&
                    db.value(u"SELECT sum(end_utc - start_utc) FROM outages"_s).toLongLong() ==
                        baseSeconds,
                label + u": outages changed by the migration"_s);
        }
        if (version == 2)
            ++m_counts.committed;
        else
            ++m_counts.untouched;
        if (!run.killed)
            m_tally.check(
                run.exitCode == 0 && version == 2,
                label + u": a migration that ran to its end: %1"_s.arg(QString::fromUtf8(run.err)));
        // Any backup with its final name is whole: version 1, all the outages.
        for (const QString &name : entriesOf(folder)) {
            if (leftoversAllowed(ws).contains(name))
                continue;
            if (name.contains(u".partial")) { // the backup or VACUUM INTO's own journal
                ++partialLeft;                // removed by the next open (checked below)
                continue;
            }
            m_tally.check(name.startsWith(u"ws.termlens.backup-v1-"_s),
                          label + u": stray file "_s + name);
            Db backup(folder + u'/' + name);
            ++backups;
            m_tally.check(backup.integrity() == u"ok" &&
                              backup.value(u"PRAGMA user_version"_s).toInt() == 1 &&
                              backup.value(u"SELECT count(*) FROM outages"_s).toLongLong() ==
                                  baseCount,
                          label + u": backup %1 is not a whole copy"_s.arg(name));
        }
        // The next program finishes the job and leaves nothing half-made behind.
        const Run next = runProgram(m_options.cli, list);
        m_tally.check(next.exitCode == 0,
                      label + u": the next open failed: "_s + QString::fromUtf8(next.err));
        for (const QString &name : entriesOf(folder))
            m_tally.check(name == u"ws.termlens" || name.startsWith(u"ws.termlens.backup-v1-"_s),
                          label + u": after the next open, stray file "_s + name);
    }
    QTextStream(stdout) << "R1 migrations (" << baseCount << " outages, whole migration "
                        << formatSeconds(whole.seconds) << "): " << done << " trials, " << backups
                        << " whole backups checked, " << partialLeft
                        << " unfinished backups left by kills (removed by the next open)"
                        << Qt::endl;
}

void KillTrials::bigImportKills()
{
    if (m_options.bigKills <= 0)
        return;
    const QString folder = m_options.work + u"/r1-big"_s;
    QDir().mkpath(folder);
    const QString ws = folder + u"/ws.termlens"_s;
    copyFile(m_ws, ws);
    const QString csv = m_csv + u"/big.csv"_s;
    const int rows = m_options.bigRows;
    QElapsedTimer t;
    t.start();
    const qint64 seconds = writeOutageCsv(csv, m_nextStart, rows, m_rng);
    const double estimate = m_timing.estimate(rows);
    // A kill after the whole import would test nothing new; a slow (Debug) build's estimate
    // is capped so the run stays within CI time, and says so.
    const double cap = 12.0;
    const double window = std::min(estimate, cap);
    QTextStream(stdout) << "R1 " << rows << "-row import: file of "
                        << QFileInfo(csv).size() / (1024 * 1024) << " MiB written in "
                        << formatSeconds(t.elapsed() / 1000.0) << ", whole import estimated "
                        << formatSeconds(estimate)
                        << (estimate > cap
                                ? u", kills within its first %1"_s.arg(formatSeconds(cap))
                                : QString())
                        << Qt::endl;
    for (int k = 0; k < m_options.bigKills; ++k) {
        const qint64 killMs = qint64(uniform(0.15, 0.95) * window * 1000);
        // A fresh folder: a whole earlier import would make this one add nothing.
        QDir(folder).removeRecursively();
        QDir().mkpath(folder);
        copyFile(m_ws, ws);
        OutageState before;
        {
            Db db(ws);
            before = outageState(db);
        }
        const Run run = importRun(ws, csv, killMs, {});
        tallyRun(run);
        const QString label = u"1M-row import kill %1 at %2 ms"_s.arg(k + 1).arg(killMs);
        Db db(ws);
        checkIntegrity(m_tally, db, label);
        const OutageState after = outageState(db);
        const OutageState all{before.count + rows, before.seconds + seconds, before.batches + 1};
        m_tally.check(after == before || after == all,
                      label + u": partial import: "_s + describe(after));
        if (after == before)
            ++m_counts.untouched;
        else if (after == all)
            ++m_counts.committed;
        if (!run.killed)
            m_tally.check(run.exitCode == 0 && after == all,
                          label + u": ran to its end: "_s + QString::fromUtf8(run.err));
        checkFolder(m_tally, folder, leftoversAllowed(ws), label);
        QTextStream(stdout) << "  " << label << ": " << (run.killed ? "killed" : "finished") << ", "
                            << (after == all ? "all rows stored" : "nothing stored") << Qt::endl;
    }
    checkNextOpen(ws, u"1M-row import"_s);
    QFile::remove(csv);
}

int KillTrials::run()
{
    m_clock.start();
    QTextStream(stdout) << "R1 kill trials: seed " << m_options.seed << ", " << m_options.trials
                        << " trials planned" << Qt::endl;
    if (!makeSampleWorkspace(m_options, m_ws) || !calibrate())
        return 1;
    const int small = std::max(0, m_options.trials - 2 - m_options.bigKills);
    const int edits = small * 15 / 100;
    const int migrations = small * 15 / 100;
    startPhase(0.6);
    outageTrials(small - edits - migrations);
    startPhase(0.2);
    termEditTrials(edits);
    startPhase(0.2);
    migrationTrials(migrations);
    bigImportKills();
    QTextStream(stdout) << "R1 result: " << m_counts.trials << " trials, " << m_counts.kills
                        << " killed, " << m_counts.finished << " finished first; "
                        << m_counts.committed << " left everything stored, " << m_counts.untouched
                        << " left nothing; " << m_coldJournals << " cold journals and "
                        << m_nextOpens << " next opens checked (they leave no file behind); "
                        << m_tally.checks() << " checks, " << m_tally.failures() << " failures; "
                        << formatSeconds(m_clock.elapsed() / 1000.0) << Qt::endl;
    return m_tally.failures() == 0 ? 0 : 1;
}

} // namespace

int runKillTrials(const Options &options)
{
    return KillTrials(options).run();
}

} // namespace reliability
