#include "screen.h"

namespace termlens {

Screen::Screen(QWidget *parent)
    : QWidget(parent)
{}

Screen::~Screen() = default;

void Screen::setWorkspace(Workspace *) {}

void Screen::focusFilter() {}

QByteArray Screen::saveLayout() const
{
    return {};
}

void Screen::restoreLayout(const QByteArray &) {}

} // namespace termlens
