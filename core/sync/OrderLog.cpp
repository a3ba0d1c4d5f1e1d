// SPDX-License-Identifier: Apache-2.0
#include "OrderLog.h"

#include "AuditLog.h"
#include "BatchResults.h"
#include "CardStore.h"
#include "Clock.h"
#include "CoreContext.h"
#include "Logging.h"
#include "OrderBatchStore.h"
#include "Sql.h"
#include "SyncStore.h"
#include "UnknownCards.h"

#include <QCoreApplication>

namespace tempcards {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("tempcards::OrderLog", text, disambiguation, n);
}

const QString kAction = QStringLiteral("order.batch");
const QString kRestored = QStringLiteral("found at Go Cards after the database was restored");

} // namespace

bool OrderLog::expected(const QSqlDatabase &db, const AuditLog &audit, const QString &actor,
                        const GoCardsMessages::OrderResponse &order, const QDateTime &now, int *unknown,
                        QList<qint64> *adopted)
{
    // The common case, one query: the order is the answer of a batch already accepted.
    if (SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM order_batches WHERE gocards_order_id = ? AND "
                                    "state = 'accepted'"))
            .bind(order.orderId)
            .scalar()
            .toInt() > 0)
        return true;
    bool fine = true;
    for (const GoCardsMessages::OrderedCard &card : order.cards) {
        SqlQuery query(db, QStringLiteral("SELECT c.state, b.state, b.first_sent_at, c.id FROM cards c LEFT JOIN "
                                          "order_batches b ON b.id = c.batch_id WHERE c.external_id = ?"));
        query.bind(card.externalId).exec();
        QString why;
        if (!query.next()) {
            why = tr("in order %1 of Nexus GO Cards; not in this database");
        } else {
            const QString cardState = query.value(0).toString();
            const QString batchState = query.value(1).toString();
            const bool neverSent = query.value(2).isNull() || query.value(2).toString().isEmpty();
            const qint64 cardId = query.value(3).toLongLong();
            if (cardState == QLatin1String("aborted") || cardState == QLatin1String("failed"))
                why = cardState == QLatin1String("aborted")
                          ? tr("in order %1 of Nexus GO Cards; shown aborted in this database")
                          : tr("in order %1 of Nexus GO Cards; shown failed in this database");
            else if (batchState == QLatin1String("pending") && neverSent)
                fine = false; // the card is known, and its batch is marked below with all the others
            else if (cardState == QLatin1String("processing") && batchState.isEmpty() &&
                     adopt(db, audit, actor, cardId, card, order.orderId, now, adopted))
                fine = false; // queued here, yet at Go Cards: ordered now, and a sign all the same
            else if (batchState != QLatin1String("sent") && batchState != QLatin1String("pending") &&
                     batchState != QLatin1String("accepted"))
                why = tr("in order %1 of Nexus GO Cards; this database has no order for it");
        }
        if (why.isEmpty())
            continue;
        fine = false;
        ++*unknown;
        CardReport report;
        report.cardId = card.cardId;
        report.externalId = card.externalId;
        report.state = QStringLiteral("ORDERED");
        report.failureReason = why.arg(order.orderId);
        UnknownCards::noteOrdered(db, report, now);
    }
    return fine;
}

bool OrderLog::adopt(const QSqlDatabase &db, const AuditLog &audit, const QString &actor, qint64 cardId,
                     const GoCardsMessages::OrderedCard &card, const QString &orderId, const QDateTime &now,
                     QList<qint64> *adopted)
{
    // Queued here, yet ordered at Go Cards under a key this database lost: it is ordered, with Go Cards' ids,
    // and never sent again under a new one.
    CardUpdate update;
    update.goCardsCardId = card.cardId;
    update.goCardsOrderId = orderId;
    if (!CardStore::apply(db, audit, cardId, CardEvent::DispatchAccepted, update, actor, now))
        return false;
    *adopted << cardId;
    return true;
}

int OrderLog::markUnresolved(const QSqlDatabase &db, const QDateTime &now)
{
    SqlQuery mark(db, QStringLiteral("UPDATE order_batches SET answer_unknown_since = ? WHERE state IN "
                                     "('pending', 'sent') AND answer_unknown_since IS NULL"));
    mark.bind(toStorageTime(now)).exec();
    return mark.numRowsAffected();
}

int OrderLog::markRestored(const QSqlDatabase &db, const AuditLog &audit, const QString &actor, const QString &reason,
                           const QDateTime &now)
{
    WriteTransaction transaction(db);
    const int marked = markUnresolved(db, now);
    audit.append(db, {actor, QStringLiteral("sync.restore"), QStringLiteral("database"), QVariant(), QVariant(),
                      AuditRecord::Result::Failure,
                      QStringLiteral("the audit trail no longer matches its last checkpoint (%1); %2 unresolved "
                                     "batches wait for Go Cards' word")
                          .arg(reason)
                          .arg(marked)});
    transaction.commit();
    return marked;
}

OrderLog::Position OrderLog::position(const QSqlDatabase &db, const QDateTime &now)
{
    const QDateTime stored = fromStorageTime(SyncStore::value(db, SinceKey));
    const bool needed =
        SqlQuery(db, QStringLiteral("SELECT 1 FROM order_batches WHERE state IN ('pending', 'sent') LIMIT 1"))
            .scalar()
            .isValid();
    return {stored.isValid() ? stored : now.addDays(-kFirstDays), SyncStore::value(db, AfterKey), needed};
}

std::optional<OrderLog::Findings> OrderLog::examine(const QSqlDatabase &db, const AuditLog &audit, const QString &actor,
                                                    const QDateTime &now,
                                                    const QList<GoCardsMessages::OrderResponse> &orders,
                                                    const LeaseTicket &lease)
{
    Findings findings;
    WriteTransaction transaction(db);
    if (!SyncLease::heldUntil(db, lease, now).isValid())
        return std::nullopt;
    int unexpected = 0;
    QDateTime newest;
    for (const GoCardsMessages::OrderResponse &order : orders) {
        if (!expected(db, audit, actor, order, now, &findings.unknownCards, &findings.adopted))
            ++unexpected;
        if (!newest.isValid() || order.createdAt > newest)
            newest = order.createdAt;
    }
    if (unexpected > 0) {
        findings.restoreRecognised = true;
        findings.batchesMarked = markUnresolved(db, now);
        const QString detail =
            QStringLiteral("Go Cards holds %1 orders this database does not know as sent (%2 cards it does not "
                           "know, or shows aborted or failed): restored from a backup, or another installation "
                           "orders for this organisation; %3 unresolved batches wait for Go Cards' word")
                .arg(unexpected)
                .arg(findings.unknownCards)
                .arg(findings.batchesMarked);
        audit.append(db, {actor, QStringLiteral("sync.restore"), QStringLiteral("database"), QVariant(), QVariant(),
                          AuditRecord::Result::Failure, detail});
        qCWarning(lcProcess).noquote() << detail;
    }
    // The next reading starts after the last order read; with none read, it starts as this one did.
    if (!orders.isEmpty()) {
        SyncStore::setValue(db, SinceKey, toStorageTime(newest));
        SyncStore::setValue(db, AfterKey, orders.constLast().orderId);
    }
    SqlQuery waiting(db, QStringLiteral("SELECT id FROM order_batches WHERE answer_unknown_since IS NOT NULL AND "
                                        "state IN ('pending', 'sent') AND held_at IS NULL ORDER BY id"));
    waiting.exec();
    while (waiting.next())
        findings.answerUnknown << waiting.value(0).toLongLong();
    transaction.commit();
    return findings;
}

OrderLog::Settled OrderLog::settle(const QSqlDatabase &db, const CoreContext &context, qint64 batchId,
                                   const QString &actor, const QList<GoCardsMessages::OrderResponse> &orders,
                                   const LeaseTicket &lease, QList<qint64> *changed, QString *problem)
{
    if (!orders.isEmpty()) {
        // Go Cards answers a key with an order of exactly its cards; anything else means the batch's key is not
        // at Go Cards, and the cards it holds were ordered under another (before the backup).
        const auto batch = OrderBatchStore::load(db, batchId);
        const bool exact = batch && orders.size() == 1 && GoCardsMessages::ordersExactly(orders.first(), batch->body);
        const BatchResults::Applied applied =
            exact ? BatchResults::accepted(db, context, batchId, actor, orders.first(), kRestored, lease)
                  : BatchResults::adopted(db, context, batchId, actor, orders, kRestored, lease);
        if (applied.leaseLost)
            return Settled::LeaseLost;
        if (!applied.problem.isEmpty() || !applied.mismatch.isEmpty()) {
            *problem = applied.problem.isEmpty() ? applied.mismatch : applied.problem;
            return Settled::Failed;
        }
        *changed = applied.changed;
        return exact ? Settled::Accepted : Settled::Adopted;
    }
    try {
        WriteTransaction transaction(db);
        if (!SyncLease::heldUntil(db, lease, context.clock->nowUtc()).isValid())
            return Settled::LeaseLost;
        SqlQuery(db, QStringLiteral("UPDATE order_batches SET answer_unknown_since = NULL WHERE id = ?"))
            .bind(batchId)
            .exec();
        context.audit->append(db, {actor, kAction, QStringLiteral("batch:%1").arg(batchId),
                                   QStringLiteral("answer unknown"), QStringLiteral("pending"),
                                   AuditRecord::Result::Success,
                                   QStringLiteral("Go Cards holds none of its cards; it is sent as usual")});
        transaction.commit();
    } catch (const DatabaseError &error) {
        *problem = error.userMessage();
        return Settled::Failed;
    }
    return Settled::Cleared;
}

} // namespace tempcards
