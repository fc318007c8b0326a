#pragma once

#include "workspacebackup.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QTableWidget;

namespace termlens {

// File > Restore Backup: the open workspace's backups (when taken, schema version, size),
// newest first; Restore gives the chosen one's path through selectedBackup(). The main window
// asks for confirmation and does the restore (workspacebackup.h).
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreBackupDialog)

public:
    RestoreBackupDialog(const QString &workspaceFile, const QList<WorkspaceBackup> &backups,
                        QWidget *parent = nullptr);
    ~RestoreBackupDialog() override;

    // The backup chosen (empty when none is).
    QString selectedBackup() const;
    WorkspaceBackup selectedInfo() const;

private:
    void updateButton();

    QList<WorkspaceBackup> m_backups;
    QTableWidget *m_table = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace termlens
