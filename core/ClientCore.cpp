// SPDX-License-Identifier: Apache-2.0
#include "ClientCore.h"

#include "Logging.h"
#include "SyncService.h"

namespace tempcards {

ClientCore::ClientCore(std::unique_ptr<Database> database, QNetworkAccessManager *nam, const Clock *clock,
                       const Backend::Options &options, const CheckpointPublisher::Options &checkpoints)
    : m_database(std::move(database)), m_backend(std::make_unique<Backend>(m_database.get(), nam, clock, options))
{
    if (checkpoints.file.isEmpty())
        return;
    m_checkpoints = CheckpointPublisher::create(m_database.get(), clock, checkpoints, &m_checkpointProblem);
    if (!m_checkpoints) {
        qCWarning(lcDatabase).noquote() << "no audit checkpoints:" << m_checkpointProblem;
        return;
    }
    SyncService *sync = m_backend->sync();
    QObject::connect(sync, &SyncService::runFinished, m_checkpoints.get(), &CheckpointPublisher::publish);
    QObject::connect(m_checkpoints.get(), &CheckpointPublisher::diverged, sync,
                     [sync](const QString &reason) { sync->markRestored(reason); });
    QObject::connect(m_checkpoints.get(), &CheckpointPublisher::failed, m_checkpoints.get(),
                     [](const QString &message) { qCWarning(lcDatabase).noquote() << message; });
    // The check may end inside check() when the writer is quick: remember it for whoever asks later.
    QObject::connect(m_checkpoints.get(), &CheckpointPublisher::checked, m_checkpoints.get(),
                     [this] { m_checked = true; });
    m_checkpoints->check();
}

ClientCore::~ClientCore()
{
    m_checkpoints.reset();
    m_backend.reset();
    m_database.reset();
}

} // namespace tempcards
