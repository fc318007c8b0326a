#pragma once

#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace termlens {

// The rows of the comparison grid a user asks for: words anywhere in the row (term or any
// agreement's value), one group of terms, only the rows where the agreements shown differ.
// The playbook summary stays on top whatever the filter and the sort. Sorting by an agreement's
// column puts numbers in numeric order and "not stated" after every stated value.
class ComparisonFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonFilterModel)

public:
    explicit ComparisonFilterModel(QObject *parent = nullptr);
    ~ComparisonFilterModel() override;

    void setText(const QString &text);
    // A TermGroup as int, or -1 for every group.
    void setGroup(int group);
    void setOnlyDifferent(bool only);
    QString text() const { return m_text; }
    int group() const { return m_group; }
    bool onlyDifferent() const { return m_onlyDifferent; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text; // lower case
    int m_group = -1;
    bool m_onlyDifferent = false;
};

} // namespace termlens
