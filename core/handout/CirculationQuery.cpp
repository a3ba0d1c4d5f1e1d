// SPDX-License-Identifier: Apache-2.0
#include "CirculationQuery.h"

#include "Clock.h"
#include "CsvLine.h"
#include "PeopleQuery.h"
#include "Sql.h"
#include "TableEntry.h"

#include <QIODevice>

namespace tempcards {

namespace {

struct Entry
{
    CirculationView id;
    const char *objectName;
    const char *title;
    // The tables without the holder (c is cards; p people, r expiry_reminders), the condition (with ? for the
    // time, when the view needs one) and the order. The rows join the holder; the count does not need to, and
    // a million cards' worth of joins is most of a view's time.
    const char *tables;
    const char *where;
    const char *order;
    bool needsTime;
    bool holderJoined; // `tables` already joins the holder as p
};

// Each order is an index's (cards_state_valid_until, cards_state_id, expiry_reminders_due), so that the
// first page is read, not the whole view sorted.
const Entry kEntries[] = {
    {CirculationView::InCirculation, "inCirculation",
     QT_TRANSLATE_NOOP("tempcards::CirculationQuery", "Cards in circulation"), "cards c", "c.state = 'assigned'",
     "c.valid_until, c.id", false, false},
    {CirculationView::ExpiringSoon, "expiringSoon",
     QT_TRANSLATE_NOOP("tempcards::CirculationQuery", "Expiring within 7 days"), "cards c",
     "c.state = 'assigned' AND c.valid_until < ?", "c.valid_until, c.id", true, false},
    {CirculationView::ExpiredNotReturned, "expiredNotReturned",
     QT_TRANSLATE_NOOP("tempcards::CirculationQuery", "Expired and not returned"), "cards c", "c.state = 'expired'",
     "c.valid_until, c.id", false, false},
    {CirculationView::Locked, "locked", QT_TRANSLATE_NOOP("tempcards::CirculationQuery", "Locked cards"), "cards c",
     "c.state = 'locked'", "c.id DESC", false, false},
    // From the few inactive people to their cards: CROSS JOIN keeps SQLite from walking every card handed out
    // instead (PostgreSQL plans it by its statistics either way).
    {CirculationView::NeedingAttention, "needingAttention",
     QT_TRANSLATE_NOOP("tempcards::CirculationQuery", "Cards needing attention"), "people p CROSS JOIN cards c",
     "c.holder_id = p.id AND p.state = 'inactive' AND c.state IN ('assigned', 'expired')", "c.valid_until, c.id", false,
     true},
    // A reminder stands for the holder and the validity it was listed for: once the card is extended, or
    // withdrawn and handed to someone else, it is no longer due.
    {CirculationView::DueReminders, "dueReminders",
     QT_TRANSLATE_NOOP("tempcards::CirculationQuery", "Reminders due today"),
     "expiry_reminders r JOIN cards c ON c.id = r.card_id",
     "r.due_on = ? AND c.state = 'assigned' AND c.valid_until = r.valid_until AND c.holder_id = r.person_id",
     "r.valid_until, r.card_id", true, false},
};

const Entry &entry(CirculationView view)
{
    return tableEntry(kEntries, view);
}

QVariant timeFor(CirculationView view, const QDateTime &now)
{
    if (view == CirculationView::ExpiringSoon)
        return toStorageTime(now.addDays(CirculationQuery::kExpiringDays));
    return now.toUTC().date().toString(Qt::ISODate);
}

QString shown(const QDateTime &time)
{
    return time.isValid() ? toStorageTime(time) : QString();
}

} // namespace

int Stock::shortfall(int threshold) const
{
    if (threshold <= 0 || total() >= threshold)
        return 0;
    return std::min(9, threshold - total());
}

QList<CirculationView> CirculationQuery::all()
{
    QList<CirculationView> views;
    for (const Entry &e : kEntries)
        views << e.id;
    return views;
}

QString CirculationQuery::title(CirculationView view)
{
    return tr(entry(view).title);
}

QString CirculationQuery::objectName(CirculationView view)
{
    return QString::fromLatin1(entry(view).objectName);
}

void CirculationQuery::forEach(const QSqlDatabase &db, CirculationView view, const QDateTime &now, int limit,
                               const std::function<bool(const CirculationRow &)> &take)
{
    const Entry &e = entry(view);
    const bool reminders = view == CirculationView::DueReminders;
    const QString holder = e.holderJoined ? QString() : QStringLiteral(" LEFT JOIN people p ON p.id = c.holder_id");
    QString sql =
        QStringLiteral("SELECT %1, %2%3 FROM %4%5 WHERE %6 ORDER BY %7")
            .arg(CardQuery::columns(QStringLiteral("c")), PeopleQuery::columns(QStringLiteral("p")),
                 reminders ? QStringLiteral(", r.due_on, r.days_left, r.sent_at, r.attempts, r.last_error") : QString(),
                 QLatin1String(e.tables), holder, QLatin1String(e.where), QLatin1String(e.order));
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    SqlQuery query(db, sql);
    if (e.needsTime)
        query.bind(timeFor(view, now));
    query.exec();
    constexpr int personAt = CardQuery::kColumnCount;
    while (query.next()) {
        CirculationRow row;
        row.card = CardQuery::readRow(query, 0);
        row.holder = PeopleQuery::readRow(query, personAt);
        if (reminders) {
            row.reminderDue =
                QDate::fromString(query.value(personAt + PeopleQuery::kColumnCount).toString(), Qt::ISODate);
            row.daysLeft = query.value(personAt + PeopleQuery::kColumnCount + 1).toInt();
            const QVariant sentAt = query.value(personAt + PeopleQuery::kColumnCount + 2);
            row.reminderSentAt = sentAt.isNull() ? QDateTime() : fromStorageTime(sentAt.toString());
            row.reminderAttempts = query.value(personAt + PeopleQuery::kColumnCount + 3).toInt();
            row.reminderError = query.value(personAt + PeopleQuery::kColumnCount + 4).toString();
        }
        if (!take(row))
            return;
    }
}

QList<CirculationRow> CirculationQuery::rows(const QSqlDatabase &db, CirculationView view, const QDateTime &now,
                                             int limit, int *total)
{
    QList<CirculationRow> rows;
    forEach(db, view, now, limit, [&rows](const CirculationRow &row) {
        rows << row;
        return true;
    });
    if (total) {
        if (rows.size() < limit) {
            *total = int(rows.size());
        } else {
            const Entry &e = entry(view);
            SqlQuery count(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2")
                                   .arg(QLatin1String(e.tables), QLatin1String(e.where)));
            if (e.needsTime)
                count.bind(timeFor(view, now));
            *total = count.scalar().toInt();
        }
    }
    return rows;
}

qint64 CirculationQuery::writeCsv(const QSqlDatabase &db, CirculationView view, const QDateTime &now, QIODevice *out)
{
    if (out->write(CsvLine::of({QStringLiteral("card"), QStringLiteral("state"), QStringLiteral("employee_id"),
                                QStringLiteral("given_name"), QStringLiteral("surname"), QStringLiteral("department"),
                                QStringLiteral("email"), QStringLiteral("since_utc"), QStringLiteral("valid_until_utc"),
                                QStringLiteral("reason"), QStringLiteral("reminder_due"),
                                QStringLiteral("reminder_sent_utc"), QStringLiteral("reminder_error")})) < 0)
        return -1;
    qint64 written = 0;
    forEach(db, view, now, 0, [&](const CirculationRow &row) {
        const Person &p = row.holder;
        const QStringList cells{QString::number(row.card.id),
                                CardStates::toStorage(row.card.state),
                                p.employeeId,
                                p.givenName,
                                p.surname,
                                p.department,
                                p.email,
                                shown(row.card.assignedAt),
                                shown(row.card.validUntil),
                                row.card.reason.isEmpty() ? row.card.failureReason : row.card.reason,
                                row.reminderDue.isValid() ? row.reminderDue.toString(Qt::ISODate) : QString(),
                                shown(row.reminderSentAt),
                                row.reminderError};
        if (out->write(CsvLine::of(cells)) < 0) {
            written = -1;
            return false;
        }
        ++written;
        return true;
    });
    return written;
}

bool CirculationQuery::mailServerSet(const QSqlDatabase &db)
{
    return SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM service_connections WHERE service = 'mail'"))
               .scalar()
               .toInt() > 0;
}

Stock CirculationQuery::stock(const QSqlDatabase &db)
{
    // Counted in the (state, id) index, one state at a time.
    const auto count = [&db](const char *state) {
        return SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM cards WHERE state = ?"))
            .bind(QString::fromLatin1(state))
            .scalar()
            .toInt();
    };
    Stock stock;
    stock.unassigned = count("unassigned");
    for (const char *state : {"processing", "ordered", "in_production", "produced"})
        stock.onTheWay += count(state);
    return stock;
}

} // namespace tempcards
