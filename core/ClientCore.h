// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Backend.h"
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
    ClientCore(std::unique_ptr<Database> database, QNetworkAccessManager *nam, const Clock *clock,
               const Backend::Options &options);
    ~ClientCore();
    ClientCore(const ClientCore &) = delete;
    ClientCore &operator=(const ClientCore &) = delete;

    Backend *backend() const { return m_backend.get(); }

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Backend> m_backend;
};

// Makes the core for a database just opened; main() binds the network access manager, clock and options, so
// the widgets that switch databases never handle them.
using ClientCoreFactory = std::function<std::unique_ptr<ClientCore>(std::unique_ptr<Database> database)>;

} // namespace tempcards
