#include "agreementeditorfields.h"

#include "localeformat.h"
#include "termsheetjson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTextDocument>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace termlens {

namespace {

struct FieldText
{
    Q_DECLARE_TR_FUNCTIONS(AgreementEditor)
};

QPlainTextEdit *textEdit(int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int height = edit->fontMetrics().lineSpacing() * lines + 12;
    edit->setMinimumHeight(height);
    edit->setMaximumHeight(lines > 4 ? 16777215 : height);
    // A few lines stay a few lines: a short page keeps its rows together at the top.
    if (lines <= 4)
        edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return edit;
}

// The text exactly as typed or loaded: toPlainText() would turn no-break spaces into plain
// ones, changing quotes and documents that were only opened.
QString exactText(const QPlainTextEdit *edit)
{
    QString text = edit->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
}

QJsonValue textValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
}

QString jsonText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return value.toString();
}

} // namespace

QString decimalForDisplay(const QString &text, const QLocale &locale)
{
    QString shown = text;
    return shown.replace(u'.', locale.decimalPoint());
}

QString decimalFromDisplay(const QString &text, const QLocale &locale)
{
    QString plain = text.trimmed();
    if (locale.decimalPoint() != QStringLiteral("."))
        plain.replace(locale.decimalPoint(), QStringLiteral("."));
    return plain;
}

FormNode::FormNode(const EditorField &spec, EditorFormContext &context)
    : m_spec(spec)
    , m_context(context)
{}

FormNode::~FormNode() = default;

void FormNode::index(const QString &path, QHash<QString, FormNode *> &nodes)
{
    nodes.insert(path, this);
}

QLabel *FormNode::createProblemLabel(QWidget *parent)
{
    m_problemLabel = new QLabel(parent);
    m_problemLabel->setObjectName(QStringLiteral("fieldProblem"));
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setAccessibleName(FieldText::tr("Problem with %1").arg(m_spec.label));
    QPalette palette = m_problemLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_problemLabel->setPalette(palette);
    m_problemLabel->hide();
    return m_problemLabel;
}

void FormNode::setProblems(const QStringList &messages)
{
    m_problems = messages;
    if (!m_problemLabel)
        return;
    m_problemLabel->setText(messages.join(u'\n'));
    m_problemLabel->setVisible(!messages.isEmpty());
}

LeafNode::LeafNode(const EditorField &spec, EditorFormContext &context, QWidget *parent)
    : FormNode(spec, context)
    , m_column(new QWidget(parent))
{
    auto *layout = new QVBoxLayout(m_column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_editor = createEditor(m_column);
    m_editor->setObjectName(QStringLiteral("field_") + spec.key);
    m_editor->setAccessibleName(spec.label);
    if (!spec.hint.isEmpty())
        m_editor->setToolTip(spec.hint);
    layout->addWidget(m_editor);
    layout->addWidget(createProblemLabel(m_column));
    if (spec.type == EditorFieldType::DocumentRef) {
        context.documentRefs.append(this);
        refreshDocuments();
    }
}

LeafNode::~LeafNode()
{
    m_context.documentRefs.removeAll(this);
}

QWidget *LeafNode::createEditor(QWidget *parent)
{
    const auto notify = [this] { m_context.notify(); };
    switch (m_spec.type) {
    case EditorFieldType::Text:
    case EditorFieldType::Decimal:
    case EditorFieldType::Integer:
        m_line = new QLineEdit(parent);
        m_line->setPlaceholderText(m_spec.hint);
        QObject::connect(m_line, &QLineEdit::textChanged, m_line, notify);
        return m_line;
    case EditorFieldType::LongText:
    case EditorFieldType::DocumentText:
        m_text = textEdit(m_spec.type == EditorFieldType::DocumentText ? 10 : 3, parent);
        m_text->setPlaceholderText(m_spec.hint);
        QObject::connect(m_text, &QPlainTextEdit::textChanged, m_text, notify);
        return m_text;
    case EditorFieldType::Bool:
        m_check = new QCheckBox(parent);
        QObject::connect(m_check, &QCheckBox::toggled, m_check, notify);
        return m_check;
    case EditorFieldType::OptionalBool:
    case EditorFieldType::Choice:
    case EditorFieldType::DocumentRef:
    case EditorFieldType::TimeZone:
        m_combo = new QComboBox(parent);
        if (m_spec.type == EditorFieldType::TimeZone) {
            m_combo->setEditable(true);
            m_combo->setInsertPolicy(QComboBox::NoInsert);
            m_combo->setModel(m_context.timeZones);
            QObject::connect(m_combo, &QComboBox::editTextChanged, m_combo, notify);
        } else if (m_spec.type == EditorFieldType::OptionalBool) {
            m_combo->addItem(FieldText::tr("Not stated"), QString());
            m_combo->addItem(FieldText::tr("Yes"), QStringLiteral("true"));
            m_combo->addItem(FieldText::tr("No"), QStringLiteral("false"));
        } else if (m_spec.type == EditorFieldType::Choice) {
            if (!m_spec.required)
                m_combo->addItem(FieldText::tr("Not stated"), QString());
            for (const EditorChoice &choice : m_spec.choices)
                m_combo->addItem(choice.label, choice.key);
        }
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(12);
        QObject::connect(m_combo, &QComboBox::currentIndexChanged, m_combo, notify);
        return m_combo;
    case EditorFieldType::Date: {
        auto *box = new QWidget(parent);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        m_check = new QCheckBox(FieldText::tr("Stated"), box);
        m_date = new QDateEdit(QDate::currentDate(), box);
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(displayDateFormat());
        m_date->setEnabled(false);
        m_date->setAccessibleName(m_spec.label);
        QObject::connect(m_check, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
        QObject::connect(m_check, &QCheckBox::toggled, m_check, notify);
        QObject::connect(m_date, &QDateEdit::dateChanged, m_date, notify);
        row->addWidget(m_check);
        row->addWidget(m_date);
        row->addStretch(1);
        return box;
    }
    case EditorFieldType::Time:
        m_time = new QTimeEdit(QTime(9, 0), parent);
        m_time->setDisplayFormat(QStringLiteral("HH:mm"));
        QObject::connect(m_time, &QTimeEdit::timeChanged, m_time, notify);
        return m_time;
    case EditorFieldType::ChoiceSet:
        return createChecks(m_spec.choices, parent);
    case EditorFieldType::Weekdays: {
        QList<EditorChoice> days;
        const QStringList keys = weekdayKeys();
        for (int i = 0; i < keys.size(); ++i)
            days.append({keys.at(i), m_context.locale.dayName(i + 1, QLocale::ShortFormat)});
        return createChecks(days, parent);
    }
    case EditorFieldType::TextList:
    case EditorFieldType::DecimalList:
    case EditorFieldType::Object:
    case EditorFieldType::ObjectList:
        break;
    }
    return new QWidget(parent);
}

QWidget *LeafNode::createChecks(const QList<EditorChoice> &choices, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    const int columns = m_spec.type == EditorFieldType::Weekdays ? 7 : 2;
    for (int i = 0; i < choices.size(); ++i) {
        auto *check = new QCheckBox(choices.at(i).label, box);
        check->setObjectName(QStringLiteral("choice_") + choices.at(i).key);
        QObject::connect(check, &QCheckBox::toggled, check, [this] { m_context.notify(); });
        grid->addWidget(check, i / columns, i % columns);
        m_checks.append({choices.at(i).key, check});
    }
    return box;
}

QJsonValue LeafNode::checkedKeys() const
{
    QStringList keys;
    for (const QString &key : m_order) {
        for (const auto &[k, check] : m_checks) {
            if (k == key && check->isChecked())
                keys << key;
        }
    }
    for (const auto &[key, check] : m_checks) {
        if (check->isChecked() && !keys.contains(key))
            keys << key;
    }
    if (keys.isEmpty() && !m_spec.required)
        return QJsonValue::Undefined;
    return QJsonArray::fromStringList(keys);
}

void LeafNode::setCheckedKeys(const QJsonValue &value)
{
    m_order.clear();
    for (const QJsonValue &item : value.toArray())
        m_order << item.toString();
    for (const auto &[key, check] : m_checks)
        check->setChecked(m_order.contains(key));
}

QJsonValue LeafNode::value() const
{
    switch (m_spec.type) {
    case EditorFieldType::Text:
        return textValue(m_line->text());
    case EditorFieldType::Decimal:
        return textValue(decimalFromDisplay(m_line->text(), m_context.locale));
    case EditorFieldType::Integer: {
        const QString text = m_line->text().trimmed();
        bool ok = false;
        const qint64 number = m_context.locale.toLongLong(text, &ok);
        if (!ok)
            return textValue(text); // the validator says why it is not a whole number
        return QJsonValue(number);
    }
    case EditorFieldType::LongText:
    case EditorFieldType::DocumentText:
        return textValue(exactText(m_text));
    case EditorFieldType::Bool:
        return m_check->isChecked() ? QJsonValue(true) : QJsonValue(QJsonValue::Undefined);
    case EditorFieldType::OptionalBool: {
        const QString key = m_combo->currentData().toString();
        return key.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                             : QJsonValue(key == QStringLiteral("true"));
    }
    case EditorFieldType::Choice:
    case EditorFieldType::DocumentRef:
        return textValue(m_combo->currentData().toString());
    case EditorFieldType::TimeZone:
        return textValue(m_combo->currentText().trimmed());
    case EditorFieldType::Date:
        return m_check->isChecked() ? QJsonValue(m_date->date().toString(Qt::ISODate))
                                    : QJsonValue(QJsonValue::Undefined);
    case EditorFieldType::Time:
        return m_time->time().toString(QStringLiteral("HH:mm"));
    case EditorFieldType::ChoiceSet:
    case EditorFieldType::Weekdays:
        return checkedKeys();
    case EditorFieldType::TextList:
    case EditorFieldType::DecimalList:
    case EditorFieldType::Object:
    case EditorFieldType::ObjectList:
        break;
    }
    return QJsonValue::Undefined;
}

void LeafNode::setValue(const QJsonValue &value)
{
    switch (m_spec.type) {
    case EditorFieldType::Text:
    case EditorFieldType::Integer:
        m_line->setText(jsonText(value));
        break;
    case EditorFieldType::Decimal:
        m_line->setText(decimalForDisplay(jsonText(value), m_context.locale));
        break;
    case EditorFieldType::LongText:
    case EditorFieldType::DocumentText:
        m_text->setPlainText(value.toString());
        break;
    case EditorFieldType::Bool:
        m_check->setChecked(value.toBool());
        break;
    case EditorFieldType::OptionalBool:
        m_combo->setCurrentIndex(value.isBool() ? (value.toBool() ? 1 : 2) : 0);
        break;
    case EditorFieldType::Choice:
    case EditorFieldType::DocumentRef: {
        const QString key = value.toString();
        int index = m_combo->findData(key);
        if (index < 0 && !key.isEmpty()) {
            m_combo->addItem(key, key); // unknown here: kept so the validator can name it
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(std::max(index, 0));
        break;
    }
    case EditorFieldType::TimeZone:
        m_combo->setEditText(value.toString());
        break;
    case EditorFieldType::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        m_check->setChecked(date.isValid());
        if (date.isValid())
            m_date->setDate(date);
        break;
    }
    case EditorFieldType::Time:
        if (value.isString())
            m_time->setTime(QTime::fromString(value.toString(), QStringLiteral("HH:mm")));
        break;
    case EditorFieldType::ChoiceSet:
    case EditorFieldType::Weekdays:
        setCheckedKeys(value);
        break;
    case EditorFieldType::TextList:
    case EditorFieldType::DecimalList:
    case EditorFieldType::Object:
    case EditorFieldType::ObjectList:
        break;
    }
}

void LeafNode::refreshDocuments()
{
    if (m_spec.type != EditorFieldType::DocumentRef)
        return;
    const QString current = m_combo->currentData().toString();
    const bool wasLoading = m_context.loading;
    m_context.loading = true; // a refreshed list is not an edit
    m_combo->clear();
    m_combo->addItem(FieldText::tr("(no document)"), QString());
    for (const auto &[id, title] : m_context.documents)
        m_combo->addItem(title.isEmpty() ? id : FieldText::tr("%1 (%2)").arg(title, id), id);
    int index = m_combo->findData(current);
    if (index < 0 && !current.isEmpty()) {
        m_combo->addItem(current, current);
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(std::max(index, 0));
    m_context.loading = wasLoading;
}

LineListNode::LineListNode(const EditorField &spec, EditorFormContext &context, QWidget *parent)
    : FormNode(spec, context)
    , m_column(new QWidget(parent))
{
    auto *layout = new QVBoxLayout(m_column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(2);
    layout->addLayout(m_rows);
    auto *add = new QPushButton(FieldText::tr("Add"), m_column);
    add->setObjectName(QStringLiteral("add_") + spec.key);
    add->setAccessibleName(FieldText::tr("Add to %1").arg(spec.label));
    QObject::connect(add, &QPushButton::clicked, add, [this] {
        addLine()->setFocus();
        m_context.notify();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(createProblemLabel(m_column));
}

LineListNode::~LineListNode() = default;

QLineEdit *LineListNode::addLine(const QString &text)
{
    auto *row = new QWidget(m_column);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *line = new QLineEdit(text, row);
    line->setAccessibleName(m_spec.label);
    line->setPlaceholderText(m_spec.hint);
    auto *remove = new QPushButton(FieldText::tr("Remove"), row);
    remove->setAccessibleName(FieldText::tr("Remove from %1").arg(m_spec.label));
    layout->addWidget(line, 1);
    layout->addWidget(remove);
    m_rows->addWidget(row);
    m_lines.append({row, line});
    QObject::connect(line, &QLineEdit::textChanged, line, [this] { m_context.notify(); });
    QObject::connect(remove, &QPushButton::clicked, remove, [this, row] {
        removeLine(row);
        m_context.notify();
    });
    return line;
}

void LineListNode::removeLine(QWidget *row)
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).first == row) {
            m_lines.removeAt(i);
            row->hide();
            row->deleteLater();
            return;
        }
    }
}

QJsonValue LineListNode::value() const
{
    QJsonArray items;
    for (const auto &[row, line] : m_lines) {
        const QString text = m_spec.type == EditorFieldType::DecimalList
                                 ? decimalFromDisplay(line->text(), m_context.locale)
                                 : line->text().trimmed();
        items.append(text);
    }
    return items.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(items);
}

void LineListNode::setValue(const QJsonValue &value)
{
    while (!m_lines.isEmpty())
        removeLine(m_lines.constLast().first);
    for (const QJsonValue &item : value.toArray()) {
        const QString text = jsonText(item);
        addLine(m_spec.type == EditorFieldType::DecimalList
                    ? decimalForDisplay(text, m_context.locale)
                    : text);
    }
}

QWidget *LineListNode::focusTarget() const
{
    return m_lines.isEmpty() ? m_column : m_lines.constFirst().second;
}

} // namespace termlens
