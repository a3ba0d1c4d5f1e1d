// SPDX-License-Identifier: Apache-2.0
// Issue 6, part 3: a Go Cards that accepts the connection and never answers. Every attempt is resolved within
// the configured deadline, the cards wait (with their key) for a later try that succeeds once, and no request
// or reply object is left behind.
#include "GoCardsClient.h"
#include "GoCardsRequestJob.h"
#include "OrderHelpers.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>

using namespace tempcards;
using namespace tempcards::test;
using Result = OrderTemporaryCardsJob::Result;

namespace {

// Accepts every connection, reads what comes, and never writes a byte.
class SilentServer : public QTcpServer
{
public:
    SilentServer()
    {
        REQUIRE(listen(QHostAddress::LocalHost));
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++m_accepted;
                connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
            }
        });
    }
    int accepted() const { return m_accepted; }

private:
    int m_accepted = 0;
};

int liveReplies(QNetworkAccessManager &nam)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    return int(nam.findChildren<QNetworkReply *>().size());
}

} // namespace

TEST_CASE("a Go Cards that never answers: each attempt ends at the deadline, a later try orders once, nothing leaks",
          "[integration][faults]")
{
    constexpr int kDeadlineMs = 1000;
    TestBackend::Options options;
    options.deadlineMs = kDeadlineMs;
    options.transferTimeoutMs = 60000; // so the overall deadline is what ends the attempts
    options.retry = RetryPolicy{2, 50, 100, 60000};
    TestBackend t(options);
    const Session session = orderingOperator(t, false);
    const GoCardsConfig simulator = t.goCardsConfig();
    SilentServer silent;
    GoCardsConfig config = simulator;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
    config.deadlineMs = kDeadlineMs;
    config.transferTimeoutMs = 60000;
    t.setGoCardsConfig(config);
    const int requestsBefore = GoCardsRequestJob::liveCount();

    // Five operators' direct orders at once, each making two attempts against the silent server.
    std::vector<std::unique_ptr<OrderTemporaryCardsJob>> jobs;
    int finished = 0;
    QObject context;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 5; ++i) {
        jobs.emplace_back(t.backend().ordering()->orderTemporaryCards(session, 2));
        QObject::connect(jobs.back().get(), &OrderTemporaryCardsJob::finished, &context, [&] { ++finished; });
        jobs.back()->start();
    }
    REQUIRE(waitFor([&] { return finished == 5; }, 30000));
    const qint64 elapsed = clock.elapsed();
    INFO("all five resolved after " << elapsed << " ms");
    // Two attempts of at most the deadline each, the backoff between them, and slack for a loaded machine.
    CHECK(elapsed < 2 * kDeadlineMs + 2500);
    CHECK(silent.accepted() >= 2); // the five jobs share one token request per attempt
    for (const auto &job : jobs) {
        CHECK(job->result() == Result::Pending);
        CHECK(job->message().contains(QStringLiteral("did not answer within 1 seconds")));
    }
    CHECK(t.cardCount(QStringLiteral("processing")) == 10);
    CHECK(t.simulator().ledger().orderedCardCount() == 0);
    jobs.clear();
    CHECK(GoCardsRequestJob::liveCount() == requestsBefore);
    CHECK(liveReplies(t.nam()) == 0);

    // Go Cards is back: the batch sync resends each waiting order with its own key, and each is held once.
    t.setGoCardsConfig(simulator);
    const BatchSyncJob::Report report = t.runSync();
    INFO(report.errorString.toStdString());
    CHECK(t.cardCount(QStringLiteral("ordered")) == 10);
    CHECK(t.simulator().ledger().orderedCardCount() == 10);
    CHECK(ordersAt(t) == 5);
    CHECK(GoCardsRequestJob::liveCount() == requestsBefore);
    CHECK(liveReplies(t.nam()) == 0);
}
