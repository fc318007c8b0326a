#pragma once

#include "outage.h"
#include "storageresult.h"
#include "subscription.h"
#include "termsheet.h"
#include "workspace.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace termlens {

// Where the desktop app and termlens-cli keep the workspace when none is named:
// <AppDataLocation>/workspace.termlens. The folder is created, private to the user (0700),
// when it does not exist yet; the file itself is not created here.
QString defaultWorkspacePath();

// One agreement of the built-in sample (resources/sample, compiled in under ":/sample/").
struct SampleAgreement
{
    TermSheet sheet; // documents carry their full texts
    std::optional<Subscription> subscription;
    QList<Outage> outages;
    QString outagesFile; // resource path of the outage CSV, empty when there is none
    QByteArray outagesBytes;
};

// Reads and validates every sample agreement (sorted by id), its subscription and its
// outages. A problem in the compiled-in files is a bug; it is reported, never ignored.
StorageResult<QList<SampleAgreement>> loadSampleAgreements();

// Stores one sample agreement (term sheet, subscription, outages as one import batch dated
// `nowUtc`) in an open workspace. Also how the schema fixtures of tests/data/schema are made.
StorageStatus storeSample(Workspace &workspace, const SampleAgreement &sample, qint64 nowUtc);

// Creates a new workspace at `path` (never replacing a file) holding the sample agreements
// with their texts, subscriptions and outages. On any failure the new file is removed again,
// so there is either a complete sample workspace or none. Returns the open workspace.
StorageResult<Workspace> createSampleWorkspace(const QString &path);

// Opens the workspace at `path`, or creates the sample workspace there when no file exists
// (what the app does on first launch).
StorageResult<Workspace> openOrCreateSampleWorkspace(const QString &path);

} // namespace termlens
