#include "comparisongrid.h"

#include "citationtext.h"
#include "playbookevaluator.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace termlens {

namespace {

// A struct, not an alias: lupdate does not follow aliases to the tr() context.
struct GridText
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonGrid)
};

// List terms are folded into one cell per agreement: the grid compares agreements, not the
// n-th sub-processor of one with the n-th of another. Support levels are the figure rows'.
QString foldedKey(const QString &key)
{
    static const QRegularExpression numbered(
        QStringLiteral("^(termination\\.right|subprocessors|"
                       "data\\.location|support\\.level)\\.\\d+$"));
    const QRegularExpressionMatch m = numbered.match(key);
    if (!m.hasMatch())
        return key;
    const QString base = m.captured(1);
    if (base == u"termination.right")
        return QStringLiteral("termination.rights");
    if (base == u"data.location")
        return QStringLiteral("data.locations");
    if (base == u"support.level")
        return QStringLiteral("support.levels");
    return base;
}

// The grid row a playbook term is shown in.
QString rowKeyOfPlaybookTerm(PlaybookTerm term)
{
    switch (term) {
    case PlaybookTerm::LiabilityCapAnnualFees:
    case PlaybookTerm::LiabilityInsuranceLimited:
        return QStringLiteral("liability.cap.multiple");
    case PlaybookTerm::AvailabilityTarget:
        return QStringLiteral("availability.target");
    case PlaybookTerm::InitialTermMonths:
        return QStringLiteral("term.initial");
    case PlaybookTerm::RenewalNoticeDays:
        return QStringLiteral("term.renewal.notice");
    case PlaybookTerm::CurePeriodDays:
        return QStringLiteral("termination.cure");
    case PlaybookTerm::DataRetrievalDays:
        return QStringLiteral("data.retrieval");
    case PlaybookTerm::BreachNotificationHours:
        return QStringLiteral("breach.notification.hours");
    case PlaybookTerm::SupportTopResponseHours:
    case PlaybookTerm::SupportTopClock:
        return QStringLiteral("support.response.1");
    case PlaybookTerm::ChangeNoticeDays:
    case PlaybookTerm::ChangeMethod:
        return QStringLiteral("changes.notice");
    case PlaybookTerm::SubprocessorChangeNoticeDays:
    case PlaybookTerm::SubprocessorAuthorisation:
    case PlaybookTerm::SubprocessorObjectionRight:
        return QStringLiteral("subprocessors.policy");
    case PlaybookTerm::DataLocationCountries:
        return QStringLiteral("data.locations");
    case PlaybookTerm::SubprocessorCountries:
        return QStringLiteral("subprocessors");
    case PlaybookTerm::GoverningLaw:
        return QStringLiteral("law.governing");
    case PlaybookTerm::DataTransferRestriction:
        return QStringLiteral("data.transfers");
    case PlaybookTerm::ServiceCredits:
        return QStringLiteral("credits.schedule");
    case PlaybookTerm::SoleRemedy:
        return QStringLiteral("credits.soleRemedy");
    case PlaybookTerm::BackupsProvided:
        return QStringLiteral("data.return");
    }
    return {};
}

int severityRank(int verdict)
{
    switch (Verdict(verdict)) {
    case Verdict::Pass:
        return 1;
    case Verdict::NotStated:
        return 2;
    case Verdict::Warn:
        return 3;
    case Verdict::Fail:
        return 4;
    }
    return 0;
}

QString citationLine(const Citation &c)
{
    QStringList parts;
    if (!c.document.isEmpty() || !c.clause.isEmpty())
        parts << GridText::tr("Cited: %1").arg(citedAs(c));
    if (!c.quote.isEmpty())
        parts << GridText::tr("“%1”").arg(c.quote);
    if (!c.ambiguity.isEmpty())
        parts << GridText::tr("Ambiguity: %1").arg(c.ambiguity);
    return parts.join(u'\n');
}

ComparisonGridRow textRow(const TermRow &first, qsizetype agreements)
{
    ComparisonGridRow row;
    row.key = foldedKey(first.key);
    row.kind = ComparisonRowKind::Text;
    row.group = first.group;
    row.label = row.key == first.key               ? first.label
                : row.key == u"termination.rights" ? GridText::tr("Termination rights")
                : row.key == u"data.locations"     ? GridText::tr("Data locations")
                                                   : GridText::tr("Sub-processors");
    row.cells.resize(agreements);
    return row;
}

void addToCell(ComparisonCell &cell, const TermRow &term, bool folded)
{
    const QString line =
        folded && term.stated ? GridText::tr("%1: %2").arg(term.label, term.value) : term.value;
    if (cell.value.isEmpty() || !cell.stated) {
        cell.value = line;
        cell.citation = term.citation;
    } else if (term.stated) {
        cell.value += u'\n' + line;
    }
    cell.stated = cell.stated || term.stated;
}

// Every term row of every agreement, one grid row per (folded) key, in DOMAIN.md's order: a
// key one agreement has and the others lack goes after the key before it in that agreement.
QList<ComparisonGridRow> textRows(const QList<ComparisonInput> &inputs, const QLocale &locale)
{
    QList<ComparisonGridRow> rows;
    QHash<QString, qsizetype> index;
    for (qsizetype a = 0; a < inputs.size(); ++a) {
        qsizetype after = -1;
        for (const TermRow &term : termRows(inputs[a].sheet, locale)) {
            const QString key = foldedKey(term.key);
            if (key == u"support.levels")
                continue;
            auto found = index.constFind(key);
            if (found == index.constEnd()) {
                rows.insert(after + 1, textRow(term, inputs.size()));
                for (auto it = index.begin(); it != index.end(); ++it) {
                    if (*it > after)
                        ++*it;
                }
                found = index.insert(key, after + 1);
            }
            after = *found;
            addToCell(rows[after].cells[a], term, key != term.key);
        }
    }
    return rows;
}

QVariant scaledSortValue(const Decimal &value)
{
    return QVariant::fromValue<qlonglong>(
        qlonglong(value.rescaled(6, Rounding::HalfAwayFromZero).mantissa()));
}

ComparisonGridRow figureRow(const ComparisonRow &figures, TermGroup group, const QStringList &ids)
{
    ComparisonGridRow row;
    row.key = figures.key;
    row.kind = ComparisonRowKind::Figure;
    row.group = group;
    row.label = figures.label;
    row.note = figures.note;
    row.direction = figures.direction;
    // A note the marks set (amounts in several currencies) is worked out again for the cells
    // shown; any other note stays.
    ComparisonRow unmarked = figures;
    unmarked.note.clear();
    markBestAndWorst(unmarked, ids);
    row.baseNote = unmarked.note == figures.note ? QString() : figures.note;
    for (qsizetype a = 0; a < figures.figures.size(); ++a) {
        const ComparisonFigure &f = figures.figures[a];
        ComparisonCell cell;
        cell.stated = f.stated;
        cell.value = f.stated ? f.text : notStatedText();
        cell.working = f.working.lines().join(u'\n');
        cell.citation = f.citation;
        if (f.value && f.stated) {
            cell.sortValue = scaledSortValue(*f.value);
            cell.figure = f.value;
            cell.currency = f.currency;
        }
        if (figures.best.contains(ids[a]))
            cell.mark = ComparisonMark::Best;
        else if (figures.worst.contains(ids[a]))
            cell.mark = ComparisonMark::Worst;
        row.cells.append(cell);
    }
    return row;
}

TermGroup groupOfFigure(const QString &key)
{
    if (key.startsWith(u"credits."))
        return TermGroup::Credits;
    if (key.startsWith(u"term."))
        return TermGroup::Term;
    if (key.startsWith(u"liability."))
        return TermGroup::Liability;
    if (key.startsWith(u"support."))
        return TermGroup::Support;
    if (key.startsWith(u"termination."))
        return TermGroup::Termination;
    if (key.startsWith(u"data."))
        return TermGroup::Data;
    if (key.startsWith(u"breach."))
        return TermGroup::BreachNotification;
    if (key.startsWith(u"changes"))
        return TermGroup::Changes;
    return TermGroup::Availability;
}

// Figures after the term they normalise; a figure with a term's own key replaces it, and keeps
// the words of the term in its tooltip.
QList<ComparisonGridRow> mergeFigures(QList<ComparisonGridRow> text, const Comparison &comparison)
{
    QHash<QString, QList<const ComparisonRow *>> byTerm;
    for (const ComparisonRow &row : comparison.rows) {
        QString target = foldedKey(row.termKey);
        if (target == u"support.levels")
            target = QStringLiteral("support.hours");
        byTerm[target].append(&row);
    }
    QList<ComparisonGridRow> out;
    for (ComparisonGridRow &row : text) {
        const QList<const ComparisonRow *> figures = byTerm.take(row.key);
        bool replaced = false;
        for (const ComparisonRow *f : figures) {
            ComparisonGridRow grid = figureRow(*f, row.group, comparison.agreementIds);
            if (f->key == row.key) {
                for (qsizetype a = 0; a < grid.cells.size(); ++a) {
                    if (row.cells[a].stated)
                        grid.cells[a].working.prepend(
                            GridText::tr("As stated: %1").arg(row.cells[a].value) + u'\n');
                }
                replaced = true;
                out.append(grid);
                continue;
            }
            if (!replaced) {
                out.append(row);
                replaced = true;
            }
            out.append(grid);
        }
        if (!replaced)
            out.append(row);
    }
    for (const auto &left : std::as_const(byTerm)) {
        for (const ComparisonRow *f : left)
            out.append(figureRow(*f, groupOfFigure(f->key), comparison.agreementIds));
    }
    return out;
}

std::optional<Money> annualFeeOf(const ComparisonInput &input)
{
    if (!input.subscription || input.subscription->services.isEmpty())
        return std::nullopt;
    return input.subscription->monthlyFee().multipliedBy(Decimal::fromInt(12));
}

ComparisonGridRow summaryRow(const Playbook &playbook, const QList<PlaybookScore> &scores)
{
    ComparisonGridRow row;
    row.key = QStringLiteral("playbook");
    row.kind = ComparisonRowKind::Summary;
    row.label = playbook.name.isEmpty() ? GridText::tr("Playbook")
                                        : GridText::tr("Playbook: %1").arg(playbook.name);
    for (const PlaybookScore &score : scores) {
        ComparisonCell cell;
        cell.stated = true;
        cell.value = GridText::tr("%1 %2 pass · %3 %4 warn · %5 %6 fail · %7 %8 not stated")
                         .arg(verdictSymbol(int(Verdict::Pass)))
                         .arg(score.pass)
                         .arg(verdictSymbol(int(Verdict::Warn)))
                         .arg(score.warn)
                         .arg(verdictSymbol(int(Verdict::Fail)))
                         .arg(score.fail)
                         .arg(verdictSymbol(int(Verdict::NotStated)))
                         .arg(score.notStated);
        int worst = -1;
        QStringList reasons;
        for (const RuleResult &r : score.results) {
            if (severityRank(int(r.verdict)) > severityRank(worst))
                worst = int(r.verdict);
            reasons << GridText::tr("%1 %2").arg(verdictSymbol(int(r.verdict)), r.reason);
        }
        cell.verdict = worst;
        cell.verdictReason = reasons.join(u'\n');
        cell.sortValue =
            QVariant::fromValue<qlonglong>(score.pass * 10000 - score.fail * 100 - score.warn);
        row.cells.append(cell);
    }
    return row;
}

void applyVerdicts(QList<ComparisonGridRow> &rows, qsizetype agreement, const PlaybookScore &score)
{
    QHash<QString, qsizetype> rowOfKey;
    for (qsizetype i = 0; i < rows.size(); ++i)
        rowOfKey.insert(rows[i].key, i);
    for (const RuleResult &r : score.results) {
        const std::optional<PlaybookTerm> term = fromKey<PlaybookTerm>(r.term);
        const qsizetype row = term ? rowOfKey.value(rowKeyOfPlaybookTerm(*term), -1) : -1;
        if (row < 0)
            continue;
        ComparisonCell &cell = rows[row].cells[agreement];
        if (severityRank(int(r.verdict)) > severityRank(cell.verdict))
            cell.verdict = int(r.verdict);
        if (!cell.verdictReason.isEmpty())
            cell.verdictReason += u'\n';
        cell.verdictReason += GridText::tr("%1 %2").arg(verdictSymbol(int(r.verdict)), r.reason);
    }
}

QString markText(ComparisonMark mark)
{
    switch (mark) {
    case ComparisonMark::None:
        return {};
    case ComparisonMark::Best:
        return GridText::tr("▲ best");
    case ComparisonMark::Worst:
        return GridText::tr("▼ worst");
    }
    return {};
}

void finishCell(ComparisonCell &cell)
{
    if (!cell.stated)
        cell.value = notStatedText();
    QStringList display;
    if (cell.verdict >= 0)
        display << verdictSymbol(cell.verdict);
    display << cell.value;
    if (cell.mark != ComparisonMark::None)
        display << markText(cell.mark);
    cell.display = display.join(u' ');
    if (!cell.sortValue.isValid() && cell.stated)
        cell.sortValue = cell.value.toLower();
    QStringList tip{cell.value};
    if (cell.mark != ComparisonMark::None)
        tip << markText(cell.mark);
    for (const QString &part : {cell.working, citationLine(cell.citation), cell.verdictReason}) {
        if (!part.isEmpty())
            tip << part;
    }
    cell.toolTip = tip.join(QStringLiteral("\n\n"));
}

} // namespace

QList<ComparisonGridRow> buildComparisonGrid(const QList<ComparisonInput> &inputs,
                                             const Playbook &playbook,
                                             const ComparisonOptions &options)
{
    const Comparison comparison = compareAgreements(inputs, options);
    QList<ComparisonGridRow> rows = mergeFigures(textRows(inputs, options.locale), comparison);
    QList<PlaybookScore> scores;
    for (qsizetype a = 0; a < inputs.size(); ++a) {
        scores << evaluatePlaybook(playbook, inputs[a].sheet, annualFeeOf(inputs[a]));
        applyVerdicts(rows, a, scores.last());
    }
    rows.prepend(summaryRow(playbook, scores));
    for (ComparisonGridRow &row : rows) {
        QStringList words{row.label.toLower()};
        for (ComparisonCell &cell : row.cells) {
            if (row.kind != ComparisonRowKind::Summary)
                finishCell(cell);
            else {
                cell.display = cell.value;
                cell.toolTip = cell.verdictReason;
            }
            words << cell.value.toLower();
        }
        row.search = words.join(u'\n');
    }
    return rows;
}

void markShown(QList<ComparisonGridRow> &rows, const QList<int> &shown, const QStringList &ids)
{
    for (ComparisonGridRow &row : rows) {
        if (row.kind != ComparisonRowKind::Figure)
            continue; // only figures are marked; their texts are finished already
        QList<ComparisonMark> marks(row.cells.size(), ComparisonMark::None);
        ComparisonRow compared;
        compared.direction = row.direction;
        QStringList shownIds;
        for (int c : shown) {
            ComparisonFigure f;
            f.stated = row.cells[c].stated;
            f.value = row.cells[c].figure;
            f.currency = row.cells[c].currency;
            compared.figures.append(f);
            shownIds << ids[c];
        }
        markBestAndWorst(compared, shownIds);
        // Sets: with 200 agreements shown, ties make the lists long.
        const QSet<QString> best(compared.best.cbegin(), compared.best.cend());
        const QSet<QString> worst(compared.worst.cbegin(), compared.worst.cend());
        for (qsizetype i = 0; i < shown.size(); ++i) {
            marks[shown[i]] = best.contains(shownIds[i])    ? ComparisonMark::Best
                              : worst.contains(shownIds[i]) ? ComparisonMark::Worst
                                                            : ComparisonMark::None;
        }
        QStringList notes;
        for (const QString &note : {row.baseNote, compared.note}) {
            if (!note.isEmpty())
                notes << note;
        }
        row.note = notes.join(u'\n');
        // Only cells whose mark changed need their display text and tooltip again.
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            if (row.cells[c].mark == marks[c])
                continue;
            row.cells[c].mark = marks[c];
            finishCell(row.cells[c]);
        }
    }
}

QString verdictSymbol(int verdict)
{
    switch (Verdict(verdict)) {
    case Verdict::Pass:
        return QStringLiteral("✔");
    case Verdict::Warn:
        return QStringLiteral("⚠");
    case Verdict::Fail:
        return QStringLiteral("✖");
    case Verdict::NotStated:
        return QStringLiteral("?");
    }
    return {};
}

QString verdictName(int verdict)
{
    switch (Verdict(verdict)) {
    case Verdict::Pass:
        return GridText::tr("pass");
    case Verdict::Warn:
        return GridText::tr("warn");
    case Verdict::Fail:
        return GridText::tr("fail");
    case Verdict::NotStated:
        return GridText::tr("not stated");
    }
    return {};
}

} // namespace termlens
