#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace termlens {

// Labels that show user text: always plain text, never rich text or links.

// A one-line caption or title: plain text, nothing else changed.
QLabel *plainTextLabel(const QString &text, QWidget *parent);
// A value the user may copy (a vendor, a file name, a summary): plain text, word-wrapped and
// selectable with the mouse. Starts empty.
QLabel *selectableTextLabel(QWidget *parent);

} // namespace termlens
