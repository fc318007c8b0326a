#include "languagemenu.h"

#include "translationloader.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QTimer>

namespace termlens {

QString storedLanguage()
{
    const QString key = QSettings().value(languageSettingKey()).toString();
    return shippedLanguages().contains(key) ? key : QString();
}

void applyLanguage(const QString &key)
{
    const QString language = shippedLanguages().contains(key) ? key : QString();
    QSettings settings;
    if (language.isEmpty())
        settings.remove(languageSettingKey());
    else
        settings.setValue(languageSettingKey(), language);
    installTranslations(language);
}

void addLanguageMenu(QMenu *view, std::function<void(const QString &key)> choose)
{
    view->addSeparator();
    QMenu *menu = view->addMenu(QApplication::translate("Language", "&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const QString current = storedLanguage();
    QStringList keys{QString()};
    keys << shippedLanguages();
    for (const QString &key : std::as_const(keys)) {
        const QString title = key.isEmpty()
                                  ? QApplication::translate("Language", "&System Default (%1)")
                                        .arg(languageName(effectiveLanguage(QString())))
                                  : languageName(key);
        QAction *action = menu->addAction(title);
        action->setStatusTip(
            key.isEmpty()
                ? QApplication::translate("Language", "Use the language of the desktop session")
                : QApplication::translate("Language", "Show TermLens in %1")
                      .arg(languageName(key)));
        action->setCheckable(true);
        action->setChecked(key == current);
        action->setData(key);
        action->setObjectName(
            QStringLiteral("language-%1").arg(key.isEmpty() ? QStringLiteral("system") : key));
        group->addAction(action);
        // Queued: the switch rebuilds the menus, this action's own menu among them.
        QObject::connect(action, &QAction::triggered, menu, [key, choose] {
            QTimer::singleShot(0, qApp, [key, choose] { choose(key); });
        });
    }
}

} // namespace termlens
