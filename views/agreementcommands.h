#pragma once

#include "agreementsnapshot.h"
#include "subscription.h"
#include "termsheet.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace termlens {

class Workspace;
class WorkspaceEvents;

// What every agreement command needs: where it writes, whom it tells, and how a storage
// failure reaches the user (title and text naming the file and the cause). The undo stack is
// cleared whenever another workspace is opened, so the workspace outlives the commands.
struct AgreementCommandContext
{
    Workspace *workspace = nullptr;
    QPointer<WorkspaceEvents> events;
    std::function<void(const QString &title, const QString &text)> reportError;
};

// Base of the commands below: reports failures and, when the very first redo() (run by
// QUndoStack::push) fails, marks itself obsolete so the stack drops it.
class AgreementCommand : public QUndoCommand
{
public:
    AgreementCommand(const AgreementCommandContext &context, const QString &text);
    bool failed() const { return m_failed; }

protected:
    // Reports a failed step; returns ok.
    bool check(bool ok, const QString &what, const QString &why);
    void finishRedo(bool ok);
    void announceAgreements() const;
    void announceSubscription(const QString &agreementId) const;
    // Agreements that went or came back with everything recorded against them.
    void announceEverything(const QStringList &agreementIds) const;

    AgreementCommandContext m_context;

private:
    bool m_done = false;
    bool m_failed = false;
};

// An edit of one agreement: the term sheet before and after, stored through
// AgreementRepository::save (outages, subscription and claims stay).
class EditAgreementCommand final : public AgreementCommand
{
public:
    EditAgreementCommand(const AgreementCommandContext &context, TermSheet before, TermSheet after);
    void undo() override;
    void redo() override;

private:
    TermSheet m_before;
    TermSheet m_after;
};

// New agreements, from scratch or imported from term-sheet files, all or none. An agreement
// whose id was stored already is replaced. Undo deletes the new ones (remembering everything
// recorded against them meanwhile, which redo brings back) and gives the replaced ones their
// old term sheets, keeping the outages, payments and claims recorded since; each step is one
// transaction.
class AddAgreementsCommand final : public AgreementCommand
{
public:
    AddAgreementsCommand(const AgreementCommandContext &context, QList<TermSheet> sheets,
                         const QString &text);
    void undo() override;
    void redo() override;
    // Per sheet, whether it replaced a stored agreement (known after the first redo).
    QList<bool> replaced() const;

private:
    const AgreementSnapshot *replacedSnapshot(const QString &id) const;

    QList<TermSheet> m_sheets;
    QList<AgreementSnapshot> m_replaced; // as they were before the first redo
    QList<AgreementSnapshot> m_undone;   // as they were when last undone
    bool m_stored = false;               // the first redo succeeded
    bool m_isUndone = false;             // the last undo succeeded (m_undone holds its state)
};

// Deletes one agreement with everything stored for it (the schema cascades to documents,
// terms, subscription, payments, import batches, outages and claims); undo puts all of it
// back, outages with their own ids.
class DeleteAgreementCommand final : public AgreementCommand
{
public:
    DeleteAgreementCommand(const AgreementCommandContext &context, const QString &agreementId,
                           const QString &vendor);
    void undo() override;
    void redo() override;

private:
    QString m_id;
    QList<AgreementSnapshot> m_snapshot;
};

// The customer's subscription to one agreement, before and after (absent: none stored).
class SaveSubscriptionCommand final : public AgreementCommand
{
public:
    SaveSubscriptionCommand(const AgreementCommandContext &context, const QString &agreementId,
                            std::optional<Subscription> before, std::optional<Subscription> after);
    void undo() override;
    void redo() override;

private:
    bool store(const std::optional<Subscription> &subscription);

    QString m_id;
    std::optional<Subscription> m_before;
    std::optional<Subscription> m_after;
};

} // namespace termlens
