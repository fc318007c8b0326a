#include "agreementmatrixmodel.h"
#include "comparisontermrows.h"
#include "playbook.h"
#include "termtext.h"

#include <QHash>

#include <algorithm>

namespace termlens {

namespace {

// The UK and the EEA: where UK and EU GDPR protect data without transfer safeguards.
bool inUkOrEea(const QString &country)
{
    return country == u"GB" || eeaCountries().contains(country);
}

void addTip(MatrixCell &cell, const QString &tip)
{
    cell.toolTip += (cell.toolTip.isEmpty() ? QString() : QStringLiteral("\n\n")) + tip;
}

} // namespace

DataLocationMatrixModel::DataLocationMatrixModel(QObject *parent)
    : AgreementMatrixModel(parent)
{}

DataLocationMatrixModel::~DataLocationMatrixModel() = default;

QList<MatrixRow> DataLocationMatrixModel::buildRows(const QList<TermSheet> &sheets) const
{
    QList<MatrixRow> rows;
    QHash<QString, qsizetype> index;
    for (qsizetype a = 0; a < sheets.size(); ++a) {
        const auto &locations = sheets[a].terms.dataLocations;
        if (!locations)
            continue;
        for (const DataLocation &l : *locations) {
            const QString key = l.country.isEmpty() ? QStringLiteral("unknown") : l.country;
            qsizetype at = index.value(key, -1);
            if (at < 0) {
                at = rows.size();
                index.insert(key, at);
                MatrixRow row;
                row.key = key;
                row.label = l.country.isEmpty() ? tr("Country not stated") : countryText(l.country);
                row.cells.resize(sheets.size());
                rows.append(row);
            }
            MatrixRow &row = rows[at];
            MatrixCell &cell = row.cells[a];
            QStringList where;
            if (!l.region.isEmpty())
                where << l.region;
            if (!l.provider.isEmpty())
                where << l.provider;
            const QString line =
                where.isEmpty() ? locationRoleName(l.role)
                                : tr("%1: %2").arg(locationRoleName(l.role), where.join(u", "));
            if (cell.text.isEmpty()) {
                ++row.count;
                cell.text = line;
                cell.citation = l.citation;
            } else {
                cell.text += u'\n' + line;
            }
            const QString cited = citationTip(l.citation);
            addTip(cell, cited.isEmpty() ? line : line + u'\n' + cited);
        }
    }
    for (MatrixRow &row : rows) {
        row.highlighted = row.key == u"unknown" || !inUkOrEea(row.key);
        const QString vendors = tr("%n vendor(s)", nullptr, row.count);
        row.summary = row.highlighted ? tr("⚠ outside the UK/EEA · %1").arg(vendors)
                                      : tr("UK/EEA · %1").arg(vendors);
        row.detail = row.highlighted
                         ? tr("%1\nOutside the UK and the EEA: storing personal data here is a "
                              "restricted transfer under UK and EU GDPR.")
                               .arg(row.label)
                         : row.label;
        for (qsizetype a = 0; a < sheets.size(); ++a)
            row.cells[a].stated = sheets[a].terms.dataLocations.has_value();
    }
    std::stable_sort(rows.begin(), rows.end(), [](const MatrixRow &l, const MatrixRow &r) {
        if (l.count != r.count)
            return l.count > r.count;
        return l.label.localeAwareCompare(r.label) < 0;
    });

    MatrixRow transfers;
    transfers.key = TransfersKey.toString();
    transfers.label = tr("Transfers abroad");
    transfers.detail = tr("Each agreement's restriction on moving the data to other countries");
    transfers.cells.resize(sheets.size());
    for (qsizetype a = 0; a < sheets.size(); ++a) {
        const auto &t = sheets[a].terms.dataTransfers;
        MatrixCell &cell = transfers.cells[a];
        cell.stated = t.has_value();
        if (!t)
            continue;
        ++transfers.count;
        cell.text = transfersText(*t);
        cell.citation = t->citation;
        const QString cited = citationTip(t->citation);
        cell.toolTip = cited.isEmpty() ? cell.text : cell.text + u'\n' + cited;
    }
    transfers.summary = tr("%n agreement(s) state it", nullptr, transfers.count);
    rows.append(transfers);
    return rows;
}

QString DataLocationMatrixModel::labelHeader() const
{
    return tr("Country");
}

QString DataLocationMatrixModel::summaryHeader() const
{
    return tr("Where");
}

} // namespace termlens
