#pragma once

#include "storageresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace termlens {

class Workspace;

// A playbook as stored: its file (termlens.playbook/1) kept whole, with the id and name
// beside it for listing. Reading the file into a Playbook is the domain's job.
struct StoredPlaybook
{
    QString id;
    QString name;
    QByteArray json;
    friend bool operator==(const StoredPlaybook &, const StoredPlaybook &) = default;
};

struct PlaybookSummary
{
    QString id;
    QString name;
    friend bool operator==(const PlaybookSummary &, const PlaybookSummary &) = default;
};

class PlaybookRepository
{
public:
    explicit PlaybookRepository(Workspace &workspace);

    // Sorted by name, then id.
    StorageResult<QList<PlaybookSummary>> list() const;
    StorageResult<std::optional<StoredPlaybook>> load(const QString &id) const;
    // Inserts or replaces; refuses text that is not a JSON object.
    StorageStatus save(const StoredPlaybook &playbook);
    StorageResult<bool> remove(const QString &id);

private:
    Workspace &m_workspace;
};

} // namespace termlens
