#include "chartstyle.h"

#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QPalette>
#include <QWidget>

namespace termlens {

bool paletteIsDark(const QWidget *widget)
{
    const QColor window = widget->palette().color(QPalette::Window);
    return window.lightness() < 128;
}

void applyChartAppearance(QChart *chart, const QWidget *widget)
{
    const bool dark = paletteIsDark(widget);
    const QPalette palette = widget->palette();
    // Themes reset series colours, so callers colour their series after this.
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // Axis labels with the user's decimal separator ("99,50" in German).
    chart->setLocalizeNumbers(true);
    chart->setLocale(widget->locale());
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
}

QColor seriesColor(int index, bool dark)
{
    static const QList<QColor> light{QColor(0x1f, 0x5f, 0xbf), QColor(0xc0, 0x50, 0x00),
                                     QColor(0x2e, 0x7d, 0x32), QColor(0x8e, 0x24, 0xaa),
                                     QColor(0x00, 0x83, 0x8f), QColor(0xad, 0x14, 0x57)};
    static const QList<QColor> darkColors{QColor(0x64, 0xa8, 0xff), QColor(0xff, 0x9e, 0x40),
                                          QColor(0x81, 0xc7, 0x84), QColor(0xce, 0x93, 0xd8),
                                          QColor(0x4d, 0xd0, 0xe1), QColor(0xf4, 0x8f, 0xb1)};
    const QList<QColor> &colors = dark ? darkColors : light;
    return colors[index % colors.size()];
}

} // namespace termlens
