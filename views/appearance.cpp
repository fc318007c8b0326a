#include "appearance.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace termlens {

namespace {

const char *const SettingKey = "ui/appearance";

// What the app started with, for "System".
struct Original
{
    QString style;
    QPalette palette;
    bool captured = false;
};

Original &original()
{
    static Original o;
    if (!o.captured && qApp) {
        o.style = QApplication::style()->name();
        o.palette = QApplication::palette();
        o.captured = true;
    }
    return o;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1f, 0x20, 0x22), text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x3d, 0x7a, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x35));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

void useFusion(const QPalette &palette)
{
    if (QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(palette);
}

} // namespace

QString storedAppearance()
{
    const QString key = QSettings().value(QString::fromLatin1(SettingKey)).toString();
    return key == u"light" || key == u"dark" ? key : QStringLiteral("system");
}

void applyAppearance(const QString &key)
{
    Original &o = original();
    if (key == u"dark") {
        useFusion(darkPalette());
    } else if (key == u"light") {
        QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        const QPalette light = fusion->standardPalette();
        QApplication::setStyle(fusion);
        QApplication::setPalette(light);
    } else if (o.captured) {
        QApplication::setStyle(QStyleFactory::create(o.style));
        QApplication::setPalette(o.palette);
    }
}

void addAppearanceMenu(QMenu *view)
{
    original(); // before any change
    view->addSeparator();
    QMenu *menu = view->addMenu(QApplication::translate("Appearance", "&Appearance"));
    menu->setObjectName(QStringLiteral("appearanceMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const struct
    {
        const char *key;
        const char *title;
        const char *tip;
    } choices[] = {
        {"system", QT_TRANSLATE_NOOP("Appearance", "&System"),
         QT_TRANSLATE_NOOP("Appearance", "Use the desktop's own style and colours")},
        {"light", QT_TRANSLATE_NOOP("Appearance", "&Light"),
         QT_TRANSLATE_NOOP("Appearance", "Dark text on a light background")},
        {"dark", QT_TRANSLATE_NOOP("Appearance", "&Dark"),
         QT_TRANSLATE_NOOP("Appearance", "Light text on a dark background")},
    };
    const QString current = storedAppearance();
    for (const auto &choice : choices) {
        const QString key = QString::fromLatin1(choice.key);
        QAction *action = menu->addAction(QApplication::translate("Appearance", choice.title));
        action->setStatusTip(QApplication::translate("Appearance", choice.tip));
        action->setCheckable(true);
        action->setChecked(key == current);
        action->setData(key);
        action->setObjectName(QStringLiteral("appearance-%1").arg(key));
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [key] {
            QSettings().setValue(QString::fromLatin1(SettingKey), key);
            applyAppearance(key);
        });
    }
    if (current != u"system")
        applyAppearance(current);
}

} // namespace termlens
