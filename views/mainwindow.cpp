#include "mainwindow.h"

namespace termlens {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("TermLens"));
}

MainWindow::~MainWindow() = default;

} // namespace termlens
