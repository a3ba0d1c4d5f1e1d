// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardStore.h"
#include "GoCardsMessages.h"
#include "SyncLease.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace tempcards {

class AuditLog;

struct BatchRecord
{
    enum class State { Pending, Sent, Accepted, Refused };
    qint64 id = 0;
    QString idempotencyKey;
    QByteArray body;
    State state = State::Pending;
    int attempts = 0;
    QString lastError;
    bool answerUnknown = false; // after a restore, until Go Cards has said whether it holds the cards (OrderLog)

    bool isResolved() const { return state == State::Accepted || state == State::Refused; }
};

// Order batches: the idempotency key and exact body of one POST /api/v2/orders, committed before the
// first byte is sent (design invariant 2). Writers must run inside a WriteTransaction; throws DatabaseError.
class OrderBatchStore
{
public:
    // A new batch of these cards with a fresh key, its body encoded from the terms and the cards' external
    // ids (GoCardsMessages::orderRequest); the cards' batch_id is set to it in the same transaction.
    static qint64 create(const QSqlDatabase &db, const QList<CardStore::NewCard> &cards,
                         const GoCardsMessages::OrderTerms &terms, const QString &actor, const QDateTime &now);
    // A batch of up to `limit` queued cards with ids up to `upToId`, oldest first, or 0 when none is queued.
    static qint64 createFromQueue(const QSqlDatabase &db, int limit, qint64 upToId,
                                  const GoCardsMessages::OrderTerms &terms, const QString &actor, const QDateTime &now);
    // Locks the batch's row until the caller's transaction ends (PostgreSQL; SQLite's write transaction already
    // excludes other writers): a concurrent markSent() waits, then finds the key changed. Load it after.
    static void lock(const QSqlDatabase &db, qint64 id);
    static std::optional<BatchRecord> load(const QSqlDatabase &db, qint64 id);

    enum class Mark { Marked, KeyChanged, Resolved, ClaimedElsewhere, Missing, LeaseLost };
    // Committed right before each attempt: from here on Go Cards may hold the order, so its cards can no
    // longer be aborted until the outcome is known (invariant 3). Succeeds only while the batch still has
    // `key` (an abort may have rebuilt it) and nobody else holds an unexpired claim; claims it for `holder`
    // until `claimUntil`. Sent under the batch sync's `lease`, it succeeds only while the lease is still that
    // ticket's (LeaseLost otherwise, and nothing changes), and the claim runs out with the lease.
    static Mark markSent(const QSqlDatabase &db, qint64 id, const QString &key, const QString &holder,
                         const QDateTime &now, const QDateTime &claimUntil, const LeaseTicket &lease = {});
    static void releaseClaim(const QSqlDatabase &db, qint64 id, const QString &holder);
    static void recordError(const QSqlDatabase &db, qint64 id, const QString &error);
    static void resolve(const QSqlDatabase &db, qint64 id, BatchRecord::State state, const QString &goCardsOrderId,
                        const QString &error, const QDateTime &now);
    // The oldest unresolved batch after `afterId` that is not held, whose answer is not unknown after a restore,
    // and that no other holder has claimed, or 0.
    static qint64 nextUnresolved(const QSqlDatabase &db, qint64 afterId, const QString &holder, const QDateTime &now);
    // Takes cards out of a batch that was never sent: the batch gets a new body and a new key (the old
    // key was never used), or is deleted when no card is left. Returns false when the batch was sent, or when
    // its answer is unknown after a restore (it may have been sent).
    static bool removeCards(const QSqlDatabase &db, const AuditLog &audit, qint64 id, const QList<qint64> &cardIds,
                            const QString &actor);
};

} // namespace tempcards
