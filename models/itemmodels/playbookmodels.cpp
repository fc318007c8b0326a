#include "playbookmodels.h"

#include "citationtext.h"
#include "comparisongrid.h"
#include "plaintooltip.h"
#include "roles.h"

namespace termlens {

QString verdictText(Verdict verdict)
{
    return PlaybookScoresModel::tr("%1 %2").arg(verdictSymbol(int(verdict)),
                                                verdictName(int(verdict)));
}

// ---- Rules ------------------------------------------------------------------------------------

PlaybookRulesModel::PlaybookRulesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

PlaybookRulesModel::~PlaybookRulesModel() = default;

void PlaybookRulesModel::setPlaybook(const Playbook &playbook)
{
    beginResetModel();
    m_playbook = playbook;
    endResetModel();
}

int PlaybookRulesModel::rowOfRule(const QString &ruleId) const
{
    for (qsizetype i = 0; i < m_playbook.rules.size(); ++i) {
        if (m_playbook.rules[i].id == ruleId)
            return int(i);
    }
    return -1;
}

int PlaybookRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_playbook.rules.size());
}

int PlaybookRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlaybookRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlaybookRule &rule = m_playbook.rules[index.row()];
    if (role == RuleIdRole)
        return rule.id;
    QString text;
    switch (index.column()) {
    case TermColumn:
        text = playbookTermLabel(rule.term);
        break;
    case PositionColumn:
        text = rulePosition(rule);
        break;
    case SeverityColumn:
        text = rule.severity == Severity::Fail ? tr("✖ fail if missed") : tr("⚠ warn if missed");
        break;
    case ReasonColumn:
        text = rule.reason;
        break;
    default:
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::ToolTipRole:
        return plainToolTip(text);
    case SortRole:
        return index.column() == TermColumn ? QVariant(index.row()) : QVariant(text.toLower());
    default:
        return {};
    }
}

Qt::ItemFlags PlaybookRulesModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant PlaybookRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TermColumn:
        return tr("Term");
    case PositionColumn:
        return tr("Position");
    case SeverityColumn:
        return tr("If missed");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

// ---- Scores -----------------------------------------------------------------------------------

PlaybookScoresModel::PlaybookScoresModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

PlaybookScoresModel::~PlaybookScoresModel() = default;

void PlaybookScoresModel::setScores(const QList<AgreementScore> &scores)
{
    beginResetModel();
    m_scores = scores;
    endResetModel();
}

int PlaybookScoresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scores.size());
}

int PlaybookScoresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlaybookScoresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgreementScore &s = m_scores[index.row()];
    if (role == AgreementIdRole)
        return s.agreementId;
    if (index.column() == VendorColumn) {
        if (role == Qt::DisplayRole || role == SortRole)
            return s.vendor;
        if (role == Qt::ToolTipRole)
            return plainToolTip(s.vendor);
        return {};
    }
    const int count = index.column() == PassColumn   ? s.score.pass
                      : index.column() == WarnColumn ? s.score.warn
                      : index.column() == FailColumn ? s.score.fail
                                                     : s.score.notStated;
    const Verdict verdict = index.column() == PassColumn   ? Verdict::Pass
                            : index.column() == WarnColumn ? Verdict::Warn
                            : index.column() == FailColumn ? Verdict::Fail
                                                           : Verdict::NotStated;
    switch (role) {
    case Qt::DisplayRole:
        return count;
    case SortRole:
        return count;
    case Qt::ToolTipRole: {
        QStringList reasons;
        for (const RuleResult &r : s.score.results) {
            if (r.verdict == verdict)
                reasons << r.reason;
        }
        return plainToolTip(reasons.join(u'\n'));
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

Qt::ItemFlags PlaybookScoresModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant PlaybookScoresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VendorColumn:
        return tr("Agreement");
    case PassColumn:
        return verdictText(Verdict::Pass);
    case WarnColumn:
        return verdictText(Verdict::Warn);
    case FailColumn:
        return verdictText(Verdict::Fail);
    case NotStatedColumn:
        return verdictText(Verdict::NotStated);
    default:
        return {};
    }
}

// ---- Results ----------------------------------------------------------------------------------

PlaybookResultsModel::PlaybookResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

PlaybookResultsModel::~PlaybookResultsModel() = default;

void PlaybookResultsModel::setResults(const QList<RuleResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

int PlaybookResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int PlaybookResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlaybookResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RuleResult &r = m_results[index.row()];
    if (role == VerdictRole)
        return int(r.verdict);
    QString text;
    switch (index.column()) {
    case VerdictColumn:
        text = verdictText(r.verdict);
        break;
    case TermColumn: {
        const std::optional<PlaybookTerm> term = fromKey<PlaybookTerm>(r.term);
        text = term ? playbookTermLabel(*term) : r.term;
        break;
    }
    case ValueColumn:
        text = r.value.isEmpty() ? tr("not stated") : r.value;
        break;
    case PositionColumn:
        text = r.position;
        break;
    case ReasonColumn:
        text = r.reason;
        break;
    default:
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case SortRole:
        return index.column() == VerdictColumn ? QVariant(int(r.verdict)) : QVariant(text);
    case Qt::ToolTipRole: {
        QStringList tip{r.reason};
        if (!r.note.isEmpty())
            tip << r.note;
        if (!r.rationale.isEmpty())
            tip << tr("Why the playbook asks this: %1").arg(r.rationale);
        if (!r.citation.clause.isEmpty() || !r.citation.document.isEmpty())
            tip << tr("Cited: %1").arg(citedAs(r.citation));
        if (!r.citation.quote.isEmpty())
            tip << tr("“%1”").arg(r.citation.quote);
        return plainToolTip(tip.join(u'\n'));
    }
    case QuoteRole:
        return r.citation.quote;
    case DocumentIdRole:
        return r.citation.document;
    default:
        return {};
    }
}

Qt::ItemFlags PlaybookResultsModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant PlaybookResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VerdictColumn:
        return tr("Verdict");
    case TermColumn:
        return tr("Term");
    case ValueColumn:
        return tr("Agreement says");
    case PositionColumn:
        return tr("Playbook position");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace termlens
