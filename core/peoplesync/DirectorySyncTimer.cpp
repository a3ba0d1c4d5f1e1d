// SPDX-License-Identifier: Apache-2.0
#include "DirectorySyncTimer.h"

#include "Clock.h"
#include "DirectoryConnectionService.h"
#include "Logging.h"
#include "PeopleSyncJob.h"
#include "Sql.h"

namespace tempcards {

DirectorySyncTimer::DirectorySyncTimer(const CoreContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{}

DirectorySyncTimer::~DirectorySyncTimer()
{
    delete m_job;
}

void DirectorySyncTimer::batchRunFinished()
{
    if (m_job)
        return;
    std::optional<DirectoryConfig> config;
    QString problem;
    bool hidden = false;
    try {
        config = DirectoryConnectionService(m_context).effective(&problem, &hidden);
    } catch (const DatabaseError &error) {
        if (!error.isConnectionLost())
            qCWarning(lcDatabase) << "cannot read the saved directory:" << error.what();
        return;
    }
    if (!config || config->syncIntervalMinutes <= 0 || hidden) // hidden: a workstation; tempcards-sync syncs
        return;
    const QDateTime now = m_context.clock->nowUtc();
    if (m_lastStart.isValid() && m_lastStart.secsTo(now) < qint64(config->syncIntervalMinutes) * 60)
        return;
    m_lastStart = now;
    if (!problem.isEmpty()) {
        emit synced(tr("The people were not brought in from the directory: %1").arg(problem), false);
        return;
    }
    m_job = new PeopleSyncJob(m_context, *config, std::nullopt);
    connect(m_job, &PeopleSyncJob::finished, this, [this] {
        m_job->deleteLater();
        emit synced(m_job->message(), m_job->error() == PeopleSyncJob::None);
    });
    m_job->start();
}

} // namespace tempcards
