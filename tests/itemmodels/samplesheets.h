#pragma once

#include "termsheetfile.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

// The sample agreements as the app ships them (":/sample/", compiled into termlens_resources),
// each document with the text of the file its `source` names.
inline termlens::TermSheet loadSampleSheet(const QString &id)
{
    const termlens::TermSheetFileResult read =
        termlens::readTermSheetFile(QStringLiteral(":/sample/%1.termsheet.json").arg(id));
    if (!read.sheet) {
        for (const auto &issue : read.issues)
            qWarning("%s", qPrintable(issue.toString()));
        qFatal("sample term sheet %s does not load", qPrintable(id));
    }
    return *read.sheet;
}

inline QStringList sampleIds()
{
    return {QStringLiteral("alliantist-isms"), QStringLiteral("alliants"),
            QStringLiteral("identity-automation"), QStringLiteral("logit-io")};
}
