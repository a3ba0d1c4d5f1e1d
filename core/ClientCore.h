// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Backend.h"
#include "CheckpointPublisher.h"
#include "Database.h"

#include <functional>
#include <memory>

namespace tempcards {

// A database and the core working on it, owned together so the core always goes first (it drains its writes
// into the database on the way out). The client keeps one and replaces it when the person picks another
// database.
class ClientCore
{
public:
    // With `checkpoints.file` set, signed audit checkpoints follow every run of this core's batch sync (and
    // every `checkpoints.every` records), and the database is checked against the file's last one at once: a
    // database behind it has its unresolved orders held back until Go Cards has said (SyncService::markRestored).
    // checkpointProblem() says why they could not be set up (the key unreadable); the core works without.
    ClientCore(std::unique_ptr<Database> database, QNetworkAccessManager *nam, const Clock *clock,
               const Backend::Options &options, const CheckpointPublisher::Options &checkpoints = {});
    ~ClientCore();
    ClientCore(const ClientCore &) = delete;
    ClientCore &operator=(const ClientCore &) = delete;

    Backend *backend() const { return m_backend.get(); }
    QString checkpointProblem() const { return m_checkpointProblem; }

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<CheckpointPublisher> m_checkpoints;
    QString m_checkpointProblem;
};

// Makes the core for a database just opened; main() binds the network access manager, clock and options, so
// the widgets that switch databases never handle them.
using ClientCoreFactory = std::function<std::unique_ptr<ClientCore>(std::unique_ptr<Database> database)>;

} // namespace tempcards
