#pragma once

#include <QString>

#include <functional>

class QMenu;

namespace termlens {

// View > Language (PRODUCT.md: German and French, switchable, the system's language by
// default): "System default (Deutsch)", "English", "Deutsch", "Français", each language named
// in itself. The choice is kept in QSettings ("ui/language": "", "en", "de", "fr"), which the
// desktop app and termlens-cli read at startup.
//
// Adds the submenu (after a separator) to `view`. Choosing another language calls `choose`
// with its key ("" for the system default) after the menu has closed; the window switches.
void addLanguageMenu(QMenu *view, std::function<void(const QString &key)> choose);
// The remembered choice: "", "en", "de" or "fr" (anything else reads as "").
QString storedLanguage();
// Remembers a choice and installs its translators and locale (translationloader.h).
void applyLanguage(const QString &key);

} // namespace termlens
