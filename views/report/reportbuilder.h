#pragma once

#include "reporttable.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTextCursor>

class QTextDocument;

namespace termlens {

class ReportChartObject;
class ReportStyle;
struct ReportChart;

// Appends the report's parts to a text document, always at its end and always as plain text
// (QTextCursor::insertText): a vendor called "<b>Acme</b>" prints those characters.
class ReportBuilder
{
public:
    ReportBuilder(QTextDocument &document, const ReportStyle &style, ReportChartObject &charts,
                  const QLocale &locale);

    void heading(const QString &text, int level, bool newPage = false);
    void paragraph(const QString &text);
    void paragraph(const QString &text, const QTextCharFormat &format);
    void paragraph(const QString &text, const QTextCharFormat &format,
                   const QTextBlockFormat &block);
    // "Label: value" on one line, the label in bold.
    void labelled(const QString &label, const QString &value);
    void quote(const QString &text);
    void chart(const ReportChart &chart);
    ReportTable table(const QStringList &headers, const QList<qreal> &widths, int rows);

    const ReportStyle &style() const { return m_style; }
    const QLocale &locale() const { return m_locale; }
    QTextCursor &cursor() { return m_cursor; }

    // "31 May 2026" in the locale's order and month names (no weekday).
    QString dateText(QDate date) const;
    // "May 2026".
    QString monthText(QDate month) const;
    // "May 26": for chart axes.
    QString shortMonthText(QDate month) const;

private:
    void newBlock(const QTextBlockFormat &format);

    QTextDocument &m_document;
    const ReportStyle &m_style;
    ReportChartObject &m_charts;
    QLocale m_locale;
    QTextCursor m_cursor;
    bool m_empty = true;
    bool m_reuseBlock = true;
};

} // namespace termlens
