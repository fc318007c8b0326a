#include "appicon.h"

#include <QDir>

namespace termlens {

QIcon applicationIcon()
{
    QIcon icon;
    const QDir sizes(QStringLiteral(":/icons"));
    for (const QString &size : sizes.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        icon.addFile(sizes.filePath(size + QStringLiteral("/io.termlens.TermLens.png")));
    return icon;
}

} // namespace termlens
