#pragma once

#include <QObject>

class QWidget;

namespace termlens {

// Tells once when a window has been painted for the first time, after that paint has finished
// (the signal is queued behind it): what --quit-after-show times and --screenshot waits for.
class FirstPaintWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintWatcher)

public:
    explicit FirstPaintWatcher(QWidget *window, QObject *parent = nullptr);
    ~FirstPaintWatcher() override;

signals:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window = nullptr;
    bool m_seen = false;
};

} // namespace termlens
