// R2 (TARGETS.md): I/O faults injected with strace at the k-th write, fsync, rename and unlink
// of an outage import, a migration with its backup, a PDF report, the app's Save a Copy and the
// app's import path; then the other cases of R2 (disk full on a 1 MiB tmpfs, read-only
// workspace, second instance, missing folder, files that are not workspaces) in cases.cpp.
// Every failure must name the file and the cause, leave earlier files byte-identical and no
// stray file, and leave no transaction open.
#include "faults.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

namespace reliability {

using namespace Qt::StringLiterals;

struct SyscallClass
{
    QString name;
    QString calls;
    QStringList errors;
};

namespace {

const QList<SyscallClass> &syscallClasses()
{
    static const QList<SyscallClass> classes = {
        {u"write"_s, u"write,pwrite64,writev,pwritev,pwritev2"_s, {u"ENOSPC"_s, u"EIO"_s}},
        {u"fsync"_s, u"fsync,fdatasync"_s, {u"ENOSPC"_s, u"EIO"_s}},
        {u"rename"_s, u"rename,renameat,renameat2"_s, {u"ENOSPC"_s, u"EIO"_s}},
        {u"unlink"_s, u"unlink,unlinkat"_s, {u"EIO"_s}},
    };
    return classes;
}

// The k values to inject at: every one when there are few calls, else the first and last few
// (opening, commit) and evenly spread ones between.
QList<int> chooseK(int calls, int most)
{
    QList<int> ks;
    if (calls <= most) {
        for (int k = 1; k <= calls; ++k)
            ks << k;
        return ks;
    }
    const int edge = most / 3;
    for (int k = 1; k <= edge; ++k)
        ks << k;
    const int middle = most - 2 * edge;
    for (int i = 1; i <= middle; ++i)
        ks << edge + (calls - 2 * edge) * i / (middle + 1);
    for (int k = calls - edge + 1; k <= calls; ++k)
        ks << k;
    return ks;
}

} // namespace

FaultMatrix::FaultMatrix(const Options &options)
    : m_options(options)
    , m_inputs(options.work + u"/r2-inputs"_s)
{
    QDir().mkpath(m_inputs);
    m_strace = QStandardPaths::findExecutable(u"strace"_s);
}

QMap<QString, QString> FaultMatrix::snapshot(const QString &folder)
{
    QMap<QString, QString> files;
    for (const QString &name : entriesOf(folder))
        files.insert(name, sha256Of(folder + u'/' + name));
    return files;
}

void FaultMatrix::noteMessage(const QByteArray &err, const QString &folder)
{
    for (QString line : QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts)) {
        line.replace(folder, u"DIR"_s);
        line.replace(QRegularExpression(u"backup-v1-[0-9TZ]+"_s), u"backup-v1-STAMP"_s);
        line.replace(QRegularExpression(u"process [0-9]+ on [^)]+"_s), u"process N on HOST"_s);
        m_messages.insert(line);
    }
}

bool FaultMatrix::prepare()
{
    m_base = m_inputs + u"/base.termlens"_s;
    m_v1 = m_inputs + u"/v1.termlens"_s;
    m_csv = m_inputs + u"/outages.csv"_s;
    m_earlierReport = m_inputs + u"/earlier.pdf"_s;
    std::mt19937_64 rng(m_options.seed);
    m_csvRows = 40;
    m_csvSeconds = writeOutageCsv(m_csv, 1800000000, m_csvRows, rng);
    if (!makeSampleWorkspace(m_options, m_base) || !makeVersion1Workspace(m_options, m_v1, 200))
        return false;
    const Run report = runProgram(m_options.cli, {u"--db"_s, m_base, u"report"_s, u"--out"_s,
                                                  m_earlierReport, u"--sections"_s, u"cover"_s});
    if (report.exitCode != 0) {
        QTextStream(stdout) << "could not write the earlier report: " << report.err << Qt::endl;
        return false;
    }
    Db db(m_base);
    m_baseOutages = db.value(u"SELECT count(*) FROM outages"_s).toLongLong();
    return true;
}

QString FaultMatrix::scenarioName(Effect effect)
{
    switch (effect) {
    case Effect::Import:
        return u"CLI outage import"_s;
    case Effect::Migration:
        return u"CLI open of a version 1 workspace (backup, then migration)"_s;
    case Effect::Report:
        return u"CLI PDF report over an earlier one"_s;
    case Effect::Copy:
        return u"app Save a Copy over an earlier copy"_s;
    case Effect::AppImport:
        return u"app outage import (storeOutageImport)"_s;
    }
    return {};
}

// A fresh folder holding what the operation starts from.
QString FaultMatrix::setUp(Effect effect)
{
    const QString folder = m_options.work + u"/r2-run"_s;
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    copyFile(effect == Effect::Migration ? m_v1 : m_base, folder + u"/ws.termlens"_s);
    if (effect == Effect::Report)
        copyFile(m_earlierReport, folder + u"/report.pdf"_s);
    if (effect == Effect::Copy)
        copyFile(m_v1, folder + u"/copy.termlens"_s);
    return folder;
}

QStringList FaultMatrix::command(Effect effect, const QString &folder) const
{
    const QString ws = folder + u"/ws.termlens"_s;
    switch (effect) {
    case Effect::Import:
        return {m_options.cli, u"--db"_s,        ws,           u"outages"_s, u"import"_s,
                m_csv,         u"--agreement"_s, u"alliants"_s};
    case Effect::Migration:
        return {m_options.cli, u"--db"_s, ws, u"agreements"_s, u"list"_s};
    case Effect::Report:
        return {m_options.cli,   u"--db"_s,         ws,
                u"report"_s,     u"--out"_s,        folder + u"/report.pdf"_s,
                u"--sections"_s, u"cover,summary"_s};
    case Effect::Copy:
        return {m_options.self, u"helper"_s, u"savecopy"_s, ws, folder + u"/copy.termlens"_s};
    case Effect::AppImport:
        return {m_options.self, u"helper"_s, u"import"_s, ws, m_csv, u"alliants"_s};
    }
    return {};
}

Run FaultMatrix::traced(const QStringList &command, const QString &calls, const QString &inject,
                        const QString &log)
{
    QStringList args = {u"-f"_s, u"-qq"_s, u"-o"_s, log, u"-e"_s, u"trace="_s + calls};
    if (!inject.isEmpty())
        args << u"-e"_s << u"inject="_s + calls + u':' + inject;
    args << u"--"_s << command;
    return runProgram(m_strace, args);
}

int FaultMatrix::countCalls(const QString &log, bool injectedOnly)
{
    int n = 0;
    for (const QByteArray &line : readBytes(log).split('\n')) {
        if (line.isEmpty() || line.contains("resumed>") || line.contains("+++") ||
            line.contains("---"))
            continue;
        if (!injectedOnly || line.contains("(INJECTED)"))
            ++n;
    }
    return n;
}

// What the operation leaves when it succeeds: the files it changes or adds, checked whole.
bool FaultMatrix::effectComplete(Effect effect, const QString &folder,
                                 const QMap<QString, QString> &before,
                                 const QMap<QString, QString> &after, QString *why)
{
    const QString ws = folder + u"/ws.termlens"_s;
    QStringList changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            changed << it.key();
    }
    QStringList expected;
    switch (effect) {
    case Effect::Import:
    case Effect::AppImport: {
        Db db(ws);
        const qint64 count = db.value(u"SELECT count(*) FROM outages"_s).toLongLong();
        if (count != m_baseOutages + m_csvRows) {
            *why = u"%1 outages stored, expected %2"_s.arg(count).arg(m_baseOutages + m_csvRows);
            return false;
        }
        expected << u"ws.termlens"_s;
        break;
    }
    case Effect::Migration: {
        Db db(ws);
        if (db.value(u"PRAGMA user_version"_s).toInt() != 2) {
            *why = u"not migrated"_s;
            return false;
        }
        expected << u"ws.termlens"_s;
        for (const QString &name : changed) {
            if (!name.startsWith(u"ws.termlens.backup-v1-"_s) || name.endsWith(u".partial"))
                continue;
            Db backup(folder + u'/' + name);
            if (backup.integrity() != u"ok" ||
                backup.value(u"PRAGMA user_version"_s).toInt() != 1) {
                *why = u"the backup %1 is not whole"_s.arg(name);
                return false;
            }
            expected << name;
        }
        if (expected.size() != 2) {
            *why = u"no backup was kept"_s;
            return false;
        }
        break;
    }
    case Effect::Report: {
        const QByteArray pdf = readBytes(folder + u"/report.pdf"_s);
        if (!pdf.startsWith("%PDF-") || !pdf.right(64).contains("%%EOF") ||
            after.value(u"report.pdf"_s) == before.value(u"report.pdf"_s)) {
            *why = u"report.pdf is not a whole new PDF"_s;
            return false;
        }
        expected << u"report.pdf"_s;
        break;
    }
    case Effect::Copy: {
        Db copy(folder + u"/copy.termlens"_s);
        if (copy.integrity() != u"ok" ||
            copy.value(u"SELECT count(*) FROM outages"_s).toLongLong() != m_baseOutages) {
            *why = u"copy.termlens is not a whole copy"_s;
            return false;
        }
        expected << u"copy.termlens"_s;
        break;
    }
    }
    for (const QString &name : changed) {
        if (!expected.contains(name)) {
            *why = u"%1 changed or appeared"_s.arg(name);
            return false;
        }
    }
    return true;
}

void FaultMatrix::injectOnce(Effect effect, const SyscallClass &cls, const QString &error, int k)
{
    const QString folder = setUp(effect);
    const QMap<QString, QString> before = snapshot(folder);
    const QString log = m_inputs + u"/strace.log"_s;
    const Run run =
        traced(command(effect, folder), cls.calls, u"error=%1:when=%2"_s.arg(error).arg(k), log);
    const int injected = countCalls(log, true);
    ++m_runs;
    m_injected += injected;
    const QString label =
        u"%1, %2 #%3 fails with %4"_s.arg(scenarioName(effect), cls.name).arg(k).arg(error);
    const QString err = QString::fromUtf8(run.err);
    noteMessage(run.err, folder);
    m_tally.check(!run.crashed && (run.exitCode == 0 || run.exitCode == 1),
                  label + u": exit %1 %2"_s.arg(run.exitCode).arg(err));
    m_tally.check(!err.contains(u"helper:"_s), label + u": "_s + err);
    // A lock whose removal failed at exit is left; the next open takes it over (checked).
    const bool lockLeft = err.contains(u"Could not remove our own lock file"_s);
    const bool outputFailed = err.contains(u"standard output"_s);
    QMap<QString, QString> after = snapshot(folder);
    if (lockLeft) {
        for (const QString &name : after.keys()) {
            if (name.endsWith(u".lock") && !before.contains(name))
                after.remove(name);
        }
        ++m_locksLeft;
    }
    QString why;
    if (run.exitCode == 0) {
        ++m_succeeded;
        m_tally.check(effectComplete(effect, folder, before, after, &why),
                      label + u": exit 0 but "_s + why);
    } else if (run.exitCode == 1) {
        ++m_reported;
        m_tally.check(err.contains(folder + u'/') || outputFailed,
                      label + u": the message does not name the file: "_s + err);
        static const QStringList causes = {u"disk is full"_s, u"No space left on device"_s,
                                           u"Input/output error"_s, u"I/O error"_s};
        bool cause = false;
        for (const QString &c : causes)
            cause = cause || err.contains(c);
        m_tally.check(cause || outputFailed, label + u": the message gives no cause: "_s + err);
        // Nothing changed, or (when only printing the result failed) everything done.
        const bool untouched = after == before;
        QStringList changed;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (before.value(it.key()) != it.value())
                changed << it.key();
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!after.contains(it.key()))
                changed << it.key() + u" (gone)"_s;
        }
        m_tally.check(untouched ||
                          (outputFailed && effectComplete(effect, folder, before, after, &why)),
                      label + u": files changed after a failure: "_s + changed.join(u", "_s) +
                          u" "_s + why + u" / "_s + err);
    }
    {
        Db db(folder + u"/ws.termlens"_s);
        m_tally.check(db.integrity() == u"ok", label + u": integrity_check fails afterwards"_s);
    }
    m_tally.check(!QFileInfo::exists(folder + u"/ws.termlens-journal"_s),
                  label + u": a journal is left beside the workspace"_s);
    if (lockLeft) {
        const Run next = runProgram(
            m_options.cli, {u"--db"_s, folder + u"/ws.termlens"_s, u"agreements"_s, u"list"_s});
        m_tally.check(next.exitCode == 0, label + u": the next open after a left lock failed"_s);
    }
}

void FaultMatrix::injectAll()
{
    const QList<Effect> effects = {Effect::Import, Effect::Migration, Effect::Report, Effect::Copy,
                                   Effect::AppImport};
    for (const Effect effect : effects) {
        QStringList counts;
        for (const SyscallClass &cls : syscallClasses()) {
            const QString folder = setUp(effect);
            const QString log = m_inputs + u"/strace.log"_s;
            const Run dry = traced(command(effect, folder), cls.calls, {}, log);
            m_tally.check(dry.exitCode == 0, scenarioName(effect) + u" without faults: "_s +
                                                 QString::fromUtf8(dry.err));
            const int calls = countCalls(log, false);
            counts << u"%1 %2"_s.arg(calls).arg(cls.name);
            for (const QString &error : cls.errors) {
                for (const int k : chooseK(calls, cls.name == u"write" ? 8 : 6))
                    injectOnce(effect, cls, error, k);
            }
        }
        QTextStream(stdout) << "R2 " << scenarioName(effect) << ": " << counts.join(u", "_s)
                            << " calls" << Qt::endl;
    }
}

int FaultMatrix::run()
{
    QElapsedTimer clock;
    clock.start();
    QTextStream out(stdout);
    out << "R2 faults: seed " << m_options.seed << Qt::endl;
    if (!prepare())
        return 1;
    // strace needs ptrace, which some containers forbid: then say so rather than fail.
    const bool straceWorks =
        !m_strace.isEmpty() &&
        runProgram(m_strace, {u"-f"_s, u"-qq"_s, u"-o"_s, u"/dev/null"_s, u"true"_s}).exitCode == 0;
    if (!straceWorks) {
        out << "R2 fault injection SKIPPED: "
            << (m_strace.isEmpty() ? "strace is not installed (apt-get install strace)"
                                   : "strace cannot trace here (ptrace not permitted)")
            << Qt::endl;
    } else {
        injectAll();
        out << "R2 injection: " << m_runs << " runs, " << m_injected << " faults injected; "
            << m_reported << " reported the failure (exit 1), " << m_succeeded
            << " succeeded whole (the fault hit a call whose failure is harmless), " << m_locksLeft
            << " left a lock file that the next open took over" << Qt::endl;
    }
    runCases();
    out << "R2 messages seen (DIR is the workspace's folder):" << Qt::endl;
    for (const QString &message : std::as_const(m_messages))
        out << "  " << message << Qt::endl;
    out << "R2 result: " << m_tally.checks() << " checks, " << m_tally.failures() << " failures; "
        << formatSeconds(clock.elapsed() / 1000.0) << Qt::endl;
    return m_tally.failures() == 0 ? 0 : 1;
}

int runFaultMatrix(const Options &options)
{
    FaultMatrix matrix(options);
    return matrix.run();
}

} // namespace reliability
