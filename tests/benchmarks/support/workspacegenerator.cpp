#include "workspacegenerator.h"

#include "agreementrepository.h"
#include "outagerepository.h"
#include "sampleworkspace.h"
#include "subscriptionrepository.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <algorithm>
#include <random>

namespace termlens {
namespace {

struct GeneratorText
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceGenerator)
};

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;

// std::uniform_int_distribution's algorithm is left to each standard library, so draws are
// reduced by hand: the same seed then gives the same workspace everywhere (the modulo bias of
// a 64-bit draw over these small ranges is far below anything a benchmark could notice).
class Draw
{
public:
    explicit Draw(quint64 seed)
        : m_engine(seed)
    {}
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(m_engine() % quint64(hi - lo + 1)); }
    bool chance(int percent) { return between(0, 99) < percent; }

private:
    std::mt19937_64 m_engine;
};

// How one sample agreement is varied: the targets to choose from and up to three services
// (the sample subscription's own first, then plausible further ones).
struct Variation
{
    QString sampleId;
    QStringList targets;
    QStringList services;
};

QList<Variation> variations()
{
    return {
        {QStringLiteral("alliantist-isms"),
         {QStringLiteral("99.0"), QStringLiteral("99.5"), QStringLiteral("99.9")},
         {QStringLiteral("Platform"), QStringLiteral("Risk Module"),
          QStringLiteral("Policy Pack")}},
        {QStringLiteral("alliants"),
         {QStringLiteral("99.9"), QStringLiteral("99.95"), QStringLiteral("99.99")},
         {QStringLiteral("Platform"), QStringLiteral("Messaging"), QStringLiteral("Analytics")}},
        {QStringLiteral("identity-automation"),
         {QStringLiteral("99.5"), QStringLiteral("99.9"), QStringLiteral("99.95")},
         {QStringLiteral("Identity Platform"), QStringLiteral("PhishID"),
          QStringLiteral("Password Manager")}},
        {QStringLiteral("logit-io"),
         {QStringLiteral("99.9"), QStringLiteral("99.99"), QStringLiteral("99.999")},
         {QStringLiteral("Production Logs Stack"), QStringLiteral("Metrics Stack"),
          QStringLiteral("Staging Logs Stack")}},
    };
}

Variation variationFor(const SampleAgreement &sample)
{
    for (const Variation &v : variations()) {
        if (v.sampleId == sample.sheet.id)
            return v;
    }
    // A sample added later: vary the fees only, with generic service names.
    Variation v{sample.sheet.id, {}, {}};
    if (sample.sheet.terms.availability)
        v.targets << sample.sheet.terms.availability->target.toString();
    v.services = {QStringLiteral("Service A"), QStringLiteral("Service B"),
                  QStringLiteral("Service C")};
    return v;
}

TermSheet variantSheet(const SampleAgreement &sample, const Variation &v, const QString &number,
                       Draw &draw)
{
    TermSheet sheet = sample.sheet;
    sheet.id = sample.sheet.id + QLatin1Char('-') + number;
    sheet.vendor = sample.sheet.vendor + QLatin1Char(' ') + number;
    if (sheet.terms.availability && !v.targets.isEmpty()) {
        const QString target = v.targets.at(draw.between(0, v.targets.size() - 1));
        sheet.terms.availability->target = *Decimal::parse(target);
    }
    return sheet;
}

void addPayments(Subscription &s, const QString &number)
{
    const qint64 monthly = s.monthlyFee().minorUnits();
    const int months = s.billingCycle == BillingCycle::Monthly     ? 1
                       : s.billingCycle == BillingCycle::Quarterly ? 3
                                                                   : 12;
    for (int m = 1; m <= 12; m += months) {
        s.payments.append(
            {QDate(2025, m, 1), Money(monthly * months, s.currency),
             QStringLiteral("INV-%1-2025%2").arg(number).arg(m, 2, 10, QLatin1Char('0'))});
    }
}

Subscription variantSubscription(const SampleAgreement &sample, const Variation &v,
                                 const TermSheet &sheet, const QString &number, Draw &draw)
{
    Subscription s;
    s.agreementId = sheet.id;
    s.startDate = QDate(2024, 1, 1).addDays(draw.between(0, 364));
    s.billingCycle =
        sample.subscription ? sample.subscription->billingCycle : BillingCycle::Monthly;
    s.currency = sheet.currency;
    s.account = QStringLiteral("bench-account-%1").arg(number);
    const qint64 services = draw.between(1, v.services.size());
    for (qint64 k = 0; k < services; ++k) {
        // 50.00 to 5,000.00 in steps of 0.05: integer minor units, no floating point.
        const qint64 minor = draw.between(1000, 100000) * 5;
        s.services.append({v.services.at(k), Money(minor, s.currency)});
    }
    addPayments(s, number);
    return s;
}

struct CategoryDraw
{
    OutageCategory category;
    std::optional<qint64> noticeBeforeStart; // seconds
};

// Mostly unplanned; some scheduled maintenance with notice (1 to 14 days, so both sides of the
// 72 h and 120 h conditions) or without; a few of every excluded kind.
CategoryDraw drawCategory(Draw &draw)
{
    const qint64 r = draw.between(0, 99);
    if (r < 82)
        return {OutageCategory::Unplanned, std::nullopt};
    if (r < 88)
        return {OutageCategory::ScheduledMaintenance, draw.between(Day, 14 * Day)};
    if (r < 91)
        return {OutageCategory::ScheduledMaintenance, std::nullopt};
    if (r < 93)
        return {OutageCategory::EmergencyMaintenance, std::nullopt};
    if (r < 95)
        return {OutageCategory::CustomerCause, std::nullopt};
    if (r < 97)
        return {OutageCategory::HostingProvider, std::nullopt};
    if (r < 98)
        return {OutageCategory::ThirdParty, std::nullopt};
    if (r < 99)
        return {OutageCategory::Internet, std::nullopt};
    return {OutageCategory::ForceMajeure, std::nullopt};
}

// Mostly minutes, some hours, a few most of a day.
qint64 drawDuration(Draw &draw)
{
    const qint64 r = draw.between(0, 99);
    if (r < 88)
        return draw.between(Minute, 45 * Minute);
    if (r < 98)
        return draw.between(Hour, 4 * Hour);
    return draw.between(4 * Hour, 12 * Hour);
}

// Outages of one agreement in start order (as an import would bring them). About 3 % are a
// second record of the previous outage (another monitor), overlapping it.
QList<Outage> agreementOutages(const Subscription &s, const QString &number, qint64 count,
                               Draw &draw)
{
    std::vector<qint64> starts(static_cast<size_t>(count));
    for (qint64 &start : starts)
        start = draw.between(GeneratedYearStartUtc, GeneratedYearEndUtc - 1);
    std::sort(starts.begin(), starts.end());
    // "GEN-007-000123": built by appending, QString::arg would dominate a million rows.
    const QString prefix = QStringLiteral("GEN-%1-").arg(number);
    QList<Outage> outages;
    outages.reserve(count);
    for (qint64 k = 0; k < count; ++k) {
        Outage o;
        o.agreementId = s.agreementId;
        const qsizetype services = s.services.size();
        const qsizetype service =
            services == 1 || draw.chance(60) ? 0 : qsizetype(draw.between(1, services - 1));
        o.service = s.services.at(service).service;
        o.start = starts[size_t(k)];
        const qint64 length = drawDuration(draw);
        if (k > 0 && draw.chance(3)) {
            const Outage &previous = outages.last();
            o.service = previous.service;
            o.start = previous.start + draw.between(0, (*previous.end - previous.start) / 2);
        }
        o.end = o.start + length;
        const CategoryDraw category = drawCategory(draw);
        o.category = category.category;
        if (category.noticeBeforeStart)
            o.noticeGiven = o.start - *category.noticeBeforeStart;
        o.reference = prefix + QString::number(k + 1).rightJustified(6, QLatin1Char('0'));
        outages.append(std::move(o));
    }
    std::stable_sort(outages.begin(), outages.end(),
                     [](const Outage &a, const Outage &b) { return a.start < b.start; });
    return outages;
}

ImportBatch generatedBatch(const QString &agreementId, qsizetype rows, quint64 seed)
{
    const QString description = QStringLiteral("%1 seed %2").arg(agreementId).arg(seed);
    ImportBatch batch;
    batch.id = QStringLiteral("generated-%1").arg(agreementId);
    batch.agreementId = agreementId;
    batch.fileName = QStringLiteral("generated-seed-%1.csv").arg(seed);
    batch.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(description.toUtf8(), QCryptographicHash::Sha256).toHex());
    batch.importedUtc = GeneratedYearEndUtc;
    batch.rows = rows;
    return batch;
}

StorageStatus storeAgreement(Workspace &workspace, const TermSheet &sheet,
                             const Subscription &subscription, const QList<Outage> &outages,
                             quint64 seed)
{
    if (StorageStatus s = AgreementRepository(workspace).save(sheet); !s.ok())
        return s;
    if (StorageStatus s = SubscriptionRepository(workspace).save(subscription); !s.ok())
        return s;
    const auto added = OutageRepository(workspace).addImport(
        generatedBatch(sheet.id, outages.size(), seed), outages);
    if (!added.ok())
        return StorageStatus::failure(added.error);
    if (added.value->inserted != outages.size()) {
        return StorageStatus::failure(
            {workspace.path(), GeneratorText::tr("%1 of the %2 generated outages of %3 were "
                                                 "duplicates")
                                   .arg(added.value->duplicates)
                                   .arg(outages.size())
                                   .arg(sheet.id)});
    }
    return storageOk();
}

StorageStatus fill(Workspace &workspace, const QList<SampleAgreement> &samples, int agreements,
                   qint64 outages, quint64 seed, GeneratedWorkspace &summary)
{
    Draw draw(seed);
    for (int i = 0; i < agreements; ++i) {
        const SampleAgreement &sample = samples.at(i % samples.size());
        const Variation variation = variationFor(sample);
        const QString number = QStringLiteral("%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        const TermSheet sheet = variantSheet(sample, variation, number, draw);
        const Subscription subscription =
            variantSubscription(sample, variation, sheet, number, draw);
        const qint64 count = outages / agreements + (i < outages % agreements ? 1 : 0);
        const QList<Outage> rows = agreementOutages(subscription, number, count, draw);
        if (StorageStatus s = storeAgreement(workspace, sheet, subscription, rows, seed); !s.ok())
            return s;
        summary.agreementIds << sheet.id;
        summary.outages += count;
        summary.services += subscription.services.size();
    }
    return storageOk();
}

} // namespace

StorageResult<GeneratedWorkspace> generateWorkspace(const QString &path, int agreements,
                                                    qint64 outages, quint64 seed)
{
    using Result = StorageResult<GeneratedWorkspace>;
    if (agreements < 1 || outages < 0)
        return Result::failure(
            {path, GeneratorText::tr("at least one agreement and no negative outage count")});
    const StorageResult<QList<SampleAgreement>> samples = loadSampleAgreements();
    if (!samples.ok())
        return Result::failure(samples.error);
    StorageResult<Workspace> created = Workspace::create(path);
    if (!created.ok())
        return Result::failure(created.error);
    Workspace &workspace = *created.value;
    GeneratedWorkspace summary;
    summary.path = workspace.path();
    const StorageStatus filled =
        fill(workspace, *samples.value, agreements, outages, seed, summary);
    workspace.close();
    if (!filled.ok()) {
        QFile::remove(summary.path);
        QFile::remove(summary.path + QStringLiteral("-journal"));
        return Result::failure(filled.error);
    }
    return Result::success(summary);
}

} // namespace termlens
