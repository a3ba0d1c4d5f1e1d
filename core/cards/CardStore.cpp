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
    QList<AuditRecord> records;
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
        records.append({actor, QStringLiteral("card.state"), QStringLiteral("card:%1").arg(id), QVariant(), state,
                        AuditRecord::Result::Success, QString()});
    }
    audit.appendAll(db, records);
    return cards;
}

bool CardStore::apply(const QSqlDatabase &db, const AuditLog &audit, qint64 id, CardEvent event,
                      const CardUpdate &update, const QString &actor, const QDateTime &now)
{
    return !applyAll(db, audit, {{id, event, update, std::nullopt}}, actor, now).isEmpty();
}

QList<qint64> CardStore::applyAll(const QSqlDatabase &db, const AuditLog &audit, const QList<CardChange> &changes,
                                  const QString &actor, const QDateTime &now)
{
    QList<qint64> unread;
    QHash<qint64, CardState> states;
    for (const CardChange &change : changes) {
        if (change.current)
            states.insert(change.id, *change.current);
        else
            unread << change.id;
    }
    for (const CardRow &card : CardQuery::byIds(db, unread))
        states.insert(card.id, card.state);
    // The state in the WHERE clause guards against a concurrent change on another connection.
    SqlQuery query(db, QStringLiteral("UPDATE cards SET state = ?, updated_at = ?, "
                                      "gocards_card_id = COALESCE(?, gocards_card_id), "
                                      "gocards_order_id = COALESCE(?, gocards_order_id), "
                                      "failure_reason = COALESCE(?, failure_reason), "
                                      "report_uid = COALESCE(?, report_uid), "
                                      "produced_at = COALESCE(?, produced_at), "
                                      "shipped_at = COALESCE(?, shipped_at), "
                                      "chip_uid = COALESCE(?, chip_uid), "
                                      "initialized_at = COALESCE(?, initialized_at), "
                                      "holder_id = CASE WHEN ? = 1 THEN NULL ELSE COALESCE(?, holder_id) END, "
                                      "assigned_at = CASE WHEN ? = 1 THEN NULL ELSE COALESCE(?, assigned_at) END, "
                                      "valid_until = CASE WHEN ? = 1 THEN NULL ELSE COALESCE(?, valid_until) END, "
                                      "reason = COALESCE(?, reason) "
                                      "WHERE id = ? AND state = ?"));
    const QString at = toStorageTime(now);
    QList<qint64> changed;
    QList<AuditRecord> records;
    for (const CardChange &change : changes) {
        const auto state = states.constFind(change.id);
        if (state == states.cend())
            continue;
        const auto next = CardStates::next(*state, change.event);
        if (!next)
            continue;
        const QString from = CardStates::toStorage(*state);
        const QString to = CardStates::toStorage(*next);
        const CardUpdate &update = change.update;
        query.bind(to)
            .bind(at)
            .bind(text(update.goCardsCardId))
            .bind(text(update.goCardsOrderId))
            .bind(text(update.failureReason))
            .bind(text(update.reportUid))
            .bind(time(update.producedAt))
            .bind(time(update.shippedAt))
            .bind(text(update.chipUid))
            .bind(time(update.initializedAt))
            .bind(update.clearHolder ? 1 : 0)
            .bind(update.holderId ? QVariant(*update.holderId) : sqlNull())
            .bind(update.clearHolder ? 1 : 0)
            .bind(time(update.assignedAt))
            .bind(update.clearHolder ? 1 : 0)
            .bind(time(update.validUntil))
            .bind(text(update.reason))
            .bind(change.id)
            .bind(from)
            .exec();
        if (query.numRowsAffected() != 1)
            continue;
        states[change.id] = *next;
        changed << change.id;
        records.append({actor, QStringLiteral("card.state"), QStringLiteral("card:%1").arg(change.id), from, to,
                        AuditRecord::Result::Success,
                        update.failureReason.value_or(update.reason.value_or(QString()))});
    }
    audit.appendAll(db, records);
    return changed;
}

bool CardStore::extend(const QSqlDatabase &db, const AuditLog &audit, const CardRow &card, const QDateTime &validUntil,
                       const QString &actor, const QDateTime &now)
{
    if (CardStates::next(card.state, CardEvent::Extend) != card.state)
        return false;
    const QString before = card.validUntil.isValid() ? toStorageTime(card.validUntil) : QString();
    SqlQuery query(db, QStringLiteral("UPDATE cards SET valid_until = ?, updated_at = ? WHERE id = ? AND state = ? "
                                      "AND valid_until = ?"));
    query.bind(toStorageTime(validUntil))
        .bind(toStorageTime(now))
        .bind(card.id)
        .bind(CardStates::toStorage(card.state))
        .bind(before)
        .exec();
    if (query.numRowsAffected() != 1)
        return false;
    audit.append(db, {actor, QStringLiteral("card.validity"), QStringLiteral("card:%1").arg(card.id), before,
                      toStorageTime(validUntil), AuditRecord::Result::Success, QString()});
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
