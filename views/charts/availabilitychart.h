#pragma once

#include "creditledger.h"

#include <QChartView>
#include <QList>
#include <QStringList>

namespace termlens {

// One agreement's monthly availability as bars against its target as a line (credits screen).
class AvailabilityChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvailabilityChart)

public:
    explicit AvailabilityChart(QWidget *parent = nullptr);
    ~AvailabilityChart() override;

    // The rows of one agreement and service, in month order; empty clears the chart.
    void setRows(const QString &title, const QList<CreditLedgerRow> &rows);
    QStringList months() const { return m_months; }
    QList<double> availabilities() const { return m_values; }
    double target() const { return m_target; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QString m_title;
    QStringList m_months;
    QList<double> m_values;
    double m_target = 0;
    QString m_targetText; // the target's exact digits, in the user's locale
};

} // namespace termlens
