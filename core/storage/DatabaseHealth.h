// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>

#include <functional>

namespace tempcards {

class Clock;

// Whether the database server answers, for one Database, and the probe that finds out while it does not.
// A thread that finds its connection cut calls lost(); from then on, until a probe connection opens, no
// thread tries to connect by itself (connection() hands out the closed connection, whose first statement
// throws ConnectionLost), so a server that is down is asked by one probe with backoff and jitter rather than by
// every thread at every poll. Once the probe got through, each thread opens its own connection again at its
// next use.
//
// Thread contract: every member may be called on any thread. changed() is emitted on the probe's thread or the
// caller's; connect to it with a queued connection. The probe runs on a thread of its own, only while the
// database is unreachable, and stops when the health object is destroyed (which waits for it).
class DatabaseHealth : public QObject
{
    Q_OBJECT

public:
    struct State
    {
        bool reachable = true;
        QDateTime lastSuccess; // UTC: when a connection was last seen working; null before the first
        QDateTime lostSince;   // UTC: when it was found cut; null while reachable
        QString problem;       // libpq's words for the last failed attempt (never a password)
        int attempts = 0;      // the probe's failed attempts since it was lost
    };
    // `probe` tries to open a connection and close it again, returning false with libpq's words on failure.
    // The clock outlives the health object.
    DatabaseHealth(std::function<bool(QString *problem)> probe, const Clock *clock);
    ~DatabaseHealth() override;

    State state() const;
    bool reachable() const;
    // A connection was opened: the server answers.
    void succeeded();
    // A connection that was open is handed out again: the time of the last success moves on while the
    // database is reachable (cheap; called at every connection()).
    void touch();
    // A connection was found cut; starts the probe unless it runs. Logged once per loss.
    void lost(const QString &why);
    // The probe got through within the last `ms` milliseconds: a thread may connect at once.
    bool probedWithin(int ms) const;
    // The probe's backoff: the ceiling of the first wait and its cap, in milliseconds (for the tests).
    void setBackoff(int baseMs, int maxMs);

signals:
    void changed();

private:
    void probeLoop();

    std::function<bool(QString *)> m_probe;
    const Clock *m_clock;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    State m_state;
    qint64 m_probedAtMs = -1; // monotonic (QDeadlineTimer's clock) time of the last probe success
    bool m_stopping = false;
    int m_baseMs = 200;
    int m_maxMs = 5000;
    QThread *m_thread = nullptr; // the probe, while it runs
};

} // namespace tempcards
