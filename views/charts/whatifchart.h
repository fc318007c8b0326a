#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>
#include <QString>

class QLineSeries;

namespace termlens {

// Credit against monthly downtime, one step line per agreement, each agreement's allowed
// downtime as a dashed vertical line in its colour, and the chosen downtime as a marker line.
class WhatIfChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatIfChart)

public:
    struct Line
    {
        QString name;
        QList<QPointF> points;
        double allowedMinutes = -1; // < 0: not marked
    };

    explicit WhatIfChart(QWidget *parent = nullptr);
    ~WhatIfChart() override;

    void setLines(const QList<Line> &lines, double maxMinutes, const QString &yTitle);
    void setMarker(double minutes);
    double marker() const { return m_marker; }
    const QList<Line> &lines() const { return m_lines; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void placeMarker();

    QList<Line> m_lines;
    double m_maxMinutes = 60;
    double m_maxY = 10;
    QString m_yTitle;
    double m_marker = 0;
    QLineSeries *m_markerSeries = nullptr;
    bool m_rebuilding = false;
};

} // namespace termlens
