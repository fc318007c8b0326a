#pragma once

#include "screen.h"

#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

namespace termlens {

// The main window's screens, by the names `termlens --view NAME` takes (INTERFACES.md §4).
// A new screen is one entry in viewregistry.cpp: the main window builds its page and its View
// menu entry from this list.
struct ScreenEntry
{
    QString name;      // "agreements"
    const char *title; // untranslated; shown through screenTitle()
    QKeySequence shortcut;
    Screen *(*create)(const ScreenContext &context, QWidget *parent);
};

const QList<ScreenEntry> &screenEntries();
QStringList screenNames();
bool isKnownScreen(const QString &name);
// The translated title ("Agreements"); empty for an unknown name.
QString screenTitle(const QString &name);

} // namespace termlens
