#pragma once

#include <QCoreApplication>
#include <QString>

namespace termlens {

// One problem in an imported file: the line it starts on, the column, and why.
struct ImportIssue
{
    qsizetype line = 0; // 1-based; 0 when the problem is the whole file
    QString column;
    QString message;

    QString toString() const
    {
        if (line == 0)
            return message;
        if (column.isEmpty())
            return QCoreApplication::translate("ImportIssue", "line %1: %2").arg(line).arg(message);
        return QCoreApplication::translate("ImportIssue", "line %1, column %2: %3")
            .arg(line)
            .arg(column, message);
    }
    friend bool operator==(const ImportIssue &, const ImportIssue &) = default;
};

} // namespace termlens
