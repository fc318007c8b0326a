#include "reportbuilder.h"

#include "reportchart.h"
#include "reportstyle.h"

#include <QRegularExpression>
#include <QTextDocument>

namespace termlens {

ReportBuilder::ReportBuilder(ReportUnitFactory newUnit, const ReportStyle &style,
                             ReportChartObject &charts, ReportTableObject &tables,
                             const QLocale &locale)
    : m_newUnit(std::move(newUnit))
    , m_style(style)
    , m_charts(charts)
    , m_tables(tables)
    , m_locale(locale)
{}

ReportBuilder::~ReportBuilder()
{
    finish();
}

void ReportBuilder::finish()
{
    if (!m_document)
        return;
    // One edit block per unit: its layout runs once at the end, not after every insertion.
    m_cursor.endEditBlock();
    m_cursor = QTextCursor();
    m_document = nullptr;
}

void ReportBuilder::startUnit()
{
    finish();
    m_document = m_newUnit();
    m_cursor = QTextCursor(m_document);
    m_cursor.beginEditBlock();
    m_reuseBlock = true;
    m_unitEmpty = true;
    ++m_units;
}

void ReportBuilder::ensureUnit()
{
    if (!m_document)
        startUnit();
}

void ReportBuilder::newBlock(const QTextBlockFormat &format)
{
    ensureUnit();
    m_cursor.movePosition(QTextCursor::End);
    if (m_reuseBlock) {
        // The document's first block, or the empty one a table leaves after itself.
        m_cursor.setBlockFormat(format);
        m_reuseBlock = false;
    } else {
        m_cursor.insertBlock(format);
    }
    m_empty = false;
    m_unitEmpty = false;
}

void ReportBuilder::heading(const QString &text, int level, bool newPage)
{
    if (!m_document || !m_unitEmpty)
        startUnit();
    newBlock(m_style.headingBlock(level, newPage && !m_empty));
    m_cursor.insertText(text, m_style.heading(level));
}

void ReportBuilder::paragraph(const QString &text)
{
    paragraph(text, m_style.body());
}

void ReportBuilder::paragraph(const QString &text, const QTextCharFormat &format)
{
    newBlock(m_style.paragraph());
    m_cursor.insertText(text, format);
}

void ReportBuilder::paragraph(const QString &text, const QTextCharFormat &format,
                              const QTextBlockFormat &block)
{
    newBlock(block);
    m_cursor.insertText(text, format);
}

void ReportBuilder::labelled(const QString &label, const QString &value)
{
    newBlock(m_style.paragraph());
    m_cursor.insertText(label, m_style.bold());
    m_cursor.insertText(QStringLiteral(" ") + value, m_style.body());
}

void ReportBuilder::quote(const QString &text)
{
    newBlock(m_style.quoteBlock());
    m_cursor.insertText(text, m_style.quote());
}

void ReportBuilder::chart(const ReportChart &chart)
{
    const QList<ReportChart> legend = legendRows(chart);
    QTextBlockFormat block = m_style.paragraph();
    block.setAlignment(Qt::AlignHCenter);
    block.setTopMargin(m_style.px(4));
    if (!legend.isEmpty()) {
        // The plot, then its legend a row a line, so a long legend runs on to the next page
        // (the plot keeps with its first row).
        block.setBottomMargin(0);
        block.setProperty(ReportStyle::KeepWithNext, true);
    }
    newBlock(block);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), m_charts.add(chart));
    for (qsizetype i = 0; i < legend.size(); ++i) {
        QTextBlockFormat row;
        row.setBottomMargin(i + 1 == legend.size() ? m_style.px(6) : 0);
        newBlock(row);
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), m_charts.add(legend.at(i)));
    }
}

ReportTable ReportBuilder::table(const QStringList &headers, const QList<qreal> &widths, int rows)
{
    const int index = m_tables.add(headers, widths, rows);
    for (int row = 0; row <= rows; ++row) {
        QTextBlockFormat block;
        if (row == 0) {
            block.setTopMargin(m_style.px(4));
            // The header row never ends a page: it moves on with the first rows.
            block.setProperty(ReportStyle::TableHeader, true);
            block.setProperty(ReportStyle::KeepWithNext, true);
        } else {
            block.setProperty(ReportStyle::TableRow, true);
        }
        if (row == rows)
            block.setBottomMargin(m_style.px(8));
        newBlock(block);
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                            m_tables.rowFormat(index, row));
    }
    return ReportTable(m_tables, index);
}

QString ReportBuilder::dateText(QDate date) const
{
    if (!date.isValid())
        return {};
    // The locale's long date without its weekday: "d MMMM yyyy", "MMMM d, yyyy", "d. MMMM yyyy".
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    QString format = m_locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return m_locale.toString(date, format.trimmed());
}

QString ReportBuilder::monthText(QDate month) const
{
    return m_locale.toString(month, QStringLiteral("MMMM yyyy"));
}

QString ReportBuilder::shortMonthText(QDate month) const
{
    return m_locale.toString(month, QStringLiteral("MMM yy"));
}

} // namespace termlens
