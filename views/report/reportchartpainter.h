#pragma once

#include "reportchart.h"

#include <QFont>
#include <QRectF>

class QPainter;
class QPaintDevice;

namespace termlens {

class ReportStyle;

// The names a chart's legend lists: its series (steps) or its bars (services).
QStringList chartLegendNames(const ReportChart &chart);
// The height a chart `width` wide takes in the text layout (a legend row: its tallest name,
// wrapped in its column).
qreal chartHeight(const ReportChart &chart, qreal width, const QPaintDevice *device,
                  const ReportStyle &style);

// Draws one chart (reportchart.h) in an area: axes with round ticks, grid lines, the data,
// and a legend below. Every length comes from the style's points, so the chart reads the same
// at any resolution.
class ReportChartPainter
{
public:
    ReportChartPainter(QPainter &painter, const QRectF &area, const ReportChart &chart,
                       const ReportStyle &style);

    void paintSteps();
    void paintBars();
    void paintLegendRow();

private:
    // Lays out the plot rectangle: y labels on the left, x labels and the x title below (the
    // legend follows as rows of its own, legendRows()).
    void layoutPlot(const QStringList &yLabels);
    void paintYAxis(const QList<qreal> &ticks, const QStringList &labels, qreal yMin, qreal yMax);
    void paintXTitle();
    QPen seriesPen(int index) const;
    QColor seriesColor(int index) const;
    qreal yAt(qreal value, qreal yMin, qreal yMax) const;

    QPainter &m_painter;
    QRectF m_area;
    QRectF m_plot;
    const ReportChart &m_chart;
    const ReportStyle &m_style;
    QFont m_font;
    qreal m_lineHeight = 0;
};

// Round tick values from 0 (or `from`) to at least `to`: steps of 1, 2, 2.5 or 5 times a
// power of ten, about `count` of them.
QList<qreal> niceTicks(qreal from, qreal to, int count);

} // namespace termlens
