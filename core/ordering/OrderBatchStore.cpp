// SPDX-License-Identifier: Apache-2.0
#include "OrderBatchStore.h"

#include "AuditLog.h"
#include "CardStore.h"
#include "Clock.h"
#include "GoCardsMessages.h"
#include "Sql.h"

#include <QUuid>

namespace tempcards {

namespace {

const char *const kStates[] = {"pending", "sent", "accepted", "refused"};

QString stateName(BatchRecord::State state)
{
    return QString::fromLatin1(kStates[int(state)]);
}

BatchRecord::State stateFrom(const QString &name)
{
    for (int i = 0; i < 4; ++i) {
        if (name == QLatin1String(kStates[i]))
            return BatchRecord::State(i);
    }
    return BatchRecord::State::Sent; // unknown: the safe assumption is that Go Cards may have it
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? sqlNull() : QVariant(value);
}

} // namespace

qint64 OrderBatchStore::create(const QSqlDatabase &db, const QList<CardStore::NewCard> &cards,
                               const GoCardsMessages::OrderTerms &terms, const QString &actor, const QDateTime &now)
{
    QList<qint64> cardIds;
    QStringList externalIds;
    cardIds.reserve(cards.size());
    externalIds.reserve(cards.size());
    for (const CardStore::NewCard &card : cards) {
        cardIds << card.id;
        externalIds << card.externalId;
    }
    const QByteArray body = GoCardsMessages::orderRequest(terms, externalIds);
    const qint64 id =
        SqlQuery(db, QStringLiteral("INSERT INTO order_batches (idempotency_key, request_body, state, "
                                    "created_at, created_by) VALUES (?, ?, 'pending', ?, ?) RETURNING id"))
            .bind(newKey())
            .bind(QString::fromUtf8(body))
            .bind(toStorageTime(now))
            .bind(actor)
            .scalar()
            .toLongLong();
    // One statement per 500 cards: a statement per card took most of the time of making a batch.
    constexpr int kChunk = 500;
    for (int start = 0; start < cardIds.size(); start += kChunk) {
        const QList<qint64> chunk = cardIds.mid(start, kChunk);
        SqlQuery assign(
            db, QStringLiteral("UPDATE cards SET batch_id = ? WHERE id IN (%1)").arg(placeholders(chunk.size())));
        assign.bind(id);
        for (const qint64 cardId : chunk)
            assign.bind(cardId);
        assign.exec();
    }
    return id;
}

qint64 OrderBatchStore::createFromQueue(const QSqlDatabase &db, int limit, qint64 upToId,
                                        const GoCardsMessages::OrderTerms &terms, const QString &actor,
                                        const QDateTime &now)
{
    const QList<CardRow> queued = CardQuery::queued(db, limit, upToId);
    if (queued.isEmpty())
        return 0;
    QList<CardStore::NewCard> cards;
    cards.reserve(queued.size());
    for (const CardRow &card : queued)
        cards.append({card.id, card.externalId});
    return create(db, cards, terms, actor, now);
}

std::optional<BatchRecord> OrderBatchStore::load(const QSqlDatabase &db, qint64 id)
{
    SqlQuery query(db, QStringLiteral("SELECT idempotency_key, request_body, state, attempts, last_error, "
                                      "answer_unknown_since FROM order_batches WHERE id = ?"));
    query.bind(id).exec();
    if (!query.next())
        return std::nullopt;
    BatchRecord batch;
    batch.id = id;
    batch.idempotencyKey = query.value(0).toString();
    batch.body = query.value(1).toString().toUtf8();
    batch.state = stateFrom(query.value(2).toString());
    batch.attempts = query.value(3).toInt();
    batch.lastError = query.value(4).toString();
    batch.answerUnknown = !query.value(5).isNull() && !query.value(5).toString().isEmpty();
    return batch;
}

OrderBatchStore::Mark OrderBatchStore::markSent(const QSqlDatabase &db, qint64 id, const QString &key,
                                                const QString &holder, const QDateTime &now,
                                                const QDateTime &claimUntil, const LeaseTicket &lease)
{
    QDateTime until = claimUntil;
    if (lease.isHeld()) {
        until = SyncLease::heldUntil(db, lease, now);
        if (!until.isValid())
            return Mark::LeaseLost;
    }
    const QString at = toStorageTime(now);
    SqlQuery update(db, QStringLiteral("UPDATE order_batches SET state = 'sent', attempts = attempts + 1, "
                                       "first_sent_at = COALESCE(first_sent_at, ?), last_attempt_at = ?, "
                                       "claimed_by = ?, claimed_until = ? "
                                       "WHERE id = ? AND idempotency_key = ? AND state IN ('pending', 'sent') "
                                       "AND (claimed_by IS NULL OR claimed_by = ? OR claimed_until < ?)"));
    update.bind(at).bind(at).bind(holder).bind(toStorageTime(until)).bind(id).bind(key).bind(holder).bind(at).exec();
    if (update.numRowsAffected() == 1)
        return Mark::Marked;
    const auto batch = load(db, id);
    if (!batch)
        return Mark::Missing;
    if (batch->isResolved())
        return Mark::Resolved;
    if (batch->idempotencyKey != key)
        return Mark::KeyChanged;
    return Mark::ClaimedElsewhere;
}

void OrderBatchStore::lock(const QSqlDatabase &db, qint64 id)
{
    SqlQuery(db, QStringLiteral("SELECT id FROM order_batches WHERE id = ?") + forUpdate(db)).bind(id).exec();
}

void OrderBatchStore::releaseClaim(const QSqlDatabase &db, qint64 id, const QString &holder)
{
    SqlQuery(db, QStringLiteral("UPDATE order_batches SET claimed_by = NULL, claimed_until = NULL "
                                "WHERE id = ? AND claimed_by = ?"))
        .bind(id)
        .bind(holder)
        .exec();
}

void OrderBatchStore::recordError(const QSqlDatabase &db, qint64 id, const QString &error)
{
    SqlQuery(db, QStringLiteral("UPDATE order_batches SET last_error = ? WHERE id = ?")).bind(error).bind(id).exec();
}

void OrderBatchStore::resolve(const QSqlDatabase &db, qint64 id, BatchRecord::State state,
                              const QString &goCardsOrderId, const QString &error, const QDateTime &now)
{
    SqlQuery(db, QStringLiteral("UPDATE order_batches SET state = ?, gocards_order_id = ?, last_error = ?, "
                                "resolved_at = ?, claimed_by = NULL, claimed_until = NULL WHERE id = ?"))
        .bind(stateName(state))
        .bind(nullableText(goCardsOrderId))
        .bind(nullableText(error))
        .bind(toStorageTime(now))
        .bind(id)
        .exec();
}

qint64 OrderBatchStore::nextUnresolved(const QSqlDatabase &db, qint64 afterId, const QString &holder,
                                       const QDateTime &now)
{
    return SqlQuery(db, QStringLiteral("SELECT id FROM order_batches WHERE state IN ('pending', 'sent') AND id > ? "
                                       "AND held_at IS NULL AND answer_unknown_since IS NULL "
                                       "AND (claimed_by IS NULL OR claimed_by = ? OR claimed_until < ?) "
                                       "ORDER BY id LIMIT 1"))
        .bind(afterId)
        .bind(holder)
        .bind(toStorageTime(now))
        .scalar()
        .toLongLong();
}

bool OrderBatchStore::removeCards(const QSqlDatabase &db, const AuditLog &audit, qint64 id,
                                  const QList<qint64> &cardIds, const QString &actor)
{
    lock(db, id);
    const auto batch = load(db, id);
    if (!batch || batch->state != BatchRecord::State::Pending || batch->answerUnknown)
        return false;
    int removed = 0;
    for (const CardRow &card : CardQuery::byIds(db, cardIds)) {
        if (card.batchId == id) {
            CardStore::setBatch(db, card.id, 0);
            ++removed;
        }
    }
    // What is left is what the database says is left; the body is rebuilt from it, keeping the rest of
    // the request (organisation, production type, layout) as it was.
    const QList<CardRow> remaining = CardQuery::inBatch(db, id);
    const QString object = QStringLiteral("batch:%1").arg(id);
    if (remaining.isEmpty()) {
        SqlQuery(db, QStringLiteral("DELETE FROM order_batches WHERE id = ?")).bind(id).exec();
        audit.append(db, {actor, QStringLiteral("order.batch"), object, QStringLiteral("pending"), QVariant(),
                          AuditRecord::Result::Success, QStringLiteral("every card aborted before sending")});
        return true;
    }
    QStringList kept;
    for (const CardRow &card : remaining)
        kept << card.externalId;
    const QByteArray body = GoCardsMessages::orderRequest(GoCardsMessages::orderTermsOf(batch->body), kept);
    const QString key = newKey();
    SqlQuery(db, QStringLiteral("UPDATE order_batches SET idempotency_key = ?, request_body = ? WHERE id = ?"))
        .bind(key)
        .bind(QString::fromUtf8(body))
        .bind(id)
        .exec();
    audit.append(db,
                 {actor, QStringLiteral("order.batch"), object, batch->idempotencyKey, key,
                  AuditRecord::Result::Success, QStringLiteral("%1 card(s) taken out before sending").arg(removed)});
    return true;
}

} // namespace tempcards
