#pragma once

#include <QString>

namespace termlens {

// Tooltips are the one place Qt always guesses between plain and rich text (there is no
// Qt::PlainText switch for them). User text (a quote, a vendor's name) goes through this: it
// is escaped and wrapped so Qt shows exactly its characters, line breaks kept, and loads
// nothing (`<img src=…>` is shown, not fetched). Use it for every ToolTipRole and setToolTip()
// that shows data from a document or the user.
QString plainToolTip(const QString &text);

} // namespace termlens
