#pragma once

#include "agreementcommands.h"
#include "subscription.h"
#include "termsheetjson.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableWidget;
class QTimer;
class QUndoStack;

namespace termlens {

// The customer's subscription to one agreement: start date, billing cycle, currency, account,
// the services with their monthly fees, and the payments made. The form is turned into the
// subscription file's JSON and checked by its parser (subscriptionjson.h), so every problem
// comes back with its place ("payments[1].amount: expected a decimal") and is listed; Save
// stays disabled while there is any. Saving (or removing the subscription) pushes an undoable
// command on the workspace's undo stack.
class SubscriptionEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionEditor)

public:
    SubscriptionEditor(const AgreementCommandContext &commands, QUndoStack *undoStack,
                       QWidget *parent = nullptr);
    ~SubscriptionEditor() override;

    // The agreement's stored subscription, or none yet (`currency`: the agreement's, offered
    // for a new one).
    void editSubscription(const QString &agreementId, const QString &vendor,
                          const std::optional<Subscription> &stored, const QString &currency);

    bool validate();
    QList<ValidationIssue> issues() const { return m_issues; }
    std::optional<Subscription> subscription() const { return m_subscription; }
    bool canSave() const;

    // Rows of the tables (tests and keyboard users alike go through these).
    int addService(const QString &service = {}, const QString &monthlyFee = {});
    int addPayment(const QDate &date, const QString &amount = {}, const QString &reference = {});
    QTableWidget *services() const { return m_services; }
    QTableWidget *payments() const { return m_payments; }

signals:
    void saved(const QString &agreementId);

private:
    QJsonObject formJson() const;
    void load(const Subscription &subscription);
    void scheduleValidation();
    void showIssues();
    void showProblem(QListWidgetItem *item);
    void removeSelectedRows(QTableWidget *table);
    void save();
    void removeSubscription();
    bool push(std::optional<Subscription> after);

    AgreementCommandContext m_commands;
    QUndoStack *m_undoStack = nullptr;
    QString m_agreementId;
    std::optional<Subscription> m_stored;
    QLabel *m_heading = nullptr;
    QCheckBox *m_started = nullptr;
    QDateEdit *m_startDate = nullptr;
    QComboBox *m_cycle = nullptr;
    QLineEdit *m_currency = nullptr;
    QLineEdit *m_account = nullptr;
    QTableWidget *m_services = nullptr;
    QTableWidget *m_payments = nullptr;
    QLabel *m_total = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_remove = nullptr;
    QTimer *m_validation = nullptr;
    QList<ValidationIssue> m_issues;
    std::optional<Subscription> m_subscription;
    bool m_loading = false;
};

} // namespace termlens
