// SPDX-License-Identifier: Apache-2.0
#include "TcpProxy.h"

#include <QHostAddress>
#include <QPointer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace tempcards::test {

namespace {
// PostgreSQL's simple query message for "COMMIT": 'Q', its length (4 + 7) and the text with its NUL.
const QByteArray kCommit("Q\0\0\0\x0b"
                         "COMMIT\0",
                         12);
} // namespace

// Lives on the proxy's thread; every socket is its child.
class TcpProxyWorker : public QObject
{
public:
    TcpProxyWorker(TcpProxy *proxy, int targetPort) : m_proxy(proxy), m_targetPort(targetPort) {}

    int listen()
    {
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server->nextPendingConnection())
                pair(client);
        });
        return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
    }

    void cutAll()
    {
        for (QTcpSocket *socket : findChildren<QTcpSocket *>())
            socket->abort();
    }

private:
    void pair(QTcpSocket *client)
    {
        client->setParent(this);
        auto *server = new QTcpSocket(this);
        auto deaf = std::make_shared<bool>(false); // the client no longer hears the server (AfterServer)
        server->connectToHost(QHostAddress::LocalHost, quint16(m_targetPort));
        QObject::connect(client, &QTcpSocket::readyRead, this, [this, client, server, deaf] {
            const QByteArray data = client->readAll();
            const TcpProxy::CommitCut armed = data.contains(kCommit)
                                                  ? m_proxy->m_armed.exchange(TcpProxy::CommitCut::None)
                                                  : TcpProxy::CommitCut::None;
            if (armed == TcpProxy::CommitCut::BeforeServer) {
                ++m_proxy->m_commitsCut;
                client->abort();
                server->abort();
                return;
            }
            if (armed == TcpProxy::CommitCut::AfterServer) {
                ++m_proxy->m_commitsCut;
                *deaf = true;
            }
            if (server->state() == QAbstractSocket::ConnectedState)
                server->write(data);
            else
                m_pending[server] += data;
        });
        QObject::connect(server, &QTcpSocket::connected, this,
                         [this, server] { server->write(m_pending.take(server)); });
        QObject::connect(server, &QTcpSocket::readyRead, this, [client, server, deaf] {
            const QByteArray data = server->readAll();
            if (!*deaf) {
                client->write(data);
                return;
            }
            // The server has answered the COMMIT, so it happened; the client never learns it.
            client->abort();
            server->abort();
        });
        const auto close = [client, server] {
            client->abort();
            server->abort();
            client->deleteLater();
            server->deleteLater();
        };
        QObject::connect(client, &QTcpSocket::disconnected, this, close, Qt::SingleShotConnection);
        QObject::connect(server, &QTcpSocket::disconnected, client, [client] { client->abort(); });
        QObject::connect(server, &QTcpSocket::errorOccurred, client, [client] { client->abort(); });
    }

    TcpProxy *m_proxy;
    int m_targetPort;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_pending; // written before the server connection was up
};

TcpProxy::TcpProxy(int targetPort)
{
    m_worker = new TcpProxyWorker(this, targetPort);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QSemaphore ready;
    QMetaObject::invokeMethod(m_worker, [this, &ready] {
        m_port = m_worker->listen();
        ready.release();
    });
    ready.acquire();
}

TcpProxy::~TcpProxy()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void TcpProxy::cutAll()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->cutAll(); }, Qt::BlockingQueuedConnection);
}

void TcpProxy::armCommitCut(CommitCut how)
{
    m_armed = how;
}

} // namespace tempcards::test
