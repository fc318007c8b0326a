#include "cli.h"

#include <QCoreApplication>
#include <QTextStream>

namespace termlens {

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() > 1 && arguments.at(1) == u"--version") {
        out << "termlens-cli " << QStringLiteral(TERMLENS_VERSION) << Qt::endl;
        return 0;
    }
    err << QCoreApplication::translate("Cli", "usage: termlens-cli COMMAND [OPTIONS]") << Qt::endl;
    return 2;
}

} // namespace termlens
