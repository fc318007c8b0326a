// R2 (TARGETS.md) in the desktop window: files that are not workspaces, a missing folder, a
// workspace another instance holds, and a read-only workspace. Each shows a message box naming
// the file and the cause, leaves the file byte-identical with nothing beside it, and the window
// keeps working (the sample opens afterwards).
#include "agreementrepository.h"
#include "mainwindow.h"
#include "samplefortests.h"
#include "sampleworkspace.h"
#include "workspace.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace termlens;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList folderEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

} // namespace

class TestWorkspaceFaults final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sample;

    static QMessageBox *errorBox(const MainWindow &window)
    {
        return window.findChild<QMessageBox *>(u"errorMessage"_s);
    }
    static int agreementRows(const MainWindow &window)
    {
        return window.findChild<QTableView *>(u"agreementList"_s)->model()->rowCount();
    }
    // The box's text, then the box closed, as a user would.
    static QString takeMessage(const MainWindow &window)
    {
        QMessageBox *box = errorBox(window);
        if (!box)
            return {};
        const QString text = box->text();
        box->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return text;
    }

private slots:
    void initTestCase();
    void cleanup();
    void refusedFilesAreReported_data();
    void refusedFilesAreReported();
    void workspaceInUseIsReported();
    void readOnlyWorkspaceIsShownAndReported();
};

void TestWorkspaceFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(u"sample.termlens"_s);
    const QString failed = prepareSampleForWindows(m_sample);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestWorkspaceFaults::cleanup()
{
    QSettings().clear();
}

void TestWorkspaceFaults::refusedFilesAreReported_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes"); // written unless the folder is missing
    QTest::addColumn<QString>("cause");
    const QByteArray sample = readAll(m_sample);
    QTest::newRow("a PDF") << u"contract.pdf"_s
                           << QByteArray("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
                                         "trailer << /Root 1 0 R >>\n%%EOF\n")
                           << u"not a TermLens workspace"_s;
    QTest::newRow("an empty file") << u"empty.termlens"_s << QByteArray() << u"empty"_s;
    QTest::newRow("a truncated workspace")
        << u"truncated.termlens"_s << sample.left(64 * 1024) << u"damaged"_s;
    QTest::newRow("half a workspace")
        << u"half.termlens"_s << sample.left(sample.size() / 2) << u"damaged"_s;
    QTest::newRow("a missing folder")
        << u"gone/ws.termlens"_s << QByteArray() << u"does not exist"_s;
}

void TestWorkspaceFaults::refusedFilesAreReported()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, cause);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    const bool missingFolder = name.contains(u'/');
    if (!missingFolder)
        writeAll(path, bytes);
    const QStringList before = folderEntries(dir.path());

    MainWindow window;
    window.setRemembersSession(false);
    QVERIFY(!window.openWorkspace(path));
    const QString message = takeMessage(window);
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(cause), qPrintable(message));
    if (!missingFolder)
        QCOMPARE(readAll(path), bytes);
    QCOMPARE(folderEntries(dir.path()), before);
    QCOMPARE(window.workspacePath(), QString());

    // The window carries on: the sample opens, with its four agreements, and no new message.
    QVERIFY(window.openWorkspace(m_sample));
    QCOMPARE(agreementRows(window), 4);
    QVERIFY(!errorBox(window));
    // And a failure while a workspace is open keeps that workspace.
    QVERIFY(!window.openWorkspace(path));
    QVERIFY(!takeMessage(window).isEmpty());
    QCOMPARE(window.workspacePath(), QFileInfo(m_sample).absoluteFilePath());
    QCOMPARE(agreementRows(window), 4);
}

void TestWorkspaceFaults::workspaceInUseIsReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.termlens"_s);
    QVERIFY(QFile::copy(m_sample, path));
    const QByteArray bytes = readAll(path);
    StorageResult<Workspace> other = Workspace::open(path); // the other instance
    QVERIFY2(other.ok(), qPrintable(other.error.toString()));

    MainWindow window;
    window.setRemembersSession(false);
    QVERIFY(!window.openWorkspace(path));
    const QString message = takeMessage(window);
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(u"in use by"_s), qPrintable(message));
    QCOMPARE(readAll(path), bytes);
    other.value->close();
    // Once the other instance has closed it, it opens.
    QVERIFY(window.openWorkspace(path));
    QCOMPARE(agreementRows(window), 4);
}

void TestWorkspaceFaults::readOnlyWorkspaceIsShownAndReported()
{
    if (::geteuid() == 0) {
        // Root writes through file modes: run this test again as the user nobody.
        const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
        if (setpriv.isEmpty())
            QSKIP("running as root without setpriv: a read-only file cannot be tested");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QFile::setPermissions(home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                               QFileDevice::WriteOther | QFileDevice::ExeOther);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"TMPDIR"_s, home.path());
        env.insert(u"XDG_RUNTIME_DIR"_s, home.path());
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(setpriv, {u"--reuid=nobody"_s, u"--regid=nogroup"_s, u"--clear-groups"_s,
                              u"--"_s, QCoreApplication::applicationFilePath(),
                              u"readOnlyWorkspaceIsShownAndReported"_s});
        QVERIFY(child.waitForFinished(120000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 output.constData());
        QVERIFY2(!output.contains("SKIP"), output.constData());
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"readonly.termlens"_s);
    QVERIFY(QFile::copy(m_sample, path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    const QByteArray bytes = readAll(path);

    {
        MainWindow window;
        window.setRemembersSession(false);
        QVERIFY(window.openWorkspace(path)); // it can be read
        QCOMPARE(agreementRows(window), 4);
        const QString message = takeMessage(window);
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(u"read-only"_s), qPrintable(message));
        QVERIFY(window.windowTitle().contains(u"read-only"_s));

        QCOMPARE(folderEntries(dir.path()),
                 (QStringList{u"readonly.termlens"_s, u"readonly.termlens.lock"_s}));
    }
    // A change fails with the file and the cause, and nothing is written.
    StorageResult<Workspace> opened = Workspace::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error.toString()));
    QVERIFY(opened.value->isReadOnly());
    const StorageResult<bool> removed = AgreementRepository(*opened.value).remove(u"logit-io"_s);
    QVERIFY(!removed.ok());
    QVERIFY2(removed.error.toString().contains(path), qPrintable(removed.error.toString()));
    QVERIFY2(removed.error.message.contains(u"read-only"_s), qPrintable(removed.error.message));
    opened.value->close();
    QCOMPARE(readAll(path), bytes);
    QCOMPARE(folderEntries(dir.path()), QStringList{u"readonly.termlens"_s});
}

QTEST_MAIN(TestWorkspaceFaults)
#include "tst_workspacefaults.moc"
