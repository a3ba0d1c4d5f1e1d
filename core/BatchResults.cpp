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
} // namespace

BatchResults::Applied BatchResults::accepted(const QSqlDatabase &db, const CoreContext &context, qint64 batchId,
                                             const QString &actor, const GoCardsMessages::OrderResponse &response)
{
    Applied applied;
    try {
        WriteTransaction transaction(db);
        const auto batch = OrderBatchStore::load(db, batchId);
        if (!batch || batch->isResolved())
            return applied; // already applied, e.g. from a replayed answer
        const QList<CardRow> cards = CardQuery::inBatch(db, batchId);
        QHash<QString, GoCardsMessages::OrderedCard> answered;
        for (const auto &card : response.cards)
            answered.insert(card.externalId, card);
        for (const CardRow &card : cards) {
            if (!answered.contains(card.externalId)) {
                applied.mismatch = tr("the answer does not list card %1").arg(card.id);
                return applied;
            }
        }
        if (answered.size() != cards.size()) {
            applied.mismatch = tr("the answer lists cards that were not ordered");
            return applied;
        }
        const QDateTime now = context.clock->nowUtc();
        for (const CardRow &card : cards) {
            CardUpdate update;
            update.goCardsCardId = answered.value(card.externalId).cardId;
            update.goCardsOrderId = response.orderId;
            // A card already moved on by a production event keeps its state; it only gains the ids.
            if (!CardStore::apply(db, *context.audit, card.id, CardEvent::DispatchAccepted, update, actor, now))
                qCInfo(lcProcess) << "card" << card.id << "was already past processing when its order was confirmed";
            applied.changed << card.id;
        }
        OrderBatchStore::resolve(db, batchId, BatchRecord::State::Accepted, response.orderId, {}, now);
        context.audit->append(db, {actor, QStringLiteral("order.batch"), QStringLiteral("batch:%1").arg(batchId),
                                   QVariant(), QStringLiteral("accepted"), AuditRecord::Outcome::Success,
                                   QStringLiteral("gocards order %1").arg(response.orderId)});
        transaction.commit();
    } catch (const DatabaseError &error) {
        applied = Applied();
        applied.problem = error.userMessage();
    }
    return applied;
}

BatchResults::Applied BatchResults::refused(const QSqlDatabase &db, const CoreContext &context, qint64 batchId,
                                            const QString &actor, const QString &reason)
{
    Applied applied;
    try {
        WriteTransaction transaction(db);
        const QDateTime now = context.clock->nowUtc();
        CardUpdate update;
        update.failureReason = reason;
        for (const CardRow &card : CardQuery::inBatch(db, batchId)) {
            if (CardStore::apply(db, *context.audit, card.id, CardEvent::DispatchRefused, update, actor, now))
                applied.changed << card.id;
        }
        OrderBatchStore::resolve(db, batchId, BatchRecord::State::Refused, {}, reason, now);
        context.audit->append(db, {actor, QStringLiteral("order.batch"), QStringLiteral("batch:%1").arg(batchId),
                                   QVariant(), QStringLiteral("refused"), AuditRecord::Outcome::Failure, reason});
        transaction.commit();
    } catch (const DatabaseError &error) {
        applied = Applied();
        applied.problem = error.userMessage();
    }
    return applied;
}

} // namespace tempcards
