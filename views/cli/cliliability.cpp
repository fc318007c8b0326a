#include "clicommands.h"
#include "clicontext.h"
#include "liability.h"
#include "localeformat.h"
#include "payments.h"
#include "termsheetfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace termlens {
namespace {

constexpr qint64 MaxPaymentsBytes = 16 * 1024 * 1024;

QJsonObject liabilityJson(const LiabilityResult &r, const QString &currency)
{
    QJsonArray payments;
    for (const Payment &p : r.paymentsInWindow) {
        payments.append(QJsonObject{{QStringLiteral("date"), dateJson(p.date)},
                                    {QStringLiteral("amount"), p.amount.toString()},
                                    {QStringLiteral("reference"), p.reference}});
    }
    return {{QStringLiteral("cap"), r.cap ? QJsonValue(r.cap->toString()) : QJsonValue()},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("windowFrom"), dateJson(r.windowFrom)},
            {QStringLiteral("windowTo"), dateJson(r.windowTo)},
            {QStringLiteral("paidInWindow"), r.paidInWindow.toString()},
            {QStringLiteral("multiplier"), r.multiplier.toCanonicalString()},
            {QStringLiteral("payments"), payments},
            {QStringLiteral("carveOuts"), QJsonArray::fromStringList(r.carveOuts)},
            {QStringLiteral("insuranceLimited"), r.insuranceLimited},
            {QStringLiteral("firstYearRule"), r.firstYearRule},
            {QStringLiteral("explanation"), linesJson(r.working.lines())}};
}

void printLiability(QTextStream &out, const LiabilityResult &r, const QString &currency)
{
    out << QCoreApplication::translate("Cli", "Cap: %1 %2")
               .arg(r.cap ? displayAmount(*r.cap) : QString(), currency)
        << '\n';
    if (r.windowFrom.isValid()) {
        out << QCoreApplication::translate("Cli", "Window: %1 to %2, paid %3 %4, multiplier %5")
                   .arg(displayDate(r.windowFrom), displayDate(r.windowTo),
                        displayAmount(r.paidInWindow), currency, displayNumber(r.multiplier))
            << '\n';
    }
    for (const QString &carveOut : r.carveOuts)
        out << QCoreApplication::translate("Cli", "Outside the cap: %1").arg(carveOut) << '\n';
    out << QCoreApplication::translate("Cli", "Working:") << '\n';
    for (const QString &line : r.working.lines())
        out << "  " << line << '\n';
    out.flush();
}

} // namespace

int runLiability(CliContext &cli, const QStringList &arguments)
{
    const QString agreement = QStringLiteral("agreement");
    const QString start = QStringLiteral("start");
    const QString paymentsName = QStringLiteral("payments");
    const QString claim = QStringLiteral("claim-date");
    const auto args = cli.parse(arguments, {{agreement}, {start}, {paymentsName}, {claim}},
                                {agreement, start, paymentsName, claim}, 0, 0);
    if (!args)
        return ExitUsage;
    const std::optional<QDate> startDate = cli.dateValue(*args, start);
    if (!startDate)
        return ExitUserError;
    const std::optional<QDate> claimDate = cli.dateValue(*args, claim);
    if (!claimDate)
        return ExitUserError;
    // Whatever the basis, a claim cannot arise before the agreement starts.
    if (*claimDate < *startDate)
        return cli.userError(
            QCoreApplication::translate("Cli", "--claim-date %1 is before --start %2: a claim "
                                               "cannot arise before the agreement starts")
                .arg(args->value(claim), args->value(start)));
    const QString file = args->value(paymentsName);
    QString why;
    const std::optional<QByteArray> bytes = readLimitedFile(file, MaxPaymentsBytes, &why);
    if (!bytes)
        return cli.userError(why);
    std::optional<Workspace> workspace = cli.openWorkspace();
    if (!workspace)
        return ExitUserError;
    const std::optional<TermSheet> sheet = cli.loadAgreement(*workspace, args->value(agreement));
    if (!sheet)
        return ExitUserError;
    if (!sheet->terms.liabilityCap)
        return cli.userError(
            QCoreApplication::translate("Cli", "%1 states no liability cap (terms.liabilityCap)")
                .arg(sheet->id));
    const Outcome<QList<Payment>> payments = parsePaymentsCsv(*bytes, sheet->currency);
    if (!payments.ok()) {
        QStringList lines;
        for (const QString &line : payments.error.split(u'\n', Qt::SkipEmptyParts))
            lines << QStringLiteral("%1: %2").arg(file, line);
        return cli.userErrors(lines);
    }
    const Outcome<LiabilityResult> result = liabilityCap(
        *sheet->terms.liabilityCap, sheet->currency, *startDate, *payments.value, *claimDate);
    if (!result.ok())
        return cli.userError(result.error);
    if (cli.json) {
        QJsonObject o = liabilityJson(*result.value, sheet->currency);
        o.insert(QStringLiteral("agreement"), sheet->id);
        cli.printJson(o);
    } else {
        printLiability(cli.out, *result.value, sheet->currency);
    }
    return ExitOk;
}

} // namespace termlens
