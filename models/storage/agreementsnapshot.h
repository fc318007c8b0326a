#pragma once

#include "storageresult.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace termlens {

class Workspace;

// The rows one table holds for an agreement, column names as the table has them.
struct SnapshotTable
{
    QString table;
    QStringList columns;
    QList<QVariantList> rows;
};

// Everything a workspace stores for one agreement: the agreement, its documents and terms, its
// subscription with services and payments, its import batches, outages (with their ids) and
// credit claims. Deleting an agreement cascades to all of them (schema.cpp: ON DELETE CASCADE),
// so undoing a delete puts this back exactly.
struct AgreementSnapshot
{
    QString agreementId;
    QList<SnapshotTable> tables; // in the order they are restored (parents first)
    qsizetype rowCount(const QString &table) const;
};

// The tables that hold rows of an agreement, parents first (restoring walks it forwards).
QStringList agreementOwnedTables();
// Of those, the ones that hold the term sheet itself (agreement, documents, terms); the others
// hold what the customer recorded against it (subscription, payments, outages, claims).
QStringList agreementTermTables();

// The term sheet of `terms` with everything else of `rest` (both of the same agreement): what
// undoing or redoing a replaced term sheet puts back, keeping outages and payments recorded
// since.
AgreementSnapshot withTermsOf(const AgreementSnapshot &terms, const AgreementSnapshot &rest);

// Takes the snapshots of the agreements that are stored (ids that are not are skipped).
StorageResult<QList<AgreementSnapshot>> snapshotAgreements(Workspace &workspace,
                                                           const QStringList &ids);
// Takes the snapshots and deletes the agreements with everything stored for them, in one
// transaction: all or nothing.
StorageResult<QList<AgreementSnapshot>> removeAgreements(Workspace &workspace,
                                                         const QStringList &ids);
// Deletes the agreements `removeIds` (if stored) and puts the snapshots back exactly, in one
// transaction: all or nothing.
StorageStatus restoreAgreements(Workspace &workspace, const QStringList &removeIds,
                                const QList<AgreementSnapshot> &snapshots);

} // namespace termlens
