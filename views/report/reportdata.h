#pragma once

#include "comparison.h"
#include "monthlycredits.h"
#include "outage.h"
#include "playbookevaluator.h"
#include "reportoptions.h"
#include "subscription.h"
#include "termdeadlines.h"
#include "termsheet.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace termlens {

class Workspace;

// How far the work has come (0-100) and what it is doing now. Returns false to cancel.
using ReportProgress = std::function<bool(int percent, const QString &step)>;

// The outcome of a report run: done, failed (with the reason in words), or cancelled.
struct ReportStatus
{
    enum Kind
    {
        Ok,
        Failed,
        Cancelled
    };
    Kind kind = Ok;
    QString error;
    bool ok() const { return kind == Ok; }
    static ReportStatus failed(const QString &why) { return {Failed, why}; }
    static ReportStatus cancelled() { return {Cancelled, {}}; }
};

// One agreement's part of the report: everything is computed by the same code the screens
// use (playbook scoring, term deadlines, monthly credits).
struct ReportAgreement
{
    TermSheet sheet;
    std::optional<Subscription> subscription;
    PlaybookScore score;
    std::optional<TermDeadlines> deadlines; // from the subscription's start date, as of asOf
    QString deadlinesNote;                  // why there are none, when there are none
    QList<MonthlyCredits> months;           // one per month of the period (availability terms)
    QString creditsNote;                    // why there are none, when there are none
    QList<Outage> outages;                  // overlapping the period, by start
    std::optional<Money> creditFee;         // the fee the credit base refers to
    QString creditFeeNote;                  // where that fee came from
};

struct ReportData
{
    ReportOptions options;
    QString title;
    QString playbookName;
    QDate asOf;     // "today" of the report
    QDate from, to; // the period's first and last months (day 1); invalid: no period
    QList<ReportAgreement> agreements;
    Comparison comparison;
    int monthCount() const;
};

// Loads and computes what the report shows, from the open workspace. Fails naming the
// agreement or the workspace file; an unknown agreement id is an error. Without a period in
// the options: the last complete month before asOf, back to the month of the first stored
// outage of the chosen agreements (each in its own time zone), at most twelve months.
ReportStatus collectReportData(Workspace &workspace, const ReportOptions &options,
                               const ReportProgress &progress, ReportData *data);

} // namespace termlens
