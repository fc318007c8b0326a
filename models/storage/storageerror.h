#pragma once

#include <QString>

namespace termlens {

// A storage failure in words a user can act on: which file, and what went wrong.
struct StorageError
{
    QString file;
    QString message;
    QString toString() const
    {
        return file.isEmpty() ? message : file + QStringLiteral(": ") + message;
    }
};

} // namespace termlens
