#include "agreementrepository.h"
#include "sampleworkspace.h"
#include "workspace.h"
#include "workspacecopy.h"

#include <QFile>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

using namespace termlens;
using namespace Qt::StringLiterals;

class TestWorkspaceCopy final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static int agreementCount(const QString &path)
    {
        StorageResult<Workspace> opened = Workspace::open(path);
        if (!opened.ok())
            return -1;
        return int(AgreementRepository(*opened.value)
                       .list()
                       .value.value_or(QList<AgreementSummary>())
                       .size());
    }

private slots:
    void copiesWholeWorkspace();
    void replacesExistingFile();
    void refusesItself();
    void refusesWorkspaceInUse();
    void refusesMissingFolder();
};

void TestWorkspaceCopy::copiesWholeWorkspace()
{
    const QString source = m_dir.filePath(u"a.termlens"_s);
    StorageResult<Workspace> sample = createSampleWorkspace(source);
    QVERIFY(sample.ok());
    const QString target = m_dir.filePath(u"copy of a.termlens"_s);
    const StorageStatus saved = saveWorkspaceCopy(*sample.value, target);
    QVERIFY2(saved.ok(), qPrintable(saved.error.toString()));
    // 0600: owner (and, as the owner runs this, user) read and write; nothing for others.
    QCOMPARE(QFile::permissions(target), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ReadUser | QFileDevice::WriteUser);
    QVERIFY(!QFile::exists(target + u".partial"_s));
    QVERIFY(!QFile::exists(target + u".lock"_s));
    QCOMPARE(agreementCount(target), 4); // the four sample agreements
    QVERIFY(sample.value->isOpen());     // the open workspace stays open
}

void TestWorkspaceCopy::replacesExistingFile()
{
    const QString source = m_dir.filePath(u"b.termlens"_s);
    StorageResult<Workspace> sample = createSampleWorkspace(source);
    QVERIFY(sample.ok());
    const QString target = m_dir.filePath(u"old.termlens"_s);
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older file the user chose to replace");
    old.close();
    QVERIFY(saveWorkspaceCopy(*sample.value, target).ok());
    QCOMPARE(agreementCount(target), 4);
}

void TestWorkspaceCopy::refusesItself()
{
    const QString source = m_dir.filePath(u"c.termlens"_s);
    StorageResult<Workspace> sample = createSampleWorkspace(source);
    QVERIFY(sample.ok());
    const StorageStatus saved = saveWorkspaceCopy(*sample.value, source);
    QVERIFY(!saved.ok());
    QVERIFY(saved.error.message.contains(u"open workspace itself"_s));
    QVERIFY(sample.value->isOpen());
    sample.value->close();
    QCOMPARE(agreementCount(source), 4);
}

void TestWorkspaceCopy::refusesWorkspaceInUse()
{
    const QString source = m_dir.filePath(u"d.termlens"_s);
    StorageResult<Workspace> sample = createSampleWorkspace(source);
    QVERIFY(sample.ok());
    const QString target = m_dir.filePath(u"in-use.termlens"_s);
    StorageResult<Workspace> other = Workspace::create(target); // holds target's lock
    QVERIFY(other.ok());
    const StorageStatus saved = saveWorkspaceCopy(*sample.value, target);
    QVERIFY(!saved.ok());
    QVERIFY(saved.error.message.contains(u"has this workspace open"_s));
    QCOMPARE(
        AgreementRepository(*other.value).list().value.value_or(QList<AgreementSummary>()).size(),
        0);
}

void TestWorkspaceCopy::refusesMissingFolder()
{
    const QString source = m_dir.filePath(u"e.termlens"_s);
    StorageResult<Workspace> sample = createSampleWorkspace(source);
    QVERIFY(sample.ok());
    const StorageStatus saved =
        saveWorkspaceCopy(*sample.value, m_dir.filePath(u"no/such/folder/x.termlens"_s));
    QVERIFY(!saved.ok());
    QVERIFY(!saved.error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkspaceCopy)
#include "tst_workspacecopy.moc"
