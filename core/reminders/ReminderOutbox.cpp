// SPDX-License-Identifier: Apache-2.0
#include "ReminderOutbox.h"

#include "AuditLog.h"
#include "Clock.h"
#include "PeopleQuery.h"
#include "Session.h"
#include "Sql.h"

namespace tempcards {

namespace {

// Still as listed: the card is with that holder, for that validity (an extension or a new holder makes the
// reminder stale, as in the due reminders' view).
const char *const kStanding = "EXISTS (SELECT 1 FROM cards c WHERE c.id = r.card_id AND c.state = 'assigned' "
                              "AND c.holder_id = r.person_id AND c.valid_until = r.valid_until)";

QString object(const Reminder &reminder)
{
    return QStringLiteral("card:%1").arg(reminder.cardId);
}

QString due(const Reminder &reminder)
{
    return reminder.dueOn.toString(Qt::ISODate);
}

} // namespace

QList<Reminder> ReminderOutbox::pending(const QSqlDatabase &db, const QDateTime &now, qint64 afterCard, int limit)
{
    SqlQuery query(db, QStringLiteral("SELECT r.card_id, r.due_on, r.valid_until, r.days_left, r.attempts, "
                                      "r.last_error, %1 FROM expiry_reminders r JOIN people p ON p.id = r.person_id "
                                      "WHERE r.sent_at IS NULL AND r.card_id > ? AND r.valid_until > ? AND %2 "
                                      "AND NOT EXISTS (SELECT 1 FROM expiry_reminders n WHERE n.card_id = r.card_id "
                                      "AND n.due_on > r.due_on) ORDER BY r.card_id LIMIT %3")
                           .arg(PeopleQuery::columns(QStringLiteral("p")), QLatin1String(kStanding))
                           .arg(limit));
    query.bind(afterCard).bind(toStorageTime(now)).exec();
    QList<Reminder> reminders;
    while (query.next()) {
        Reminder reminder;
        reminder.cardId = query.value(0).toLongLong();
        reminder.dueOn = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        reminder.validUntil = fromStorageTime(query.value(2).toString());
        reminder.daysLeft = query.value(3).toInt();
        reminder.attempts = query.value(4).toInt();
        reminder.lastError = query.value(5).toString();
        reminder.holder = PeopleQuery::readRow(query, 6);
        reminders << reminder;
    }
    return reminders;
}

ReminderOutbox::Begun ReminderOutbox::begin(const QSqlDatabase &db, const LeaseTicket &lease, const Reminder &reminder,
                                            const QString &to, const QDateTime &now)
{
    WriteTransaction transaction(db);
    if (!SyncLease::heldUntil(db, lease, now).isValid())
        return Begun::LeaseLost;
    // `attempts` as read: a run that began this reminder meanwhile (after a lease changed hands) wins.
    SqlQuery begin(db, QStringLiteral("UPDATE expiry_reminders AS r SET attempts = attempts + 1, attempted_at = ?, "
                                      "sent_to = ? WHERE r.card_id = ? AND r.due_on = ? AND r.sent_at IS NULL "
                                      "AND r.attempts = ? AND %1")
                           .arg(QLatin1String(kStanding)));
    begin.bind(toStorageTime(now)).bind(to).bind(reminder.cardId).bind(due(reminder)).bind(reminder.attempts).exec();
    if (begin.numRowsAffected() != 1)
        return Begun::Gone;
    transaction.commit();
    return Begun::Yes;
}

void ReminderOutbox::sent(const QSqlDatabase &db, const AuditLog &audit, const Reminder &reminder, const QString &to,
                          const QString &messageId, const QDateTime &now)
{
    WriteTransaction transaction(db);
    SqlQuery(db, QStringLiteral("UPDATE expiry_reminders SET sent_at = ?, last_error = '' "
                                "WHERE card_id = ? AND due_on = ?"))
        .bind(toStorageTime(now))
        .bind(reminder.cardId)
        .bind(due(reminder))
        .exec();
    audit.append(db, {Actors::BatchSync, QStringLiteral("reminder.send"), object(reminder), QVariant(),
                      QStringLiteral("sent"), AuditRecord::Result::Success,
                      QStringLiteral("due %1 for valid until %2; to %3; Message-ID <%4>; attempt %5")
                          .arg(due(reminder), toStorageTime(reminder.validUntil), to, messageId)
                          .arg(reminder.attempts + 1)});
    transaction.commit();
}

void ReminderOutbox::failed(const QSqlDatabase &db, const AuditLog &audit, const Reminder &reminder, const QString &why)
{
    WriteTransaction transaction(db);
    SqlQuery(db, QStringLiteral("UPDATE expiry_reminders SET last_error = ? WHERE card_id = ? AND due_on = ?"))
        .bind(why)
        .bind(reminder.cardId)
        .bind(due(reminder))
        .exec();
    // A server down for a day fails every run: said once, and again when the reason changes.
    if (why != reminder.lastError)
        audit.append(db, {Actors::BatchSync, QStringLiteral("reminder.send"), object(reminder), QVariant(),
                          QStringLiteral("not sent"), AuditRecord::Result::Failure,
                          QStringLiteral("due %1 for valid until %2; %3")
                              .arg(due(reminder), toStorageTime(reminder.validUntil), why)});
    transaction.commit();
}

} // namespace tempcards
