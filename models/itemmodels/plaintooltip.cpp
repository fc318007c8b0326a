#include "plaintooltip.h"

namespace termlens {

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u'\n', QStringLiteral("<br/>"));
    // <qt> makes Qt take it as rich text, so the escaped characters show as themselves.
    return QStringLiteral("<qt>") + escaped + QStringLiteral("</qt>");
}

} // namespace termlens
