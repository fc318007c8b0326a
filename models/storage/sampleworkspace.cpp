#include "sampleworkspace.h"

#include "agreementrepository.h"
#include "issuelist.h"
#include "outagecsv.h"
#include "outageimport.h"
#include "outagerepository.h"
#include "subscriptionjson.h"
#include "subscriptionrepository.h"
#include "termsheetfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace termlens {
namespace {

struct SampleText
{
    Q_DECLARE_TR_FUNCTIONS(SampleWorkspace)
};

const QString &sampleFolder()
{
    static const QString folder = QStringLiteral(":/sample");
    return folder;
}

StorageStatus loadSubscription(SampleAgreement &sample, const QString &path)
{
    if (!QFileInfo::exists(path))
        return storageOk();
    QString why;
    const std::optional<QByteArray> bytes = readLimitedFile(path, MaxSubscriptionBytes, &why);
    if (!bytes)
        return StorageStatus::failure({path, why});
    const SubscriptionParseResult parsed = parseSubscription(*bytes);
    if (!parsed.subscription)
        return StorageStatus::failure({path, joinIssues(parsed.issues)});
    if (parsed.subscription->agreementId != sample.sheet.id) {
        return StorageStatus::failure(
            {path, SampleText::tr("the subscription is for %1, not %2")
                       .arg(parsed.subscription->agreementId, sample.sheet.id)});
    }
    sample.subscription = parsed.subscription;
    return storageOk();
}

StorageStatus loadOutages(SampleAgreement &sample, const QString &path)
{
    if (!QFileInfo::exists(path))
        return storageOk();
    QString why;
    // The samples are small; the limit only guards against a broken build.
    const std::optional<QByteArray> bytes = readLimitedFile(path, 16 * 1024 * 1024, &why);
    if (!bytes)
        return StorageStatus::failure({path, why});
    const OutageParseResult parsed = parseNativeOutageCsv(*bytes, sample.sheet.id);
    if (!parsed.issues.isEmpty()) {
        return StorageStatus::failure({path, joinIssues(parsed.issues)});
    }
    sample.outages = parsed.outages;
    sample.outagesFile = path;
    sample.outagesBytes = *bytes;
    return storageOk();
}

} // namespace

StorageStatus storeSample(Workspace &workspace, const SampleAgreement &sample, qint64 nowUtc)
{
    if (StorageStatus s = AgreementRepository(workspace).save(sample.sheet); !s.ok())
        return s;
    if (sample.subscription) {
        if (StorageStatus s = SubscriptionRepository(workspace).save(*sample.subscription); !s.ok())
            return s;
    }
    if (!sample.outagesFile.isEmpty()) {
        const ImportBatch batch =
            makeImportBatch(sample.sheet.id, sample.outagesFile, sample.outagesBytes,
                            sample.outages.size(), nowUtc);
        const auto added = OutageRepository(workspace).addImport(batch, sample.outages);
        if (!added.ok())
            return StorageStatus::failure(added.error);
    }
    return storageOk();
}

namespace {

// Removes what a failed createSampleWorkspace left: the new file and a stray journal.
void discardWorkspace(Workspace &workspace, const QString &path)
{
    workspace.close();
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
}

} // namespace

QString defaultWorkspacePath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::home().filePath(QStringLiteral(".termlens"));
    if (!QFileInfo::exists(folder) && QDir().mkpath(folder)) {
        // Agreements, fees and outages are confidential: the folder is the user's alone.
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }
    return QDir(folder).filePath(QStringLiteral("workspace.termlens"));
}

StorageResult<QList<SampleAgreement>> loadSampleAgreements()
{
    using Result = StorageResult<QList<SampleAgreement>>;
    const QDir folder(sampleFolder());
    const QStringList sheets =
        folder.entryList({QStringLiteral("*.termsheet.json")}, QDir::Files, QDir::Name);
    if (sheets.isEmpty())
        return Result::failure({sampleFolder(), SampleText::tr("no sample term sheets found")});
    QList<SampleAgreement> samples;
    for (const QString &name : sheets) {
        const QString path = folder.filePath(name);
        const TermSheetFileResult read = readTermSheetFile(path);
        if (!read.sheet)
            return Result::failure({path, joinIssues(read.issues)});
        SampleAgreement sample;
        sample.sheet = *read.sheet;
        const QString stem = name.chopped(int(qstrlen(".termsheet.json")));
        const QString subscription = folder.filePath(stem + QStringLiteral(".subscription.json"));
        if (StorageStatus s = loadSubscription(sample, subscription); !s.ok())
            return Result::failure(s.error);
        if (StorageStatus s =
                loadOutages(sample, folder.filePath(stem + QStringLiteral(".outages.csv")));
            !s.ok())
            return Result::failure(s.error);
        samples.append(std::move(sample));
    }
    return Result::success(samples);
}

StorageResult<Workspace> createSampleWorkspace(const QString &path)
{
    using Result = StorageResult<Workspace>;
    // Everything is read and checked before the file exists, so a broken sample never leaves
    // a half-made workspace behind.
    const StorageResult<QList<SampleAgreement>> samples = loadSampleAgreements();
    if (!samples.ok())
        return Result::failure(samples.error);
    StorageResult<Workspace> created = Workspace::create(path);
    if (!created.ok())
        return created;
    Workspace &workspace = *created.value;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const SampleAgreement &sample : *samples.value) {
        if (const StorageStatus s = storeSample(workspace, sample, now); !s.ok()) {
            const QString file = workspace.path();
            discardWorkspace(workspace, file);
            return Result::failure(
                {file, SampleText::tr("The sample workspace could not be made: %1")
                           .arg(s.error.message)});
        }
    }
    return created;
}

StorageResult<Workspace> openOrCreateSampleWorkspace(const QString &path)
{
    if (QFileInfo::exists(path))
        return Workspace::open(path);
    return createSampleWorkspace(path);
}

} // namespace termlens
