// SPDX-License-Identifier: Apache-2.0
#include "ExpiryPass.h"

#include "CardStore.h"
#include "Clock.h"
#include "Session.h"
#include "SettingsStore.h"
#include "Sql.h"

#include <algorithm>

namespace tempcards {

namespace {

int expireChunk(const QSqlDatabase &db, const AuditLog &audit, const QDateTime &now, QList<qint64> *ids)
{
    WriteTransaction transaction(db);
    SqlQuery due(db, QStringLiteral("SELECT id FROM cards WHERE state = 'assigned' AND valid_until <= ? "
                                    "ORDER BY valid_until, id LIMIT %1")
                         .arg(ExpiryPass::kChunk));
    due.bind(toStorageTime(now)).exec();
    QList<CardStore::CardChange> changes;
    while (due.next())
        changes.append({due.value(0).toLongLong(), CardEvent::Expire, {}, CardState::Assigned});
    if (changes.isEmpty())
        return 0;
    const QList<qint64> changed = CardStore::applyAll(db, audit, changes, Actors::BatchSync, now);
    transaction.commit();
    *ids += changed;
    const int expired = int(changed.size());
    // A card another writer moved meanwhile is skipped by applyAll; when nothing of a full chunk moved, stop
    // rather than read the same rows again.
    return expired == 0 ? -1 : expired;
}

int listReminders(const QSqlDatabase &db, const QDateTime &now)
{
    WriteTransaction transaction(db);
    const TempCardOptions options = SettingsStore::options(db);
    if (options.reminderDays.isEmpty()) {
        transaction.commit();
        return 0;
    }
    const QDate today = now.toUTC().date();
    // A reminder can be due only for cards valid until at most the largest listed day from today.
    const int horizon = options.reminderDays.first() + 1;
    SqlQuery candidates(db, QStringLiteral("SELECT id, holder_id, valid_until FROM cards WHERE state = 'assigned' "
                                           "AND valid_until > ? AND valid_until < ? AND holder_id IS NOT NULL"));
    candidates.bind(toStorageTime(now)).bind(toStorageTime(QDateTime(today.addDays(horizon), QTime(), Qt::UTC)));
    candidates.exec();
    SqlQuery insert(db, QStringLiteral("INSERT INTO expiry_reminders (card_id, due_on, person_id, valid_until, "
                                       "days_left, listed_at) VALUES (?, ?, ?, ?, ?, ?) "
                                       "ON CONFLICT (card_id, due_on) DO NOTHING"));
    int listed = 0;
    while (candidates.next()) {
        const QDate until = fromStorageTime(candidates.value(2).toString()).date();
        if (!options.reminderDueOn(until, today))
            continue;
        insert.bind(candidates.value(0))
            .bind(today.toString(Qt::ISODate))
            .bind(candidates.value(1))
            .bind(candidates.value(2))
            .bind(int(today.daysTo(until)))
            .bind(toStorageTime(now))
            .exec();
        listed += insert.numRowsAffected() > 0 ? 1 : 0;
    }
    transaction.commit();
    return listed;
}

} // namespace

ExpiryPass::Report ExpiryPass::run(const QSqlDatabase &db, const AuditLog &audit, const QDateTime &now)
{
    Report report;
    for (;;) {
        const int expired = expireChunk(db, audit, now, &report.expired);
        if (expired < kChunk)
            break;
    }
    report.remindersListed = listReminders(db, now);
    return report;
}

} // namespace tempcards
