#include "reliability.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace reliability {

using namespace Qt::StringLiterals;

Run runProgram(const QString &program, const QStringList &arguments, qint64 killAfterMs,
               const QString &startFile, const QStringList &environment)
{
    Run run;
    QProcess process;
    if (!environment.isEmpty()) {
        QStringList env = QProcess::systemEnvironment();
        env << environment;
        process.setEnvironment(env);
    }
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    bool finished = false;
    if (killAfterMs >= 0) {
        if (!startFile.isEmpty()) {
            // Wait (1 ms steps) for the file that marks the interesting part, then time from it.
            while (!QFileInfo::exists(startFile) && !finished)
                finished = process.waitForFinished(1);
        }
        QElapsedTimer fromStart;
        fromStart.start();
        while (!finished) {
            const qint64 left = killAfterMs - fromStart.elapsed();
            if (left <= 0)
                break;
            finished = process.waitForFinished(int(std::min<qint64>(left, 1000)));
        }
        if (!finished) {
            ::kill(pid_t(process.processId()), SIGKILL);
            run.killed = true;
        }
    }
    if (!finished)
        process.waitForFinished(-1);
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::CrashExit) {
        // Killed by us only if it had not died on its own first.
        run.crashed = !run.killed;
        run.exitCode = -1;
    } else {
        run.killed = false; // it ended before the signal arrived
        run.exitCode = process.exitCode();
    }
    return run;
}

namespace {

QString nextConnection()
{
    static std::atomic<int> counter{0};
    return u"reliability-%1"_s.arg(++counter);
}

} // namespace

Db::Db(const QString &file)
    : m_name(nextConnection())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    // mode=rw: never creates a file; a missing workspace is a failed check, not a new one.
    db.setConnectOptions(u"QSQLITE_OPEN_URI"_s);
    db.setDatabaseName(u"file://%1?mode=rw"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(file).absoluteFilePath(), "/"))));
    m_open = db.open();
    if (!m_open)
        m_error = db.lastError().text();
    else
        exec(u"PRAGMA foreign_keys = ON"_s);
}

Db::~Db()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QList<QVariantList> Db::rows(const QString &sql, const QVariantList &bound)
{
    QList<QVariantList> result;
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.prepare(sql)) {
        m_error = query.lastError().text();
        return result;
    }
    for (int i = 0; i < bound.size(); ++i)
        query.bindValue(i, bound.at(i));
    if (!query.exec()) {
        m_error = query.lastError().text();
        return result;
    }
    while (query.next()) {
        QVariantList row;
        for (int c = 0; c < query.record().count(); ++c)
            row << query.value(c);
        result << row;
    }
    return result;
}

QVariant Db::value(const QString &sql, const QVariantList &bound)
{
    const QList<QVariantList> all = rows(sql, bound);
    return all.isEmpty() || all.first().isEmpty() ? QVariant() : all.first().first();
}

bool Db::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.exec(sql)) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

QString Db::integrity()
{
    if (!m_open)
        return u"cannot open: "_s + m_error;
    QStringList lines;
    for (const QVariantList &row : rows(u"PRAGMA integrity_check"_s))
        lines << row.value(0).toString();
    if (lines.isEmpty())
        return u"no answer: "_s + m_error;
    return lines.mid(0, 3).join(u"; "_s);
}

QStringList Db::foreignKeyProblems()
{
    QStringList problems;
    for (const QVariantList &row : rows(u"PRAGMA foreign_key_check"_s)) {
        QStringList cells;
        for (const QVariant &cell : row)
            cells << cell.toString();
        problems << cells.join(u'|');
    }
    return problems;
}

QString sha256Of(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return u"(unreadable)"_s;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to) &&
           QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool writeBytes(const QString &file, const QByteArray &bytes)
{
    QFile f(file);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 writeOutageCsv(const QString &file, qint64 first, int rows, std::mt19937_64 &rng)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    QByteArray text = "service,start,end,category,notice_given,reference,notes\n";
    text.reserve(qsizetype(rows) * 80 + 64);
    qint64 total = 0;
    const auto stamp = [](qint64 t) {
        return QDateTime::fromSecsSinceEpoch(t, Qt::UTC)
            .toString(u"yyyy-MM-ddTHH:mm:ssZ"_s)
            .toLatin1();
    };
    for (int i = 0; i < rows; ++i) {
        // One outage per 15-minute slot, lasting 1 to 600 seconds: never two in one slot.
        const qint64 start = first + qint64(i) * 900;
        const qint64 seconds = 1 + qint64(rng() % 600);
        total += seconds;
        text += "Platform," + stamp(start) + ',' + stamp(start + seconds) + ",unplanned,,R-" +
                QByteArray::number(first) + '-' + QByteArray::number(i) + ",trial\n";
        if (text.size() > (1 << 22)) {
            f.write(text);
            text.clear();
        }
    }
    f.write(text);
    return f.error() == QFileDevice::NoError ? total : -1;
}

void Tally::check(bool ok, const QString &what)
{
    ++m_checks;
    if (ok)
        return;
    ++m_failures;
    QTextStream(stdout) << "FAIL: " << what << Qt::endl;
}

bool makeSampleWorkspace(const Options &options, const QString &file)
{
    QFile::remove(file);
    const Run run = runProgram(options.cli, {u"--db"_s, file, u"agreements"_s, u"list"_s});
    if (run.exitCode != 0) {
        QTextStream(stdout) << "could not make the sample workspace: " << run.err << Qt::endl;
        return false;
    }
    return true;
}

bool makeVersion1Workspace(const Options &options, const QString &file, int extraOutages)
{
    if (!makeSampleWorkspace(options, file))
        return false;
    Db db(file);
    // Version 2 of the schema (models/storage/schema.cpp) added exactly these three indexes.
    bool ok = db.isOpen() && db.exec(u"BEGIN"_s);
    ok = ok && db.exec(u"DROP INDEX outages_by_end"_s) &&
         db.exec(u"DROP INDEX outages_by_duration"_s) &&
         db.exec(u"DROP INDEX outages_by_category"_s);
    ok = ok && db.exec(u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n"
                       " WHERE i + 1 < %1)"
                       " INSERT INTO outages (agreement_id, service, start_utc, end_utc, category,"
                       " reference, source) SELECT 'alliants', 'Platform', 1500000000 + i * 900,"
                       " 1500000000 + i * 900 + 1 + i % 600, 'unplanned', 'V1-' || i, 'v1'"
                       " FROM n"_s.arg(extraOutages));
    ok = ok && db.exec(u"PRAGMA user_version = 1"_s) && db.exec(u"COMMIT"_s);
    ok = ok && db.exec(u"VACUUM"_s);
    if (!ok)
        QTextStream(stdout) << "could not make the version 1 workspace: " << db.error() << Qt::endl;
    return ok;
}

QString formatSeconds(double seconds)
{
    return QString::number(seconds, 'f', 1) + u" s"_s;
}

} // namespace reliability
