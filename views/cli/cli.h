#pragma once

#include <QStringList>

class QTextStream;

namespace termlens {

// termlens-cli (INTERFACES.md §3). Returns the exit code: 0 success, 1 user error, 2 bad usage.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace termlens
