#include "clicommands.h"
#include "clicontext.h"
#include "localeformat.h"
#include "monthlycredits.h"
#include "outageledger.h"
#include "termsheetfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

namespace termlens {
namespace {

const QString &agreementOpt()
{
    static const QString name = QStringLiteral("agreement");
    return name;
}

QString monthText(int year, int month)
{
    return QStringLiteral("%1-%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'));
}

QJsonValue moneyJson(const std::optional<Money> &money)
{
    return money ? QJsonValue(money->toString()) : QJsonValue(QJsonValue::Null);
}

// The keys of INTERFACES.md §3 for one service.
QJsonObject serviceJson(const MonthlyCredits &credits, const ServiceCredit &s)
{
    const AvailabilityResult &a = s.availability;
    QJsonObject o{
        {QStringLiteral("agreement"), credits.agreementId},
        {QStringLiteral("month"), monthText(credits.period.year, credits.period.month)},
        {QStringLiteral("periodMinutes"), credits.period.lengthSeconds / 60},
        {QStringLiteral("countedPeriodMinutes"), minutesJson(Decimal::fromInt(a.periodSeconds))},
        {QStringLiteral("downtimeMinutes"), minutesJson(a.downtimeSeconds)},
        {QStringLiteral("excludedMinutes"), minutesJson(Decimal::fromInt(a.excludedSeconds))},
        {QStringLiteral("availability"), a.availabilityPercent.toCanonicalString()},
        {QStringLiteral("target"), a.target.toCanonicalString()},
        {QStringLiteral("slaMet"), s.credit.slaMet},
        {QStringLiteral("creditPercent"), s.credit.creditPercent.toCanonicalString()},
        {QStringLiteral("creditAmount"), moneyJson(s.credit.creditAmount)},
        {QStringLiteral("fee"), moneyJson(s.fee)},
        {QStringLiteral("currency"), credits.currency},
        {QStringLiteral("claimDeadline"), dateJson(credits.claimDeadline)},
        {QStringLiteral("explanation"), linesJson(s.working.lines())}};
    if (!s.service.isEmpty())
        o.insert(QStringLiteral("service"), s.service);
    return o;
}

// One service: its own keys. Several: the top-level keys sum up the month (slaMet only if
// every service met its target, the highest percent, the total amount, the figures of the
// service with the lowest availability), and "services" holds each in full.
QJsonObject creditsJson(const MonthlyCredits &credits)
{
    const ServiceCredit *worst = credits.worst();
    QJsonObject o = serviceJson(credits, *worst);
    QJsonArray services;
    QStringList explanation;
    Decimal highest;
    for (const ServiceCredit &s : credits.services) {
        services.append(serviceJson(credits, s));
        if (s.credit.creditPercent > highest)
            highest = s.credit.creditPercent;
        if (credits.services.size() > 1) {
            explanation << QCoreApplication::translate("Cli", "Service %1:").arg(s.service);
            for (const QString &line : s.working.lines())
                explanation << QStringLiteral("  ") + line;
        }
    }
    o.insert(QStringLiteral("services"), services);
    if (credits.services.size() > 1) {
        o.remove(QStringLiteral("service"));
        o.remove(QStringLiteral("fee"));
        o.insert(QStringLiteral("lowestAvailabilityService"), worst->service);
        o.insert(QStringLiteral("slaMet"), credits.slaMet());
        o.insert(QStringLiteral("creditPercent"), highest.toCanonicalString());
        o.insert(QStringLiteral("creditAmount"), moneyJson(credits.totalCredit()));
        o.insert(QStringLiteral("explanation"), linesJson(explanation));
    }
    return o;
}

void printService(QTextStream &out, const MonthlyCredits &credits, const ServiceCredit &s)
{
    const AvailabilityResult &a = s.availability;
    const QString name =
        s.service.isEmpty() ? QCoreApplication::translate("Cli", "All services") : s.service;
    const QString verdict = s.credit.slaMet ? QCoreApplication::translate("Cli", "met")
                                            : QCoreApplication::translate("Cli", "missed");
    const QString amount = s.credit.creditAmount
                               ? QCoreApplication::translate("Cli", " = %1 %2")
                                     .arg(displayAmount(*s.credit.creditAmount), credits.currency)
                               : QString();
    out << QCoreApplication::translate("Cli", "%1: availability %2 % (target %3 %, %4); downtime "
                                              "%5 min, excluded %6 min; credit %7 %%8")
               .arg(name, displayNumber(a.availabilityPercent), displayNumber(a.target), verdict,
                    localizedDecimal(minutesJson(a.downtimeSeconds)),
                    localizedDecimal(minutesJson(Decimal::fromInt(a.excludedSeconds))),
                    displayNumber(s.credit.creditPercent), amount)
        << '\n';
}

void printCreditsText(CliContext &cli, const MonthlyCredits &credits)
{
    QTextStream &out = cli.out;
    out << QCoreApplication::translate("Cli", "%1, %2 %3 (%4)")
               .arg(credits.agreementId, displayMonthName(credits.period.month))
               .arg(credits.period.year)
               .arg(credits.period.timeZone)
        << '\n';
    for (const ServiceCredit &s : credits.services)
        printService(out, credits, s);
    if (credits.services.size() > 1 && credits.totalCredit()) {
        out << QCoreApplication::translate("Cli", "Total credit: %1 %2")
                   .arg(displayAmount(*credits.totalCredit()), credits.currency)
            << '\n';
    }
    if (credits.claimDeadline.isValid()) {
        out << QCoreApplication::translate("Cli", "Claim by: %1")
                   .arg(displayDate(credits.claimDeadline))
            << '\n';
    }
    out << QCoreApplication::translate("Cli", "Working:") << '\n';
    for (const ServiceCredit &s : credits.services) {
        if (credits.services.size() > 1)
            out << "  " << s.service << '\n';
        for (const QString &line : s.working.lines())
            out << (credits.services.size() > 1 ? "    " : "  ") << line << '\n';
    }
    out.flush();
}

// JSON with --json, else text.
int printCredits(CliContext &cli, const MonthlyCredits &credits)
{
    if (cli.json)
        cli.printJson(creditsJson(credits));
    else
        printCreditsText(cli, credits);
    return ExitOk;
}

// Digits with an optional fraction and more whole digits than an amount or a number of minutes
// can hold (Decimal::parse takes 24).
bool tooLarge(const QString &text)
{
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(QStringLiteral("([0-9]+)(\\.[0-9]+)?")));
    const QRegularExpressionMatch match = shape.match(text);
    return match.hasMatch() && match.capturedLength(1) > 24;
}

// --service must name a service of the subscription or of the stored outages: a misspelt name
// would otherwise measure a service without records, 100 % available.
bool checkService(CliContext &cli, Workspace &workspace, const QString &agreementId,
                  const std::optional<Subscription> &subscription, const QString &service)
{
    if (service.isEmpty())
        return true;
    QStringList known;
    if (subscription) {
        for (const ServiceFee &fee : subscription->services)
            known << fee.service;
    }
    const StorageResult<QStringList> stored = OutageLedgerQuery(workspace).services(agreementId);
    if (!stored.ok()) {
        cli.userError(stored.error.toString());
        return false;
    }
    for (const QString &name : *stored.value) {
        if (!known.contains(name))
            known << name;
    }
    if (known.contains(service))
        return true;
    if (known.isEmpty()) {
        cli.userError(QCoreApplication::translate(
                          "Cli", "--service: %1 names no service of %2, which has no stored "
                                 "outages and no subscription services; leave --service out")
                          .arg(service, agreementId));
    } else {
        cli.userError(QCoreApplication::translate(
                          "Cli", "--service: %1 names no service of %2; its services are: %3")
                          .arg(service, agreementId, known.join(QStringLiteral(", "))));
    }
    return false;
}

// --fee in the currency of the fees: the subscription's, else the agreement's.
bool parseFee(CliContext &cli, const CliArgs &args, const QString &currency,
              std::optional<Money> *fee)
{
    if (!args.has(QStringLiteral("fee")))
        return true;
    const QString text = args.value(QStringLiteral("fee"));
    *fee = Money::parse(text, currency);
    const std::optional<Decimal> number = Decimal::parse(text);
    const bool fits =
        number && !number->isNegative() && number->scale() <= Money::minorDigits(currency);
    if (!*fee && (tooLarge(text) || fits)) {
        cli.userError(
            QCoreApplication::translate("Cli", "--fee: %1 is too large an amount").arg(text));
        return false;
    }
    if (!*fee || fee->value().minorUnits() < 0) {
        cli.userError(QCoreApplication::translate(
                          "Cli", "--fee: %1 is not an amount in %2 (digits, at most %3 decimals)")
                          .arg(text, currency)
                          .arg(Money::minorDigits(currency)));
        return false;
    }
    return true;
}

} // namespace

int runCredits(CliContext &cli, const QStringList &arguments)
{
    const auto args = cli.parse(arguments,
                                {{agreementOpt()},
                                 {QStringLiteral("month")},
                                 {QStringLiteral("fee")},
                                 {QStringLiteral("service")}},
                                {agreementOpt(), QStringLiteral("month")}, 0, 0);
    if (!args)
        return ExitUsage;
    const auto month = cli.monthValue(*args, QStringLiteral("month"));
    if (!month)
        return ExitUserError;
    std::optional<Workspace> workspace = cli.openWorkspace();
    if (!workspace)
        return ExitUserError;
    const QString id = args->value(agreementOpt());
    const std::optional<TermSheet> sheet = cli.loadAgreement(*workspace, id);
    std::optional<Subscription> subscription;
    if (!sheet || !cli.loadSubscription(*workspace, id, &subscription) ||
        !checkService(cli, *workspace, id, subscription, args->value(QStringLiteral("service"))))
        return ExitUserError;
    if (!sheet->terms.availability)
        return cli.userError(QCoreApplication::translate(
                                 "Cli", "%1 states no availability terms (terms.availability)")
                                 .arg(sheet->id));
    MonthlyCreditsRequest request;
    request.agreementId = id;
    request.year = month->first;
    request.month = month->second;
    request.service = args->value(QStringLiteral("service"));
    request.nowUtc = cli.nowUtc;
    if (!parseFee(cli, *args, subscription ? subscription->currency : sheet->currency,
                  &request.fee))
        return ExitUserError;
    // One --fee for several services is ambiguous when the base is each affected service's own
    // fee (or its annual fee): it would be counted once per service.
    const QStringList services = servicesToCompute(subscription, request.service);
    const Availability &rules = *sheet->terms.availability;
    if (request.fee && services.size() > 1 && rules.credits &&
        rules.credits->base != CreditBase::MonthlyFee) {
        return cli.userError(
            QCoreApplication::translate("Cli", "--fee: the credit base of %1 is the affected "
                                               "service's own fee, and its subscription lists "
                                               "%2; name one with --service")
                .arg(id, services.join(QStringLiteral(", "))));
    }
    const StorageResult<MonthlyCredits> credits = computeMonthlyCredits(*workspace, request);
    if (!credits.ok())
        return cli.userError(credits.error.toString());
    return printCredits(cli, *credits.value);
}

int runScenario(CliContext &cli, const QStringList &arguments)
{
    const QString termsheet = QStringLiteral("termsheet");
    const QString downtime = QStringLiteral("downtime-minutes");
    const auto args = cli.parse(arguments,
                                {{agreementOpt()},
                                 {termsheet},
                                 {QStringLiteral("month")},
                                 {downtime},
                                 {QStringLiteral("fee")},
                                 {QStringLiteral("service")}},
                                {QStringLiteral("month"), downtime}, 0, 0);
    if (!args)
        return ExitUsage;
    if (args->has(agreementOpt()) && args->has(termsheet))
        return cli.usageError(
            QCoreApplication::translate("Cli", "give --agreement or --termsheet, not both"));
    if (!args->has(agreementOpt()) && !args->has(termsheet))
        return cli.usageError(
            QCoreApplication::translate("Cli", "give either --agreement or --termsheet"));
    const auto month = cli.monthValue(*args, QStringLiteral("month"));
    if (!month)
        return ExitUserError;
    const QString minutesText = args->value(downtime);
    const std::optional<Decimal> minutes = Decimal::parse(minutesText);
    if (!minutes && tooLarge(minutesText))
        return cli.userError(
            QCoreApplication::translate("Cli", "--downtime-minutes: %1 is too large a number")
                .arg(minutesText));
    if (!minutes || minutes->isNegative() || minutes->scale() > 6)
        return cli.userError(
            QCoreApplication::translate("Cli", "--downtime-minutes: expected minutes of zero or "
                                               "more with at most 6 decimals, such as 43.83, not "
                                               "%1")
                .arg(minutesText));
    std::optional<TermSheet> sheet;
    std::optional<Subscription> subscription;
    std::optional<Workspace> workspace;
    if (args->has(termsheet)) {
        const TermSheetFileResult read = readTermSheetFile(args->value(termsheet));
        if (!read.sheet) {
            QStringList lines;
            for (const ValidationIssue &issue : read.issues)
                lines << QStringLiteral("%1: %2").arg(args->value(termsheet), issue.toString());
            return cli.userErrors(lines);
        }
        sheet = read.sheet;
    } else {
        workspace = cli.openWorkspace();
        if (!workspace)
            return ExitUserError;
        sheet = cli.loadAgreement(*workspace, args->value(agreementOpt()));
        if (!sheet || !cli.loadSubscription(*workspace, sheet->id, &subscription) ||
            !checkService(cli, *workspace, sheet->id, subscription,
                          args->value(QStringLiteral("service"))))
            return ExitUserError;
    }
    std::optional<Money> override;
    if (!parseFee(cli, *args, subscription ? subscription->currency : sheet->currency, &override))
        return ExitUserError;
    if (!sheet->terms.availability)
        return cli.userError(QCoreApplication::translate(
                                 "Cli", "%1 states no availability terms (terms.availability)")
                                 .arg(sheet->id));
    const QString service = args->value(QStringLiteral("service"));
    CreditFee fee = creditFee(*sheet->terms.availability, subscription, service, override);
    if (!override && !workspace) {
        fee.line = QCoreApplication::translate(
            "Cli", "Fee: none given with --fee, and a term-sheet file has no subscription, so "
                   "only the percentage is shown.");
    }
    // Exact: 43.83 minutes is 2629.8 seconds, never rounded to whole seconds.
    const Decimal seconds = *minutes * Decimal::fromInt(60);
    const Outcome<MonthlyCredits> credits =
        scenarioCredits(*sheet, month->first, month->second, seconds, fee, service);
    if (!credits.ok())
        return cli.userError(credits.error);
    return printCredits(cli, *credits.value);
}

} // namespace termlens
