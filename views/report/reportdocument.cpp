#include "reportdocument.h"

#include "citationtext.h"
#include "localeformat.h"
#include "playbook.h"
#include "reportbuilder.h"
#include "reportchart.h"
#include "reportcurve.h"
#include "reportstyle.h"
#include "termrows.h"
#include "termtext.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QTextDocument>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace termlens {

namespace {

struct DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// Agreement columns per comparison table: more would squeeze the figures below legibility.
constexpr int ComparisonColumnsPerTable = 4;
// Outages listed per agreement in the ledger; the rest are counted in a note.
constexpr int LedgerOutageLimit = 300;

QString agreementName(const TermSheet &sheet)
{
    return sheet.product.isEmpty() ? sheet.vendor
                                   : DocumentText::tr("%1 — %2").arg(sheet.vendor, sheet.product);
}

// "clause 7.2, Master Services Agreement": the citation named as a reader looks it up.
QString sourceText(const TermSheet &sheet, const Citation &citation)
{
    // The document's title only where the agreement has several (the appendix names them all).
    const QString cited = citedAs(citation);
    const Document *document = sheet.document(citation.document);
    if (sheet.documents.size() < 2 || !document || document->title.isEmpty() ||
        cited == citation.document)
        return cited;
    return DocumentText::tr("%1, %2").arg(cited, document->title);
}

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return DocumentText::tr("Pass");
    case Verdict::Warn:
        return DocumentText::tr("Warn");
    case Verdict::Fail:
        return DocumentText::tr("Fail");
    case Verdict::NotStated:
        break;
    }
    return DocumentText::tr("Not stated");
}

QString ruleTermLabel(const RuleResult &result)
{
    const std::optional<PlaybookTerm> term = fromKey<PlaybookTerm>(result.term);
    return term ? playbookTermLabel(*term) : result.term;
}

QString minutesText(const Decimal &seconds, const QLocale &locale)
{
    return formatDecimal(seconds.divided(Decimal::fromInt(60), 2, Rounding::HalfAwayFromZero),
                         locale);
}

QString moneyText(const Money &money, const QLocale &locale)
{
    return amountText(money.toDecimal(), money.currency(), locale);
}

QString instantText(qint64 utc, const QString &zoneName, const QLocale &locale)
{
    const QTimeZone zone(zoneName.toUtf8());
    return displayDateTime(
        QDateTime::fromSecsSinceEpoch(utc, zone.isValid() ? zone : QTimeZone::utc()), locale);
}

QString periodText(const ReportBuilder &b, const ReportData &data)
{
    if (!data.from.isValid())
        return DocumentText::tr("none");
    if (data.from == data.to)
        return b.monthText(data.from);
    return DocumentText::tr("%1 to %2").arg(b.monthText(data.from), b.monthText(data.to));
}

// ---- Cover ---------------------------------------------------------------------------------

void cover(ReportBuilder &b, const ReportData &data)
{
    const ReportStyle &s = b.style();
    QTextBlockFormat top = s.paragraph();
    top.setTopMargin(s.px(150));
    top.setBottomMargin(s.px(6));
    b.paragraph(data.title, s.title(), top);
    if (!data.options.workspaceName.isEmpty())
        b.paragraph(data.options.workspaceName, s.heading(2));
    QTextBlockFormat gap = s.paragraph();
    gap.setTopMargin(s.px(36));
    b.paragraph(DocumentText::tr("Agreements included"), s.heading(3), gap);
    for (const ReportAgreement &a : data.agreements)
        b.paragraph(DocumentText::tr("%1 (%2)").arg(agreementName(a.sheet), a.sheet.id));
    b.paragraph(QString());
    b.labelled(DocumentText::tr("Period:"), periodText(b, data));
    b.labelled(DocumentText::tr("Playbook:"), data.playbookName);
    b.labelled(DocumentText::tr("Date generated:"), b.dateText(data.asOf));
    b.paragraph(QString());
    b.paragraph(
        DocumentText::tr("Every figure is computed by TermLens from the agreements' own words and "
                         "names the clause it comes from; the quoted clauses are in the appendix."),
        s.muted());
}

// ---- Summary -------------------------------------------------------------------------------

struct Deadline
{
    QString what;
    QDate date;
    QString source;
};

QList<Deadline> upcomingDeadlines(const ReportBuilder &b, const ReportAgreement &a, QDate asOf)
{
    QList<Deadline> list;
    if (a.deadlines) {
        const TermDeadlines &d = *a.deadlines;
        const Citation &cited = a.sheet.terms.term->renewal.citation.clause.isEmpty()
                                    ? a.sheet.terms.term->citation
                                    : a.sheet.terms.term->renewal.citation;
        const QString source = sourceText(a.sheet, cited);
        if (d.noticeDeadline.isValid() && d.noticeDeadline >= asOf)
            list << Deadline{DocumentText::tr("Last day to give notice"), d.noticeDeadline, source};
        else if (d.nextNoticeDeadline.isValid() && d.nextNoticeDeadline >= asOf)
            list << Deadline{DocumentText::tr("Last day to give notice (next term)"),
                             d.nextNoticeDeadline, source};
        if (d.termEnd.isValid() && d.termEnd >= asOf)
            list << Deadline{d.renewal == RenewalKind::Rolling
                                 ? DocumentText::tr("Earliest end if notice is given today")
                                 : DocumentText::tr("End of the current term"),
                             d.termEnd, source};
        if (d.nextRenewal.isValid() && d.nextRenewal >= asOf)
            list << Deadline{DocumentText::tr("Next renewal"), d.nextRenewal, source};
    }
    const Availability *rules = a.sheet.terms.availability ? &*a.sheet.terms.availability : nullptr;
    for (const MonthlyCredits &m : a.months) {
        if (!m.claimDeadline.isValid() || m.claimDeadline < asOf || m.slaMet())
            continue;
        const Citation cited =
            rules && rules->credits ? rules->credits->claimWindow.citation : Citation{};
        list << Deadline{DocumentText::tr("Claim the service credit for %1")
                             .arg(b.monthText(QDate(m.period.year, m.period.month, 1))),
                         m.claimDeadline, sourceText(a.sheet, cited)};
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const Deadline &x, const Deadline &y) { return x.date < y.date; });
    return list;
}

void summary(ReportBuilder &b, const ReportData &data)
{
    const ReportStyle &s = b.style();
    b.heading(reportSectionTitle(QStringLiteral("summary")), 1, true);
    b.paragraph(
        DocumentText::tr("Each agreement scored against the playbook \"%1\", the terms that miss "
                         "its positions, and the deadlines from %2 on.")
            .arg(data.playbookName, b.dateText(data.asOf)));
    for (const ReportAgreement &a : data.agreements) {
        b.heading(agreementName(a.sheet), 3);
        const PlaybookScore &score = a.score;
        b.labelled(DocumentText::tr("Playbook score:"),
                   DocumentText::tr("%1 pass, %2 warn, %3 fail, %4 not stated (of %5 rules)")
                       .arg(score.pass)
                       .arg(score.warn)
                       .arg(score.fail)
                       .arg(score.notStated)
                       .arg(score.results.size()));
        QList<const RuleResult *> missed;
        for (const RuleResult &r : score.results) {
            if (r.verdict == Verdict::Fail || r.verdict == Verdict::Warn)
                missed << &r;
        }
        if (missed.isEmpty()) {
            b.paragraph(DocumentText::tr("No term misses the playbook's positions."), s.muted());
        } else {
            ReportTable table = b.table({DocumentText::tr("Term"), DocumentText::tr("Result"),
                                         DocumentText::tr("Why"), DocumentText::tr("Clause")},
                                        {20, 8, 52, 20}, int(missed.size()));
            for (int i = 0; i < missed.size(); ++i) {
                const RuleResult &r = *missed.at(i);
                table.setText(i, 0, ruleTermLabel(r));
                QTextCharFormat verdict = s.tableHeader();
                verdict.setForeground(r.verdict == Verdict::Fail ? ReportStyle::failInk()
                                                                 : ReportStyle::mutedInk());
                table.setText(i, 1, verdictText(r.verdict), verdict);
                table.setText(i, 2, r.reason);
                if (!r.rationale.isEmpty())
                    table.addLine(i, 2, r.rationale, s.tableSmall());
                table.setText(i, 3, sourceText(a.sheet, r.citation));
            }
        }
        const QList<Deadline> deadlines = upcomingDeadlines(b, a, data.asOf);
        if (deadlines.isEmpty()) {
            const QString why =
                a.deadlinesNote.isEmpty()
                    ? DocumentText::tr("No upcoming deadlines.")
                    : DocumentText::tr("No upcoming deadlines: %1").arg(a.deadlinesNote);
            b.paragraph(why, s.muted());
        } else {
            ReportTable table = b.table({DocumentText::tr("Upcoming deadline"),
                                         DocumentText::tr("Date"), DocumentText::tr("Clause")},
                                        {48, 22, 30}, int(deadlines.size()));
            for (int i = 0; i < deadlines.size(); ++i) {
                table.setText(i, 0, deadlines.at(i).what);
                table.setText(i, 1, b.dateText(deadlines.at(i).date));
                table.setText(i, 2, deadlines.at(i).source);
            }
        }
    }
}

// ---- Comparison ----------------------------------------------------------------------------

void comparison(ReportBuilder &b, const ReportData &data)
{
    const ReportStyle &s = b.style();
    b.heading(reportSectionTitle(QStringLiteral("comparison")), 1, true);
    b.paragraph(
        DocumentText::tr("Each term normalised to one unit per row, with the clause it comes from. "
                         "The best figure of a row is marked on green, the worst on red; rows "
                         "without comparable figures carry no marks."));
    const Comparison &cmp = data.comparison;
    const QList<QList<int>> groups =
        columnGroups(int(cmp.agreementIds.size()), ComparisonColumnsPerTable);
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QList<int> &group = groups.at(g);
        if (groups.size() > 1) {
            b.heading(DocumentText::tr("Agreements %1 to %2 of %3")
                          .arg(group.first() + 1)
                          .arg(group.last() + 1)
                          .arg(cmp.agreementIds.size()),
                      3, g > 0);
        }
        QStringList headers{DocumentText::tr("Term")};
        QList<qreal> widths{24};
        for (const int column : group) {
            headers << agreementName(data.agreements.at(column).sheet);
            widths << 76.0 / group.size();
        }
        ReportTable table = b.table(headers, widths, int(cmp.rows.size()));
        for (int r = 0; r < cmp.rows.size(); ++r) {
            const ComparisonRow &row = cmp.rows.at(r);
            table.setText(r, 0, row.label, s.tableHeader());
            if (!row.note.isEmpty())
                table.addLine(r, 0, row.note, s.tableSmall());
            for (qsizetype c = 0; c < group.size(); ++c) {
                const int column = group.at(c);
                const ComparisonFigure &figure = row.figures.at(column);
                const QString &id = cmp.agreementIds.at(column);
                if (!figure.stated) {
                    table.setText(r, int(c) + 1, notStatedText(), s.tableSmall());
                    continue;
                }
                table.setText(r, int(c) + 1, figure.text);
                const QString source =
                    sourceText(data.agreements.at(column).sheet, figure.citation);
                table.addLine(r, int(c) + 1, source, s.tableSmall());
                if (row.best.contains(id)) {
                    table.setFill(r, int(c) + 1, ReportStyle::bestFill());
                    QTextCharFormat mark = s.tableSmall();
                    mark.setForeground(ReportStyle::passInk());
                    table.addLine(r, int(c) + 1, DocumentText::tr("Best"), mark);
                } else if (row.worst.contains(id)) {
                    table.setFill(r, int(c) + 1, ReportStyle::worstFill());
                    QTextCharFormat mark = s.tableSmall();
                    mark.setForeground(ReportStyle::failInk());
                    table.addLine(r, int(c) + 1, DocumentText::tr("Worst"), mark);
                }
            }
        }
    }
}

// ---- Sub-processors and data locations -------------------------------------------------------

void subprocessors(ReportBuilder &b, const ReportData &data)
{
    const ReportStyle &s = b.style();
    b.heading(reportSectionTitle(QStringLiteral("subprocessors")), 1, true);
    for (const ReportAgreement &a : data.agreements) {
        b.heading(agreementName(a.sheet), 3);
        const Terms &terms = a.sheet.terms;
        if (!terms.subprocessors || terms.subprocessors->isEmpty()) {
            b.paragraph(terms.subprocessors
                            ? DocumentText::tr("The agreement lists no sub-processors.")
                            : DocumentText::tr("Sub-processors: not stated."),
                        s.muted());
        } else {
            const QList<Subprocessor> &list = *terms.subprocessors;
            ReportTable table =
                b.table({DocumentText::tr("Sub-processor"), DocumentText::tr("Purpose"),
                         DocumentText::tr("Countries"), DocumentText::tr("Clause")},
                        {24, 34, 22, 20}, int(list.size()));
            for (int i = 0; i < list.size(); ++i) {
                const Subprocessor &p = list.at(i);
                table.setText(i, 0, p.name);
                table.setText(i, 1, p.purpose);
                QStringList countries;
                for (const QString &code : p.countries)
                    countries << countryText(code);
                table.setText(i, 2, countries.join(QStringLiteral(", ")));
                table.setText(i, 3, sourceText(a.sheet, p.citation));
            }
        }
        if (!terms.dataLocations || terms.dataLocations->isEmpty()) {
            b.paragraph(DocumentText::tr("Data locations: not stated."), s.muted());
        } else {
            const QList<DataLocation> &list = *terms.dataLocations;
            ReportTable table = b.table({DocumentText::tr("Data location"),
                                         DocumentText::tr("Region"), DocumentText::tr("Role"),
                                         DocumentText::tr("Provider"), DocumentText::tr("Clause")},
                                        {26, 18, 14, 18, 24}, int(list.size()));
            for (int i = 0; i < list.size(); ++i) {
                const DataLocation &l = list.at(i);
                table.setText(i, 0, countryText(l.country));
                table.setText(i, 1, l.region);
                table.setText(i, 2, locationRoleName(l.role));
                table.setText(i, 3, l.provider);
                table.setText(i, 4, sourceText(a.sheet, l.citation));
            }
        }
    }
}

// ---- SLA and credits -----------------------------------------------------------------------

void whatIfChart(ReportBuilder &b, const ReportData &data)
{
    const ReportStyle &s = b.style();
    QList<TermSheet> sheets;
    for (const ReportAgreement &a : data.agreements) {
        if (a.sheet.terms.availability)
            sheets << a.sheet;
    }
    b.heading(DocumentText::tr("What if: credit against monthly downtime"), 2);
    if (sheets.isEmpty()) {
        b.paragraph(DocumentText::tr("No agreement states availability terms."), s.muted());
        return;
    }
    // The period's last month, else June of this year: a month without a clock change.
    const QDate month = data.to.isValid() ? data.to : QDate(data.asOf.year(), 6, 1);
    ReportChart chart;
    chart.kind = ReportChart::Steps;
    chart.locale = b.locale();
    chart.xMax = creditCurveRange(sheets, month.year(), month.month());
    chart.xTitle =
        chart.xMax >= 240
            ? DocumentText::tr("Counted downtime in %1 (hours)").arg(b.monthText(month))
            : DocumentText::tr("Counted downtime in %1 (minutes)").arg(b.monthText(month));
    chart.yTitle = DocumentText::tr("Service credit (%)");
    qreal yMax = 1;
    for (const TermSheet &sheet : std::as_const(sheets)) {
        ChartSeries series{agreementName(sheet),
                           creditStepCurve(sheet, month.year(), month.month(), chart.xMax)};
        for (const QPointF &p : std::as_const(series.points))
            yMax = std::max(yMax, p.y());
        chart.series << series;
    }
    chart.yMax = yMax * 1.05;
    chart.heightRatio = 0.5; // the legend below adds its own height (every name in full)
    b.paragraph(DocumentText::tr(
                    "The credit each agreement's schedule gives for minutes of counted downtime "
                    "in one month, in its own time zone, as the credits screen computes it."),
                s.muted(), s.captionBlock());
    b.chart(chart);
}

void agreementCredits(ReportBuilder &b, const ReportAgreement &a, std::map<QString, Money> &totals,
                      QStringList &unpriced)
{
    const ReportStyle &s = b.style();
    b.heading(agreementName(a.sheet), 2);
    if (!a.sheet.terms.availability) {
        b.paragraph(a.creditsNote, s.muted());
        return;
    }
    const Availability &rules = *a.sheet.terms.availability;
    QStringList sources{DocumentText::tr("Target: %1").arg(sourceText(a.sheet, rules.citation))};
    if (rules.credits) {
        sources
            << DocumentText::tr("credits: %1").arg(sourceText(a.sheet, rules.credits->citation));
        if (!rules.credits->claimWindow.citation.clause.isEmpty())
            sources << DocumentText::tr("claims: %1")
                           .arg(sourceText(a.sheet, rules.credits->claimWindow.citation));
    }
    // Kept with the chart below, so the heading never stands alone at the foot of a page.
    b.paragraph(sources.join(QStringLiteral("; ")), s.muted(),
                a.months.isEmpty() ? s.paragraph() : s.captionBlock());
    if (a.months.isEmpty())
        return;
    // The availability chart: a bar per service and month, the target dashed.
    ReportChart chart;
    chart.kind = ReportChart::Bars;
    chart.locale = b.locale();
    chart.heightRatio = 0.33; // and the legend's height below
    chart.xTitle = DocumentText::tr("Month");
    chart.yTitle = DocumentText::tr("Availability (%)");
    chart.target =
        a.months.first().services.isEmpty()
            ? std::nullopt
            : std::optional<qreal>(
                  a.months.first().services.first().availability.target.toString().toDouble());
    QStringList services;
    for (const MonthlyCredits &m : a.months) {
        for (const ServiceCredit &sc : m.services) {
            if (!services.contains(sc.service))
                services << sc.service;
        }
    }
    for (const QString &service : std::as_const(services))
        chart.barNames << (service.isEmpty() ? DocumentText::tr("All services") : service);
    chart.values.resize(services.size());
    for (const MonthlyCredits &m : a.months) {
        chart.categories << b.shortMonthText(QDate(m.period.year, m.period.month, 1));
        for (qsizetype i = 0; i < services.size(); ++i) {
            std::optional<qreal> value;
            for (const ServiceCredit &sc : m.services) {
                if (sc.service == services.at(i) && sc.availability.isValid())
                    value = sc.availability.availabilityPercent.toString().toDouble();
            }
            chart.values[i] << value;
        }
    }
    b.chart(chart);

    // The month-by-month ledger.
    int rows = 0;
    for (const MonthlyCredits &m : a.months)
        rows += int(m.services.size());
    ReportTable table = b.table(
        {DocumentText::tr("Month"), DocumentText::tr("Service"), DocumentText::tr("Downtime (min)"),
         DocumentText::tr("Availability"), DocumentText::tr("Target"), DocumentText::tr("Credit"),
         DocumentText::tr("Amount"), DocumentText::tr("Claim by")},
        {11, 14, 11, 14, 9, 8, 15, 18}, rows + 1);
    int row = 0;
    std::optional<Money> total;
    bool allPriced = true;
    const Qt::Alignment right = Qt::AlignRight;
    for (const MonthlyCredits &m : a.months) {
        const QString month = b.monthText(QDate(m.period.year, m.period.month, 1));
        for (const ServiceCredit &sc : m.services) {
            table.setText(row, 0, month);
            table.setText(row, 1,
                          sc.service.isEmpty() ? DocumentText::tr("All services") : sc.service);
            table.setText(row, 2, minutesText(sc.availability.downtimeSeconds, b.locale()), right);
            table.setText(row, 3, percentText(sc.availability.availabilityPercent, b.locale()),
                          right);
            table.setText(row, 4, percentText(sc.availability.target, b.locale()), right);
            table.setText(row, 5, percentText(sc.credit.creditPercent, b.locale()), right);
            if (sc.credit.creditAmount) {
                table.setText(row, 6, moneyText(*sc.credit.creditAmount, b.locale()), right);
                total = total ? *total + *sc.credit.creditAmount : *sc.credit.creditAmount;
                if (sc.credit.base)
                    table.addLine(
                        row, 6,
                        DocumentText::tr("of %1").arg(moneyText(*sc.credit.base, b.locale())),
                        s.tableSmall());
            } else {
                table.setText(row, 6, DocumentText::tr("no fee known"), s.tableSmall(), right);
                allPriced = false;
            }
            if (sc.credit.capApplied)
                table.addLine(row, 6, DocumentText::tr("cap applied"), s.tableSmall());
            if (sc.credit.belowMinimum)
                table.addLine(row, 6, DocumentText::tr("below the minimum"), s.tableSmall());
            if (!sc.availability.targetMet)
                table.setFill(row, 3, ReportStyle::worstFill());
            table.setText(row, 7,
                          m.claimDeadline.isValid() ? b.dateText(m.claimDeadline)
                                                    : DocumentText::tr("none stated"));
            ++row;
        }
    }
    table.setText(row, 0, DocumentText::tr("Total"));
    if (total) {
        table.setText(row, 6, moneyText(*total, b.locale()), right);
        if (!total->isZero()) {
            auto it = totals.find(total->currency());
            if (it == totals.end())
                totals.emplace(total->currency(), *total);
            else
                it->second = it->second + *total;
        }
    }
    if (!allPriced) {
        table.addLine(row, 6, DocumentText::tr("some months without a fee"), s.tableSmall());
        unpriced << agreementName(a.sheet);
    }
    table.setTotalRow(row);

    // The outages of the period.
    if (a.outages.isEmpty()) {
        b.paragraph(DocumentText::tr("No outages are recorded in the period."), s.muted());
        return;
    }
    const int shown = int(std::min<qsizetype>(a.outages.size(), LedgerOutageLimit));
    b.paragraph(
        DocumentText::tr("Outages recorded in the period (times in %1):").arg(a.sheet.timeZone),
        s.body(), s.captionBlock());
    ReportTable outages = b.table({DocumentText::tr("Start"), DocumentText::tr("End"),
                                   DocumentText::tr("Service"), DocumentText::tr("Category"),
                                   DocumentText::tr("Minutes"), DocumentText::tr("Reference")},
                                  {17, 17, 16, 18, 10, 22}, shown);
    for (int i = 0; i < shown; ++i) {
        const Outage &o = a.outages.at(i);
        outages.setText(i, 0, instantText(o.start, a.sheet.timeZone, b.locale()));
        outages.setText(i, 1,
                        o.end ? instantText(*o.end, a.sheet.timeZone, b.locale())
                              : DocumentText::tr("ongoing"));
        outages.setText(i, 2, o.service);
        outages.setText(i, 3, outageCategoryName(o.category));
        if (o.end)
            outages.setText(
                i, 4,
                formatDecimal(Decimal::fromInt(*o.end - o.start)
                                  .divided(Decimal::fromInt(60), 1, Rounding::HalfAwayFromZero),
                              b.locale()),
                right);
        outages.setText(i, 5, o.reference);
    }
    if (a.outages.size() > shown)
        b.paragraph(
            DocumentText::tr("%1 more outages of the period are not listed; the outages screen and "
                             "`termlens-cli credits` show them all.")
                .arg(a.outages.size() - shown),
            s.muted());
}

void credits(ReportBuilder &b, const ReportData &data)
{
    const ReportStyle &s = b.style();
    b.heading(reportSectionTitle(QStringLiteral("credits")), 1, true);
    b.paragraph(
        DocumentText::tr("Availability and service credits for %1, from the outages stored in the "
                         "workspace; ongoing outages are counted up to %2.")
            .arg(periodText(b, data), b.dateText(data.asOf)));
    whatIfChart(b, data);
    std::map<QString, Money> totals;
    QStringList unpriced;
    for (const ReportAgreement &a : data.agreements)
        agreementCredits(b, a, totals, unpriced);
    b.heading(DocumentText::tr("Totals"), 2);
    if (totals.empty()) {
        b.paragraph(DocumentText::tr("No service credit is due for the period."));
    } else {
        ReportTable table =
            b.table({DocumentText::tr("Currency"), DocumentText::tr("Service credits due")},
                    {40, 60}, int(totals.size()));
        int row = 0;
        for (const auto &[currency, total] : totals) {
            table.setText(row, 0, currency);
            table.setText(row, 1, moneyText(total, b.locale()), Qt::AlignRight);
            ++row;
        }
    }
    if (!unpriced.isEmpty())
        b.paragraph(DocumentText::tr("Without a known fee (credits in percent only): %1")
                        .arg(unpriced.join(QStringLiteral(", "))),
                    s.muted());
}

// ---- Appendix ------------------------------------------------------------------------------

void appendix(ReportBuilder &b, const ReportData &data)
{
    const ReportStyle &s = b.style();
    b.heading(reportSectionTitle(QStringLiteral("appendix")), 1, true);
    b.paragraph(
        DocumentText::tr("The words of every clause cited in this report, as the agreements state "
                         "them."));
    for (const ReportAgreement &a : data.agreements) {
        b.heading(agreementName(a.sheet), 2);
        for (const Document &d : a.sheet.documents) {
            QStringList parts{d.title.isEmpty() ? d.id : d.title};
            if (!d.version.isEmpty())
                parts << DocumentText::tr("version %1").arg(d.version);
            if (d.date && d.date->isValid())
                parts << DocumentText::tr("dated %1").arg(b.dateText(*d.date));
            b.paragraph(DocumentText::tr("Document: %1").arg(parts.join(QStringLiteral(", "))),
                        s.muted());
        }
        QSet<QString> seen;
        int quoted = 0;
        for (const TermRow &row : termRows(a.sheet, b.locale())) {
            const Citation &c = row.citation;
            if (c.quote.trimmed().isEmpty())
                continue;
            const QString key = c.document + QChar(0x1f) + c.clause + QChar(0x1f) + c.quote;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            ++quoted;
            b.paragraph(DocumentText::tr("%1 (%2)").arg(sourceText(a.sheet, c), row.label),
                        s.bold());
            b.quote(c.quote);
            if (!c.ambiguity.isEmpty())
                b.paragraph(DocumentText::tr("Unclear: %1").arg(c.ambiguity), s.muted());
        }
        if (quoted == 0)
            b.paragraph(DocumentText::tr("The agreement's terms quote no clause."), s.muted());
    }
}

} // namespace

QString reportSectionTitle(const QString &key)
{
    if (key == u"summary")
        return DocumentText::tr("Summary");
    if (key == u"comparison")
        return DocumentText::tr("Comparison of terms");
    if (key == u"subprocessors")
        return DocumentText::tr("Sub-processors and data locations");
    if (key == u"credits")
        return DocumentText::tr("SLA and service credits");
    if (key == u"appendix")
        return DocumentText::tr("Appendix: quoted clauses");
    return key;
}

int composeReport(const ReportData &data, const ReportUnitFactory &newUnit,
                  const ReportStyle &style, ReportChartObject &charts, ReportTableObject &tables)
{
    ReportBuilder b(newUnit, style, charts, tables, data.options.locale);
    const ReportOptions &o = data.options;
    if (o.cover)
        cover(b, data);
    if (o.summary)
        summary(b, data);
    if (o.comparison)
        comparison(b, data);
    if (o.subprocessors)
        subprocessors(b, data);
    if (o.credits)
        credits(b, data);
    if (o.appendix)
        appendix(b, data);
    b.finish();
    return b.units();
}

} // namespace termlens
