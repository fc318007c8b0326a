#pragma once

#include "mappingpreset.h"
#include "outageimportrunner.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace termlens {

class AgreementListModel;
class Workspace;

// File > Import Outages…: one file into one agreement. The user picks the agreement (and a
// service), the format (sniffed from the file) and, for another tool's CSV, a column mapping
// (built in, saved, or made here with OutageMappingEditor). Before anything is stored the
// dialog previews the import: rows, period, services, categories, how many are already stored,
// and every problem with its line, column and reason. Import runs in a worker thread with a
// progress bar and Cancel; a cancelled or failed import stores nothing.
class OutageImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutageImportDialog)

public:
    // `workspace` is the window's open workspace (read here for agreements' services and the
    // saved mappings); it outlives the dialog.
    OutageImportDialog(Workspace &workspace, AgreementListModel *agreements,
                       const QString &filePath, QWidget *parent = nullptr);
    ~OutageImportDialog() override;

    QString filePath() const { return m_filePath; }
    QString agreementId() const;
    OutageImportRunner *runner() const { return m_runner; }
    // The problems as tab-separated lines (line, column, reason), as Copy Problems copies them.
    QString problemsText() const;

signals:
    void previewShown();
    // The import is stored (`inserted` new outages, `duplicates` already stored).
    void imported(const QString &agreementId, qsizetype inserted, qsizetype duplicates);
    // The import ended without storing anything (cancelled or failed).
    void importAbandoned(const QString &why);

public slots:
    void reject() override;

private:
    void buildUi();
    void fillAgreements();
    void fillServices();
    void fillMappings(const QString &select = {});
    void sniff();
    OutageImportRequest request() const;
    void schedulePreview();
    void showPreview();
    void showProblems(const QList<ImportIssue> &issues);
    QString summaryText(const OutageImportPreview &preview) const;
    void startImport();
    void importDone();
    void editMapping(bool asNew);
    void setBusy(bool busy, const QString &status);
    void updateFormatControls();

    Workspace &m_workspace;
    AgreementListModel *m_agreements;
    QString m_filePath;
    QList<MappingPreset> m_presets;
    OutageImportRunner *m_runner;
    bool m_previewPending = false;
    bool m_importing = false;

    QLabel *m_fileLabel = nullptr;
    QComboBox *m_agreement = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_mapping = nullptr;
    QPushButton *m_editMapping = nullptr;
    QPushButton *m_newMapping = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_problems = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace termlens
