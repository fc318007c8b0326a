#pragma once

#include "reporttable.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTextCursor>

#include <functional>

class QTextDocument;

namespace termlens {

class ReportChartObject;
class ReportStyle;
struct ReportChart;

// Gives the builder a new, empty document for the next unit of the report (set up for the
// PDF writer: page size, paint device, fonts, the chart handler); the caller owns it.
using ReportUnitFactory = std::function<QTextDocument *()>;

// Appends the report's parts to text documents, always at the end and always as plain text
// (QTextCursor::insertText): a vendor called "<b>Acme</b>" prints those characters.
// The report is written as a sequence of units, each its own document: every heading starts
// a new one, so a unit is a heading and what belongs to it (one agreement's part of a
// section). The writer lays each unit out on its own and chains them on the pages
// (reportpages.h): moving a heading to the next page re-lays out only its unit.
class ReportBuilder
{
public:
    ReportBuilder(ReportUnitFactory newUnit, const ReportStyle &style, ReportChartObject &charts,
                  ReportTableObject &tables, const QLocale &locale);
    ~ReportBuilder();
    ReportBuilder(const ReportBuilder &) = delete;
    ReportBuilder &operator=(const ReportBuilder &) = delete;

    // Closes the last unit (its layout runs once, now); also done by the destructor.
    void finish();

    void heading(const QString &text, int level, bool newPage = false);
    void paragraph(const QString &text);
    void paragraph(const QString &text, const QTextCharFormat &format);
    void paragraph(const QString &text, const QTextCharFormat &format,
                   const QTextBlockFormat &block);
    // "Label: value" on one line, the label in bold.
    void labelled(const QString &label, const QString &value);
    void quote(const QString &text);
    void chart(const ReportChart &chart);
    // A table of a header row and `rows` data rows, a block each (reporttable.h).
    ReportTable table(const QStringList &headers, const QList<qreal> &widths, int rows);

    const ReportStyle &style() const { return m_style; }
    const QLocale &locale() const { return m_locale; }
    int units() const { return m_units; }

    // "31 May 2026" in the locale's order and month names (no weekday).
    QString dateText(QDate date) const;
    // "May 2026".
    QString monthText(QDate month) const;
    // "May 26": for chart axes.
    QString shortMonthText(QDate month) const;

private:
    void newBlock(const QTextBlockFormat &format);
    void startUnit();
    void ensureUnit();

    ReportUnitFactory m_newUnit;
    QTextDocument *m_document = nullptr;
    const ReportStyle &m_style;
    ReportChartObject &m_charts;
    ReportTableObject &m_tables;
    QLocale m_locale;
    QTextCursor m_cursor;
    bool m_empty = true;     // nothing written in the whole report yet
    bool m_unitEmpty = true; // nothing written in the current unit yet
    bool m_reuseBlock = true;
    int m_units = 0;
};

} // namespace termlens
