// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GoCardsError.h"

#include <QDateTime>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace tempcards {

class AuditLog;

// A batch set aside because Go Cards answered it in a way that sending it again cannot change.
struct HeldBatch
{
    enum class Decision { None, SendAgain, Fail };
    qint64 id = 0;
    int cards = 0;
    bool sent = false; // it may be at Go Cards
    QDateTime createdAt;
    QDateTime heldAt;
    QString reason;
    Decision decision = Decision::None;
    QString decisionReason;
    QString decidedBy;
};

// Held batches: holding one, what an administrator decides, and carrying the decision out (the batch
// sync's part). Writers must run inside a WriteTransaction; throws DatabaseError. Every change is audited.
class HeldBatches
{
public:
    // Go Cards' answer to this batch is final and about the batch itself, so sending it again cannot help
    // and the other batches need not wait: a key reused with another body, an answer that does not match
    // the batch or cannot be read, one too large, a redirect, a status the contract does not know. Errors
    // that concern every batch (the credentials, the certificate, the connection) stop dispatching instead.
    static bool concerns(GoCardsError error);
    // Sets the batch aside (OrderBatchStore::nextUnresolved skips it) and frees its claim.
    static void hold(const QSqlDatabase &db, const AuditLog &audit, qint64 id, const QString &reason,
                     const QString &actor, const QDateTime &now);
    static QList<HeldBatch> list(const QSqlDatabase &db);
    static int count(const QSqlDatabase &db);
    // Records an administrator's decision for the batch sync. False when the batch is not held (any more),
    // or already has a decision the batch sync has yet to carry out. A fail needs a reason.
    static bool decide(const QSqlDatabase &db, const AuditLog &audit, qint64 id, HeldBatch::Decision decision,
                       const QString &reason, const QString &actor);
    // The oldest held batch with a decision after `afterId`, or none (id 0).
    static HeldBatch nextDecided(const QSqlDatabase &db, qint64 afterId);
    // The decision is carried out: the batch is no longer held (send again: it goes with the others).
    static void release(const QSqlDatabase &db, const AuditLog &audit, qint64 id, const QString &outcome,
                        const QString &actor);
    // The decision could not be carried out: it is dropped, and the batch stays held with this reason.
    static void keep(const QSqlDatabase &db, const AuditLog &audit, qint64 id, const QString &reason,
                     const QString &actor);
};

} // namespace tempcards
