#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TermLens"));
    QApplication::setApplicationName(QStringLiteral("TermLens"));
    termlens::MainWindow window;
    window.show();
    return QApplication::exec();
}
