#include "reportoptions.h"

#include <QCoreApplication>

namespace termlens {

namespace {

struct OptionsText
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

int monthIndex(QDate month)
{
    return month.year() * 12 + month.month() - 1;
}

} // namespace

QString checkReportPeriod(const ReportOptions &options)
{
    if (options.from.isValid() != options.to.isValid())
        return OptionsText::tr("give both the first and the last month of the period");
    if (!options.from.isValid())
        return {};
    if (monthIndex(options.to) < monthIndex(options.from))
        return OptionsText::tr("the period ends (%1) before it starts (%2)")
            .arg(options.to.toString(QStringLiteral("yyyy-MM")),
                 options.from.toString(QStringLiteral("yyyy-MM")));
    const int months = monthIndex(options.to) - monthIndex(options.from) + 1;
    if (months > MaxReportMonths)
        return OptionsText::tr("the period is %n month(s) long; a report covers at most %1",
                               nullptr, months)
            .arg(MaxReportMonths);
    return {};
}

bool hasAnySection(const ReportOptions &options)
{
    return options.cover || options.summary || options.comparison || options.subprocessors ||
           options.credits || options.appendix;
}

QString defaultReportTitle()
{
    return OptionsText::tr("Agreement report");
}

} // namespace termlens
