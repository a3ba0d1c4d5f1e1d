// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

namespace tempcards {

class Clock;
class Database;

// Notices cards changed by other processes on the same database (tempcards-sync, another client) with a
// cheap indexed poll of cards.updated_at, and reports their ids. On PostgreSQL it also listens for the
// notification every change of cards sends, and polls at once; elsewhere the poll runs on the interval. Changes made in
// this process are reported at once by the jobs that make them; a repeat here only refreshes a row again.
// The database and the clock (which says when watching began) are the caller's and outlive the watcher.
class CardChangeWatcher : public QObject
{
    Q_OBJECT

public:
    CardChangeWatcher(Database *database, const Clock *clock, QObject *parent = nullptr);
    void start(int intervalMs = 3000);
    void poll();

signals:
    void changed(const QList<qint64> &cardIds);

private:
    void listen();

    Database *m_database;
    const Clock *m_clock;
    QTimer m_timer;
    QTimer m_soon; // PostgreSQL: the poll shortly after a notification
    QString m_since;
    QString m_listeningOn;          // the connection subscribed to the notification, by name
    QSet<qint64> m_reportedAtSince; // cards already reported whose change is at m_since
};

} // namespace tempcards
