#include "reportchartpainter.h"

#include "reportstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace termlens {

namespace {

const QColor Palette[] = {QColor(0x1f, 0x4e, 0x8c), QColor(0xc0, 0x5a, 0x12),
                          QColor(0x2e, 0x7d, 0x32), QColor(0x8e, 0x24, 0x8a),
                          QColor(0xa3, 0x1b, 0x1b), QColor(0x00, 0x7c, 0x8a),
                          QColor(0x6d, 0x5c, 0x1e), QColor(0x55, 0x55, 0x55)};
constexpr int PaletteSize = int(sizeof(Palette) / sizeof(Palette[0]));

QString numberText(const QLocale &locale, qreal value, int decimals)
{
    return locale.toString(value, 'f', decimals);
}

int decimalsFor(const QList<qreal> &ticks)
{
    if (ticks.size() < 2)
        return 0;
    const qreal step = ticks.at(1) - ticks.at(0);
    return step >= 1 ? 0 : step >= 0.1 ? 1 : step >= 0.01 ? 2 : 3;
}

// The chart's font, its size in points.
constexpr qreal ChartFontPoints = 7;

// A name as one paragraph: line breaks and other controls read as spaces.
QString legendText(const QString &name)
{
    QString text = name;
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QChar(u' ');
    }
    return text;
}

// The legend's width in a chart `areaWidth` wide: from the y title's column to the plot's
// right edge.
qreal legendWidth(qreal areaWidth, qreal lineHeight, const ReportStyle &style)
{
    return areaWidth - lineHeight * 1.4 - style.px(10);
}

constexpr qreal LegendSample = 16;  // points: the line or swatch before a name
constexpr qreal LegendGap = 4;      // points: between the sample and the name
constexpr qreal LegendPadding = 10; // points: between columns

} // namespace

QStringList chartLegendNames(const ReportChart &chart)
{
    if (chart.kind == ReportChart::Bars)
        return chart.barNames;
    QStringList names;
    for (const ChartSeries &s : chart.series)
        names << s.name;
    return names;
}

qreal chartHeight(const ReportChart &chart, qreal width, const QPaintDevice *device,
                  const ReportStyle &style)
{
    if (chart.kind != ReportChart::LegendRow)
        return width * chart.heightRatio;
    const QFont font = style.chartFont(ChartFontPoints);
    const qreal lineHeight = QFontMetricsF(font, device).height();
    const qreal columnWidth =
        legendWidth(width, lineHeight, style) / std::max(1, chart.legendColumns);
    const qreal textWidth = columnWidth - style.px(LegendSample + LegendGap + LegendPadding);
    qreal height = lineHeight;
    for (const QString &name : chart.legendNames) {
        QTextLayout layout(legendText(name), font, device);
        height = std::max(height, layOutWrapped(layout, textWidth));
    }
    return height + lineHeight * 0.25;
}

QList<qreal> niceTicks(qreal from, qreal to, int count)
{
    if (to <= from)
        to = from + 1;
    const qreal raw = (to - from) / std::max(1, count);
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    qreal step = magnitude * 10;
    for (const qreal factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (magnitude * factor >= raw) {
            step = magnitude * factor;
            break;
        }
    }
    QList<qreal> ticks;
    const qreal first = std::floor(from / step + 1e-9) * step;
    for (int i = 0; i < 100; ++i) {
        const qreal tick = first + i * step;
        ticks << tick;
        if (tick >= to - 1e-9)
            break;
    }
    return ticks;
}

ReportChartPainter::ReportChartPainter(QPainter &painter, const QRectF &area,
                                       const ReportChart &chart, const ReportStyle &style)
    : m_painter(painter)
    , m_area(area)
    , m_chart(chart)
    , m_style(style)
    , m_font(style.chartFont(ChartFontPoints))
{
    m_painter.setFont(m_font);
    m_lineHeight = QFontMetricsF(m_font, m_painter.device()).height();
}

void ReportChartPainter::layoutPlot(const QStringList &yLabels)
{
    const QFontMetricsF metrics(m_font, m_painter.device());
    qreal labelWidth = 0;
    for (const QString &label : yLabels)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
    const qreal left = m_area.left() + m_lineHeight * 1.4 + labelWidth + m_style.px(4);
    const qreal bottom = m_area.bottom() - 2.2 * m_lineHeight - m_style.px(6);
    m_plot = QRectF(QPointF(left, m_area.top() + m_lineHeight),
                    QPointF(m_area.right() - m_style.px(10), bottom));
}

qreal ReportChartPainter::yAt(qreal value, qreal yMin, qreal yMax) const
{
    const qreal share = (std::clamp(value, yMin, yMax) - yMin) / (yMax - yMin);
    return m_plot.bottom() - share * m_plot.height();
}

QColor ReportChartPainter::seriesColor(int index) const
{
    return Palette[index % PaletteSize];
}

QPen ReportChartPainter::seriesPen(int index) const
{
    // Past the palette, dashes tell lines apart (and on a black-and-white print too).
    const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    QPen pen(seriesColor(index), m_style.px(1.3));
    pen.setStyle(styles[(index / PaletteSize) % 4]);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::MiterJoin);
    return pen;
}

void ReportChartPainter::paintYAxis(const QList<qreal> &ticks, const QStringList &labels,
                                    qreal yMin, qreal yMax)
{
    QPen grid(ReportStyle::rule(), m_style.px(0.4));
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        const qreal y = yAt(ticks.at(i), yMin, yMax);
        m_painter.setPen(grid);
        m_painter.drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
        m_painter.setPen(ReportStyle::ink());
        const QRectF box(m_area.left(), y - m_lineHeight / 2,
                         m_plot.left() - m_area.left() - m_style.px(4), m_lineHeight);
        m_painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, labels.at(i));
    }
    m_painter.setPen(QPen(ReportStyle::ink(), m_style.px(0.6)));
    m_painter.drawLine(m_plot.bottomLeft(), m_plot.bottomRight());
    m_painter.drawLine(m_plot.bottomLeft(), m_plot.topLeft());
    m_painter.save();
    m_painter.translate(m_area.left(), m_plot.center().y());
    m_painter.rotate(-90);
    m_painter.drawText(QRectF(-m_plot.height() / 2, 0, m_plot.height(), m_lineHeight * 1.2),
                       Qt::AlignCenter, m_chart.yTitle);
    m_painter.restore();
}

void ReportChartPainter::paintXTitle()
{
    m_painter.setPen(ReportStyle::ink());
    const QRectF box(m_plot.left(), m_plot.bottom() + m_lineHeight * 1.15, m_plot.width(),
                     m_lineHeight * 1.1);
    m_painter.drawText(box, Qt::AlignCenter, m_chart.xTitle);
}

void ReportChartPainter::paintLegendRow()
{
    const int columns = std::max(1, m_chart.legendColumns);
    const qreal left = m_area.left() + m_lineHeight * 1.4;
    const qreal columnWidth = legendWidth(m_area.width(), m_lineHeight, m_style) / columns;
    const qreal sample = m_style.px(LegendSample);
    const qreal textWidth = columnWidth - m_style.px(LegendSample + LegendGap + LegendPadding);
    const qreal y = m_area.top();
    for (qsizetype i = 0; i < m_chart.legendNames.size(); ++i) {
        const int entry = m_chart.legendFirst + int(i);
        const qreal x = left + i * columnWidth;
        const qreal middle = y + m_lineHeight / 2;
        if (m_chart.legendLines) {
            m_painter.setPen(seriesPen(entry));
            m_painter.drawLine(QPointF(x, middle), QPointF(x + sample, middle));
        } else {
            m_painter.fillRect(QRectF(x, y + m_lineHeight * 0.15, sample, m_lineHeight * 0.7),
                               seriesColor(entry));
        }
        // The whole name, wrapped in its column where it is too long for one line.
        m_painter.setPen(ReportStyle::ink());
        QTextLayout layout(legendText(m_chart.legendNames.at(i)), m_font, m_painter.device());
        layout.setCacheEnabled(true); // drawn right after
        layOutWrapped(layout, textWidth);
        layout.draw(&m_painter, QPointF(x + sample + m_style.px(LegendGap), y));
    }
}

void ReportChartPainter::paintSteps()
{
    const QList<qreal> yTicks = niceTicks(0, std::max<qreal>(m_chart.yMax, 1), 5);
    const qreal yMax = yTicks.last();
    QStringList yLabels;
    for (const qreal tick : yTicks)
        yLabels << numberText(m_chart.locale, tick, decimalsFor(yTicks));
    layoutPlot(yLabels);
    paintYAxis(yTicks, yLabels, 0, yMax);
    // Hours once the range is long enough for minutes to crowd the axis.
    const bool hours = m_chart.xMax >= 240;
    const qreal unit = hours ? 60 : 1;
    const QList<qreal> xTicks = niceTicks(0, m_chart.xMax / unit, 8);
    const qreal xMax = xTicks.last() * unit;
    const auto xAt = [&](qreal x) { return m_plot.left() + x / xMax * m_plot.width(); };
    for (const qreal tick : xTicks) {
        const qreal x = xAt(tick * unit);
        m_painter.setPen(QPen(ReportStyle::rule(), m_style.px(0.4)));
        m_painter.drawLine(QPointF(x, m_plot.top()), QPointF(x, m_plot.bottom()));
        m_painter.setPen(ReportStyle::ink());
        m_painter.drawText(QRectF(x - m_style.px(30), m_plot.bottom() + m_style.px(2),
                                  m_style.px(60), m_lineHeight),
                           Qt::AlignHCenter | Qt::AlignTop,
                           numberText(m_chart.locale, tick, decimalsFor(xTicks)));
    }
    m_painter.save();
    m_painter.setClipRect(m_plot.adjusted(-m_style.px(2), -m_style.px(2), m_style.px(2), 0));
    for (qsizetype i = 0; i < m_chart.series.size(); ++i) {
        const QList<QPointF> &points = m_chart.series.at(i).points;
        if (points.isEmpty())
            continue;
        QPainterPath path;
        path.moveTo(xAt(points.first().x()), yAt(points.first().y(), 0, yMax));
        for (const QPointF &p : points)
            path.lineTo(xAt(std::min(p.x(), xMax)), yAt(p.y(), 0, yMax));
        m_painter.setPen(seriesPen(int(i)));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawPath(path);
    }
    m_painter.restore();
    paintXTitle();
}

void ReportChartPainter::paintBars()
{
    qreal low = m_chart.target.value_or(100);
    for (const auto &row : m_chart.values) {
        for (const std::optional<qreal> &v : row) {
            if (v)
                low = std::min(low, *v);
        }
    }
    // Leave room below the lowest figure so its bar is visible.
    const qreal span = std::max<qreal>(100 - low, 0.05);
    const QList<qreal> yTicks = niceTicks(std::max<qreal>(0, low - span * 0.35), 100, 5);
    const qreal yMin = yTicks.first();
    QStringList yLabels;
    for (const qreal tick : yTicks)
        yLabels << numberText(m_chart.locale, tick, decimalsFor(yTicks));
    layoutPlot(yLabels);
    paintYAxis(yTicks, yLabels, yMin, 100);
    const qsizetype months = std::max<qsizetype>(1, m_chart.categories.size());
    const qsizetype bars = std::max<qsizetype>(1, m_chart.values.size());
    const qreal groupWidth = m_plot.width() / months;
    const qreal barWidth = groupWidth * 0.7 / bars;
    const QFontMetricsF metrics(m_font, m_painter.device());
    qreal widest = 0;
    for (const QString &c : m_chart.categories)
        widest = std::max(widest, metrics.horizontalAdvance(c));
    const int every = std::max(1, int(std::ceil((widest + m_style.px(4)) / groupWidth)));
    for (qsizetype m = 0; m < m_chart.categories.size(); ++m) {
        const qreal groupLeft = m_plot.left() + m * groupWidth + groupWidth * 0.15;
        for (qsizetype s = 0; s < m_chart.values.size(); ++s) {
            const std::optional<qreal> v = m_chart.values.at(s).value(m);
            if (!v)
                continue;
            const qreal top = yAt(*v, yMin, 100);
            const QRectF bar(groupLeft + s * barWidth, top, barWidth * 0.92, m_plot.bottom() - top);
            m_painter.fillRect(bar, seriesColor(int(s)));
        }
        if (m % every == 0) {
            m_painter.setPen(ReportStyle::ink());
            m_painter.drawText(
                QRectF(m_plot.left() + m * groupWidth - groupWidth * every / 2.0 + groupWidth / 2,
                       m_plot.bottom() + m_style.px(2), groupWidth * every, m_lineHeight),
                Qt::AlignHCenter | Qt::AlignTop, m_chart.categories.at(m));
        }
    }
    if (m_chart.target) {
        const qreal y = yAt(*m_chart.target, yMin, 100);
        QPen pen(ReportStyle::failInk(), m_style.px(0.9));
        pen.setStyle(Qt::DashLine);
        m_painter.setPen(pen);
        m_painter.drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
    }
    paintXTitle();
}

} // namespace termlens
