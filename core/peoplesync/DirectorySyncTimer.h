// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace tempcards {

class PeopleSyncJob;

// The batch sync's directory interval: after each run that held the lease, the people are brought in from
// the saved directory when its syncIntervalMinutes (0: never) have passed, by the context's clock, since the
// last sync this process began (the first run of a process always syncs). One sync at a time; a directory
// saved without an interval, or none saved, does nothing. Lives on the scheduler's thread.
class DirectorySyncTimer : public QObject
{
    Q_OBJECT

public:
    explicit DirectorySyncTimer(const CoreContext &context, QObject *parent = nullptr);
    ~DirectorySyncTimer() override;

    void batchRunFinished();
    bool isSyncing() const { return !m_job.isNull(); }

signals:
    // Each sync's outcome, in words: what changed, or why nothing did.
    void synced(const QString &message, bool ok);

private:
    CoreContext m_context;
    QPointer<PeopleSyncJob> m_job;
    QDateTime m_lastStart; // UTC
};

} // namespace tempcards
