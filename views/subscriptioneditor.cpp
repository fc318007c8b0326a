#include "subscriptioneditor.h"

#include "agreementeditorfields.h"
#include "localeformat.h"
#include "plaintooltip.h"
#include "subscriptionjson.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace termlens {

namespace {

using namespace Qt::StringLiterals;

constexpr int IssuePathRole = Qt::UserRole + 1;
const char *const SubscriptionEditorGeometryKey = "subscriptionEditor/geometry";

enum ServiceColumn
{
    NameColumn,
    FeeColumn,
};

enum PaymentColumn
{
    PaymentDate,
    PaymentAmount,
    PaymentReference,
};

QString cycleName(BillingCycle cycle)
{
    switch (cycle) {
    case BillingCycle::Monthly:
        return SubscriptionEditor::tr("Monthly");
    case BillingCycle::Quarterly:
        return SubscriptionEditor::tr("Quarterly");
    case BillingCycle::Annual:
        return SubscriptionEditor::tr("Annual");
    }
    return {};
}

QTableWidget *table(const QStringList &headers, const QString &name, const QString &accessible,
                    QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setEditTriggers(QAbstractItemView::AllEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(table->horizontalHeaderItem(column)->text());
    table->setItem(row, column, item);
}

} // namespace

SubscriptionEditor::SubscriptionEditor(const AgreementCommandContext &commands,
                                       QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_undoStack(undoStack)
    , m_validation(new QTimer(this))
{
    setObjectName(u"subscriptionEditor"_s);
    setAccessibleName(tr("Subscription editor"));
    m_validation->setSingleShot(true);
    m_validation->setInterval(250);
    connect(m_validation, &QTimer::timeout, this, &SubscriptionEditor::validate);

    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_started = new QCheckBox(tr("Stated"), this);
    m_started->setObjectName(u"subscriptionStarted"_s);
    m_started->setAccessibleName(tr("Start date stated"));
    m_startDate = new QDateEdit(QDate::currentDate(), this);
    m_startDate->setObjectName(u"subscriptionStartDate"_s);
    m_startDate->setAccessibleName(tr("Start date"));
    m_startDate->setDisplayFormat(displayDateFormat());
    m_startDate->setCalendarPopup(true);
    m_startDate->setEnabled(false);
    m_startDate->setToolTip(tr("The day the subscription began: contract years and payment "
                               "windows count from it"));
    connect(m_started, &QCheckBox::toggled, m_startDate, &QWidget::setEnabled);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_started);
    startRow->addWidget(m_startDate);
    startRow->addStretch(1);

    m_cycle = new QComboBox(this);
    m_cycle->setObjectName(u"subscriptionCycle"_s);
    m_cycle->setAccessibleName(tr("Billing cycle"));
    for (const auto &entry : vocabulary<BillingCycle>())
        m_cycle->addItem(cycleName(entry.value), QString::fromUtf16(entry.key));
    m_currency = new QLineEdit(this);
    m_currency->setObjectName(u"subscriptionCurrency"_s);
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setPlaceholderText(tr("ISO 4217 code, e.g. GBP"));
    m_currency->setMaxLength(3);
    m_account = new QLineEdit(this);
    m_account->setObjectName(u"subscriptionAccount"_s);
    m_account->setAccessibleName(tr("Account"));
    m_account->setPlaceholderText(tr("Your account name with the vendor (claims quote it)"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Start date:"), startRow);
    form->addRow(tr("Billing cycle *:"), m_cycle);
    form->addRow(tr("Currency *:"), m_currency);
    form->addRow(tr("Account:"), m_account);

    m_services =
        table({tr("Service"), tr("Monthly fee")}, u"subscriptionServices"_s, tr("Services"), this);
    m_services->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_services->horizontalHeader()->setSectionResizeMode(FeeColumn, QHeaderView::ResizeToContents);
    m_services->horizontalHeader()->setStretchLastSection(false);
    m_payments = table({tr("Date"), tr("Amount"), tr("Reference")}, u"subscriptionPayments"_s,
                       tr("Payments"), this);
    m_payments->horizontalHeader()->resizeSection(PaymentDate, 110);
    m_payments->horizontalHeader()->resizeSection(PaymentAmount, 110);

    const auto tableBox = [this](const QString &title, QTableWidget *t, const QString &addText,
                                 const QString &addTip, const QString &removeTip, auto add) {
        auto *box = new QGroupBox(title, this);
        box->setAccessibleName(title);
        auto *addButton = new QPushButton(addText, box);
        addButton->setObjectName(t->objectName() + u"Add"_s);
        addButton->setAccessibleName(addText);
        addButton->setStatusTip(addTip);
        addButton->setToolTip(addTip);
        connect(addButton, &QPushButton::clicked, this, add);
        auto *removeButton = new QPushButton(tr("Remove"), box);
        removeButton->setObjectName(t->objectName() + u"Remove"_s);
        removeButton->setAccessibleName(removeTip);
        removeButton->setToolTip(removeButton->accessibleName());
        connect(removeButton, &QPushButton::clicked, this, [this, t] { removeSelectedRows(t); });
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(addButton);
        buttons->addWidget(removeButton);
        buttons->addStretch(1);
        auto *layout = new QVBoxLayout(box);
        layout->addWidget(t, 1);
        layout->addLayout(buttons);
        connect(t, &QTableWidget::itemChanged, this, &SubscriptionEditor::scheduleValidation);
        return box;
    };
    QGroupBox *servicesBox =
        tableBox(tr("Services"), m_services, tr("Add Service"),
                 tr("Add a service the customer pays for, with its fee per month"),
                 tr("Remove the selected services"), [this] {
                     const int row = addService();
                     m_services->editItem(m_services->item(row, NameColumn));
                 });
    QGroupBox *paymentsBox =
        tableBox(tr("Payments"), m_payments, tr("Add Payment"),
                 tr("Add a payment made to the vendor (the liability cap counts them)"),
                 tr("Remove the selected payments"), [this] {
                     const int row = addPayment(QDate::currentDate());
                     m_payments->editItem(m_payments->item(row, PaymentAmount));
                 });
    m_total = new QLabel(this);
    m_total->setObjectName(u"subscriptionTotal"_s);
    m_total->setTextFormat(Qt::PlainText);
    servicesBox->layout()->addWidget(m_total);

    auto *tables = new QHBoxLayout;
    tables->addWidget(servicesBox, 2);
    tables->addWidget(paymentsBox, 3);

    m_problems = new QListWidget(this);
    m_problems->setObjectName(u"subscriptionProblems"_s);
    m_problems->setAccessibleName(tr("Problems"));
    connect(m_problems, &QListWidget::itemActivated, this, &SubscriptionEditor::showProblem);
    connect(m_problems, &QListWidget::itemClicked, this, &SubscriptionEditor::showProblem);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"subscriptionSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    m_remove = m_buttons->addButton(tr("Remove Subscription"), QDialogButtonBox::DestructiveRole);
    m_remove->setObjectName(u"removeSubscription"_s);
    m_remove->setToolTip(tr("Forget this agreement's subscription, its services and payments "
                            "(Edit > Undo brings it back)"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SubscriptionEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &SubscriptionEditor::removeSubscription);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addLayout(tables, 1);
    layout->addWidget(m_problems);
    layout->addLayout(bottom);

    for (QCheckBox *box : {m_started})
        connect(box, &QCheckBox::toggled, this, &SubscriptionEditor::scheduleValidation);
    connect(m_startDate, &QDateEdit::dateChanged, this, &SubscriptionEditor::scheduleValidation);
    connect(m_cycle, &QComboBox::currentIndexChanged, this,
            &SubscriptionEditor::scheduleValidation);
    connect(m_currency, &QLineEdit::textChanged, this, &SubscriptionEditor::scheduleValidation);
    connect(m_account, &QLineEdit::textChanged, this, &SubscriptionEditor::scheduleValidation);

    resize(880, 560);
    restoreGeometry(
        QSettings().value(QString::fromLatin1(SubscriptionEditorGeometryKey)).toByteArray());
}

SubscriptionEditor::~SubscriptionEditor()
{
    QSettings().setValue(QString::fromLatin1(SubscriptionEditorGeometryKey), saveGeometry());
}

void SubscriptionEditor::editSubscription(const QString &agreementId, const QString &vendor,
                                          const std::optional<Subscription> &stored,
                                          const QString &currency)
{
    m_agreementId = agreementId;
    m_stored = stored;
    setWindowTitle(tr("Subscription to %1").arg(vendor));
    m_heading->setText(
        stored ? tr("What the customer pays %1 under agreement %2.").arg(vendor, agreementId)
               : tr("No subscription to %1 is stored yet (agreement %2): enter "
                    "what the customer pays.")
                     .arg(vendor, agreementId));
    Subscription shown;
    shown.agreementId = agreementId;
    shown.currency = currency;
    load(stored.value_or(shown));
    m_remove->setEnabled(stored.has_value());
}

void SubscriptionEditor::load(const Subscription &s)
{
    m_loading = true;
    m_started->setChecked(s.startDate.isValid());
    if (s.startDate.isValid())
        m_startDate->setDate(s.startDate);
    m_cycle->setCurrentIndex(std::max(0, m_cycle->findData(keyOf(s.billingCycle))));
    m_currency->setText(s.currency);
    m_account->setText(s.account);
    m_services->setRowCount(0);
    for (const ServiceFee &fee : s.services)
        addService(fee.service, fee.monthlyFee.toString());
    m_payments->setRowCount(0);
    for (const Payment &payment : s.payments)
        addPayment(payment.date, payment.amount.toString(), payment.reference);
    m_loading = false;
    validate();
}

int SubscriptionEditor::addService(const QString &service, const QString &monthlyFee)
{
    const int row = m_services->rowCount();
    m_services->insertRow(row);
    setCell(m_services, row, NameColumn, service);
    setCell(m_services, row, FeeColumn, decimalForDisplay(monthlyFee, locale()));
    scheduleValidation();
    return row;
}

int SubscriptionEditor::addPayment(const QDate &date, const QString &amount,
                                   const QString &reference)
{
    const int row = m_payments->rowCount();
    m_payments->insertRow(row);
    setCell(m_payments, row, PaymentDate, date.toString(Qt::ISODate));
    setCell(m_payments, row, PaymentAmount, decimalForDisplay(amount, locale()));
    setCell(m_payments, row, PaymentReference, reference);
    scheduleValidation();
    return row;
}

void SubscriptionEditor::removeSelectedRows(QTableWidget *t)
{
    QList<int> rows;
    for (const QModelIndex &index : t->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && t->currentRow() >= 0)
        rows << t->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        t->removeRow(row);
    scheduleValidation();
}

QJsonObject SubscriptionEditor::formJson() const
{
    QJsonObject json{{u"agreement"_s, m_agreementId},
                     {u"billingCycle"_s, m_cycle->currentData().toString()},
                     {u"currency"_s, m_currency->text().trimmed()}};
    if (m_started->isChecked())
        json.insert(u"startDate"_s, m_startDate->date().toString(Qt::ISODate));
    if (!m_account->text().trimmed().isEmpty())
        json.insert(u"account"_s, m_account->text().trimmed());
    // Empty cells are left out, so the parser names them as missing.
    const auto put = [](QJsonObject &object, const QString &key, const QString &text) {
        if (!text.isEmpty())
            object.insert(key, text);
    };
    QJsonArray services;
    for (int row = 0; row < m_services->rowCount(); ++row) {
        QJsonObject service;
        put(service, u"service"_s, cellText(m_services, row, NameColumn));
        put(service, u"monthlyFee"_s,
            decimalFromDisplay(cellText(m_services, row, FeeColumn), locale()));
        services.append(service);
    }
    json.insert(u"services"_s, services);
    QJsonArray payments;
    for (int row = 0; row < m_payments->rowCount(); ++row) {
        QJsonObject payment;
        put(payment, u"date"_s, cellText(m_payments, row, PaymentDate));
        put(payment, u"amount"_s,
            decimalFromDisplay(cellText(m_payments, row, PaymentAmount), locale()));
        put(payment, u"reference"_s, cellText(m_payments, row, PaymentReference));
        payments.append(payment);
    }
    if (!payments.isEmpty())
        json.insert(u"payments"_s, payments);
    return json;
}

void SubscriptionEditor::scheduleValidation()
{
    if (!m_loading)
        m_validation->start();
}

bool SubscriptionEditor::validate()
{
    m_validation->stop();
    SubscriptionParseResult parsed = parseSubscription(QJsonDocument(formJson()).toJson());
    m_issues = parsed.issues;
    m_subscription = m_issues.isEmpty() ? std::move(parsed.subscription) : std::nullopt;
    showIssues();
    return m_issues.isEmpty();
}

bool SubscriptionEditor::canSave() const
{
    return m_issues.isEmpty() && m_subscription && m_subscription != m_stored;
}

void SubscriptionEditor::showIssues()
{
    static const QRegularExpression rowPath(u"^(services|payments)\\[(\\d+)\\]\\.?(\\w*)"_s);
    m_problems->clear();
    for (const ValidationIssue &issue : std::as_const(m_issues)) {
        QString where = issue.path;
        const QRegularExpressionMatch match = rowPath.match(issue.path);
        if (match.hasMatch()) {
            const bool service = match.captured(1) == u"services"_s;
            //: %1 is "Service" or "Payment", %2 its row number as shown
            where = tr("%1 %2").arg(service ? tr("Service") : tr("Payment"),
                                    QString::number(match.captured(2).toInt() + 1));
        }
        auto *item = new QListWidgetItem(
            where.isEmpty() ? issue.message : tr("%1: %2").arg(where, issue.message), m_problems);
        item->setData(IssuePathRole, issue.path);
        item->setToolTip(plainToolTip(issue.toString()));
    }
    m_problems->setVisible(!m_issues.isEmpty());
    // As tall as its first few problems, so one problem does not take a third of the window.
    if (m_problems->count() > 0) {
        const int shownRows = std::min(m_problems->count(), 4);
        m_problems->setFixedHeight(shownRows * m_problems->sizeHintForRow(0) +
                                   2 * m_problems->frameWidth() + 4);
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(canSave());
    if (!m_issues.isEmpty())
        m_summary->setText(
            tr("%n problem(s) to fix before saving.", nullptr, int(m_issues.size())));
    else
        m_summary->setText(canSave() ? tr("No problems found.") : tr("No changes to save."));
    if (m_subscription) {
        const Money total = m_subscription->monthlyFee();
        m_total->setText(tr("Monthly fees in total: %1 %2")
                             .arg(decimalForDisplay(total.toString(), locale()), total.currency()));
    } else {
        m_total->clear();
    }
}

void SubscriptionEditor::showProblem(QListWidgetItem *item)
{
    if (!item)
        return;
    static const QRegularExpression rowPath(u"^(services|payments)\\[(\\d+)\\]\\.?(\\w*)"_s);
    const QString path = item->data(IssuePathRole).toString();
    const QRegularExpressionMatch match = rowPath.match(path);
    if (match.hasMatch()) {
        const bool service = match.captured(1) == u"services"_s;
        QTableWidget *t = service ? m_services : m_payments;
        const QString key = match.captured(3);
        int column = 0;
        if (service)
            column = key == u"monthlyFee"_s ? FeeColumn : NameColumn;
        else
            column = key == u"amount"_s      ? PaymentAmount
                     : key == u"reference"_s ? PaymentReference
                                             : PaymentDate;
        t->setFocus(Qt::OtherFocusReason);
        t->setCurrentCell(match.captured(2).toInt(), column);
        return;
    }
    if (path.startsWith(u"currency"_s))
        m_currency->setFocus(Qt::OtherFocusReason);
    else if (path.startsWith(u"startDate"_s))
        m_startDate->setFocus(Qt::OtherFocusReason);
    else if (path.startsWith(u"account"_s))
        m_account->setFocus(Qt::OtherFocusReason);
    else if (path.startsWith(u"services"_s))
        m_services->setFocus(Qt::OtherFocusReason);
    else if (path.startsWith(u"payments"_s))
        m_payments->setFocus(Qt::OtherFocusReason);
}

bool SubscriptionEditor::push(std::optional<Subscription> after)
{
    const int before = m_undoStack->index();
    m_undoStack->push(
        new SaveSubscriptionCommand(m_commands, m_agreementId, m_stored, std::move(after)));
    // A command whose first redo failed is dropped by the stack; the error is on screen and
    // the form keeps what the user typed.
    return m_undoStack->index() != before;
}

void SubscriptionEditor::save()
{
    if (!validate() || !canSave())
        return;
    if (!push(m_subscription))
        return;
    emit saved(m_agreementId);
    accept();
}

void SubscriptionEditor::removeSubscription()
{
    if (!m_stored || !push(std::nullopt))
        return;
    emit saved(m_agreementId);
    accept();
}

} // namespace termlens
