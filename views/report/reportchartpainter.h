#pragma once

#include "reportchart.h"

#include <QFont>
#include <QRectF>

class QPainter;
class QPaintDevice;

namespace termlens {

class ReportStyle;

// The legend below a chart: its entries in 3, 2 or 1 columns, as many as let every name show
// on one line; where even that is too narrow, 2 columns (1 for a single-column width) whose
// names wrap onto as many lines as they need (at word boundaries, or anywhere in a word too
// long for the column). Names are printed as given, never interpreted.
struct ChartLegend
{
    int columns = 1;
    qreal columnWidth = 0;
    qreal textWidth = 0;  // of a name, in a column
    QList<qreal> rowTops; // from the legend's top, one per row
    qreal height = 0;     // 0: no legend (fewer than two entries)
};

// The names a chart's legend lists: its series (steps) or its bars (services).
QStringList chartLegendNames(const ReportChart &chart);
// The legend of `names` in `width` device pixels of `device`.
ChartLegend chartLegend(const QStringList &names, qreal width, const QFont &font,
                        const QPaintDevice *device, const ReportStyle &style);
// The height a chart `width` wide takes in the text layout: its plot and its legend.
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

private:
    // Lays out the plot rectangle: y labels on the left, x labels, the x title and the legend
    // of `legendNames` below.
    void layoutPlot(const QStringList &yLabels, const QStringList &legendNames);
    void paintYAxis(const QList<qreal> &ticks, const QStringList &labels, qreal yMin, qreal yMax);
    void paintLegend(const QStringList &names, bool lines);
    void paintXTitle();
    QPen seriesPen(int index) const;
    QColor seriesColor(int index) const;
    qreal yAt(qreal value, qreal yMin, qreal yMax) const;

    QPainter &m_painter;
    QRectF m_area;
    QRectF m_plot;
    QRectF m_legend;
    const ReportChart &m_chart;
    const ReportStyle &m_style;
    QFont m_font;
    qreal m_lineHeight = 0;
    ChartLegend m_legendLayout;
};

// Round tick values from 0 (or `from`) to at least `to`: steps of 1, 2, 2.5 or 5 times a
// power of ten, about `count` of them.
QList<qreal> niceTicks(qreal from, qreal to, int count);

} // namespace termlens
