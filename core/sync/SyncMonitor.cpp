// SPDX-License-Identifier: Apache-2.0
#include "SyncMonitor.h"

#include "Clock.h"
#include "DatabaseHealth.h"

#include <QLocale>

namespace tempcards {

namespace {
QString shown(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-");
}
} // namespace

SyncMonitor::SyncMonitor(DatabaseHealth *health, const Clock *clock, ServiceNotifier notifier, QObject *parent)
    : QObject(parent), m_health(health), m_clock(clock), m_notifier(std::move(notifier))
{
    connect(m_health, &DatabaseHealth::changed, this, &SyncMonitor::healthChanged, Qt::QueuedConnection);
}

void SyncMonitor::healthChanged()
{
    const DatabaseHealth::State state = m_health->state();
    if (state.reachable == m_reachable)
        return;
    m_reachable = state.reachable;
    if (!state.reachable) {
        setStatus(tr("database unreachable since %1, retrying; last success %2")
                      .arg(shown(state.lostSince), shown(state.lastSuccess)));
        emit line(tr("The database is unreachable (%1); retrying, with nothing sent meanwhile. Last success: %2.")
                      .arg(state.problem, shown(state.lastSuccess)));
    } else {
        setStatus(tr("database answers again since %1").arg(shown(state.lastSuccess)));
        emit line(tr("The database answers again; the batch sync goes on."));
    }
}

bool SyncMonitor::shouldReport(const BatchSyncJob::Report &report) const
{
    return report.errorString.isEmpty() || (m_health->reachable() && !report.databaseLost);
}

void SyncMonitor::runFinished(const BatchSyncJob::Report &report)
{
    if (report.databaseLost && m_health->reachable())
        m_health->lost(report.errorString); // found by the run's own attempt to reconnect: the probe takes over
    if (report.databaseLost || !m_health->reachable())
        return; // the status says so
    const QString at = shown(m_clock->nowUtc());
    if (report.leaseBusy)
        setStatus(tr("another batch sync holds the lease (%1)").arg(at));
    else if (report.errorString.isEmpty())
        setStatus(tr("last run %1: %n card(s) ordered", nullptr, report.cardsOrdered).arg(at));
    else
        setStatus(tr("last run %1 failed: %2").arg(at, report.errorString));
}

SyncMonitor::ExitCode SyncMonitor::exitCode(const BatchSyncJob::Report &report) const
{
    if (report.leaseBusy || report.errorString.isEmpty())
        return Done;
    return m_health->reachable() && !report.databaseLost ? Failed : DatabaseUnreachable;
}

void SyncMonitor::started()
{
    m_status = tr("started");
    m_notifier.ready(m_status);
}

void SyncMonitor::setStatus(const QString &text)
{
    m_status = text;
    m_notifier.status(text);
}

} // namespace tempcards
