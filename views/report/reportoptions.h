#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace termlens {

// What a PDF report includes; the export dialog and `termlens-cli report` fill the same struct.
struct ReportOptions
{
    QString outputFile;
    QStringList agreementIds; // empty: all
    QDate from;               // first month (day 1) of the period, invalid: all
    QDate to;                 // last month (day 1) of the period
    bool cover = true;
    bool summary = true;
    bool comparison = true;
    bool subprocessors = true;
    bool credits = true;
    bool appendix = true;
};

} // namespace termlens
