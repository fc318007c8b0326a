#include "playbookrepository.h"

#include "sqlerror.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace termlens {

using namespace Qt::StringLiterals;

PlaybookRepository::PlaybookRepository(Workspace &workspace)
    : m_workspace(workspace)
{}

StorageResult<QList<PlaybookSummary>> PlaybookRepository::list() const
{
    using Result = StorageResult<QList<PlaybookSummary>>;
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    const QString file = m_workspace.path();
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (const StorageStatus s = execStatement(
            query, file, u"SELECT id, name FROM playbooks ORDER BY lower(name), id"_s);
        !s.ok())
        return Result::failure(s.error);
    QList<PlaybookSummary> playbooks;
    while (query.next())
        playbooks.append({query.value(0).toString(), query.value(1).toString()});
    if (const StorageStatus s = finishedCleanly(query, file); !s.ok())
        return Result::failure(s.error);
    return Result::success(playbooks);
}

StorageResult<std::optional<StoredPlaybook>> PlaybookRepository::load(const QString &id) const
{
    using Result = StorageResult<std::optional<StoredPlaybook>>;
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    const QString file = m_workspace.path();
    QSqlQuery query(m_workspace.database());
    if (const StorageStatus s =
            execStatement(query, file, u"SELECT name, json FROM playbooks WHERE id = ?"_s, {id});
        !s.ok())
        return Result::failure(s.error);
    if (!query.next()) {
        if (const StorageStatus s = finishedCleanly(query, file); !s.ok())
            return Result::failure(s.error);
        return Result::success(std::nullopt);
    }
    return Result::success(
        StoredPlaybook{id, query.value(0).toString(), query.value(1).toString().toUtf8()});
}

StorageStatus PlaybookRepository::save(const StoredPlaybook &playbook)
{
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return open;
    const QString file = m_workspace.path();
    QJsonParseError error;
    if (!QJsonDocument::fromJson(playbook.json, &error).isObject()) {
        return StorageStatus::failure(
            {file, QCoreApplication::translate("PlaybookRepository",
                                               "The playbook %1 is not a JSON object (%2); it "
                                               "was not saved.")
                       .arg(playbook.id, error.errorString())});
    }
    QSqlQuery query(m_workspace.database());
    // Stored as TEXT (UTF-8), exactly as given: the domain's reader sees the user's own file.
    return execStatement(query, file,
                         u"INSERT INTO playbooks (id, name, json) VALUES (?, ?, ?)"
                         " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                         " json = excluded.json"_s,
                         {playbook.id, playbook.name, QString::fromUtf8(playbook.json)});
}

StorageResult<bool> PlaybookRepository::remove(const QString &id)
{
    using Result = StorageResult<bool>;
    if (const StorageStatus open = m_workspace.checkOpen(); !open.ok())
        return Result::failure(open.error);
    QSqlQuery query(m_workspace.database());
    const StorageStatus s =
        execStatement(query, m_workspace.path(), u"DELETE FROM playbooks WHERE id = ?"_s, {id});
    if (!s.ok())
        return Result::failure(s.error);
    return Result::success(query.numRowsAffected() > 0);
}

} // namespace termlens
