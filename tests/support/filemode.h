#pragma once

#include <QFile>
#include <QString>

#include <sys/stat.h>

// The permission bits of a file (e.g. 0600), or 0 when it cannot be read: what the file-mode
// tests compare under umask 022.
inline unsigned modeOf(const QString &path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}
