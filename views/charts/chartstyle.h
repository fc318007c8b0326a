#pragma once

#include <QColor>
#include <QList>

class QChart;
class QWidget;

namespace termlens {

// Charts follow the app's light or dark appearance (appearance.h): the theme is chosen from the
// widget's palette, so a palette change (View > Appearance) restyles the chart.
bool paletteIsDark(const QWidget *widget);
void applyChartAppearance(QChart *chart, const QWidget *widget);
// Distinct series colours readable on both backgrounds, one per agreement.
QColor seriesColor(int index, bool dark);

} // namespace termlens
