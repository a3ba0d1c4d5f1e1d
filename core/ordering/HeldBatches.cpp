// SPDX-License-Identifier: Apache-2.0
#include "HeldBatches.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Sql.h"

namespace tempcards {

namespace {

const QString kAction = QStringLiteral("order.batch");

QString objectOf(qint64 id)
{
    return QStringLiteral("batch:%1").arg(id);
}

QString decisionName(HeldBatch::Decision decision)
{
    switch (decision) {
    case HeldBatch::Decision::SendAgain:
        return QStringLiteral("send");
    case HeldBatch::Decision::Fail:
        return QStringLiteral("fail");
    case HeldBatch::Decision::None:
        break;
    }
    return {};
}

HeldBatch::Decision decisionFrom(const QString &name)
{
    if (name == QLatin1String("send"))
        return HeldBatch::Decision::SendAgain;
    if (name == QLatin1String("fail"))
        return HeldBatch::Decision::Fail;
    return HeldBatch::Decision::None;
}

const QString kColumns = QStringLiteral(
    "SELECT b.id, (SELECT COUNT(*) FROM cards c WHERE c.batch_id = b.id AND c.state = 'processing'), b.state, "
    "b.created_at, b.held_at, b.held_reason, b.decision, b.decision_reason, b.decided_by FROM order_batches b ");

HeldBatch read(const SqlQuery &query)
{
    HeldBatch batch;
    batch.id = query.value(0).toLongLong();
    batch.cards = query.value(1).toInt();
    batch.sent = query.value(2).toString() != QLatin1String("pending");
    batch.createdAt = fromStorageTime(query.value(3).toString());
    batch.heldAt = fromStorageTime(query.value(4).toString());
    batch.reason = query.value(5).toString();
    batch.decision = decisionFrom(query.value(6).toString());
    batch.decisionReason = query.value(7).toString();
    batch.decidedBy = query.value(8).toString();
    return batch;
}

} // namespace

bool HeldBatches::concerns(GoCardsError error)
{
    switch (error) {
    case GoCardsError::IdempotencyKeyReused:
    case GoCardsError::BadResponse:
    case GoCardsError::TooLarge:
    case GoCardsError::Redirect:
    case GoCardsError::UnexpectedStatus:
        return true;
    default:
        return false;
    }
}

void HeldBatches::hold(const QSqlDatabase &db, const AuditLog &audit, qint64 id, const QString &reason,
                       const QString &actor, const QDateTime &now)
{
    SqlQuery(db, QStringLiteral("UPDATE order_batches SET held_at = ?, held_reason = ?, last_error = ?, "
                                "claimed_by = NULL, claimed_until = NULL WHERE id = ?"))
        .bind(toStorageTime(now))
        .bind(reason)
        .bind(reason)
        .bind(id)
        .exec();
    audit.append(
        db, {actor, kAction, objectOf(id), QVariant(), QStringLiteral("held"), AuditRecord::Result::Failure, reason});
}

QList<HeldBatch> HeldBatches::list(const QSqlDatabase &db)
{
    SqlQuery query(db, kColumns + QStringLiteral("WHERE b.held_at IS NOT NULL AND b.state IN ('pending', 'sent') "
                                                 "ORDER BY b.id"));
    query.exec();
    QList<HeldBatch> held;
    while (query.next())
        held << read(query);
    return held;
}

int HeldBatches::count(const QSqlDatabase &db)
{
    return SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM order_batches WHERE held_at IS NOT NULL "
                                       "AND state IN ('pending', 'sent')"))
        .scalar()
        .toInt();
}

bool HeldBatches::decide(const QSqlDatabase &db, const AuditLog &audit, qint64 id, HeldBatch::Decision decision,
                         const QString &reason, const QString &actor)
{
    if (decision == HeldBatch::Decision::None || (decision == HeldBatch::Decision::Fail && reason.trimmed().isEmpty()))
        return false;
    SqlQuery update(db, QStringLiteral("UPDATE order_batches SET decision = ?, decision_reason = ?, decided_by = ? "
                                       "WHERE id = ? AND held_at IS NOT NULL AND decision IS NULL "
                                       "AND state IN ('pending', 'sent')"));
    update.bind(decisionName(decision)).bind(reason.trimmed()).bind(actor).bind(id).exec();
    if (update.numRowsAffected() != 1)
        return false;
    audit.append(db,
                 {actor, kAction, objectOf(id), QStringLiteral("held"),
                  decision == HeldBatch::Decision::Fail ? QStringLiteral("to fail") : QStringLiteral("to send again"),
                  AuditRecord::Result::Success, reason.trimmed()});
    return true;
}

HeldBatch HeldBatches::nextDecided(const QSqlDatabase &db, qint64 afterId)
{
    SqlQuery query(db, kColumns + QStringLiteral("WHERE b.held_at IS NOT NULL AND b.decision IS NOT NULL AND b.id > ? "
                                                 "AND b.state IN ('pending', 'sent') ORDER BY b.id LIMIT 1"));
    query.bind(afterId).exec();
    return query.next() ? read(query) : HeldBatch();
}

void HeldBatches::release(const QSqlDatabase &db, const AuditLog &audit, qint64 id, const QString &outcome,
                          const QString &actor)
{
    SqlQuery decided(db, QStringLiteral("SELECT decided_by FROM order_batches WHERE id = ?"));
    decided.bind(id).exec();
    const QString by = decided.next() ? decided.value(0).toString() : QString();
    // An administrator's decision also ends the wait for Go Cards' word after a restore (OrderLog): they
    // decided knowing what Go Cards holds.
    SqlQuery(db, QStringLiteral("UPDATE order_batches SET held_at = NULL, held_reason = NULL, decision = NULL, "
                                "decision_reason = NULL, decided_by = NULL, answer_unknown_since = NULL "
                                "WHERE id = ?"))
        .bind(id)
        .exec();
    audit.append(db, {actor, kAction, objectOf(id), QStringLiteral("held"), outcome, AuditRecord::Result::Success,
                      QStringLiteral("as %1 decided").arg(by)});
}

void HeldBatches::keep(const QSqlDatabase &db, const AuditLog &audit, qint64 id, const QString &reason,
                       const QString &actor)
{
    SqlQuery(db, QStringLiteral("UPDATE order_batches SET held_reason = ?, decision = NULL, decision_reason = NULL, "
                                "decided_by = NULL WHERE id = ?"))
        .bind(reason)
        .bind(id)
        .exec();
    audit.append(db, {actor, kAction, objectOf(id), QStringLiteral("held"), QStringLiteral("held"),
                      AuditRecord::Result::Failure, reason});
}

} // namespace tempcards
