#include "citationpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace termlens {

namespace {

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

CitationPanel::CitationPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_title = addLabel(QStringLiteral("citationTitle"), tr("Term"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_value = addLabel(QStringLiteral("citationValue"), tr("Value"));
    m_cited = addLabel(QStringLiteral("citationPlace"), tr("Cited clause"));
    m_quoteCaption = caption(tr("Quoted words"), this);
    m_quote = addLabel(QStringLiteral("citationQuote"), tr("Quoted words"));
    QFont quoteFont = m_quote->font();
    quoteFont.setItalic(true);
    m_quote->setFont(quoteFont);
    m_noteCaption = caption(tr("Reading chosen"), this);
    m_note = addLabel(QStringLiteral("citationNote"), tr("Reading chosen"));

    m_ambiguityCaption = new QWidget(this);
    auto *ambiguityRow = new QHBoxLayout(m_ambiguityCaption);
    ambiguityRow->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(m_ambiguityCaption);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAccessibleName(tr("Ambiguous"));
    ambiguityRow->addWidget(icon);
    ambiguityRow->addWidget(caption(tr("Ambiguity"), m_ambiguityCaption), 1);
    m_ambiguity = addLabel(QStringLiteral("citationAmbiguity"), tr("Ambiguity"));

    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_cited);
    layout->addSpacing(6);
    layout->addWidget(m_quoteCaption);
    layout->addWidget(m_quote);
    layout->addSpacing(6);
    layout->addWidget(m_ambiguityCaption);
    layout->addWidget(m_ambiguity);
    layout->addSpacing(6);
    layout->addWidget(m_noteCaption);
    layout->addWidget(m_note);
    layout->addStretch(1);
    showMessage({}, {});
}

CitationPanel::~CitationPanel() = default;

QLabel *CitationPanel::addLabel(const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

void CitationPanel::setSection(QLabel *captionLabel, QLabel *body, const QString &text)
{
    body->setText(text);
    body->setVisible(!text.isEmpty());
    if (captionLabel)
        captionLabel->setVisible(!text.isEmpty());
}

void CitationPanel::showRow(const TermRow &row, const QString &citedAs)
{
    m_title->setText(tr("%1 — %2").arg(termGroupName(row.group), row.label));
    m_value->setText(row.value);
    m_cited->setText(
        row.stated ? (citedAs.isEmpty() ? tr("No clause cited.") : tr("Cited: %1").arg(citedAs))
                   : tr("The agreement's documents do not state this term."));
    m_cited->setVisible(true);
    setSection(m_quoteCaption, m_quote, row.citation.quote);
    setSection(m_noteCaption, m_note, row.citation.note);
    setSection(nullptr, m_ambiguity, row.citation.ambiguity);
    m_ambiguityCaption->setVisible(!row.citation.ambiguity.isEmpty());
}

void CitationPanel::showMessage(const QString &title, const QString &text)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_value->setText(text);
    m_value->setVisible(!text.isEmpty());
    m_cited->setVisible(false);
    setSection(m_quoteCaption, m_quote, {});
    setSection(m_noteCaption, m_note, {});
    setSection(nullptr, m_ambiguity, {});
    m_ambiguityCaption->setVisible(false);
}

} // namespace termlens
