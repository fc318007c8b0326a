#include "whatifchart.h"

#include "chartstyle.h"

#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScopedValueRollback>
#include <QValueAxis>

#include <cmath>

namespace termlens {

WhatIfChart::WhatIfChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Credit against monthly downtime chart"));
    setMinimumHeight(300);
    rebuild();
}

WhatIfChart::~WhatIfChart() = default;

void WhatIfChart::setLines(const QList<Line> &lines, double maxMinutes, const QString &yTitle)
{
    m_lines = lines;
    m_maxMinutes = maxMinutes > 0 ? maxMinutes : 60;
    m_yTitle = yTitle;
    double top = 0;
    for (const Line &line : lines) {
        for (const QPointF &p : line.points)
            top = std::max(top, p.y());
    }
    // A round top a little above the highest credit: a multiple of 10 (percent) or of a power
    // of ten (money), so the ticks fall on round figures.
    const double raw = top <= 0 ? 10 : top * 1.1;
    const double unit = std::pow(10.0, std::floor(std::log10(raw)));
    m_maxY = std::ceil(raw / unit) * unit;
    rebuild();
}

void WhatIfChart::setMarker(double minutes)
{
    m_marker = minutes;
    placeMarker();
}

void WhatIfChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void WhatIfChart::placeMarker()
{
    if (!m_markerSeries)
        return;
    m_markerSeries->replace(QList<QPointF>{QPointF(m_marker, 0), QPointF(m_marker, m_maxY)});
    m_markerSeries->setName(tr("Downtime %1 min").arg(locale().toString(m_marker, 'f', 2)));
}

void WhatIfChart::rebuild()
{
    // Styling the chart can post a palette change that asks for a rebuild: one at a time, or
    // the chart ends up with two sets of axes.
    if (m_rebuilding)
        return;
    const QScopedValueRollback guard(m_rebuilding, true);
    QChart *c = chart();
    c->removeAllSeries();
    m_markerSeries = nullptr;
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis; // removeAxis hands ownership back
    }
    applyChartAppearance(c, this);
    c->setTitle(tr("Credit against downtime in the month"));
    // Axes made before the chart is first laid out and then removed stay drawn (Qt 6.4), so
    // there are none until there is something to plot.
    if (m_lines.isEmpty())
        return;
    const bool dark = paletteIsDark(this);
    const QPalette palette = this->palette();
    auto *x = new QValueAxis;
    x->setRange(0, m_maxMinutes);
    x->setTitleText(tr("Downtime in the month (minutes)"));
    x->setLabelFormat(QStringLiteral("%.0f"));
    auto *y = new QValueAxis;
    y->setRange(0, m_maxY);
    y->setTitleText(m_yTitle.toHtmlEscaped());
    y->setLabelFormat(QStringLiteral("%.0f"));
    // Steps of one unit of the top's power of ten, halved when there would be few of them.
    int steps = int(std::lround(m_maxY / std::pow(10.0, std::floor(std::log10(m_maxY)))));
    if (steps <= 5)
        steps *= 2;
    y->setTickCount(steps + 1);
    x->setTickCount(7); // the ranges offered (2 h ... 5 days) divide into six round steps
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line &line = m_lines[i];
        const QColor color = seriesColor(i, dark);
        auto *series = new QLineSeries;
        // QtCharts renders legend labels as HTML; agreement names are user text.
        series->setName(line.name.toHtmlEscaped());
        series->append(line.points);
        QPen pen(color);
        pen.setWidth(2);
        series->setPen(pen);
        c->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        if (line.allowedMinutes >= 0) {
            auto *allowed = new QLineSeries;
            allowed->setName(tr("%1 allowance").arg(line.name.toHtmlEscaped()));
            allowed->append(line.allowedMinutes, 0);
            allowed->append(line.allowedMinutes, m_maxY);
            QPen dashed(color);
            dashed.setStyle(Qt::DashLine);
            dashed.setWidth(1);
            allowed->setPen(dashed);
            c->addSeries(allowed);
            allowed->attachAxis(x);
            allowed->attachAxis(y);
            for (QLegendMarker *marker : c->legend()->markers(allowed))
                marker->setVisible(false);
        }
    }
    m_markerSeries = new QLineSeries;
    QPen markerPen(palette.color(QPalette::Text));
    markerPen.setWidth(1);
    markerPen.setStyle(Qt::DotLine);
    m_markerSeries->setPen(markerPen);
    c->addSeries(m_markerSeries);
    m_markerSeries->attachAxis(x);
    m_markerSeries->attachAxis(y);
    placeMarker();
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.color(QPalette::Text));
    }
}

} // namespace termlens
