#include "whatifscreen.h"

#include "agreementlistmodel.h"
#include "layoutstate.h"
#include "localeformat.h"
#include "plaintooltip.h"
#include "subscriptionrepository.h"
#include "whatifchart.h"
#include "workspace.h"
#include "workspaceevents.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace termlens {
namespace {

constexpr int MaxMinutes = 5 * 24 * 60; // five days

QTableWidgetItem *readOnly(const QString &text, const QString &tip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (!tip.isEmpty())
        item->setToolTip(plainToolTip(tip));
    return item;
}

constexpr int FigureSortRole = Qt::UserRole + 1;

// A figure: right-aligned, and sorted by its exact value (43.83 before 223.2), figures
// before words such as "no credit terms".
class FigureItem final : public QTableWidgetItem
{
public:
    FigureItem(const QString &text, const std::optional<Decimal> &value, const QString &tip = {})
        : QTableWidgetItem(text)
    {
        setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (value)
            setData(FigureSortRole, value->toCanonicalString());
        if (!tip.isEmpty())
            setToolTip(plainToolTip(tip));
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        const std::optional<Decimal> a = Decimal::parse(data(FigureSortRole).toString());
        const std::optional<Decimal> b = Decimal::parse(other.data(FigureSortRole).toString());
        if (a && b)
            return *a < *b;
        if (a.has_value() != b.has_value())
            return a.has_value();
        return QTableWidgetItem::operator<(other);
    }
};

QTableWidgetItem *figure(const QString &text, const std::optional<Decimal> &value,
                         const QString &tip = {})
{
    return new FigureItem(text, value, tip);
}

std::optional<Decimal> amountValue(const std::optional<Money> &amount)
{
    return amount ? std::optional<Decimal>(amount->toDecimal()) : std::nullopt;
}

QString minutesText(const Decimal &seconds)
{
    return displayNumber(seconds.divided(Decimal::fromInt(60), 2, Rounding::HalfAwayFromZero));
}

// A credit schedule is stated (Alliantist's support policy promises 99.5 % with no remedy).
bool statesCredits(const TermSheet &sheet)
{
    const auto &availability = sheet.terms.availability;
    return availability && availability->credits &&
           availability->credits->schedule.kind != ScheduleKind::None;
}

} // namespace

WhatIfScreen::WhatIfScreen(const ScreenContext &context, QWidget *parent)
    : Screen(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("whatIfScreen"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *controls = new QHBoxLayout;
    auto *monthLabel = new QLabel(tr("&Month:"), left);
    monthLabel->setTextFormat(Qt::PlainText);
    m_month =
        new QDateEdit(QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1), left);
    m_month->setObjectName(QStringLiteral("whatIfMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setAccessibleName(tr("Month of the scenario"));
    m_month->setStatusTip(tr("The calendar month the downtime falls in (its length matters)"));
    monthLabel->setBuddy(m_month);
    auto *downtimeLabel = new QLabel(tr("&Downtime:"), left);
    downtimeLabel->setTextFormat(Qt::PlainText);
    m_slider = new QSlider(Qt::Horizontal, left);
    m_slider->setObjectName(QStringLiteral("downtimeSlider"));
    m_slider->setRange(0, MaxMinutes);
    m_slider->setPageStep(60);
    m_slider->setAccessibleName(tr("Downtime in the month, minutes"));
    m_slider->setStatusTip(tr("Drag to move every agreement's credit at once"));
    downtimeLabel->setBuddy(m_slider);
    m_minutes = new QDoubleSpinBox(left);
    m_minutes->setObjectName(QStringLiteral("downtimeMinutes"));
    m_minutes->setRange(0, MaxMinutes);
    m_minutes->setDecimals(2);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Downtime in minutes, exact"));
    m_unit = new QComboBox(left);
    m_unit->setObjectName(QStringLiteral("creditUnit"));
    m_unit->addItem(tr("Credit %"));
    m_unit->addItem(tr("Credit amount"));
    m_unit->setAccessibleName(tr("Show the credit as a percentage or an amount"));
    controls->addWidget(monthLabel);
    controls->addWidget(m_month);
    controls->addWidget(downtimeLabel);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_minutes);
    controls->addWidget(m_unit);
    m_range = new QComboBox(left);
    m_range->setObjectName(QStringLiteral("chartRange"));
    m_range->setAccessibleName(tr("Downtime shown on the chart"));
    m_range->setStatusTip(tr("How much monthly downtime the chart's axis covers"));
    m_range->addItem(tr("Chart: 2 hours"), 120);
    m_range->addItem(tr("Chart: 12 hours"), 720);
    m_range->addItem(tr("Chart: 1 day"), 1440);
    m_range->addItem(tr("Chart: 2 days"), 2880);
    m_range->addItem(tr("Chart: 5 days"), MaxMinutes);
    m_range->setCurrentIndex(2);
    controls->addWidget(m_range);
    leftLayout->addLayout(controls);
    m_chart = new WhatIfChart(left);
    m_chart->setObjectName(QStringLiteral("whatIfChart"));
    leftLayout->addWidget(m_chart, 3);
    m_results = new QTableWidget(0, ResultColumnCount, left);
    m_results->setObjectName(QStringLiteral("whatIfResults"));
    m_results->setAccessibleName(tr("Each agreement's credit at the chosen downtime"));
    m_results->setHorizontalHeaderLabels({tr("Agreement"), tr("Allowed downtime (min)"),
                                          tr("Availability"), tr("Credit %"), tr("Credit")});
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setSortingEnabled(true);
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 8);
    leftLayout->addWidget(m_results, 1);

    auto *year = new QGroupBox(tr("Hypothetical year"), this);
    auto *yearLayout = new QVBoxLayout(year);
    auto *yearForm = new QFormLayout;
    m_year = new QSpinBox(year);
    m_year->setObjectName(QStringLiteral("scenarioYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_year->setAccessibleName(tr("Year of the scenario"));
    auto *yearLabel = new QLabel(tr("&Year:"), year);
    yearLabel->setTextFormat(Qt::PlainText);
    yearLabel->setBuddy(m_year);
    yearForm->addRow(yearLabel, m_year);
    yearLayout->addLayout(yearForm);
    m_yearDowntime = new QTableWidget(12, 1, year);
    m_yearDowntime->setObjectName(QStringLiteral("yearDowntime"));
    m_yearDowntime->setAccessibleName(tr("Downtime per month, minutes"));
    m_yearDowntime->setHorizontalHeaderLabels({tr("Downtime (min)")});
    m_yearDowntime->horizontalHeader()->setStretchLastSection(true);
    QStringList months;
    for (int m = 1; m <= 12; ++m) {
        months << QLocale().standaloneMonthName(m, QLocale::ShortFormat);
        m_yearDowntime->setItem(m - 1, 0, new QTableWidgetItem(QStringLiteral("0")));
    }
    m_yearDowntime->setVerticalHeaderLabels(months);
    m_yearDowntime->verticalHeader()->setDefaultSectionSize(m_yearDowntime->fontMetrics().height() +
                                                            8);
    yearLayout->addWidget(m_yearDowntime, 2);
    m_yearProblem = new QLabel(year);
    m_yearProblem->setObjectName(QStringLiteral("yearProblem"));
    m_yearProblem->setTextFormat(Qt::PlainText);
    m_yearProblem->setWordWrap(true);
    m_yearProblem->setStyleSheet(QStringLiteral("color: #c62828"));
    yearLayout->addWidget(m_yearProblem);
    m_yearResults = new QTableWidget(0, YearColumnCount, year);
    m_yearResults->setObjectName(QStringLiteral("yearResults"));
    m_yearResults->setAccessibleName(tr("Yearly credit totals by agreement"));
    m_yearResults->setHorizontalHeaderLabels(
        {tr("Agreement"), tr("Months below target"), tr("Credits in the year")});
    m_yearResults->verticalHeader()->hide();
    // The names share what the two figures leave: a narrow pane never clips the totals.
    m_yearResults->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_yearResults->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_yearResults->setSortingEnabled(true);
    m_yearResults->verticalHeader()->setDefaultSectionSize(m_yearResults->fontMetrics().height() +
                                                           8);
    yearLayout->addWidget(m_yearResults, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("whatIfSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(year);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (m_syncing)
            return;
        setDowntimeMinutes(value);
    });
    connect(m_minutes, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (m_syncing)
            return;
        setDowntimeMinutes(value);
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, &WhatIfScreen::rebuildCurves);
    connect(m_range, &QComboBox::currentIndexChanged, this, &WhatIfScreen::rebuildCurves);
    connect(m_month, &QDateEdit::dateChanged, this, [this] {
        rebuildCurves();
        updateResults();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &WhatIfScreen::runYear);
    connect(m_yearDowntime, &QTableWidget::itemChanged, this, &WhatIfScreen::runYear);
    if (m_context.events) {
        connect(m_context.events, &WorkspaceEvents::agreementsChanged, this, &WhatIfScreen::reload);
        connect(m_context.events, &WorkspaceEvents::subscriptionsChanged, this,
                &WhatIfScreen::reload);
    }
}

WhatIfScreen::~WhatIfScreen() = default;

void WhatIfScreen::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    // Loaded when first shown: start-up never waits for screens nobody looks at.
    m_stale = true;
    if (isVisible())
        reload();
    else
        m_agreements.clear();
}

QByteArray WhatIfScreen::saveLayout() const
{
    return saveLayoutParts({m_splitter});
}

void WhatIfScreen::restoreLayout(const QByteArray &state)
{
    restoreLayoutParts(state, {m_splitter});
}

void WhatIfScreen::setMonth(int year, int month)
{
    ensureLoaded();
    m_month->setDate(QDate(year, month, 1));
}

void WhatIfScreen::setDowntimeMinutes(double minutes)
{
    ensureLoaded();
    m_syncing = true;
    m_minutes->setValue(minutes);
    m_slider->setValue(int(std::lround(minutes)));
    m_syncing = false;
    m_chart->setMarker(m_minutes->value());
    updateResults();
}

void WhatIfScreen::setShowMoney(bool money)
{
    ensureLoaded();
    m_unit->setCurrentIndex(money ? 1 : 0);
}

void WhatIfScreen::reloadWhenShown()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void WhatIfScreen::ensureLoaded()
{
    if (m_stale)
        reload();
}

void WhatIfScreen::setChartRange(int minutes)
{
    ensureLoaded();
    const int index = m_range->findData(minutes);
    if (index >= 0)
        m_range->setCurrentIndex(index);
}

void WhatIfScreen::showEvent(QShowEvent *event)
{
    Screen::showEvent(event);
    if (m_stale)
        reload();
    if (m_sized)
        return;
    m_sized = true;
    const int width = m_splitter->width();
    m_splitter->setSizes({width * 7 / 10, width - width * 7 / 10});
}

void WhatIfScreen::reload()
{
    m_stale = false;
    m_agreements.clear();
    if (m_workspace && m_context.agreements) {
        for (int i = 0; i < m_context.agreements->rowCount(); ++i) {
            const TermSheet *sheet = m_context.agreements->agreement(i);
            if (!sheet || !sheet->terms.availability)
                continue;
            ScenarioAgreement agreement;
            agreement.sheet = *sheet;
            const auto subscription = SubscriptionRepository(*m_workspace).load(sheet->id);
            if (subscription.ok())
                agreement.subscription = *subscription.value;
            m_agreements << agreement;
        }
    }
    rebuildCurves();
    updateResults();
    runYear();
}

void WhatIfScreen::rebuildCurves()
{
    const QDate month = m_month->date();
    const bool money = m_unit->currentIndex() == 1;
    const int range = m_range->currentData().toInt();
    QList<WhatIfChart::Line> lines;
    for (const ScenarioAgreement &agreement : m_agreements) {
        // Sampled at 1/600 of the range; every jump is then located to the hundredth.
        const ScenarioCurve curve =
            scenarioCurve(agreement, month.year(), month.month(), range, range / 600.0);
        WhatIfChart::Line line;
        line.name = money ? tr("%1 (%2)").arg(agreement.sheet.vendor, agreement.sheet.currency)
                          : agreement.sheet.vendor;
        line.points = money ? curve.money : curve.percent;
        if (const auto allowed =
                allowedDowntimeSeconds(agreement.sheet, month.year(), month.month()))
            line.allowedMinutes = minutesText(*allowed).toDouble();
        if (!line.points.isEmpty())
            lines << line;
    }
    m_chart->setLines(lines, range,
                      money ? tr("Credit (each agreement's currency)") : tr("Credit (%)"));
    m_chart->setMarker(m_minutes->value());
}

void WhatIfScreen::updateResults()
{
    const QDate month = m_month->date();
    // Exact: the box's hundredths of a minute as seconds.
    const Decimal seconds =
        Decimal::fromParts(qint64(std::llround(m_minutes->value() * 100)) * 60, 2).normalized();
    m_results->setSortingEnabled(false);
    m_results->setRowCount(0);
    for (const ScenarioAgreement &agreement : m_agreements) {
        const ScenarioCredit c = scenarioCredit(agreement, month.year(), month.month(), seconds);
        const int row = m_results->rowCount();
        m_results->insertRow(row);
        auto *name = readOnly(agreement.sheet.vendor);
        name->setData(Qt::UserRole, agreement.sheet.id);
        m_results->setItem(row, AgreementColumn, name);
        const auto allowed = allowedDowntimeSeconds(agreement.sheet, month.year(), month.month());
        m_results->setItem(row, AllowedColumn,
                           figure(allowed ? minutesText(*allowed) : tr("not stated"), allowed));
        if (!c.ok()) {
            m_results->setItem(row, AvailabilityColumn, readOnly(c.error));
            continue;
        }
        const QString working = c.working.lines().join(QLatin1Char('\n'));
        m_results->setItem(row, AvailabilityColumn,
                           figure(tr("%1 %").arg(displayNumber(c.availabilityPercent)),
                                  c.availabilityPercent, working));
        const bool hasCredits = statesCredits(agreement.sheet);
        m_results->setItem(
            row, CreditPercentColumn,
            figure(hasCredits ? tr("%1 %").arg(displayNumber(c.creditPercent))
                              : tr("no credit terms"),
                   hasCredits ? std::optional<Decimal>(c.creditPercent) : std::nullopt, working));
        m_results->setItem(row, CreditAmountColumn,
                           figure(!hasCredits ? tr("no credit terms")
                                  : c.amount ? tr("%1 %2").arg(displayAmount(*c.amount), c.currency)
                                             : tr("no fee known"),
                                  hasCredits ? amountValue(c.amount) : std::nullopt, working));
    }
    m_results->setSortingEnabled(true);
    m_results->resizeColumnsToContents();
}

void WhatIfScreen::runYear()
{
    QList<Decimal> minutes;
    QStringList problems;
    for (int m = 0; m < 12; ++m) {
        const QTableWidgetItem *item = m_yearDowntime->item(m, 0);
        const QString text = item ? item->text().trimmed() : QString();
        const std::optional<Decimal> value = text.isEmpty()
                                                 ? std::optional<Decimal>(Decimal::fromInt(0))
                                                 : parseDisplayDecimal(text);
        if (!value || value->isNegative() || value->scale() > 2 ||
            *value > Decimal::fromInt(31 * 24 * 60)) {
            problems << tr("%1: “%2” is not a number of minutes from 0 to 44640 with at most "
                           "2 decimals.")
                            .arg(QLocale().standaloneMonthName(m + 1), text);
            minutes << Decimal::fromInt(0);
        } else {
            minutes << *value;
        }
    }
    m_yearProblem->setText(problems.join(QLatin1Char('\n')));
    m_yearProblem->setVisible(!problems.isEmpty());
    if (!problems.isEmpty())
        return; // the totals shown stay those of the last valid table
    m_yearResults->setSortingEnabled(false);
    m_yearResults->setRowCount(0);
    for (const ScenarioAgreement &agreement : m_agreements) {
        const ScenarioYear y = scenarioYear(agreement, m_year->value(), minutes);
        const int row = m_yearResults->rowCount();
        m_yearResults->insertRow(row);
        auto *name = readOnly(agreement.sheet.vendor);
        name->setData(Qt::UserRole, agreement.sheet.id);
        m_yearResults->setItem(row, YearAgreementColumn, name);
        if (!y.error.isEmpty()) {
            m_yearResults->setItem(row, YearMissedColumn, readOnly(y.error));
            continue;
        }
        QStringList perMonth;
        for (int m = 0; m < y.months.size(); ++m) {
            const ScenarioCredit &c = y.months[m];
            perMonth << tr("%1: %2 %, %3")
                            .arg(QLocale().standaloneMonthName(m + 1),
                                 displayNumber(c.creditPercent),
                                 c.amount ? tr("%1 %2").arg(displayAmount(*c.amount), c.currency)
                                          : tr("no fee known"));
        }
        const QString tip = perMonth.join(QLatin1Char('\n'));
        m_yearResults->setItem(
            row, YearMissedColumn,
            figure(QString::number(y.monthsMissed), Decimal::fromInt(y.monthsMissed), tip));
        const bool hasCredits = statesCredits(agreement.sheet);
        m_yearResults->setItem(
            row, YearTotalColumn,
            figure(!hasCredits     ? tr("no credit terms")
                   : y.totalAmount ? tr("%1 %2").arg(displayAmount(*y.totalAmount), y.currency)
                                   : tr("no fee known"),
                   hasCredits ? amountValue(y.totalAmount) : std::nullopt, tip));
    }
    m_yearResults->setSortingEnabled(true);
}

int WhatIfScreen::rowOf(const QTableWidget *table, const QString &agreementId) const
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) &&
            table->item(row, 0)->data(Qt::UserRole).toString() == agreementId)
            return row;
    }
    return -1;
}

QString WhatIfScreen::resultText(const QString &agreementId, int column) const
{
    const int row = rowOf(m_results, agreementId);
    const QTableWidgetItem *item = row >= 0 ? m_results->item(row, column) : nullptr;
    return item ? item->text() : QString();
}

QString WhatIfScreen::yearResultText(const QString &agreementId, int column) const
{
    const int row = rowOf(m_yearResults, agreementId);
    const QTableWidgetItem *item = row >= 0 ? m_yearResults->item(row, column) : nullptr;
    return item ? item->text() : QString();
}

void WhatIfScreen::setYearDowntime(int month, const QString &minutes)
{
    ensureLoaded();
    if (QTableWidgetItem *item = m_yearDowntime->item(month - 1, 0))
        item->setText(minutes); // itemChanged runs the year
}

QString WhatIfScreen::yearProblem() const
{
    return m_yearProblem->text();
}

} // namespace termlens
