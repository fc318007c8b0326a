#include "agreementcommands.h"

#include "agreementimport.h"
#include "agreementrepository.h"
#include "subscriptionrepository.h"
#include "workspace.h"
#include "workspaceevents.h"

#include <QCoreApplication>

namespace termlens {

namespace {

struct CommandText
{
    Q_DECLARE_TR_FUNCTIONS(AgreementCommands)
};

QStringList idsOf(const QList<TermSheet> &sheets)
{
    QStringList ids;
    for (const TermSheet &sheet : sheets)
        ids << sheet.id;
    return ids;
}

} // namespace

AgreementCommand::AgreementCommand(const AgreementCommandContext &context, const QString &text)
    : QUndoCommand(text)
    , m_context(context)
{}

bool AgreementCommand::check(bool ok, const QString &what, const QString &why)
{
    if (ok)
        return true;
    m_failed = true;
    if (m_context.reportError)
        m_context.reportError(
            CommandText::tr("Could not change the workspace"),
            CommandText::tr("%1 failed: nothing was changed.\n\n%2").arg(what, why));
    return false;
}

void AgreementCommand::finishRedo(bool ok)
{
    // A first redo() that failed wrote nothing: the stack must not offer to undo it.
    if (!m_done && !ok)
        setObsolete(true);
    m_done = m_done || ok;
}

void AgreementCommand::announceAgreements() const
{
    if (m_context.events)
        emit m_context.events->agreementsChanged();
}

void AgreementCommand::announceSubscription(const QString &agreementId) const
{
    if (m_context.events)
        emit m_context.events->subscriptionsChanged(agreementId);
}

void AgreementCommand::announceEverything(const QStringList &agreementIds) const
{
    announceAgreements();
    if (!m_context.events)
        return;
    for (const QString &id : agreementIds) {
        emit m_context.events->subscriptionsChanged(id);
        emit m_context.events->outagesChanged(id);
        emit m_context.events->creditClaimsChanged(id);
    }
}

EditAgreementCommand::EditAgreementCommand(const AgreementCommandContext &context, TermSheet before,
                                           TermSheet after)
    : AgreementCommand(context, CommandText::tr("Edit %1").arg(after.vendor))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditAgreementCommand::redo()
{
    AgreementRepository repository(*m_context.workspace);
    const StorageStatus saved = repository.save(m_after);
    finishRedo(check(saved.ok(), text(), saved.error.toString()));
    announceAgreements();
}

void EditAgreementCommand::undo()
{
    AgreementRepository repository(*m_context.workspace);
    const StorageStatus saved = repository.save(m_before);
    check(saved.ok(), CommandText::tr("Undo %1").arg(text()), saved.error.toString());
    announceAgreements();
}

AddAgreementsCommand::AddAgreementsCommand(const AgreementCommandContext &context,
                                           QList<TermSheet> sheets, const QString &text)
    : AgreementCommand(context, text)
    , m_sheets(std::move(sheets))
{}

const AgreementSnapshot *AddAgreementsCommand::replacedSnapshot(const QString &id) const
{
    for (const AgreementSnapshot &snapshot : m_replaced) {
        if (snapshot.agreementId == id)
            return &snapshot;
    }
    return nullptr;
}

void AddAgreementsCommand::redo()
{
    Workspace &workspace = *m_context.workspace;
    const QStringList ids = idsOf(m_sheets);
    if (m_stored) {
        // Again after an undo: the new term sheets back, with what was recorded against the
        // agreements before the undo (new ones) or since (replaced ones).
        if (!m_isUndone)
            return; // the undo failed: the new term sheets are still stored
        const StorageResult<QList<AgreementSnapshot>> current = snapshotAgreements(workspace, ids);
        if (check(current.ok(), text(), current.error.toString())) {
            QList<AgreementSnapshot> merged;
            for (const AgreementSnapshot &undone : std::as_const(m_undone)) {
                const AgreementSnapshot *rest = &undone;
                for (const AgreementSnapshot &now : *current.value) {
                    if (now.agreementId == undone.agreementId)
                        rest = &now;
                }
                merged << withTermsOf(undone, *rest);
            }
            const StorageStatus restored = restoreAgreements(workspace, ids, merged);
            m_isUndone = !check(restored.ok(), text(), restored.error.toString());
        }
        announceEverything(ids);
        return;
    }
    const StorageResult<QList<AgreementSnapshot>> before = snapshotAgreements(workspace, ids);
    bool ok = check(before.ok(), text(), before.error.toString());
    if (ok) {
        m_replaced = *before.value;
        const StorageResult<QList<bool>> saved = saveAgreements(workspace, m_sheets);
        ok = check(saved.ok(), text(), saved.error.toString());
    }
    m_stored = ok;
    finishRedo(ok);
    announceAgreements();
}

void AddAgreementsCommand::undo()
{
    Workspace &workspace = *m_context.workspace;
    const QStringList ids = idsOf(m_sheets);
    const StorageResult<QList<AgreementSnapshot>> current = snapshotAgreements(workspace, ids);
    if (!m_stored ||
        !check(current.ok(), CommandText::tr("Undo %1").arg(text()), current.error.toString()))
        return;
    // Replaced agreements get their old term sheets and keep everything recorded since.
    QList<AgreementSnapshot> restore;
    for (const AgreementSnapshot &now : *current.value) {
        if (const AgreementSnapshot *old = replacedSnapshot(now.agreementId))
            restore << withTermsOf(*old, now);
    }
    const StorageStatus restored = restoreAgreements(workspace, ids, restore);
    if (check(restored.ok(), CommandText::tr("Undo %1").arg(text()), restored.error.toString())) {
        m_undone = *current.value;
        m_isUndone = true;
    }
    announceEverything(ids);
}

QList<bool> AddAgreementsCommand::replaced() const
{
    QList<bool> result;
    for (const TermSheet &sheet : m_sheets) {
        bool found = false;
        for (const AgreementSnapshot &snapshot : m_replaced)
            found = found || snapshot.agreementId == sheet.id;
        result << found;
    }
    return result;
}

DeleteAgreementCommand::DeleteAgreementCommand(const AgreementCommandContext &context,
                                               const QString &agreementId, const QString &vendor)
    : AgreementCommand(context, CommandText::tr("Delete %1").arg(vendor))
    , m_id(agreementId)
{}

void DeleteAgreementCommand::redo()
{
    const StorageResult<QList<AgreementSnapshot>> removed =
        removeAgreements(*m_context.workspace, {m_id});
    const bool ok = check(removed.ok(), text(), removed.error.toString());
    if (ok)
        m_snapshot = *removed.value;
    finishRedo(ok);
    announceEverything({m_id});
}

void DeleteAgreementCommand::undo()
{
    const StorageStatus restored = restoreAgreements(*m_context.workspace, {}, m_snapshot);
    check(restored.ok(), CommandText::tr("Undo %1").arg(text()), restored.error.toString());
    announceEverything({m_id});
}

SaveSubscriptionCommand::SaveSubscriptionCommand(const AgreementCommandContext &context,
                                                 const QString &agreementId,
                                                 std::optional<Subscription> before,
                                                 std::optional<Subscription> after)
    : AgreementCommand(context, CommandText::tr("Edit subscription of %1").arg(agreementId))
    , m_id(agreementId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

bool SaveSubscriptionCommand::store(const std::optional<Subscription> &subscription)
{
    SubscriptionRepository repository(*m_context.workspace);
    if (subscription) {
        const StorageStatus saved = repository.save(*subscription);
        return check(saved.ok(), text(), saved.error.toString());
    }
    const StorageResult<bool> removed = repository.remove(m_id);
    return check(removed.ok(), text(), removed.error.toString());
}

void SaveSubscriptionCommand::redo()
{
    finishRedo(store(m_after));
    announceSubscription(m_id);
}

void SaveSubscriptionCommand::undo()
{
    store(m_before);
    announceSubscription(m_id);
}

} // namespace termlens
