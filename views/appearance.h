#pragma once

class QMenu;
class QString;

namespace termlens {

// Light and dark appearance (PRODUCT.md): View > Appearance offers System, Light and Dark; the
// choice is kept in QSettings ("ui/appearance": "system", "light", "dark") and applied to the
// whole application. Light and Dark use the Fusion style with a palette of their own; System
// gives back the style and palette the app started with.
//
// Adds the submenu (after a separator) to `view` and applies the remembered choice.
void addAppearanceMenu(QMenu *view);
// Applies a choice by its key ("system", "light", "dark"); an unknown key is "system".
void applyAppearance(const QString &key);
// The remembered choice's key.
QString storedAppearance();

} // namespace termlens
