#include "reportchart.h"

#include "reportchartpainter.h"
#include "reportstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

namespace termlens {

void paintChart(QPainter &painter, const QRectF &area, const ReportChart &chart,
                const ReportStyle &style)
{
    painter.save();
    ReportChartPainter chartPainter(painter, area, chart, style);
    if (chart.kind == ReportChart::Steps)
        chartPainter.paintSteps();
    else
        chartPainter.paintBars();
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
