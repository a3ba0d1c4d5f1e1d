// SPDX-License-Identifier: Apache-2.0
#include "ClientCore.h"

namespace tempcards {

ClientCore::ClientCore(std::unique_ptr<Database> database, QNetworkAccessManager *nam, const Clock *clock,
                       const Backend::Options &options)
    : m_database(std::move(database)), m_backend(std::make_unique<Backend>(m_database.get(), nam, clock, options))
{}

ClientCore::~ClientCore()
{
    m_backend.reset();
    m_database.reset();
}

} // namespace tempcards
