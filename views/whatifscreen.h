#pragma once

#include "scenario.h"
#include "screen.h"

#include <QList>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;
class QSplitter;
class QTableWidget;
class QTableWidgetItem;

namespace termlens {

class WhatIfChart;

// The "whatif" screen: a downtime slider moving every agreement's credit at once on one chart
// (a step line per agreement, percent or money, each allowance marked), and a hypothetical year
// run through every agreement with the yearly totals side by side. All through scenario.h.
class WhatIfScreen final : public Screen
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatIfScreen)

public:
    enum ResultColumn
    {
        AgreementColumn,
        AllowedColumn,
        AvailabilityColumn,
        CreditPercentColumn,
        CreditAmountColumn,
        ResultColumnCount
    };
    enum YearColumn
    {
        YearAgreementColumn,
        YearMissedColumn,
        YearTotalColumn,
        YearColumnCount
    };

    explicit WhatIfScreen(const ScreenContext &context, QWidget *parent = nullptr);
    ~WhatIfScreen() override;

    void setWorkspace(Workspace *workspace) override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    void setMonth(int year, int month);
    // The slider and the exact minutes box move together; the box keeps hundredths.
    void setDowntimeMinutes(double minutes);
    void setShowMoney(bool money);
    // The chart's x axis: up to this many minutes (the slider always reaches five days).
    void setChartRange(int minutes);
    // The text shown for an agreement (by id) in the slider's results table; empty if unknown.
    QString resultText(const QString &agreementId, int column) const;
    QString yearResultText(const QString &agreementId, int column) const;
    // Types into the hypothetical year's table (month 1..12).
    void setYearDowntime(int month, const QString &minutes);
    QString yearProblem() const;
    WhatIfChart *chart() const { return m_chart; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void reloadWhenShown();
    void ensureLoaded(); // the public setters work on a screen never shown (tests, scripts)
    void rebuildCurves();
    void updateResults();
    void runYear();
    int rowOf(const QTableWidget *table, const QString &agreementId) const;

    ScreenContext m_context;
    Workspace *m_workspace = nullptr;
    QList<ScenarioAgreement> m_agreements;
    QDateEdit *m_month = nullptr;
    QSlider *m_slider = nullptr;
    QDoubleSpinBox *m_minutes = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_range = nullptr;
    WhatIfChart *m_chart = nullptr;
    QTableWidget *m_results = nullptr;
    QSpinBox *m_year = nullptr;
    QTableWidget *m_yearDowntime = nullptr;
    QTableWidget *m_yearResults = nullptr;
    QLabel *m_yearProblem = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_syncing = false;
    bool m_stale = true; // the workspace changed while hidden: reload when shown
    bool m_sized = false;
};

} // namespace termlens
