#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace termlens {

// The problems found in one file as one line: each issue's toString() ("where: why"), joined
// by "; ". For ValidationIssue and ImportIssue alike.
template <class Issue> QString joinIssues(const QList<Issue> &issues)
{
    QStringList lines;
    lines.reserve(issues.size());
    for (const Issue &issue : issues)
        lines << issue.toString();
    return lines.join(QStringLiteral("; "));
}

} // namespace termlens
