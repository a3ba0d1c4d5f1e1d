// SPDX-License-Identifier: Apache-2.0
#include "CardStore.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Sql.h"

#include <QUuid>

namespace tempcards {

namespace {

QVariant text(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : sqlNull();
}

QVariant time(const std::optional<QDateTime> &value)
{
    return value && value->isValid() ? QVariant(toStorageTime(*value)) : sqlNull();
}

} // namespace

QList<CardStore::NewCard> CardStore::insertNew(const QSqlDatabase &db, const AuditLog &audit, int count,
                                               const QString &productionType, const QString &actor,
                                               const QDateTime &now)
{
    QList<NewCard> cards;
    const QString at = toStorageTime(now);
    const QString state = CardStates::toStorage(CardStates::initial());
    SqlQuery insert(db,
                    QStringLiteral("INSERT INTO cards (external_id, production_type, state, ordered_at, ordered_by, "
                                   "updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    for (int i = 0; i < count; ++i) {
        const QString externalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        insert.bind(externalId).bind(productionType).bind(state).bind(at).bind(actor).bind(at);
        const qint64 id = insert.scalar().toLongLong();
        cards.append({id, externalId});
        audit.append(db, {actor, QStringLiteral("card.state"), QStringLiteral("card:%1").arg(id), QVariant(), state,
                          AuditRecord::Outcome::Success, QString()});
    }
    return cards;
}

bool CardStore::apply(const QSqlDatabase &db, const AuditLog &audit, qint64 id, CardEvent event,
                      const CardUpdate &update, const QString &actor, const QDateTime &now)
{
    const auto card = CardQuery::byId(db, id);
    if (!card)
        return false;
    const auto next = CardStates::next(card->state, event);
    if (!next)
        return false;
    const QString from = CardStates::toStorage(card->state);
    const QString to = CardStates::toStorage(*next);
    // The state in the WHERE clause guards against a concurrent change on another connection.
    SqlQuery query(db, QStringLiteral("UPDATE cards SET state = ?, updated_at = ?, "
                                      "gocards_card_id = COALESCE(?, gocards_card_id), "
                                      "gocards_order_id = COALESCE(?, gocards_order_id), "
                                      "failure_reason = COALESCE(?, failure_reason), "
                                      "report_uid = COALESCE(?, report_uid), "
                                      "produced_at = COALESCE(?, produced_at), "
                                      "shipped_at = COALESCE(?, shipped_at), "
                                      "chip_uid = COALESCE(?, chip_uid), "
                                      "initialized_at = COALESCE(?, initialized_at) "
                                      "WHERE id = ? AND state = ?"));
    query.bind(to)
        .bind(toStorageTime(now))
        .bind(text(update.goCardsCardId))
        .bind(text(update.goCardsOrderId))
        .bind(text(update.failureReason))
        .bind(text(update.reportUid))
        .bind(time(update.producedAt))
        .bind(time(update.shippedAt))
        .bind(text(update.chipUid))
        .bind(time(update.initializedAt))
        .bind(id)
        .bind(from)
        .exec();
    if (query.numRowsAffected() != 1)
        return false;
    audit.append(db, {actor, QStringLiteral("card.state"), QStringLiteral("card:%1").arg(id), from, to,
                      AuditRecord::Outcome::Success, update.failureReason.value_or(QString())});
    return true;
}

void CardStore::setBatch(const QSqlDatabase &db, qint64 id, qint64 batchId)
{
    SqlQuery(db, QStringLiteral("UPDATE cards SET batch_id = ? WHERE id = ?"))
        .bind(batchId > 0 ? QVariant(batchId) : sqlNull())
        .bind(id)
        .exec();
}

} // namespace tempcards
