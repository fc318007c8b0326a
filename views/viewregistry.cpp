#include "viewregistry.h"

#include "agreementsscreen.h"
#include "comparescreen.h"
#include "creditsscreen.h"
#include "deadlinesscreen.h"
#include "matrixscreen.h"
#include "outagesscreen.h"
#include "playbookscreen.h"
#include "whatifscreen.h"

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
        {QStringLiteral("subprocessors"), QT_TRANSLATE_NOOP("ViewRegistry", "Sub-processors"),
         QKeySequence(Qt::CTRL | Qt::Key_3),
         [](const ScreenContext &context, QWidget *parent) -> Screen * {
             return new MatrixScreen(context, MatrixScreen::Kind::Subprocessors, parent);
         }},
        {QStringLiteral("locations"), QT_TRANSLATE_NOOP("ViewRegistry", "Data Locations"),
         QKeySequence(Qt::CTRL | Qt::Key_4),
         [](const ScreenContext &context, QWidget *parent) -> Screen * {
             return new MatrixScreen(context, MatrixScreen::Kind::Locations, parent);
         }},
        {QStringLiteral("outages"), QT_TRANSLATE_NOOP("ViewRegistry", "Outages"),
         QKeySequence(Qt::CTRL | Qt::Key_5),
         [](const ScreenContext &context, QWidget *parent) -> Screen * {
             return new OutagesScreen(context, parent);
         }},
        {QStringLiteral("credits"), QT_TRANSLATE_NOOP("ViewRegistry", "Credits"),
         QKeySequence(Qt::CTRL | Qt::Key_6),
         [](const ScreenContext &context, QWidget *parent) -> Screen * {
             return new CreditsScreen(context, parent);
         }},
        {QStringLiteral("whatif"), QT_TRANSLATE_NOOP("ViewRegistry", "What-If"),
         QKeySequence(Qt::CTRL | Qt::Key_7),
         [](const ScreenContext &context, QWidget *parent) -> Screen * {
             return new WhatIfScreen(context, parent);
         }},
        {QStringLiteral("deadlines"), QT_TRANSLATE_NOOP("ViewRegistry", "Deadlines"),
         QKeySequence(Qt::CTRL | Qt::Key_8),
         [](const ScreenContext &context, QWidget *parent) -> Screen * {
             return new DeadlinesScreen(context, parent);
         }},
        {QStringLiteral("playbook"), QT_TRANSLATE_NOOP("ViewRegistry", "Playbook"),
         QKeySequence(Qt::CTRL | Qt::Key_9),
         [](const ScreenContext &context, QWidget *parent) -> Screen * {
             return new PlaybookScreen(context, parent);
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
