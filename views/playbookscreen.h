#pragma once

#include "playbook.h"
#include "screen.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace termlens {

class PlaybookResultsModel;
class PlaybookRulesModel;
class PlaybookScoresModel;

// The "playbook" screen (PRODUCT.md point 4): the workspace's own playbook, rule by rule, with
// a form to change, add and remove rules (each change one undoable command on the workspace's
// undo stack, stored through the playbook repository), and every agreement's score against it
// with the reason of each verdict. The shipped default applies until the first change, which
// stores a copy in the workspace and makes it the active playbook.
class PlaybookScreen final : public Screen
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaybookScreen)

public:
    explicit PlaybookScreen(const ScreenContext &context, QWidget *parent = nullptr);
    ~PlaybookScreen() override;

    void setWorkspace(Workspace *workspace) override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    PlaybookRulesModel *rules() const { return m_rules; }
    PlaybookScoresModel *scores() const { return m_scores; }
    PlaybookResultsModel *results() const { return m_results; }
    QTableView *rulesTable() const { return m_rulesTable; }
    QTableView *scoresTable() const { return m_scoresTable; }
    // The message under the form: why the last change was refused, or empty.
    QString formMessage() const;
    void reload();

private:
    QWidget *buildRules();
    QWidget *buildForm();
    QWidget *buildScores();
    void showRule();
    void updateValueField();
    void showResults();
    // The form's rule, or nullopt with the reason shown under the form.
    std::optional<PlaybookRule> ruleFromForm(const QString &id);
    void applyRule();
    void addRule();
    void removeRule();
    void restoreDefault();
    // Validates and pushes one undoable change to `after`.
    bool change(const Playbook &after, const QString &text);

    ScreenContext m_context;
    Workspace *m_workspace = nullptr;
    Playbook m_playbook;
    bool m_stored = false; // the playbook is the workspace's own, not the shipped default
    PlaybookRulesModel *m_rules = nullptr;
    PlaybookScoresModel *m_scores = nullptr;
    PlaybookResultsModel *m_results = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QTableView *m_rulesTable = nullptr;
    QTableView *m_scoresTable = nullptr;
    QTableView *m_resultsTable = nullptr;
    QComboBox *m_term = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_value = nullptr;
    QComboBox *m_severity = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_remove = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace termlens
