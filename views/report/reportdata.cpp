#include "reportdata.h"

#include "activeplaybook.h"
#include "agreementrepository.h"
#include "month.h"
#include "outagerepository.h"
#include "subscriptionrepository.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace termlens {

namespace {

struct DataText
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QDate firstOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

// The month an instant falls in, in the agreement's zone (UTC when the zone is unknown).
QDate monthOf(qint64 utc, const QString &timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    const QDateTime at =
        QDateTime::fromSecsSinceEpoch(utc, zone.isValid() ? zone : QTimeZone::utc());
    return firstOfMonth(at.date());
}

std::optional<Money> annualFee(const std::optional<Subscription> &subscription)
{
    if (!subscription || subscription->services.isEmpty())
        return std::nullopt;
    return subscription->monthlyFee().multipliedBy(Decimal::fromInt(12));
}

void computeDeadlines(ReportAgreement &a, QDate asOf)
{
    if (!a.sheet.terms.term) {
        a.deadlinesNote = DataText::tr("The agreement states no term or renewal.");
        return;
    }
    if (!a.subscription || !a.subscription->startDate.isValid()) {
        a.deadlinesNote = DataText::tr("No subscription start date is recorded.");
        return;
    }
    const Outcome<TermDeadlines> d = termDeadlines(*a.sheet.terms.term, a.subscription->startDate,
                                                   asOf, a.subscription->billingCycle);
    if (d.ok())
        a.deadlines = *d.value;
    else
        a.deadlinesNote = d.error;
}

ReportStatus computeCredits(Workspace &workspace, ReportAgreement &a, const ReportData &data)
{
    if (!a.sheet.terms.availability) {
        a.creditsNote = DataText::tr("The agreement states no availability terms.");
        return {};
    }
    const CreditFee fee = creditFee(*a.sheet.terms.availability, a.subscription, {}, std::nullopt);
    a.creditFee = fee.fee;
    a.creditFeeNote = fee.line;
    if (!data.from.isValid())
        return {};
    const QString zone = a.sheet.timeZone;
    const MonthLength length = MonthLength::Calendar;
    const qint64 start = monthPeriod(data.from.year(), data.from.month(), zone, length).startUtc;
    const qint64 end = monthPeriod(data.to.year(), data.to.month(), zone, length).endUtc;
    const StorageResult<QList<Outage>> outages =
        OutageRepository(workspace).list(a.sheet.id, start, end);
    if (!outages.ok())
        return ReportStatus::failed(outages.error.toString());
    a.outages = *outages.value;
    for (QDate m = data.from; m <= data.to; m = m.addMonths(1)) {
        MonthlyCreditsRequest request;
        request.agreementId = a.sheet.id;
        request.year = m.year();
        request.month = m.month();
        request.nowUtc = data.options.nowUtc;
        const Outcome<MonthlyCredits> credits =
            computeMonthlyCredits(a.sheet, a.subscription, a.outages, request);
        if (!credits.ok())
            return ReportStatus::failed(
                DataText::tr("%1, %2: %3")
                    .arg(a.sheet.vendor, m.toString(QStringLiteral("yyyy-MM")), credits.error));
        a.months << *credits.value;
    }
    return {};
}

ReportStatus loadAgreement(Workspace &workspace, const QString &id, ReportAgreement &a)
{
    const auto loaded = AgreementRepository(workspace).load(id);
    if (!loaded.ok())
        return ReportStatus::failed(loaded.error.toString());
    if (!*loaded.value)
        return ReportStatus::failed(
            DataText::tr("no agreement with id %1 in %2").arg(id, workspace.path()));
    a.sheet = **loaded.value;
    const auto subscription = SubscriptionRepository(workspace).load(id);
    if (!subscription.ok())
        return ReportStatus::failed(subscription.error.toString());
    a.subscription = *subscription.value;
    return {};
}

ReportStatus chosenIds(Workspace &workspace, const ReportOptions &options, QStringList *ids)
{
    if (!options.agreementIds.isEmpty()) {
        *ids = options.agreementIds;
        ids->removeDuplicates();
        return {};
    }
    const auto listed = AgreementRepository(workspace).list();
    if (!listed.ok())
        return ReportStatus::failed(listed.error.toString());
    for (const AgreementSummary &summary : *listed.value)
        *ids << summary.id;
    return {};
}

std::optional<qint64> firstOutageStart(Workspace &workspace, const QString &id)
{
    const auto first = OutageRepository(workspace).page(id, OutageCursor{}, 1);
    if (!first.ok() || first.value->isEmpty())
        return std::nullopt;
    return first.value->first().start;
}

void chooseDefaultPeriod(Workspace &workspace, ReportData &data)
{
    // The last complete month, back to the first outage, at most a year.
    data.to = firstOfMonth(data.asOf).addMonths(-1);
    QDate first;
    for (const ReportAgreement &a : data.agreements) {
        const std::optional<qint64> start = firstOutageStart(workspace, a.sheet.id);
        if (!start)
            continue;
        const QDate month = monthOf(*start, a.sheet.timeZone);
        if (!first.isValid() || month < first)
            first = month;
    }
    if (!first.isValid())
        first = data.to.addMonths(-5);
    data.from = std::clamp(first, data.to.addMonths(-11), data.to);
}

Comparison compare(const ReportData &data)
{
    QList<ComparisonInput> inputs;
    for (const ReportAgreement &a : data.agreements)
        inputs << ComparisonInput{a.sheet, a.subscription, a.creditFee, a.creditFeeNote};
    ComparisonOptions options;
    options.claimDate = data.asOf;
    options.locale = data.options.locale;
    return compareAgreements(inputs, options);
}

} // namespace

int ReportData::monthCount() const
{
    if (!from.isValid())
        return 0;
    return (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
}

ReportStatus collectReportData(Workspace &workspace, const ReportOptions &options,
                               const ReportProgress &progress, ReportData *data)
{
    data->options = options;
    if (data->options.nowUtc == 0)
        data->options.nowUtc = QDateTime::currentSecsSinceEpoch();
    data->asOf = QDateTime::fromSecsSinceEpoch(data->options.nowUtc, QTimeZone::utc()).date();
    data->title = options.title.isEmpty() ? defaultReportTitle() : options.title;
    const QString periodError = checkReportPeriod(options);
    if (!periodError.isEmpty())
        return ReportStatus::failed(periodError);
    const StorageResult<Playbook> playbook = activePlaybook(workspace);
    if (!playbook.ok())
        return ReportStatus::failed(playbook.error.toString());
    data->playbookName = playbook.value->name;
    QStringList ids;
    if (ReportStatus s = chosenIds(workspace, options, &ids); !s.ok())
        return s;
    if (ids.isEmpty())
        return ReportStatus::failed(
            DataText::tr("the workspace %1 holds no agreements").arg(workspace.path()));
    for (const QString &id : std::as_const(ids)) {
        ReportAgreement a;
        if (ReportStatus s = loadAgreement(workspace, id, a); !s.ok())
            return s;
        data->agreements << a;
    }
    data->from = options.from.isValid() ? firstOfMonth(options.from) : QDate();
    data->to = options.to.isValid() ? firstOfMonth(options.to) : QDate();
    if (!data->from.isValid())
        chooseDefaultPeriod(workspace, *data);
    for (qsizetype i = 0; i < data->agreements.size(); ++i) {
        ReportAgreement &a = data->agreements[i];
        if (progress && !progress(int(60 * i / data->agreements.size()),
                                  DataText::tr("Computing %1").arg(a.sheet.vendor)))
            return ReportStatus::cancelled();
        a.score = evaluatePlaybook(*playbook.value, a.sheet, annualFee(a.subscription));
        computeDeadlines(a, data->asOf);
        if (ReportStatus s = computeCredits(workspace, a, *data); !s.ok())
            return s;
    }
    data->comparison = compare(*data);
    return {};
}

} // namespace termlens
