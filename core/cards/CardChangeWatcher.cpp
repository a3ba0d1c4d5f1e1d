// SPDX-License-Identifier: Apache-2.0
#include "CardChangeWatcher.h"

#include "CardQuery.h"
#include "Clock.h"
#include "Database.h"
#include "Logging.h"
#include "Sql.h"

#include <QSqlDriver>

namespace tempcards {

namespace {
const QString kChannel = QStringLiteral("tempcards_cards");
}

CardChangeWatcher::CardChangeWatcher(Database *database, const Clock *clock, QObject *parent)
    : QObject(parent), m_database(database), m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &CardChangeWatcher::poll);
}

void CardChangeWatcher::start(int intervalMs)
{
    m_since = toStorageTime(m_clock->nowUtc());
    m_timer.start(intervalMs);
    m_soon.setSingleShot(true);
    m_soon.setInterval(50); // one poll for a burst of notifications
    connect(&m_soon, &QTimer::timeout, this, &CardChangeWatcher::poll, Qt::UniqueConnection);
    listen();
}

void CardChangeWatcher::listen()
{
    if (m_database->dialect() != Dialect::Postgres)
        return;
    // PostgreSQL tells every listener when cards change (migration 6); the poll then runs at once, and the
    // timer stays as the fallback should the notification connection drop. A sign-in replaces this thread's
    // connection, and the listening with it, so each poll checks that it still listens on the one in use.
    // A connection the server cut and that was opened again in place keeps its name but lost its LISTEN:
    // it is subscribed again, without a second connection to the driver's signal.
    const QSqlDatabase db = m_database->connection();
    QSqlDriver *driver = db.driver();
    if (DatabaseError::connectionLost(db))
        return; // listened again once it is back
    const bool sameConnection = db.connectionName() == m_listeningOn;
    if (sameConnection && driver->subscribedToNotifications().contains(kChannel))
        return;
    m_listeningOn = db.connectionName();
    if (!driver->subscribeToNotification(kChannel)) {
        qCWarning(lcDatabase) << "cannot listen for card changes; polling every" << m_timer.interval() << "ms";
        return;
    }
    if (sameConnection)
        return;
    connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
        if (name == kChannel && !m_soon.isActive())
            m_soon.start();
    });
}

void CardChangeWatcher::poll()
{
    // An index range read of the few rows changed since the last poll; quick enough for the GUI thread.
    // `>=` so that a change in the same millisecond as the last one seen is not missed; the changes already
    // reported at that millisecond are left out.
    try {
        listen();
        QList<qint64> ids;
        QSet<qint64> atNewest;
        QString newest = m_since;
        for (const auto &[id, at] : CardQuery::changedSince(m_database->connection(), m_since, 5000)) {
            if (at == m_since && m_reportedAtSince.contains(id))
                continue;
            ids << id;
            if (at != newest) {
                newest = at;
                atNewest.clear();
            }
            atNewest.insert(id);
        }
        if (newest == m_since)
            m_reportedAtSince += atNewest;
        else
            m_reportedAtSince = atNewest;
        m_since = newest;
        if (!ids.isEmpty())
            emit changed(ids);
    } catch (const DatabaseError &error) {
        qCWarning(lcDatabase) << "looking for changed cards failed:" << error.message();
    }
}

} // namespace tempcards
