#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QTextObjectInterface>

#include <optional>

class QPainter;

namespace termlens {

class ReportStyle;

// One line of a chart, in data units (x: minutes of downtime, y: credit percent).
struct ChartSeries
{
    QString name;
    QList<QPointF> points;
};

// A chart of the report, drawn with QPainter paths and text only, so the PDF holds vectors
// and selectable words, never an image.
// - Steps: the what-if chart, one step line per agreement (credit percent against minutes of
//   downtime in a month).
// - Bars: one agreement's availability per month (a bar per service), with its target.
// - LegendRow: a row of the legend below a chart (legendRows()).
struct ReportChart
{
    enum Kind
    {
        Steps,
        Bars,
        LegendRow
    };
    Kind kind = Steps;
    QString xTitle;
    QString yTitle;
    QLocale locale;
    qreal heightRatio = 0.5; // height without the legend, as a share of the text width
    // Steps
    QList<ChartSeries> series;
    qreal xMax = 60; // minutes
    qreal yMax = 10; // percent
    // Bars: values[service][month] (absent: no figure that month)
    QStringList categories;
    QStringList barNames;
    QList<QList<std::optional<qreal>>> values;
    std::optional<qreal> target;
    // LegendRow: one row of a chart's legend, a line of the text of its own (so a legend of
    // many entries runs on over pages): `legendNames` in `legendColumns` columns, each name in
    // full (wrapped in its column where it is long), the first with the line or colour of
    // entry `legendFirst`; line samples (steps) or swatches (bars).
    QStringList legendNames;
    int legendFirst = 0;
    int legendColumns = 1;
    bool legendLines = true;
};

// The chart's legend as rows (ReportChart::LegendRow) to print below it, none for fewer than
// two entries: 2 columns for up to 4 entries, else 3.
QList<ReportChart> legendRows(const ReportChart &chart);

// Draws a chart into `area` (device pixels of the painter).
void paintChart(QPainter &painter, const QRectF &area, const ReportChart &chart,
                const ReportStyle &style);

// The text layout's handler for charts inserted as objects of type ReportChartObject::Type:
// the chart's index among charts() is the format's ChartIndex property.
class ReportChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(ReportChartObject)

public:
    static constexpr int Type = QTextFormat::UserObject + 17;
    static constexpr int ChartIndex = QTextFormat::UserProperty + 17;

    ReportChartObject(const ReportStyle &style, QObject *parent = nullptr);
    ~ReportChartObject() override;

    // Stores the chart and returns the character format that shows it.
    QTextCharFormat add(const ReportChart &chart);
    const QList<ReportChart> &charts() const { return m_charts; }

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument,
                         const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
                    int positionInDocument, const QTextFormat &format) override;

private:
    const ReportStyle &m_style;
    QList<ReportChart> m_charts;
};

} // namespace termlens
