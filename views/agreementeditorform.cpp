#include "agreementeditorform.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace termlens {

namespace {

struct FormText
{
    Q_DECLARE_TR_FUNCTIONS(AgreementEditor)
};

QString rowLabel(const EditorField &spec)
{
    return spec.required ? FormText::tr("%1 *").arg(spec.label) : spec.label;
}

} // namespace

std::unique_ptr<FormNode> createFormNode(const EditorField &spec, EditorFormContext &context,
                                         QWidget *parent)
{
    switch (spec.type) {
    case EditorFieldType::Object:
        return std::make_unique<ObjectNode>(spec, context, parent);
    case EditorFieldType::ObjectList:
        return std::make_unique<ObjectListNode>(spec, context, parent);
    case EditorFieldType::TextList:
    case EditorFieldType::DecimalList:
        return std::make_unique<LineListNode>(spec, context, parent);
    default:
        return std::make_unique<LeafNode>(spec, context, parent);
    }
}

ObjectNode::ObjectNode(const EditorField &spec, EditorFormContext &context, QWidget *parent,
                       bool embedded)
    : FormNode(spec, context)
{
    if (embedded) {
        addChildren(spec.fields, nullptr, parent);
        return;
    }
    m_box = new QGroupBox(spec.label, parent);
    m_box->setObjectName(QStringLiteral("group_") + spec.key);
    m_box->setAccessibleName(spec.label);
    m_body = new QWidget(m_box);
    auto *boxLayout = new QVBoxLayout(m_box);
    boxLayout->setContentsMargins(8, 4, 8, 8);
    boxLayout->addWidget(createProblemLabel(m_box));
    boxLayout->addWidget(m_body);
    m_form = new QFormLayout(m_body);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    addChildren(spec.fields, m_form, m_body);
    if (spec.cites) {
        auto *citation = new QGroupBox(FormText::tr("Citation"), m_body);
        citation->setObjectName(QStringLiteral("citation_") + spec.key);
        citation->setAccessibleName(FormText::tr("Citation of %1").arg(spec.label));
        citation->setFlat(true);
        auto *citationForm = new QFormLayout(citation);
        citationForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        addChildren(citationFields(), citationForm, citation);
        m_form->addRow(citation);
        context.citationBoxes.insert(m_box, this);
    }
    if (!spec.required) {
        m_box->setCheckable(true);
        m_box->setToolTip(FormText::tr("Uncheck when the documents do not state this."));
        QObject::connect(m_box, &QGroupBox::toggled, m_body, &QWidget::setVisible);
        QObject::connect(m_box, &QGroupBox::toggled, m_box, [this] { m_context.notify(); });
        setStated(false);
    }
    updateKinds();
}

ObjectNode::~ObjectNode()
{
    if (m_box)
        m_context.citationBoxes.remove(m_box);
}

void ObjectNode::addChildren(const QList<EditorField> &fields, QFormLayout *form, QWidget *parent)
{
    for (const EditorField &field : fields) {
        std::unique_ptr<FormNode> node = createFormNode(field, m_context, parent);
        if (form)
            addRow(form, node.get());
        if (!field.kindKey.isEmpty()) {
            // A kind chooser changes which of its siblings are shown.
            if (auto *kind = dynamic_cast<LeafNode *>(child(field.kindKey));
                kind && kind->comboBox())
                QObject::connect(kind->comboBox(), &QComboBox::currentIndexChanged,
                                 kind->comboBox(), [this] { updateKinds(); });
        }
        m_children.push_back(std::move(node));
    }
}

void ObjectNode::addRow(QFormLayout *form, FormNode *node)
{
    const EditorFieldType type = node->spec().type;
    if (type == EditorFieldType::Object || type == EditorFieldType::ObjectList) {
        form->addRow(node->widget());
        return;
    }
    auto *label = new QLabel(rowLabel(node->spec()), form->parentWidget());
    label->setTextFormat(Qt::PlainText);
    label->setBuddy(node->focusTarget());
    form->addRow(label, node->widget());
}

QWidget *ObjectNode::widget() const
{
    return m_box;
}

QWidget *ObjectNode::focusTarget() const
{
    return m_box;
}

FormNode *ObjectNode::child(const QString &key) const
{
    for (const auto &node : m_children) {
        if (node->spec().key == key)
            return node.get();
    }
    return nullptr;
}

bool ObjectNode::isStated() const
{
    return !m_box || !m_box->isCheckable() || m_box->isChecked();
}

void ObjectNode::setStated(bool stated)
{
    if (!m_box || !m_box->isCheckable())
        return;
    m_box->setChecked(stated);
    m_body->setVisible(stated);
}

void ObjectNode::setTitle(const QString &title)
{
    if (m_box) {
        m_box->setTitle(title);
        m_box->setAccessibleName(title);
    }
}

bool ObjectNode::isShown(const FormNode &node) const
{
    const EditorField &spec = node.spec();
    if (spec.kindKey.isEmpty())
        return true;
    const FormNode *kind = child(spec.kindKey);
    return kind && spec.kinds.contains(kind->value().toString());
}

void ObjectNode::updateKinds()
{
    if (!m_form)
        return;
    for (const auto &node : m_children) {
        if (!node->spec().kindKey.isEmpty())
            m_form->setRowVisible(node->widget(), isShown(*node));
    }
}

QJsonValue ObjectNode::value() const
{
    if (!isStated())
        return QJsonValue::Undefined;
    QJsonObject object;
    for (const auto &node : m_children) {
        if (!isShown(*node))
            continue;
        const QJsonValue v = node->value();
        if (!v.isUndefined())
            object.insert(node->spec().key, v);
    }
    return object;
}

void ObjectNode::setValue(const QJsonValue &value)
{
    setStated(value.isObject());
    const QJsonObject object = value.toObject();
    for (const auto &node : m_children)
        node->setValue(object.value(node->spec().key));
    updateKinds();
}

void ObjectNode::index(const QString &path, QHash<QString, FormNode *> &nodes)
{
    nodes.insert(path, this);
    if (!isStated())
        return;
    for (const auto &node : m_children) {
        if (isShown(*node))
            node->index(path.isEmpty() ? node->spec().key : path + u'.' + node->spec().key, nodes);
    }
}

void ObjectNode::refreshDocuments()
{
    for (const auto &node : m_children)
        node->refreshDocuments();
}

ObjectListNode::ObjectListNode(const EditorField &spec, EditorFormContext &context, QWidget *parent)
    : FormNode(spec, context)
    , m_box(new QGroupBox(spec.label, parent))
{
    m_box->setObjectName(QStringLiteral("list_") + spec.key);
    m_box->setAccessibleName(spec.label);
    auto *layout = new QVBoxLayout(m_box);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(createProblemLabel(m_box));
    auto *body = new QWidget(m_box);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QVBoxLayout;
    bodyLayout->addLayout(m_list);
    auto *add = new QPushButton(FormText::tr("Add %1").arg(spec.itemLabel), body);
    add->setObjectName(QStringLiteral("add_") + spec.key);
    add->setAccessibleName(add->text());
    QObject::connect(add, &QPushButton::clicked, add, [this] {
        addElement();
        m_context.notify();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch(1);
    bodyLayout->addLayout(buttons);
    layout->addWidget(body);
    if (spec.statedList) {
        m_box->setCheckable(true);
        m_box->setChecked(false);
        body->hide();
        m_box->setToolTip(FormText::tr("Uncheck when the documents do not state this; checked "
                                       "with no entries, the documents say there are none."));
        QObject::connect(m_box, &QGroupBox::toggled, body, &QWidget::setVisible);
        QObject::connect(m_box, &QGroupBox::toggled, m_box, [this] { m_context.notify(); });
    }
}

ObjectListNode::~ObjectListNode() = default;

QWidget *ObjectListNode::widget() const
{
    return m_box;
}

ObjectNode *ObjectListNode::addElement()
{
    EditorField elementSpec = m_spec;
    elementSpec.type = EditorFieldType::Object;
    elementSpec.required = true;
    elementSpec.statedList = false;
    elementSpec.label = m_spec.itemLabel;
    auto *frame = new QWidget(m_box);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto node = std::make_unique<ObjectNode>(elementSpec, m_context, frame);
    auto *remove = new QPushButton(FormText::tr("Remove"), frame);
    remove->setObjectName(QStringLiteral("remove_") + m_spec.key);
    QObject::connect(remove, &QPushButton::clicked, remove, [this, frame] {
        for (qsizetype i = 0; i < count(); ++i) {
            if (m_elements[size_t(i)].first == frame) {
                removeElement(i);
                m_context.notify();
                return;
            }
        }
    });
    auto *top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(remove);
    layout->addLayout(top);
    layout->addWidget(node->widget());
    m_list->addWidget(frame);
    ObjectNode *added = node.get();
    m_elements.emplace_back(frame, std::move(node));
    renumber();
    return added;
}

void ObjectListNode::removeElement(qsizetype index)
{
    if (index < 0 || index >= count())
        return;
    QWidget *frame = m_elements[size_t(index)].first;
    m_elements.erase(m_elements.begin() + index); // the node first: it unregisters itself
    frame->hide();
    frame->deleteLater();
    renumber();
}

ObjectNode *ObjectListNode::element(qsizetype index) const
{
    return index >= 0 && index < count() ? m_elements[size_t(index)].second.get() : nullptr;
}

void ObjectListNode::renumber()
{
    for (size_t i = 0; i < m_elements.size(); ++i) {
        const QString title = FormText::tr("%1 %2").arg(m_spec.itemLabel).arg(i + 1);
        m_elements[i].second->setTitle(title);
        auto *remove =
            m_elements[i].first->findChild<QPushButton *>(QStringLiteral("remove_") + m_spec.key);
        if (remove)
            remove->setAccessibleName(FormText::tr("Remove %1").arg(title));
    }
}

QJsonValue ObjectListNode::value() const
{
    if (m_spec.statedList && !m_box->isChecked())
        return QJsonValue::Undefined;
    QJsonArray items;
    for (const auto &[frame, node] : m_elements)
        items.append(node->value());
    if (items.isEmpty() && !m_spec.required && !m_spec.statedList)
        return QJsonValue::Undefined;
    return items;
}

void ObjectListNode::setValue(const QJsonValue &value)
{
    while (count() > 0)
        removeElement(count() - 1);
    if (m_spec.statedList)
        m_box->setChecked(value.isArray());
    for (const QJsonValue &item : value.toArray())
        addElement()->setValue(item);
}

void ObjectListNode::index(const QString &path, QHash<QString, FormNode *> &nodes)
{
    nodes.insert(path, this);
    for (size_t i = 0; i < m_elements.size(); ++i)
        m_elements[i].second->index(path + QStringLiteral("[%1]").arg(i), nodes);
}

void ObjectListNode::refreshDocuments()
{
    for (const auto &[frame, node] : m_elements)
        node->refreshDocuments();
}

} // namespace termlens
