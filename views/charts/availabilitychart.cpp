#include "availabilitychart.h"

#include "chartstyle.h"
#include "localeformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QEvent>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace termlens {

AvailabilityChart::AvailabilityChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Monthly availability chart"));
    setMinimumHeight(220);
    rebuild();
}

AvailabilityChart::~AvailabilityChart() = default;

void AvailabilityChart::setRows(const QString &title, const QList<CreditLedgerRow> &rows)
{
    m_title = title;
    m_months.clear();
    m_values.clear();
    m_target = 0;
    m_targetText.clear();
    for (const CreditLedgerRow &row : rows) {
        m_months << row.monthKey();
        m_values << row.credit.availability.availabilityPercent.toString().toDouble();
        m_target = row.credit.availability.target.toString().toDouble();
        m_targetText = displayNumber(row.credit.availability.target);
    }
    rebuild();
}

void AvailabilityChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void AvailabilityChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis; // removeAxis hands ownership back
    }
    applyChartAppearance(c, this);
    const bool dark = paletteIsDark(this);
    // QtCharts renders titles, legend labels and categories as HTML: the title names the
    // agreement (user text), so it is escaped to show as written.
    c->setTitle(m_title.isEmpty() ? tr("Choose a month to see its agreement's chart")
                                  : m_title.toHtmlEscaped());
    if (m_months.isEmpty())
        return;
    auto *set = new QBarSet(tr("Availability %"));
    set->setColor(seriesColor(0, dark));
    double lowest = m_target;
    for (double v : m_values) {
        *set << v;
        lowest = std::min(lowest, v);
    }
    auto *bars = new QBarSeries;
    bars->append(set);
    c->addSeries(bars);
    auto *target = new QLineSeries;
    target->setName(tr("Target %1 %").arg(m_targetText));
    QPen pen(seriesColor(1, dark));
    pen.setWidth(2);
    pen.setStyle(Qt::DashLine);
    target->setPen(pen);
    // Across the whole width: category i spans i - 0.5 .. i + 0.5.
    target->append(-0.5, m_target);
    target->append(double(m_months.size()) - 0.5, m_target);
    c->addSeries(target);

    auto *months = new QBarCategoryAxis;
    QStringList monthNames;
    for (const QString &month : std::as_const(m_months))
        monthNames << month.toHtmlEscaped();
    months->append(monthNames);
    auto *percent = new QValueAxis;
    // A floor a little under the lowest figure, so small shortfalls are visible.
    const double floorValue = std::floor(std::min(lowest, m_target) - 0.5);
    percent->setRange(std::max(0.0, floorValue), 100.0);
    percent->setLabelFormat(QStringLiteral("%.2f"));
    percent->setTitleText(tr("Availability (%)"));
    c->addAxis(months, Qt::AlignBottom);
    c->addAxis(percent, Qt::AlignLeft);
    bars->attachAxis(months);
    bars->attachAxis(percent);
    // The line needs a value x axis spanning the categories; hidden, aligned with them.
    auto *x = new QValueAxis;
    x->setRange(-0.5, double(m_months.size()) - 0.5);
    x->setVisible(false);
    c->addAxis(x, Qt::AlignBottom);
    target->attachAxis(x);
    target->attachAxis(percent);
    const QPalette palette = this->palette();
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.color(QPalette::Text));
    }
}

} // namespace termlens
