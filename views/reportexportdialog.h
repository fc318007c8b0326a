#pragma once

#include "agreementrepository.h"
#include "reportoptions.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace termlens {

// File > Export Report…: which agreements, sections, period, page size, title and author, and
// the file to write; the same choices as `termlens-cli report`. Export stays disabled (and a
// line says why) while the choices cannot make a report.
class ReportExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExportDialog)

public:
    ReportExportDialog(const QList<AgreementSummary> &agreements, const ReportOptions &defaults,
                       QWidget *parent = nullptr);
    ~ReportExportDialog() override;

    // The choices as options (outputFile included); valid when problem() is empty.
    ReportOptions options() const;
    // Why Export is disabled, in words; empty when it is enabled.
    QString problem() const;

    // Controls, for tests.
    QListWidget *agreementList() const { return m_agreements; }
    QCheckBox *sectionBox(const QString &key) const;
    QCheckBox *periodBox() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *fileEdit() const { return m_file; }
    QComboBox *pageSizeBox() const { return m_pageSize; }

private:
    void browse();
    void update();

    ReportOptions m_defaults;
    QListWidget *m_agreements = nullptr;
    QList<QCheckBox *> m_sections;
    QCheckBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_pageSize = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace termlens
