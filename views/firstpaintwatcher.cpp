#include "firstpaintwatcher.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace termlens {

FirstPaintWatcher::FirstPaintWatcher(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_window->installEventFilter(this);
}

FirstPaintWatcher::~FirstPaintWatcher()
{
    if (!m_seen)
        m_window->removeEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        m_window->removeEventFilter(this);
        // Queued: the window's children paint in the same pass, after this event.
        QTimer::singleShot(0, this, &FirstPaintWatcher::painted);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace termlens
