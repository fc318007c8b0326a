#pragma once

#include <QIcon>

namespace termlens {

// The application icon: every size rendered from the hand-drawn SVG at build time, embedded
// under :/icons/NxN/ (resources/CMakeLists.txt). Set on the application, so every window and
// dialog shows it.
QIcon applicationIcon();

} // namespace termlens
