#include "cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TermLens"));
    QCoreApplication::setApplicationName(QStringLiteral("TermLens"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return termlens::runCli(QCoreApplication::arguments(), out, err);
}
