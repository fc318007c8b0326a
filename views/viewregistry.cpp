#include "viewregistry.h"

#include "agreementsscreen.h"
#include "comparescreen.h"
#include "outagesscreen.h"

#include <QCoreApplication>

namespace termlens {

const QList<ScreenEntry> &screenEntries()
{
    static const QList<ScreenEntry> entries{
        {QStringLiteral("agreements"), QT_TRANSLATE_NOOP("ViewRegistry", "Agreements"),
         QKeySequence(Qt::CTRL | Qt::Key_1),
         [](const ScreenContext &context, QWidget *parent) -> Screen * {
             return new AgreementsScreen(context, parent);
         }},
        {QStringLiteral("compare"), QT_TRANSLATE_NOOP("ViewRegistry", "Compare"),
         QKeySequence(Qt::CTRL | Qt::Key_2),
         [](const ScreenContext &context, QWidget *parent) -> Screen * {
             return new CompareScreen(context, parent);
         }},
        {QStringLiteral("outages"), QT_TRANSLATE_NOOP("ViewRegistry", "Outages"),
         QKeySequence(Qt::CTRL | Qt::Key_5),
         [](const ScreenContext &context, QWidget *parent) -> Screen * {
             return new OutagesScreen(context, parent);
         }},
    };
    return entries;
}

QStringList screenNames()
{
    QStringList names;
    for (const ScreenEntry &entry : screenEntries())
        names << entry.name;
    return names;
}

bool isKnownScreen(const QString &name)
{
    return screenNames().contains(name);
}

QString screenTitle(const QString &name)
{
    for (const ScreenEntry &entry : screenEntries()) {
        if (entry.name == name)
            return QCoreApplication::translate("ViewRegistry", entry.title);
    }
    return {};
}

} // namespace termlens
