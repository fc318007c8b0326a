// Compiled into every program that links termlens_translations (an INTERFACE source), so the
// translators are installed when its QCoreApplication is built; a static library's own
// startup function would be dropped by the linker as unreferenced.
#include "translationloader.h"

#include <QCoreApplication>

namespace {

void installTermLensTranslations()
{
    termlens::installTranslationsAtStartup();
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installTermLensTranslations)
