#include "reportchart.h"

#include "reportchartpainter.h"
#include "reportstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

namespace termlens {

QList<ReportChart> legendRows(const ReportChart &chart)
{
    const QStringList names = chartLegendNames(chart);
    QList<ReportChart> rows;
    if (names.size() <= 1)
        return rows;
    const int columns = names.size() == 3 || names.size() > 4 ? 3 : 2;
    for (qsizetype first = 0; first < names.size(); first += columns) {
        ReportChart row;
        row.kind = ReportChart::LegendRow;
        row.locale = chart.locale;
        row.legendNames = names.mid(first, columns);
        row.legendFirst = int(first);
        row.legendColumns = columns;
        row.legendLines = chart.kind == ReportChart::Steps;
        rows << row;
    }
    return rows;
}

void paintChart(QPainter &painter, const QRectF &area, const ReportChart &chart,
                const ReportStyle &style)
{
    painter.save();
    ReportChartPainter chartPainter(painter, area, chart, style);
    if (chart.kind == ReportChart::Steps)
        chartPainter.paintSteps();
    else if (chart.kind == ReportChart::Bars)
        chartPainter.paintBars();
    else
        chartPainter.paintLegendRow();
    painter.restore();
}

ReportChartObject::ReportChartObject(const ReportStyle &style, QObject *parent)
    : QObject(parent)
    , m_style(style)
{}

ReportChartObject::~ReportChartObject() = default;

QTextCharFormat ReportChartObject::add(const ReportChart &chart)
{
    QTextCharFormat format;
    format.setObjectType(Type);
    format.setProperty(ChartIndex, int(m_charts.size()));
    m_charts << chart;
    return format;
}

QSizeF ReportChartObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const int index = format.property(ChartIndex).toInt();
    const qreal width = document->pageSize().width() - 2 * document->documentMargin() - 1;
    if (index < 0 || index >= m_charts.size())
        return {width, 1};
    return {width, chartHeight(m_charts.at(index), width, document->documentLayout()->paintDevice(),
                               m_style)};
}

void ReportChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                   const QTextFormat &format)
{
    const int index = format.property(ChartIndex).toInt();
    if (index >= 0 && index < m_charts.size())
        paintChart(*painter, rect, m_charts.at(index), m_style);
}

} // namespace termlens
