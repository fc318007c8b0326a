#include "claimdraftdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace termlens {

ClaimDraftDialog::ClaimDraftDialog(const ClaimDraft &draft, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("claimDraftDialog"));
    setWindowTitle(tr("Draft Credit Claim"));
    auto *layout = new QVBoxLayout(this);
    if (!draft.requirements.isEmpty()) {
        auto *heading = new QLabel(tr("What the agreement requires:"), this);
        heading->setTextFormat(Qt::PlainText);
        auto *requirements = new QLabel(draft.requirements, this);
        requirements->setObjectName(QStringLiteral("claimRequirements"));
        requirements->setTextFormat(Qt::PlainText);
        requirements->setWordWrap(true);
        requirements->setTextInteractionFlags(Qt::TextSelectableByMouse);
        requirements->setAccessibleName(tr("Claim requirements"));
        layout->addWidget(heading);
        layout->addWidget(requirements);
    }
    auto *form = new QFormLayout;
    m_subject = new QLineEdit(draft.subject, this);
    m_subject->setObjectName(QStringLiteral("claimSubject"));
    m_subject->setAccessibleName(tr("Subject line"));
    auto *subjectLabel = new QLabel(tr("&Subject:"), this);
    subjectLabel->setTextFormat(Qt::PlainText);
    subjectLabel->setBuddy(m_subject);
    form->addRow(subjectLabel, m_subject);
    layout->addLayout(form);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("claimBody"));
    m_body->setAccessibleName(tr("Claim text"));
    m_body->setPlainText(draft.body);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_body, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyClaim"));
    copy->setStatusTip(tr("Copy the subject and text to the clipboard"));
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printClaim"));
    print->setStatusTip(tr("Print the claim"));
    connect(copy, &QPushButton::clicked, this, &ClaimDraftDialog::copyToClipboard);
    connect(print, &QPushButton::clicked, this, &ClaimDraftDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 640);
}

ClaimDraftDialog::~ClaimDraftDialog() = default;

QString ClaimDraftDialog::text() const
{
    ClaimDraft draft;
    draft.subject = m_subject->text();
    draft.body = m_body->toPlainText();
    return draft.text();
}

void ClaimDraftDialog::copyToClipboard() const
{
    QGuiApplication::clipboard()->setText(text());
}

void ClaimDraftDialog::printTo(QPrinter *printer) const
{
    QTextDocument document;
    document.setPlainText(text());
    document.print(printer);
}

void ClaimDraftDialog::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Claim"));
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer);
}

} // namespace termlens
