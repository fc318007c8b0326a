#pragma once

#include "playbook.h"
#include "playbookevaluator.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace termlens {

// The rules of a playbook, one a row: the term, the position, what missing it scores, and the
// organisation's reason. Read-only here; the playbook screen edits through undo commands.
class PlaybookRulesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaybookRulesModel)

public:
    enum Column
    {
        TermColumn,
        PositionColumn,
        SeverityColumn,
        ReasonColumn,
        ColumnCount
    };
    static constexpr int RuleIdRole = Qt::UserRole + 300;

    explicit PlaybookRulesModel(QObject *parent = nullptr);
    ~PlaybookRulesModel() override;

    void setPlaybook(const Playbook &playbook);
    const Playbook &playbook() const { return m_playbook; }
    int rowOfRule(const QString &ruleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Playbook m_playbook;
};

// One agreement scored against a playbook.
struct AgreementScore
{
    QString agreementId;
    QString vendor;
    PlaybookScore score;
};

// Each agreement's score (rows) with the counts of pass / warn / fail / not stated, and, for
// the agreement chosen, every rule's verdict with its reason (PlaybookResultsModel).
class PlaybookScoresModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaybookScoresModel)

public:
    enum Column
    {
        VendorColumn,
        PassColumn,
        WarnColumn,
        FailColumn,
        NotStatedColumn,
        ColumnCount
    };

    explicit PlaybookScoresModel(QObject *parent = nullptr);
    ~PlaybookScoresModel() override;

    void setScores(const QList<AgreementScore> &scores);
    const QList<AgreementScore> &scores() const { return m_scores; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AgreementScore> m_scores;
};

// Every rule's result for one agreement: verdict (symbol and word), value, position, reason.
class PlaybookResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaybookResultsModel)

public:
    enum Column
    {
        VerdictColumn,
        TermColumn,
        ValueColumn,
        PositionColumn,
        ReasonColumn,
        ColumnCount
    };
    static constexpr int VerdictRole = Qt::UserRole + 301; // int: a Verdict

    explicit PlaybookResultsModel(QObject *parent = nullptr);
    ~PlaybookResultsModel() override;

    void setResults(const QList<RuleResult> &results);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RuleResult> m_results;
};

// "✔ pass", "⚠ warn", "✖ fail", "? not stated".
QString verdictText(Verdict verdict);

} // namespace termlens
