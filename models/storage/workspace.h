#pragma once

#include "migrations.h"
#include "storageresult.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace termlens {

// One open workspace file: a named SQLite connection for this thread, holding the workspace's
// writer lock ("<file>.lock") until close(). Every connection runs journal_mode=DELETE (one
// file the user can copy), synchronous=FULL, foreign_keys=ON and trusted_schema=OFF.
// Move-only; the destructor closes.
class Workspace
{
public:
    // Makes a new workspace: the file is created 0600 before SQLite opens it (its journal
    // takes the same mode) and never replaces an existing file. On failure nothing is left.
    static StorageResult<Workspace> create(const QString &path);
    // Opens an existing workspace read-write, never creating one. Refuses, leaving the file
    // as it was: a missing file, anything that is not a TermLens workspace, a damaged one (size
    // against header, quick_check of every table but the outages, which SQLite checks page by
    // page as they are read; see openCheck in workspace.cpp), one written by a newer TermLens,
    // and one another program has open. Older workspaces are checked in full (quick_check),
    // backed up, then migrated.
    static StorageResult<Workspace> open(const QString &path);
    // The same with a given schema (tests and future upgrade tools).
    static StorageResult<Workspace> open(const QString &path, const Migrations &migrations);

    Workspace(Workspace &&other) noexcept;
    Workspace &operator=(Workspace &&other) noexcept;
    ~Workspace();

    void close();
    bool isOpen() const;
    // An error for repositories to return when used after close().
    StorageStatus checkOpen() const;
    // The absolute path of the workspace file; errors name it.
    QString path() const;
    // This workspace's connection (use it only in the thread that opened the workspace, and
    // keep no copy beyond the workspace's life).
    QSqlDatabase database() const;
    QString connectionName() const;
    // What the last open() did to bring the file up to date (backup path, versions).
    MigrationReport migration() const;
    // True when the file's permissions let SQLite open it for reading only: it can be shown,
    // and every write fails with a "read-only" error naming the file.
    bool isReadOnly() const;

    // Small per-workspace preferences (settings table); absent keys give a null QString.
    StorageResult<QString> setting(const QString &key) const;
    StorageStatus setSetting(const QString &key, const QString &value);

private:
    struct Private;
    explicit Workspace(std::unique_ptr<Private> d);

    std::unique_ptr<Private> d;
};

} // namespace termlens
