// SPDX-License-Identifier: Apache-2.0
#include "AbortTemporaryCardOrder.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "CardStore.h"
#include "Clock.h"
#include "Logging.h"
#include "OrderBatchStore.h"
#include "Processes.h"
#include "Session.h"
#include "Sql.h"

#include <QMap>
#include <QSet>

namespace tempcards {

AbortTemporaryCardOrder::Result AbortTemporaryCardOrder::abort(const QSqlDatabase &db, const AuditLog &audit,
                                                               const Clock &clock, const Session &session,
                                                               const QList<qint64> &cardIds)
{
    const ProcessId process = ProcessId::AbortTemporaryCardOrder;
    const QString object = QStringLiteral("process:") + Processes::symbolicName(process);
    Result result;
    try {
        WriteTransaction transaction(db);
        const QDateTime now = clock.nowUtc();
        const Authorizer::Refusal refusal = Authorizer::checkProcess(db, session, process);
        if (refusal != Authorizer::Refusal::None || cardIds.isEmpty()) {
            result.message = cardIds.isEmpty() ? tr("Choose the cards to abort.")
                                               : Authorizer::message(refusal, Processes::displayName(process));
            audit.append(db, {session.userName, QStringLiteral("process.start"), object, QVariant(), QVariant(),
                              AuditRecord::Result::Refused, result.message});
            transaction.commit();
            return result;
        }
        result.started = true;
        QMap<qint64, QList<qint64>> fromPendingBatches;
        const QList<qint64> unique = QSet<qint64>(cardIds.cbegin(), cardIds.cend()).values();
        // A batch sync may be putting these cards into an order right now: wait for it, then read them.
        CardQuery::lock(db, unique);
        for (const qint64 id : unique) {
            CardOutcome outcome{id, false, {}};
            const auto card = CardQuery::byId(db, id);
            if (!card) {
                outcome.reason = tr("There is no card %1.").arg(id);
            } else if (card->state != CardState::Processing) {
                outcome.reason = tr("Card %1 is %2; only cards in processing can be aborted.")
                                     .arg(id)
                                     .arg(CardStates::displayName(card->state));
            } else if (card->batchId > 0) {
                OrderBatchStore::lock(db, card->batchId); // so markSent() cannot slip in before removeCards()
                const auto batch = OrderBatchStore::load(db, card->batchId);
                if (batch && batch->answerUnknown)
                    outcome.reason = tr("The database was restored from a backup, and Nexus GO Cards may hold "
                                        "the order of card %1. It can be aborted only once the batch sync has "
                                        "asked Go Cards.")
                                         .arg(id);
                else if (batch && batch->state == BatchRecord::State::Pending)
                    fromPendingBatches[card->batchId] << id;
                else
                    outcome.reason = tr("The order of card %1 has been sent to Nexus GO Cards, which may have "
                                        "accepted it. It can be aborted only once Go Cards' answer is known.")
                                         .arg(id);
            }
            if (outcome.reason.isEmpty()) {
                outcome.aborted = true;
                result.changed << id;
            }
            result.cards << outcome;
        }
        for (auto it = fromPendingBatches.cbegin(); it != fromPendingBatches.cend(); ++it) {
            if (!OrderBatchStore::removeCards(db, audit, it.key(), it.value(), session.userName))
                throw DatabaseError(DatabaseError::Kind::Other,
                                    QStringLiteral("batch %1 was sent during the abort").arg(it.key()));
        }
        for (const qint64 id : std::as_const(result.changed)) {
            if (!CardStore::apply(db, audit, id, CardEvent::Abort, {}, session.userName, now))
                throw DatabaseError(DatabaseError::Kind::Other,
                                    QStringLiteral("card %1 changed during the abort").arg(id));
        }
        audit.append(db, {session.userName, QStringLiteral("process.start"), object, QVariant(), QVariant(),
                          AuditRecord::Result::Success,
                          QStringLiteral("aborted %1 of %2").arg(result.changed.size()).arg(unique.size())});
        transaction.commit();
        std::sort(result.cards.begin(), result.cards.end(),
                  [](const auto &a, const auto &b) { return a.cardId < b.cardId; });
        result.message = tr("%n card(s) aborted.", nullptr, int(result.changed.size()));
    } catch (const DatabaseError &error) {
        result = Result();
        result.message = error.userMessage();
        result.mayTryAgain = error.isConnectionLost();
    }
    return result;
}

} // namespace tempcards
