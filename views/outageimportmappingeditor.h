#pragma once

#include "mappedcsv.h"
#include "mappingpreset.h"

#include <QByteArray>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace termlens {

class Workspace;

// Makes or changes a column mapping (mappingpreset.h) and saves it by name in the workspace.
// The columns are chosen from the file's own header; below the form, the first rows of the
// file as the mapping reads them, each with its problem, change by change.
class OutageImportMappingEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutageImportMappingEditor)

public:
    OutageImportMappingEditor(Workspace &workspace, const MappingPreset &preset,
                              const QByteArray &fileHead, const OutageImportTarget &target,
                              QWidget *parent = nullptr);
    ~OutageImportMappingEditor() override;

    MappingPreset preset() const;
    void setPreset(const MappingPreset &preset);

signals:
    void saved(const QString &name);

public slots:
    void accept() override;

private:
    QComboBox *columnBox(const QString &objectName, const QString &accessibleName);
    void fillColumns();
    void updatePreview();

    Workspace &m_workspace;
    QByteArray m_head;
    OutageImportTarget m_target;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_delimiter = nullptr;
    QCheckBox *m_header = nullptr;
    QComboBox *m_start = nullptr;
    QComboBox *m_end = nullptr;
    QComboBox *m_duration = nullptr;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_formats = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_serviceColumn = nullptr;
    QLineEdit *m_fixedService = nullptr;
    QComboBox *m_categoryColumn = nullptr;
    QPlainTextEdit *m_categoryMap = nullptr;
    QComboBox *m_fixedCategory = nullptr;
    QComboBox *m_reference = nullptr;
    QComboBox *m_notes = nullptr;
    QComboBox *m_filterColumn = nullptr;
    QLineEdit *m_filterValues = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_problems = nullptr;
    QList<QComboBox *> m_columnBoxes;
};

} // namespace termlens
