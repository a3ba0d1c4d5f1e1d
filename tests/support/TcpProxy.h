// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMutex>
#include <QString>
#include <QThread>

#include <atomic>

namespace tempcards::test {

class TcpProxyWorker;

// A TCP proxy on loopback in front of a server (a PostgreSQL server, unencrypted), on a thread of its own so
// that it forwards while the test's thread waits in libpq. It can cut every connection as a dropped network
// would, and cut the one that sends a COMMIT, either before the server sees it or after the server has
// committed but before its answer reaches the client: the "commit outcome unknown" case.
class TcpProxy
{
public:
    enum class CommitCut { None, BeforeServer, AfterServer };
    explicit TcpProxy(int targetPort);
    ~TcpProxy();
    int port() const { return m_port; }
    // Closes every connection through the proxy at once, both ways.
    void cutAll();
    // The next simple-protocol COMMIT is cut as `how` says; commitsCut() counts the cuts made.
    void armCommitCut(CommitCut how);
    int commitsCut() const { return m_commitsCut; }

private:
    friend class TcpProxyWorker;
    QThread m_thread;
    TcpProxyWorker *m_worker = nullptr;
    int m_port = 0;
    std::atomic<int> m_commitsCut{0};
    std::atomic<CommitCut> m_armed{CommitCut::None};
};

} // namespace tempcards::test
