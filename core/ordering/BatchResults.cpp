// SPDX-License-Identifier: Apache-2.0
#include "BatchResults.h"

#include "AuditLog.h"
#include "CardStore.h"
#include "Clock.h"
#include "CoreContext.h"
#include "Logging.h"
#include "OrderBatchStore.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QHash>

namespace tempcards {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tempcards::BatchResults", text);
}
// Runs `apply` in one write transaction, under `lease` when one is given (the lease's row locked on
// PostgreSQL): `apply` fills in the result and says whether to commit. A database error changes nothing.
template <typename Apply>
BatchResults::Applied inTransaction(const QSqlDatabase &db, const CoreContext &context, const LeaseTicket &lease,
                                    Apply apply)
{
    BatchResults::Applied applied;
    try {
        WriteTransaction transaction(db);
        if (SyncLease::lost(db, lease, context.clock->nowUtc()))
            applied.leaseLost = true;
        else if (apply(applied))
            transaction.commit();
    } catch (const DatabaseError &error) {
        applied = BatchResults::Applied();
        applied.problem = error.userMessage();
    }
    return applied;
}

} // namespace

BatchResults::Applied BatchResults::accepted(const QSqlDatabase &db, const CoreContext &context, qint64 batchId,
                                             const QString &actor, const GoCardsMessages::OrderResponse &response,
                                             const QString &how, const LeaseTicket &lease)
{
    return inTransaction(db, context, lease, [&](Applied &applied) {
        const auto batch = OrderBatchStore::load(db, batchId);
        if (!batch || batch->isResolved())
            return false; // already applied, e.g. from a replayed answer
        const QList<CardRow> cards = CardQuery::inBatch(db, batchId);
        QHash<QString, GoCardsMessages::OrderedCard> answered;
        for (const auto &card : response.cards)
            answered.insert(card.externalId, card);
        for (const CardRow &card : cards) {
            if (!answered.contains(card.externalId)) {
                applied.mismatch = tr("the answer does not list card %1").arg(card.id);
                return false;
            }
        }
        if (answered.size() != cards.size()) {
            applied.mismatch = tr("the answer lists cards that were not ordered");
            return false;
        }
        const QDateTime now = context.clock->nowUtc();
        QList<CardStore::CardChange> changes;
        for (const CardRow &card : cards) {
            CardUpdate update;
            update.goCardsCardId = answered.value(card.externalId).cardId;
            update.goCardsOrderId = response.orderId;
            changes.append({card.id, CardEvent::DispatchAccepted, update, card.state});
            applied.changed << card.id;
        }
        // A card already moved on by a production event keeps its state; it only gains the ids.
        const QList<qint64> moved = CardStore::applyAll(db, *context.audit, changes, actor, now);
        if (moved.size() != changes.size())
            qCInfo(lcProcess) << changes.size() - moved.size()
                              << "cards were already past processing when their order was confirmed";
        OrderBatchStore::resolve(db, batchId, BatchRecord::State::Accepted, response.orderId, {}, now);
        context.audit->append(db, {actor, QStringLiteral("order.batch"), QStringLiteral("batch:%1").arg(batchId),
                                   QVariant(), QStringLiteral("accepted"), AuditRecord::Result::Success,
                                   QStringLiteral("gocards order %1").arg(response.orderId) +
                                       (how.isEmpty() ? QString() : QStringLiteral("; ") + how)});
        return true;
    });
}

BatchResults::Applied BatchResults::adopted(const QSqlDatabase &db, const CoreContext &context, qint64 batchId,
                                            const QString &actor, const QList<GoCardsMessages::OrderResponse> &orders,
                                            const QString &how, const LeaseTicket &lease)
{
    return inTransaction(db, context, lease, [&](Applied &applied) {
        const auto batch = OrderBatchStore::load(db, batchId);
        if (!batch || batch->isResolved())
            return false;
        QHash<QString, std::pair<QString, QString>> held; // external id -> Go Cards' order id and card id
        for (const auto &order : orders) {
            for (const auto &card : order.cards)
                held.insert(card.externalId, {order.orderId, card.cardId});
        }
        const QDateTime now = context.clock->nowUtc();
        QList<CardStore::CardChange> changes;
        int queuedAgain = 0;
        for (const CardRow &card : CardQuery::inBatch(db, batchId)) {
            const auto found = held.constFind(card.externalId);
            if (found == held.cend()) {
                CardStore::setBatch(db, card.id, 0);
                ++queuedAgain;
                continue;
            }
            CardUpdate update;
            update.goCardsOrderId = found->first;
            update.goCardsCardId = found->second;
            changes.append({card.id, CardEvent::DispatchAccepted, update, card.state});
        }
        applied.changed = CardStore::applyAll(db, *context.audit, changes, actor, now);
        const QString outcome = QStringLiteral("Go Cards holds %1 of its cards in orders made before; they are "
                                               "ordered, and %2 are queued again; %3")
                                    .arg(changes.size())
                                    .arg(queuedAgain)
                                    .arg(how);
        OrderBatchStore::resolve(db, batchId, BatchRecord::State::Refused, {}, outcome, now);
        context.audit->append(db, {actor, QStringLiteral("order.batch"), QStringLiteral("batch:%1").arg(batchId),
                                   QVariant(), QStringLiteral("refused"), AuditRecord::Result::Success, outcome});
        return true;
    });
}

BatchResults::Applied BatchResults::refused(const QSqlDatabase &db, const CoreContext &context, qint64 batchId,
                                            const QString &actor, const QString &reason, const LeaseTicket &lease)
{
    return inTransaction(db, context, lease, [&](Applied &applied) {
        const QDateTime now = context.clock->nowUtc();
        CardUpdate update;
        update.failureReason = reason;
        QList<CardStore::CardChange> changes;
        for (const CardRow &card : CardQuery::inBatch(db, batchId))
            changes.append({card.id, CardEvent::DispatchRefused, update, card.state});
        applied.changed = CardStore::applyAll(db, *context.audit, changes, actor, now);
        OrderBatchStore::resolve(db, batchId, BatchRecord::State::Refused, {}, reason, now);
        context.audit->append(db, {actor, QStringLiteral("order.batch"), QStringLiteral("batch:%1").arg(batchId),
                                   QVariant(), QStringLiteral("refused"), AuditRecord::Result::Failure, reason});
        return true;
    });
}

} // namespace tempcards
