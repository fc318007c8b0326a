#pragma once

#include "agreementeditorschema.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStringListModel;
class QTimeEdit;
class QVBoxLayout;
class QWidget;

namespace termlens {

class FormNode;
class ObjectNode;

// What the nodes of one form share: the locale numbers are shown in, the documents a citation
// may name, where edits are announced, and which object carries the citation a focused widget
// belongs to.
struct EditorFormContext
{
    QLocale locale;
    std::function<void()> changed;
    bool loading = false;                         // setValue() in progress: no change notices
    QList<std::pair<QString, QString>> documents; // id, title
    QStringListModel *timeZones = nullptr;
    QList<FormNode *> documentRefs;
    QHash<QWidget *, ObjectNode *> citationBoxes;
    void notify() const
    {
        if (!loading && changed)
            changed();
    }
};

// One field of the agreement editor's form. Reads and writes the JSON value the term-sheet
// format has at its place; QJsonValue::Undefined means the field is absent ("not stated").
class FormNode
{
public:
    FormNode(const EditorField &spec, EditorFormContext &context);
    virtual ~FormNode();
    FormNode(const FormNode &) = delete;
    FormNode &operator=(const FormNode &) = delete;

    const EditorField &spec() const { return m_spec; }
    // What a form puts in its layout (the editor, or the group box of an object).
    virtual QWidget *widget() const = 0;
    virtual QJsonValue value() const = 0;
    virtual void setValue(const QJsonValue &value) = 0;
    // Registers this node (and what is below it) under its JSON path.
    virtual void index(const QString &path, QHash<QString, FormNode *> &nodes);
    // Problems the validator found at this node, shown in words beside it.
    virtual void setProblems(const QStringList &messages);
    QStringList problems() const { return m_problems; }
    // The widget that takes the keyboard when the user picks one of this node's problems.
    virtual QWidget *focusTarget() const { return widget(); }
    // Refreshes the document choices of citation fields.
    virtual void refreshDocuments() {}

protected:
    QLabel *createProblemLabel(QWidget *parent);

    EditorField m_spec;
    EditorFormContext &m_context;
    QLabel *m_problemLabel = nullptr;
    QStringList m_problems;
};

// A value field: text, numbers, dates, times, choices, check boxes.
class LeafNode final : public FormNode
{
public:
    LeafNode(const EditorField &spec, EditorFormContext &context, QWidget *parent);
    ~LeafNode() override;

    QWidget *widget() const override { return m_column; }
    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *focusTarget() const override { return m_editor; }
    void refreshDocuments() override;
    QComboBox *comboBox() const { return m_combo; }

private:
    QWidget *createEditor(QWidget *parent);
    QWidget *createChecks(const QList<EditorChoice> &choices, QWidget *parent);
    QJsonValue checkedKeys() const;
    void setCheckedKeys(const QJsonValue &value);

    QWidget *m_column = nullptr;
    QWidget *m_editor = nullptr;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_combo = nullptr;
    QCheckBox *m_check = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QList<std::pair<QString, QCheckBox *>> m_checks;
    QStringList m_order; // keys in the order the file listed them, kept when saving
};

// A list of short texts or decimals, one line each, with Add and Remove.
class LineListNode final : public FormNode
{
public:
    LineListNode(const EditorField &spec, EditorFormContext &context, QWidget *parent);
    ~LineListNode() override;

    QWidget *widget() const override { return m_column; }
    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *focusTarget() const override;
    QLineEdit *addLine(const QString &text = {});
    int lineCount() const { return int(m_lines.size()); }

private:
    void removeLine(QWidget *row);

    QWidget *m_column = nullptr;
    QVBoxLayout *m_rows = nullptr;
    QList<std::pair<QWidget *, QLineEdit *>> m_lines;
};

// Decimal text between the file's form ("99.95") and the locale's ("99,95").
QString decimalForDisplay(const QString &text, const QLocale &locale);
QString decimalFromDisplay(const QString &text, const QLocale &locale);

} // namespace termlens
