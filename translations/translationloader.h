#pragma once

#include <QString>
#include <QStringList>

namespace termlens {

// The user interface languages TermLens ships ("en" is the source language; its translation
// file holds only the plural forms of English, "1 day" / "%n days").
QStringList shippedLanguages();

// Installs TermLens' translators (and Qt's own) for `language` ("de", "fr", "en"), or for the
// system locale when it is empty. English plural forms are always installed underneath, so a
// string missing from a translation still reads well. Called before any window is built: by
// every program that links the translations (a Q_COREAPP_STARTUP_FUNCTION), honouring the
// "ui/language" setting in the desktop app and the CLI (a chosen language also becomes the
// default QLocale for dates and numbers).
void installTranslations(const QString &language = QString());
// The same for the language chosen in the settings (startup.cpp calls it).
void installTranslationsAtStartup();
// The language last given to installTranslations() ("" for the system's).
QString installedLanguage();

// The QSettings key of the chosen language: "en", "de", "fr", or absent/empty for the system's.
QString languageSettingKey();
// The shipped language a choice ends up in: the choice itself, or for the system default ("")
// the system's language when it ships, else English.
QString effectiveLanguage(const QString &language);
// "English", "Deutsch", "Français": each language named in itself.
QString languageName(const QString &language);

} // namespace termlens
