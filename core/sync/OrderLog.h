// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GoCardsMessages.h"
#include "SyncLease.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace tempcards {

class AuditLog;
struct CoreContext;

// What the batch sync learns from Go Cards' order log, on the database side (the job is ReconcileJob).
// An order Go Cards holds is expected: its batch was accepted with it, or is still unresolved and was sent.
// Anything else is a sign that this database was restored from a backup (or that another installation
// orders under the same organisation): a card the database does not know, a batch it shows never sent, a
// card it shows aborted or failed. A card it shows queued is ordered from Go Cards' order at once. Then
// every unresolved batch is marked "answer unknown" and is neither
// sent again nor aborted until Go Cards has said whether it holds its cards (settle()). A queued card Go
// Cards holds is found when its new batch is refused (DispatchBatchJob asks Go Cards before any refusal).
// Throws DatabaseError from the functions without a transaction of their own.
class OrderLog
{
public:
    static inline const QString SinceKey = QStringLiteral("order_log_since");
    static inline const QString AfterKey = QStringLiteral("order_log_after");
    static constexpr int kFirstDays = 30; // how far back the first reading of the log goes

    // Where the next reading of the log starts: after the last order read before, created at or after the
    // newest creation time read before (the first reading: kFirstDays back).
    struct Position
    {
        QDateTime since;
        QString after;       // Go Cards' order id, or empty
        bool needed = false; // an unresolved batch exists: without one, the log cannot change what is sent
                             // or aborted, and cards the database does not know arrive in the events feed
    };
    static Position position(const QSqlDatabase &db, const QDateTime &now);

    struct Findings
    {
        bool restoreRecognised = false; // this reading found Go Cards holding orders it should not
        int unknownCards = 0;           // cards Go Cards holds that the database does not know, or shows
                                        // aborted or failed: kept in the list of unknown cards
        int batchesMarked = 0;          // batches this reading marked "answer unknown"
        QList<qint64> answerUnknown;    // every batch still waiting for Go Cards' word, oldest first
        QList<qint64> adopted;          // cards the database shows queued, ordered from Go Cards' orders
    };
    // In one transaction, fenced by `lease` (nullopt when it is no longer held: nothing changed).
    static std::optional<Findings> examine(const QSqlDatabase &db, const AuditLog &audit, const QString &actor,
                                           const QDateTime &now, const QList<GoCardsMessages::OrderResponse> &orders,
                                           const LeaseTicket &lease);

    // The database was found behind a checkpoint outside it (CheckpointPublisher::diverged): every unresolved
    // batch waits for Go Cards' word as after a restore found in the order log; audited with `reason`.
    // Returns the batches marked. In its own transaction; throws DatabaseError.
    static int markRestored(const QSqlDatabase &db, const AuditLog &audit, const QString &actor, const QString &reason,
                            const QDateTime &now);

    enum class Settled { Cleared, Accepted, Adopted, Failed, LeaseLost };
    // Go Cards' word on one marked batch: the orders holding any of its cards. None: the mark goes and the
    // batch is sent as usual, with its own key. One order of exactly its cards: it is the batch's answer.
    // Otherwise its key is not at Go Cards, and the cards Go Cards holds were ordered before under another:
    // they are ordered, the others queued again (BatchResults::adopted). Failed: a database error or an answer
    // that does not fit (`problem`), nothing changed. Fenced by `lease` as examine() is.
    static Settled settle(const QSqlDatabase &db, const CoreContext &context, qint64 batchId, const QString &actor,
                          const QList<GoCardsMessages::OrderResponse> &orders, const LeaseTicket &lease,
                          QList<qint64> *changed, QString *problem);

private:
    static int markUnresolved(const QSqlDatabase &db, const QDateTime &now);
    // Whether the database expects Go Cards to hold this order; unexpected cards are noted (UnknownCards).
    static bool expected(const QSqlDatabase &db, const AuditLog &audit, const QString &actor,
                         const GoCardsMessages::OrderResponse &order, const QDateTime &now, int *unknown,
                         QList<qint64> *adopted);
    static bool adopt(const QSqlDatabase &db, const AuditLog &audit, const QString &actor, qint64 cardId,
                      const GoCardsMessages::OrderedCard &card, const QString &orderId, const QDateTime &now,
                      QList<qint64> *adopted);
};

} // namespace tempcards
