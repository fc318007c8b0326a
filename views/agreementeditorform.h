#pragma once

#include "agreementeditorfields.h"

#include <memory>
#include <vector>

class QFormLayout;
class QGroupBox;
class QPushButton;
class QVBoxLayout;

namespace termlens {

// An object of the term sheet: its fields in a group box. An optional object has a check box
// in its title ("stated"); unchecked, it is absent and its fields are hidden. Fields that
// belong to one kind only (a schedule's tiers) are shown and written only for that kind.
// Objects that cite carry the citation fields below their own.
class ObjectNode final : public FormNode
{
public:
    // `embedded`: the top level and "terms", whose fields the editor lays out in its pages.
    ObjectNode(const EditorField &spec, EditorFormContext &context, QWidget *parent,
               bool embedded = false);
    ~ObjectNode() override;

    QWidget *widget() const override;
    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    void index(const QString &path, QHash<QString, FormNode *> &nodes) override;
    void refreshDocuments() override;
    QWidget *focusTarget() const override;

    FormNode *child(const QString &key) const;
    bool isStated() const;
    void setStated(bool stated);
    void setTitle(const QString &title);
    // Puts a field in a form: a label and the field, or an object across the whole row.
    static void addRow(QFormLayout *form, FormNode *node);

private:
    void addChildren(const QList<EditorField> &fields, QFormLayout *form, QWidget *parent);
    bool isShown(const FormNode &node) const;
    void updateKinds();

    QGroupBox *m_box = nullptr;
    QWidget *m_body = nullptr;
    QFormLayout *m_form = nullptr;
    std::vector<std::unique_ptr<FormNode>> m_children;
};

// A list of objects (documents, tiers, support levels, ...), each in its own box with a Remove
// button, and an Add button below them.
class ObjectListNode final : public FormNode
{
public:
    ObjectListNode(const EditorField &spec, EditorFormContext &context, QWidget *parent);
    ~ObjectListNode() override;

    QWidget *widget() const override;
    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    void index(const QString &path, QHash<QString, FormNode *> &nodes) override;
    void refreshDocuments() override;

    ObjectNode *addElement();
    void removeElement(qsizetype index);
    qsizetype count() const { return qsizetype(m_elements.size()); }
    ObjectNode *element(qsizetype index) const;

private:
    void renumber();

    QGroupBox *m_box = nullptr;
    QVBoxLayout *m_list = nullptr;
    std::vector<std::pair<QWidget *, std::unique_ptr<ObjectNode>>> m_elements;
};

std::unique_ptr<FormNode> createFormNode(const EditorField &spec, EditorFormContext &context,
                                         QWidget *parent);

} // namespace termlens
