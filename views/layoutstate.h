#pragma once

#include <QByteArray>

#include <initializer_list>
#include <variant>

class QHeaderView;
class QSplitter;

namespace termlens {

// A screen's remembered layout (Screen::saveLayout): the states of its splitters and table
// headers, in the order given, as one blob.
using LayoutPart = std::variant<QSplitter *, QHeaderView *>;

QByteArray saveLayoutParts(std::initializer_list<LayoutPart> parts);
// Restores nothing when the blob does not hold as many states as there are parts (a layout
// saved by another version of the screen); returns whether it restored.
bool restoreLayoutParts(const QByteArray &state, std::initializer_list<LayoutPart> parts);

} // namespace termlens
