#include "reportstyle.h"

#include <QBrush>
#include <QTextLayout>

namespace termlens {

ReportStyle::ReportStyle(int resolution)
    : m_resolution(resolution)
{}

void ReportStyle::withoutLigatures(QFont &font)
{
    // Latin text drawn glyph for glyph, without the shaper's ligatures (Qt 6.4 has no font
    // feature switches): "fi" copies out of the PDF as two letters, not as U+FB01. Scripts that
    // need shaping are still shaped.
    font.setStyleStrategy(QFont::PreferNoShaping);
}

QString ReportStyle::serifFamily()
{
    return QStringLiteral("DejaVu Serif");
}

QString ReportStyle::sansFamily()
{
    return QStringLiteral("DejaVu Sans");
}

QTextCharFormat ReportStyle::text(const QString &family, qreal points) const
{
    QTextCharFormat f;
    QFont font(family);
    font.setPointSizeF(points);
    font.setStyleHint(family == serifFamily() ? QFont::Serif : QFont::SansSerif);
    withoutLigatures(font);
    f.setFont(font, QTextCharFormat::FontPropertiesAll);
    f.setForeground(ink());
    return f;
}

QTextCharFormat ReportStyle::body() const
{
    return text(serifFamily(), 9.5);
}

QTextCharFormat ReportStyle::bold() const
{
    QTextCharFormat f = body();
    f.setFontWeight(QFont::Bold);
    return f;
}

QTextCharFormat ReportStyle::muted() const
{
    QTextCharFormat f = text(serifFamily(), 8.5);
    f.setForeground(mutedInk());
    return f;
}

QTextCharFormat ReportStyle::quote() const
{
    QTextCharFormat f = text(serifFamily(), 9);
    f.setFontItalic(true);
    return f;
}

QTextCharFormat ReportStyle::title() const
{
    QTextCharFormat f = text(serifFamily(), 26);
    f.setForeground(accent());
    return f;
}

QTextCharFormat ReportStyle::heading(int level) const
{
    const qreal sizes[] = {17, 13, 11};
    QTextCharFormat f = text(serifFamily(), sizes[qBound(1, level, 3) - 1]);
    f.setFontWeight(QFont::Bold);
    f.setForeground(accent());
    return f;
}

QTextCharFormat ReportStyle::tableText() const
{
    return text(sansFamily(), 7.5);
}

QTextCharFormat ReportStyle::tableHeader() const
{
    QTextCharFormat f = text(sansFamily(), 7.5);
    f.setFontWeight(QFont::Bold);
    return f;
}

QTextCharFormat ReportStyle::tableSmall() const
{
    QTextCharFormat f = text(sansFamily(), 6.5);
    f.setForeground(mutedInk());
    return f;
}

QTextBlockFormat ReportStyle::paragraph() const
{
    QTextBlockFormat f;
    f.setBottomMargin(px(5));
    f.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    return f;
}

QTextBlockFormat ReportStyle::headingBlock(int level, bool newPage) const
{
    QTextBlockFormat f;
    f.setTopMargin(px(level == 1 ? 0 : level == 2 ? 12 : 9));
    f.setBottomMargin(px(level == 1 ? 10 : 5));
    if (newPage)
        f.setProperty(StartsPage, true);
    // A heading never ends a page on its own (the writer moves it on with what follows).
    f.setProperty(KeepWithNext, true);
    return f;
}

QTextBlockFormat ReportStyle::captionBlock() const
{
    QTextBlockFormat f = paragraph();
    f.setProperty(KeepWithNext, true);
    return f;
}

QTextBlockFormat ReportStyle::quoteBlock() const
{
    QTextBlockFormat f;
    f.setLeftMargin(px(14));
    f.setRightMargin(px(8));
    f.setBottomMargin(px(6));
    f.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    return f;
}

QFont ReportStyle::chartFont(qreal points) const
{
    QFont font(sansFamily());
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    withoutLigatures(font);
    return font;
}

QFont ReportStyle::pageFont() const
{
    QFont font(sansFamily());
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(7);
    withoutLigatures(font);
    return font;
}

qreal layOutWrapped(QTextLayout &layout, qreal width, Qt::Alignment alignment)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

} // namespace termlens
