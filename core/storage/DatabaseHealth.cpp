// SPDX-License-Identifier: Apache-2.0
#include "DatabaseHealth.h"

#include "Backoff.h"
#include "Clock.h"
#include "Logging.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>

namespace tempcards {

namespace {
qint64 monotonicMs()
{
    return QDeadlineTimer::current().deadline();
}
} // namespace

DatabaseHealth::DatabaseHealth(std::function<bool(QString *problem)> probe, const Clock *clock)
    : m_probe(std::move(probe)), m_clock(clock)
{}

DatabaseHealth::~DatabaseHealth()
{
    QThread *thread = nullptr;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        thread = m_thread;
        m_wake.wakeAll();
    }
    if (thread) {
        thread->wait();
        delete thread;
    }
}

DatabaseHealth::State DatabaseHealth::state() const
{
    QMutexLocker lock(&m_mutex);
    return m_state;
}

bool DatabaseHealth::reachable() const
{
    QMutexLocker lock(&m_mutex);
    return m_state.reachable;
}

bool DatabaseHealth::probedWithin(int ms) const
{
    QMutexLocker lock(&m_mutex);
    return m_probedAtMs >= 0 && monotonicMs() - m_probedAtMs <= ms;
}

void DatabaseHealth::setBackoff(int baseMs, int maxMs)
{
    QMutexLocker lock(&m_mutex);
    m_baseMs = baseMs;
    m_maxMs = maxMs;
}

void DatabaseHealth::touch()
{
    const QDateTime now = m_clock->nowUtc();
    QMutexLocker lock(&m_mutex);
    if (m_state.reachable)
        m_state.lastSuccess = now;
}

void DatabaseHealth::succeeded()
{
    const QDateTime now = m_clock->nowUtc();
    bool wasLost = false;
    {
        QMutexLocker lock(&m_mutex);
        m_state.lastSuccess = now;
        wasLost = !m_state.reachable;
        if (wasLost) {
            qCInfo(lcDatabase) << "the database answers again, after" << m_state.lostSince.secsTo(now) << "s";
            m_state = {true, now, {}, {}, 0};
        }
    }
    if (wasLost)
        emit changed();
}

void DatabaseHealth::lost(const QString &why)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopping)
            return;
        if (m_state.reachable) {
            qCWarning(lcDatabase).noquote() << "the database connection was lost:" << why << "- retrying";
            m_state.reachable = false;
            m_state.lostSince = m_clock->nowUtc();
            m_state.problem = why;
            m_state.attempts = 0;
        }
        if (m_thread && m_thread->isRunning())
            return; // the probe keeps its backoff however many threads find the connection cut
        if (m_thread) {
            m_thread->wait();
            delete m_thread;
        }
        m_thread = QThread::create([this] { probeLoop(); });
        m_thread->setObjectName(QStringLiteral("tempcards-db-probe"));
        m_thread->start();
    }
    emit changed();
}

void DatabaseHealth::probeLoop()
{
    for (int failures = 0;; ++failures) {
        QString problem;
        const bool up = m_probe(&problem);
        QMutexLocker lock(&m_mutex);
        if (m_stopping)
            return;
        if (up) {
            m_probedAtMs = monotonicMs();
            lock.unlock();
            succeeded();
            return;
        }
        if (problem != m_state.problem || failures == 0) {
            m_state.problem = problem;
            m_state.attempts = failures + 1;
            lock.unlock();
            emit changed();
            lock.relock();
        } else {
            m_state.attempts = failures + 1;
        }
        // Full jitter, so that many workstations that lost the same server do not come back in step.
        const RetryPolicy policy{1 << 30, m_baseMs, m_maxMs, 1 << 30};
        const int wait = Backoff::delayMs(policy, failures + 1, 0, *QRandomGenerator::global());
        m_wake.wait(&m_mutex, QDeadlineTimer(std::max(wait, 20)));
        if (m_stopping)
            return;
    }
}

} // namespace tempcards
