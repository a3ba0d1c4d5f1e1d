// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "BatchSyncJob.h"
#include "ServiceNotifier.h"

#include <QCoreApplication>
#include <QObject>

namespace tempcards {

class Clock;
class DatabaseHealth;

// What tempcards-sync tells its operators and its service manager: one line when the database becomes
// unreachable and one when it answers again (not a failed run every interval meanwhile), the status text
// `systemctl status` shows, and the exit code of a run. Objects passed in outlive the monitor; all on the
// thread that owns them (the main thread).
class SyncMonitor : public QObject
{
    Q_OBJECT

public:
    // Exit codes of `tempcards-sync --once`: 0 done (or another batch sync was busy), 1 the run failed,
    // 3 the database did not answer (a monitoring system's "unreachable").
    enum ExitCode { Done = 0, Failed = 1, DatabaseUnreachable = 3 };

    SyncMonitor(DatabaseHealth *health, const Clock *clock, ServiceNotifier notifier, QObject *parent = nullptr);

    // After each run: whether its summary is worth a line (a run that failed because the database is away
    // is not; the loss was said once), and the status text for the service manager.
    bool shouldReport(const BatchSyncJob::Report &report) const;
    void runFinished(const BatchSyncJob::Report &report);
    ExitCode exitCode(const BatchSyncJob::Report &report) const;
    // READY=1 for the service manager, once the first run may start.
    void started();
    QString statusText() const { return m_status; }

signals:
    // A line for the log (standard output), once per change of the database's reachability.
    void line(const QString &text);

private:
    void healthChanged();
    void setStatus(const QString &text);

    DatabaseHealth *m_health;
    const Clock *m_clock;
    ServiceNotifier m_notifier;
    bool m_reachable = true;
    QString m_status;
};

} // namespace tempcards
