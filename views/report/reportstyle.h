#pragma once

#include <QColor>
#include <QFont>
#include <QTextBlockFormat>
#include <QTextCharFormat>

class QTextLayout;

namespace termlens {

// The report's typography in one place: a serif body and headings, a sans-serif for tables
// and charts, sizes in points. Lengths the text layout takes in device pixels (paddings,
// margins, borders) are converted with the resolution of the PDF writer.
class ReportStyle
{
public:
    // Block property: the block (a heading, a table's caption) must not end a page; the writer
    // moves it to the next page when less than KeepWithNextSpace points follow it.
    static constexpr int KeepWithNext = QTextFormat::UserProperty + 18;
    static constexpr qreal KeepWithNextSpace = 96;
    // Block property: the block starts a page (the writer breaks before it unless it already
    // stands at the top of one, so a table ending a page never leaves a blank page behind).
    static constexpr int StartsPage = QTextFormat::UserProperty + 19;
    // Block properties of a table's rows (reporttable.h), one block each: the header row (the
    // writer repeats it above a row that starts a page) and a data row.
    static constexpr int TableHeader = QTextFormat::UserProperty + 20;
    static constexpr int TableRow = QTextFormat::UserProperty + 21;

    explicit ReportStyle(int resolution);

    int resolution() const { return m_resolution; }
    // Points to device pixels: for QPainter, block margins and line heights.
    qreal px(qreal points) const { return points * m_resolution / 72.0; }

    QTextCharFormat body() const;
    QTextCharFormat bold() const;
    QTextCharFormat muted() const;
    QTextCharFormat quote() const;
    QTextCharFormat title() const;
    QTextCharFormat heading(int level) const; // 1: section, 2: part, 3: agreement
    QTextCharFormat tableText() const;
    QTextCharFormat tableHeader() const;
    QTextCharFormat tableSmall() const;

    QTextBlockFormat paragraph() const;
    QTextBlockFormat headingBlock(int level, bool newPage) const;
    QTextBlockFormat quoteBlock() const;
    QTextBlockFormat captionBlock() const; // a paragraph introducing a table

    QFont chartFont(qreal points) const;
    QFont pageFont() const; // running header and footer

    // Letters stay letters in the PDF's text: no "fi" ligature glyphs.
    static void withoutLigatures(QFont &font);
    static QString serifFamily();
    static QString sansFamily();
    static QColor ink() { return QColor(0x1d, 0x23, 0x2b); }
    static QColor accent() { return QColor(0x1f, 0x3a, 0x5f); }
    static QColor mutedInk() { return QColor(0x5a, 0x63, 0x6e); }
    static QColor rule() { return QColor(0xb8, 0xbf, 0xc7); }
    static QColor headerFill() { return QColor(0xe6, 0xeb, 0xf1); }
    static QColor bestFill() { return QColor(0xdc, 0xef, 0xdc); }
    static QColor worstFill() { return QColor(0xf7, 0xdf, 0xdc); }
    static QColor failInk() { return QColor(0x9b, 0x1c, 0x1c); }
    static QColor passInk() { return QColor(0x1e, 0x6b, 0x2e); }

private:
    QTextCharFormat text(const QString &family, qreal points) const;

    int m_resolution;
};

// Lays `layout` out in lines of `width` (broken between words, or inside a word longer than a
// line), one below the other from 0; returns their height. Table cells and chart legends.
qreal layOutWrapped(QTextLayout &layout, qreal width, Qt::Alignment alignment = Qt::AlignLeft);

} // namespace termlens
