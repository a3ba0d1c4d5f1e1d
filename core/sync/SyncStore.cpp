// SPDX-License-Identifier: Apache-2.0
#include "SyncStore.h"

#include "Clock.h"
#include "HeldBatches.h"
#include "Sql.h"
#include "SyncLease.h"
#include "UnknownCards.h"

namespace tempcards {

namespace {
const QString kLastRun = QStringLiteral("last_run_at");
const QString kLastSuccess = QStringLiteral("last_success_at");
const QString kLastError = QStringLiteral("last_error");
const QString kLastErrorAt = QStringLiteral("last_error_at");
} // namespace

void SyncStore::releaseAll(const QSqlDatabase &db, const QString &holder)
{
    // With login roles on PostgreSQL only the batch sync's role takes the lease, and an auditor claims no
    // batch: whoever may not write a table holds nothing in it to hand back.
    const auto mayUpdate = [&db](const QString &table) {
        return dialectOf(db) != Dialect::Postgres ||
               SqlQuery(db, QStringLiteral("SELECT has_table_privilege(?, 'UPDATE')")).bind(table).scalar().toBool();
    };
    if (mayUpdate(QStringLiteral("sync_lease")))
        SyncLease::release(db, holder);
    if (mayUpdate(QStringLiteral("order_batches")))
        SqlQuery(
            db, QStringLiteral("UPDATE order_batches SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = ?"))
            .bind(holder)
            .exec();
}

QString SyncStore::value(const QSqlDatabase &db, const QString &key)
{
    return SqlQuery(db, QStringLiteral("SELECT value FROM sync_state WHERE key = ?")).bind(key).scalar().toString();
}

void SyncStore::setValue(const QSqlDatabase &db, const QString &key, const QString &value)
{
    SqlQuery(db, QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        .bind(key)
        .bind(value.isNull() ? QStringLiteral("") : value)
        .exec();
}

void SyncStore::recordRun(const QSqlDatabase &db, const QDateTime &now, const QString &error)
{
    const QString at = toStorageTime(now);
    setValue(db, kLastRun, at);
    if (error.isEmpty()) {
        setValue(db, kLastSuccess, at);
    } else {
        setValue(db, kLastError, error);
        setValue(db, kLastErrorAt, at);
    }
}

SyncStatus SyncStore::status(const QSqlDatabase &db, const QDateTime &now)
{
    SyncStatus status;
    status.waiting =
        SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM cards WHERE state = 'processing'")).scalar().toInt();
    auto time = [&](const QString &key) {
        const QString text = value(db, key);
        return text.isEmpty() ? QDateTime() : fromStorageTime(text);
    };
    status.lastRun = time(kLastRun);
    status.lastSuccess = time(kLastSuccess);
    status.lastErrorAt = time(kLastErrorAt);
    status.lastError = value(db, kLastError);
    status.held = HeldBatches::count(db);
    status.unknownCards = UnknownCards::count(db);
    status.answerUnknown = SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM order_batches WHERE answer_unknown_since "
                                                       "IS NOT NULL AND state IN ('pending', 'sent')"))
                               .scalar()
                               .toInt();
    status.leaseHolder = SyncLease::holderAt(db, now);
    return status;
}

} // namespace tempcards
