#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace termlens {

enum class ReportPageSize
{
    A4,
    Letter
};

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
    ReportPageSize pageSize = ReportPageSize::A4;
    // "Now": ongoing outages are counted up to here, upcoming deadlines are those after its
    // date (UTC), and the cover's date generated is its date. 0: the clock.
    qint64 nowUtc = 0;
    QLocale locale; // numbers, dates and month names
    QString title;  // empty: "Agreement report"
    QString author; // PDF metadata; empty: "TermLens"
    QString workspaceName;
};

// The longest period a report covers, in months (charts stay legible; the ledger stays short).
inline constexpr int MaxReportMonths = 36;

// "From" and "to" as months: each valid and from <= to, and at most MaxReportMonths apart.
// Returns an empty string when the options are usable, else the reason in words.
QString checkReportPeriod(const ReportOptions &options);

// True when at least one section is chosen.
bool hasAnySection(const ReportOptions &options);

// "Agreement report", translated.
QString defaultReportTitle();

} // namespace termlens
