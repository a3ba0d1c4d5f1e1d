// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Backend.h"
#include "CheckpointPublisher.h"
#include "Database.h"

#include <functional>
#include <memory>

namespace tempcards {

// A database and the core working on it, owned together so the core always goes first (it drains its writes
// into the database on the way out), with the audit checkpoints published for it. The client keeps one and
// replaces it when the person picks another database; tempcards-sync keeps one for its life.
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
    // The publisher, or nullptr without checkpoints. Its check() is under way from the constructor on; a
    // process that starts runs itself waits until checkpointsChecked(), or for checked() (the database is
    // marked first when it diverged).
    CheckpointPublisher *checkpoints() const { return m_checkpoints.get(); }
    bool checkpointsChecked() const { return m_checked; }

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<CheckpointPublisher> m_checkpoints;
    QString m_checkpointProblem;
    bool m_checked = false;
};

// Makes the core for a database just opened; main() binds the network access manager, clock and options, so
// the widgets that switch databases never handle them.
using ClientCoreFactory = std::function<std::unique_ptr<ClientCore>(std::unique_ptr<Database> database)>;

} // namespace tempcards
