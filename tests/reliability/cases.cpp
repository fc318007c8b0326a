// R2's cases besides injected faults: a 1 MiB tmpfs, a read-only workspace (as another user,
// since root writes through file modes), a second instance, a missing folder, and files that
// are not workspaces. Each must be refused with the file and the cause, changing nothing.
#include "faults.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <unistd.h>

namespace reliability {

using namespace Qt::StringLiterals;

namespace {

bool isRoot()
{
    return ::geteuid() == 0;
}

// mount/umount as root, or through sudo without a password; false when neither works.
bool privileged(const QStringList &command)
{
    if (isRoot())
        return runProgram(command.first(), command.mid(1)).exitCode == 0;
    const QString sudo = QStandardPaths::findExecutable(u"sudo"_s);
    if (sudo.isEmpty())
        return false;
    return runProgram(sudo, QStringList{u"-n"_s} + command).exitCode == 0;
}

} // namespace

void FaultMatrix::expectRefusal(const QString &label, const QStringList &command,
                                const QString &folder, const QString &file,
                                const QStringList &causes)
{
    ++m_cases;
    const QMap<QString, QString> before = snapshot(folder);
    const Run run = runProgram(command.first(), command.mid(1));
    const QString err = QString::fromUtf8(run.err);
    noteMessage(run.err, folder);
    m_tally.check(run.exitCode == 1, label + u": exit %1: %2"_s.arg(run.exitCode).arg(err));
    m_tally.check(err.contains(file),
                  label + u": the message does not name "_s + file + u": "_s + err);
    bool cause = false;
    for (const QString &c : causes)
        cause = cause || err.contains(c, Qt::CaseInsensitive);
    m_tally.check(cause, label + u": the message does not say why ("_s + causes.join(u" / "_s) +
                             u"): "_s + err);
    const QMap<QString, QString> after = snapshot(folder);
    m_tally.check(after == before,
                  label + u": the folder changed: "_s + QStringList(after.keys()).join(u", "_s));
    QTextStream(stdout) << "  " << label << ": " << (run.exitCode == 1 ? "refused" : "NOT refused")
                        << Qt::endl;
}

// The command as the user `nobody` when we are root (root ignores file modes); as is otherwise.
QStringList FaultMatrix::asOtherUser(const QStringList &command) const
{
    if (!isRoot())
        return command;
    return QStringList{QStandardPaths::findExecutable(u"setpriv"_s), u"--reuid=nobody"_s,
                       u"--regid=nogroup"_s, u"--clear-groups"_s, u"--"_s} +
           command;
}

void FaultMatrix::diskFullCases()
{
    const QString mount = m_options.work + u"/tmpfs"_s;
    QDir().mkpath(mount);
    const auto mountTmpfs = [&] {
        privileged({u"umount"_s, mount});
        return privileged(
            {u"mount"_s, u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=1m,mode=0755"_s, u"tmpfs"_s, mount});
    };
    if (!mountTmpfs()) {
        ++m_skipped;
        QTextStream(stdout) << "  1 MiB tmpfs: SKIPPED, mounting needs root or sudo without a "
                               "password"
                            << Qt::endl;
        return;
    }
    const QString ws = mount + u"/ws.termlens"_s;
    // An import far larger than the space left.
    std::mt19937_64 rng(m_options.seed);
    const QString big = m_inputs + u"/big.csv"_s;
    writeOutageCsv(big, 1900000000, 20000, rng);
    copyFile(m_base, ws);
    expectRefusal(u"1 MiB tmpfs: import of 20,000 outages"_s,
                  {m_options.cli, u"--db"_s, ws, u"outages"_s, u"import"_s, big, u"--agreement"_s,
                   u"alliants"_s},
                  mount, ws, {u"disk is full"_s});
    // ... and the app keeps working: a small import fits.
    const Run small = runProgram(m_options.cli, {u"--db"_s, ws, u"outages"_s, u"import"_s, m_csv,
                                                 u"--agreement"_s, u"alliants"_s});
    m_tally.check(small.exitCode == 0, u"1 MiB tmpfs: a small import after the failed one: "_s +
                                           QString::fromUtf8(small.err));
    // A migration whose backup does not fit.
    mountTmpfs();
    const QString v1 = m_inputs + u"/v1-large.termlens"_s;
    makeVersion1Workspace(m_options, v1, 4000);
    copyFile(v1, ws);
    expectRefusal(u"1 MiB tmpfs: migration whose backup does not fit ("_s +
                      QString::number(QFileInfo(v1).size() / 1024) + u" KiB)"_s,
                  {m_options.cli, u"--db"_s, ws, u"agreements"_s, u"list"_s}, mount, ws,
                  {u"disk is full"_s, u"No space left on device"_s});
    // A report over an earlier one, with the disk all but full.
    mountTmpfs();
    copyFile(m_earlierReport, mount + u"/report.pdf"_s);
    const qint64 free = 1024 * 1024 - QFileInfo(mount + u"/report.pdf"_s).size() - 16 * 1024;
    writeBytes(mount + u"/filler"_s, QByteArray(qsizetype(std::max<qint64>(0, free)), 'x'));
    expectRefusal(
        u"1 MiB tmpfs: report over an earlier one"_s,
        {m_options.cli, u"--db"_s, m_base, u"report"_s, u"--out"_s, mount + u"/report.pdf"_s},
        mount, mount + u"/report.pdf"_s, {u"No space left on device"_s});
    privileged({u"umount"_s, mount});
}

void FaultMatrix::readOnlyCases()
{
    if (isRoot() && QStandardPaths::findExecutable(u"setpriv"_s).isEmpty()) {
        ++m_skipped;
        QTextStream(stdout) << "  read-only workspace: SKIPPED, running as root without setpriv "
                               "(root writes through file modes)"
                            << Qt::endl;
        return;
    }
    const QString folder = m_options.work + u"/readonly"_s;
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QString ws = folder + u"/ws.termlens"_s;
    copyFile(m_base, ws);
    if (isRoot())
        runProgram(u"chown"_s, {u"-R"_s, u"nobody:nogroup"_s, folder});
    const QFileDevice::Permissions folderMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                QFileDevice::ExeOther;
    QFile::setPermissions(folder, folderMode);
    QFile::setPermissions(ws, QFileDevice::ReadOwner);
    expectRefusal(u"read-only workspace file: import"_s,
                  asOtherUser({m_options.cli, u"--db"_s, ws, u"outages"_s, u"import"_s, m_csv,
                               u"--agreement"_s, u"alliants"_s}),
                  folder, ws, {u"read-only"_s});
    QFile::setPermissions(ws, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                      QFileDevice::ReadOther | QFileDevice::ExeOther);
    expectRefusal(u"workspace in a read-only folder: import"_s,
                  asOtherUser({m_options.cli, u"--db"_s, ws, u"outages"_s, u"import"_s, m_csv,
                               u"--agreement"_s, u"alliants"_s}),
                  folder, ws, {u"folder"_s});
    // The report reads a workspace the other user may open, and writes into `folder`.
    const QString readable = m_options.work + u"/readable"_s;
    QDir().mkpath(readable);
    copyFile(m_base, readable + u"/ws.termlens"_s);
    if (isRoot())
        runProgram(u"chown"_s, {u"-R"_s, u"nobody:nogroup"_s, readable});
    expectRefusal(u"report into a read-only folder"_s,
                  asOtherUser({m_options.cli, u"--db"_s, readable + u"/ws.termlens"_s, u"report"_s,
                               u"--out"_s, folder + u"/report.pdf"_s}),
                  folder, folder + u"/report.pdf"_s, {u"Permission denied"_s});
    QFile::setPermissions(folder, folderMode);
}

void FaultMatrix::secondInstanceCases()
{
    const QString folder = m_options.work + u"/second"_s;
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QString ws = folder + u"/ws.termlens"_s;
    copyFile(m_base, ws);
    QProcess holder;
    holder.start(m_options.self, {u"helper"_s, u"hold"_s, ws});
    const bool held = holder.waitForReadyRead(30000) && holder.readAll().startsWith("held");
    m_tally.check(held, u"second instance: the first one could not open the workspace"_s);
    if (held) {
        expectRefusal(u"second instance: CLI import"_s,
                      {m_options.cli, u"--db"_s, ws, u"outages"_s, u"import"_s, m_csv,
                       u"--agreement"_s, u"alliants"_s},
                      folder, ws, {u"in use"_s});
        expectRefusal(
            u"second instance: CLI report"_s,
            {m_options.cli, u"--db"_s, ws, u"report"_s, u"--out"_s, m_inputs + u"/second.pdf"_s},
            folder, ws, {u"in use"_s});
        expectRefusal(u"second instance: app import"_s,
                      {m_options.self, u"helper"_s, u"import"_s, ws, m_csv, u"alliants"_s}, folder,
                      ws, {u"in use"_s});
    }
    holder.closeWriteChannel();
    holder.waitForFinished(30000);
    const Run after = runProgram(m_options.cli, {u"--db"_s, ws, u"outages"_s, u"import"_s, m_csv,
                                                 u"--agreement"_s, u"alliants"_s});
    m_tally.check(after.exitCode == 0, u"second instance: import once the first one closed: "_s +
                                           QString::fromUtf8(after.err));
}

void FaultMatrix::missingFolderCases()
{
    const QString missing = m_options.work + u"/no-such-folder"_s;
    expectRefusal(
        u"missing folder: CLI"_s,
        {m_options.cli, u"--db"_s, missing + u"/ws.termlens"_s, u"agreements"_s, u"list"_s},
        m_options.work, missing, {u"does not exist"_s});
    expectRefusal(
        u"missing folder: app Save a Copy"_s,
        {m_options.self, u"helper"_s, u"savecopy"_s, m_base, missing + u"/copy.termlens"_s},
        m_options.work, missing + u"/copy.termlens"_s, {u"does not exist"_s});
}

void FaultMatrix::notWorkspaceCases()
{
    const QString folder = m_options.work + u"/not-workspaces"_s;
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    struct Case
    {
        QString name;
        QByteArray bytes;
        QStringList causes;
    };
    const QByteArray base = readBytes(m_base);
    const QList<Case> cases = {
        {u"report.pdf"_s, readBytes(m_earlierReport), {u"not a TermLens workspace"_s}},
        {u"empty.termlens"_s, QByteArray(), {u"empty"_s}},
        {u"truncated.termlens"_s, base.left(64 * 1024), {u"damaged"_s}},
        {u"half.termlens"_s, base.left(base.size() / 2), {u"damaged"_s}},
    };
    for (const Case &c : cases) {
        const QString file = folder + u'/' + c.name;
        writeBytes(file, c.bytes);
        expectRefusal(u"%1 opened as a workspace: CLI"_s.arg(c.name),
                      {m_options.cli, u"--db"_s, file, u"agreements"_s, u"list"_s}, folder, file,
                      c.causes);
        expectRefusal(u"%1 opened as a workspace: app"_s.arg(c.name),
                      {m_options.self, u"helper"_s, u"import"_s, file, m_csv, u"alliants"_s},
                      folder, file, c.causes);
    }
}

void FaultMatrix::runCases()
{
    QTextStream(stdout) << "R2 cases:" << Qt::endl;
    diskFullCases();
    readOnlyCases();
    secondInstanceCases();
    missingFolderCases();
    notWorkspaceCases();
    QTextStream(stdout) << "R2 cases: " << m_cases << " run, " << m_skipped << " skipped"
                        << Qt::endl;
}

} // namespace reliability
