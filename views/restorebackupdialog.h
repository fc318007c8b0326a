#pragma once

#include "workspacebackup.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace termlens {

// File > Restore Backup: the open workspace's backups (when taken, schema version, size),
// newest first; Restore gives the chosen one's path through selectedBackup(). The main window
// asks for confirmation and does the restore (workspacebackup.h). Below the list: the folder
// the backups are kept in, and how many are kept (the workspace's "backupGenerations"
// setting), which the main window stores when generationsChanged() says so.
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

    // The number of backups kept, as stored; `editable` false (a read-only workspace) shows it
    // without letting it change. Sets the box without emitting generationsChanged().
    void setGenerations(int generations, bool editable);
    int generations() const;

signals:
    // The user chose to keep `generations` backups (MinBackupGenerations..MaxBackupGenerations).
    void generationsChanged(int generations);

private:
    void updateButton();

    QList<WorkspaceBackup> m_backups;
    QTableWidget *m_table = nullptr;
    QPushButton *m_restore = nullptr;
    QSpinBox *m_generations = nullptr;
    QLabel *m_folder = nullptr;
};

} // namespace termlens
