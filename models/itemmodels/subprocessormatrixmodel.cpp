#include "agreementmatrixmodel.h"
#include "comparisontermrows.h"
#include "termtext.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace termlens {

namespace {

struct Entry
{
    QString key;
    QString label; // the name the first agreement uses
    QStringList names;
    QList<MatrixCell> cells;
    int count = 0;
};

} // namespace

SubprocessorMatrixModel::SubprocessorMatrixModel(QObject *parent)
    : AgreementMatrixModel(parent)
{}

SubprocessorMatrixModel::~SubprocessorMatrixModel() = default;

QString SubprocessorMatrixModel::companyKey(const QString &name)
{
    static const QRegularExpression punctuation(QStringLiteral("[^\\p{L}\\p{N}]+"));
    static const QStringList dropped{
        QStringLiteral("ltd"),     QStringLiteral("limited"),     QStringLiteral("inc"),
        QStringLiteral("llc"),     QStringLiteral("plc"),         QStringLiteral("gmbh"),
        QStringLiteral("sas"),     QStringLiteral("sa"),          QStringLiteral("bv"),
        QStringLiteral("corp"),    QStringLiteral("corporation"), QStringLiteral("co"),
        QStringLiteral("uk"),      QStringLiteral("eu"),          QStringLiteral("emea"),
        QStringLiteral("ireland"), QStringLiteral("europe"),      QStringLiteral("the")};
    QStringList words = name.toLower().split(punctuation, Qt::SkipEmptyParts);
    words.removeIf([](const QString &w) { return dropped.contains(w); });
    const QString joined = words.join(u' ');
    // Well-known companies that vendors name in several ways.
    static const QHash<QString, QString> aliases{
        {QStringLiteral("amazon web services"), QStringLiteral("aws")},
        {QStringLiteral("amazon"), QStringLiteral("aws")},
        {QStringLiteral("google cloud"), QStringLiteral("google")},
        {QStringLiteral("google cloud platform"), QStringLiteral("google")},
        {QStringLiteral("gcp"), QStringLiteral("google")},
        {QStringLiteral("microsoft azure"), QStringLiteral("microsoft")},
        {QStringLiteral("azure"), QStringLiteral("microsoft")},
        {QStringLiteral("ovhcloud"), QStringLiteral("ovh")},
        {QStringLiteral("akamai linode"), QStringLiteral("linode")},
    };
    const QString key = aliases.value(joined, joined);
    return key.isEmpty() ? name.trimmed().toLower() : key;
}

QList<MatrixRow> SubprocessorMatrixModel::buildRows(const QList<TermSheet> &sheets) const
{
    QList<Entry> entries;
    QHash<QString, qsizetype> index;
    for (qsizetype a = 0; a < sheets.size(); ++a) {
        const auto &named = sheets[a].terms.subprocessors;
        if (!named)
            continue;
        for (const Subprocessor &s : *named) {
            const QString key = companyKey(s.name);
            qsizetype at = index.value(key, -1);
            if (at < 0) {
                at = entries.size();
                index.insert(key, at);
                Entry entry;
                entry.key = key;
                entry.label = s.name;
                entry.cells.resize(sheets.size());
                entries.append(entry);
            }
            Entry &entry = entries[at];
            if (!entry.names.contains(s.name))
                entry.names << s.name;
            MatrixCell &cell = entry.cells[a];
            QStringList parts;
            if (!s.purpose.isEmpty())
                parts << s.purpose;
            if (!s.countries.isEmpty())
                parts << countriesText(s.countries);
            const QString line = tr("✔ %1").arg(parts.isEmpty() ? s.name : parts.join(u"; "));
            if (cell.text.isEmpty()) {
                ++entry.count;
                cell.text = line;
                cell.citation = s.citation;
            } else {
                cell.text += u'\n' + line;
            }
            QStringList tip{tr("%1 (as %2 names it)").arg(s.name, sheets[a].vendor)};
            if (!s.purpose.isEmpty())
                tip << tr("Purpose: %1").arg(s.purpose);
            if (!s.countries.isEmpty())
                tip << tr("Data in: %1").arg(countriesText(s.countries));
            const QString cited = citationTip(s.citation);
            if (!cited.isEmpty())
                tip << cited;
            cell.toolTip +=
                (cell.toolTip.isEmpty() ? QString() : QStringLiteral("\n\n")) + tip.join(u'\n');
        }
    }
    QList<MatrixRow> rows;
    for (qsizetype e = 0; e < entries.size(); ++e) {
        const Entry &entry = entries[e];
        MatrixRow row;
        row.key = entry.key;
        row.label = entry.label;
        row.count = entry.count;
        row.highlighted = entry.count > 1;
        row.summary = row.highlighted ? tr("⚠ behind %n vendor(s)", nullptr, entry.count)
                                      : tr("%n vendor(s)", nullptr, entry.count);
        row.detail = entry.names.size() > 1
                         ? tr("%1\nNamed as: %2").arg(entry.label, entry.names.join(u"; "))
                         : entry.label;
        if (row.highlighted)
            row.detail += u'\n' + tr("Concentration risk: an outage or a breach at this "
                                     "provider reaches %n of the agreements compared.",
                                     nullptr, entry.count);
        row.cells = entry.cells;
        for (qsizetype a = 0; a < sheets.size(); ++a)
            row.cells[a].stated = sheets[a].terms.subprocessors.has_value();
        rows.append(row);
    }
    // Shared providers first, then by name.
    std::stable_sort(rows.begin(), rows.end(), [](const MatrixRow &l, const MatrixRow &r) {
        if (l.count != r.count)
            return l.count > r.count;
        return l.label.localeAwareCompare(r.label) < 0;
    });
    return rows;
}

QString SubprocessorMatrixModel::labelHeader() const
{
    return tr("Sub-processor");
}

QString SubprocessorMatrixModel::summaryHeader() const
{
    return tr("Used by");
}

} // namespace termlens
