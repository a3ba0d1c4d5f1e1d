// SPDX-License-Identifier: Apache-2.0
#include "OrderLog.h"

#include "AuditLog.h"
#include "BatchResults.h"
#include "Clock.h"
#include "CoreContext.h"
#include "HeldBatches.h"
#include "Logging.h"
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

} // namespace

bool OrderLog::expected(const QSqlDatabase &db, const GoCardsMessages::OrderResponse &order, const QDateTime &now,
                        int *unknown)
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
        SqlQuery query(db, QStringLiteral("SELECT c.state, b.state, b.first_sent_at FROM cards c LEFT JOIN "
                                          "order_batches b ON b.id = c.batch_id WHERE c.external_id = ?"));
        query.bind(card.externalId).exec();
        QString why;
        if (!query.next()) {
            why = tr("in order %1 of Nexus GO Cards; not in this database");
        } else {
            const QString cardState = query.value(0).toString();
            const QString batchState = query.value(1).toString();
            const bool neverSent = query.value(2).isNull() || query.value(2).toString().isEmpty();
            if (cardState == QLatin1String("aborted") || cardState == QLatin1String("failed"))
                why = cardState == QLatin1String("aborted")
                          ? tr("in order %1 of Nexus GO Cards; shown aborted in this database")
                          : tr("in order %1 of Nexus GO Cards; shown failed in this database");
            else if (batchState == QLatin1String("pending") && neverSent)
                fine = false; // the card is known, and its batch is marked below with all the others
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
    QDateTime newest = position(db, now).since;
    for (const GoCardsMessages::OrderResponse &order : orders) {
        if (!expected(db, order, now, &findings.unknownCards))
            ++unexpected;
        if (order.createdAt > newest)
            newest = order.createdAt;
    }
    if (unexpected > 0) {
        findings.restoreRecognised = true;
        const QString at = toStorageTime(now);
        SqlQuery mark(db, QStringLiteral("UPDATE order_batches SET answer_unknown_since = ? WHERE state IN "
                                         "('pending', 'sent') AND answer_unknown_since IS NULL"));
        mark.bind(at).exec();
        findings.batchesMarked = mark.numRowsAffected();
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
    SyncStore::setValue(db, SinceKey, toStorageTime(newest));
    if (!orders.isEmpty())
        SyncStore::setValue(db, AfterKey, orders.constLast().orderId);
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
                                   QList<qint64> *changed, QString *problem)
{
    QString holdFor;
    if (orders.size() == 1) {
        const BatchResults::Applied applied =
            BatchResults::accepted(db, context, batchId, actor, orders.first(),
                                   QStringLiteral("found at Go Cards after the database was restored"));
        if (!applied.problem.isEmpty()) {
            *problem = applied.problem;
            return Settled::Failed;
        }
        if (applied.mismatch.isEmpty()) {
            *changed = applied.changed;
            return Settled::Accepted;
        }
        holdFor = tr("After the database was restored, Nexus GO Cards holds an order of these cards that does "
                     "not match it (%1).")
                      .arg(applied.mismatch);
    } else if (orders.size() > 1) {
        holdFor = tr("After the database was restored, Nexus GO Cards holds its cards in %n orders.", nullptr,
                     int(orders.size()));
    }
    try {
        WriteTransaction transaction(db);
        if (holdFor.isEmpty()) {
            SqlQuery(db, QStringLiteral("UPDATE order_batches SET answer_unknown_since = NULL WHERE id = ?"))
                .bind(batchId)
                .exec();
            context.audit->append(db, {actor, kAction, QStringLiteral("batch:%1").arg(batchId),
                                       QStringLiteral("answer unknown"), QStringLiteral("pending"),
                                       AuditRecord::Result::Success,
                                       QStringLiteral("Go Cards holds none of its cards; it is sent as usual")});
        } else {
            HeldBatches::hold(db, *context.audit, batchId, holdFor, actor, context.clock->nowUtc());
        }
        transaction.commit();
    } catch (const DatabaseError &error) {
        *problem = error.userMessage();
        return Settled::Failed;
    }
    return holdFor.isEmpty() ? Settled::Cleared : Settled::Held;
}

} // namespace tempcards
