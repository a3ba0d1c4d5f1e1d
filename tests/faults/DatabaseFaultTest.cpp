// SPDX-License-Identifier: Apache-2.0
// The database strikes: a PostgreSQL server restarted, stopped for a while, its sessions ended by a DBA, and a
// connection cut between COMMIT and its answer. Each test has a server of its own (the suites' shared one must
// not be restarted under them), so they run in the suites' first pass only, where no shared server is named.
#include "AccountService.h"
#include "CardChangeWatcher.h"
#include "DatabaseHealth.h"
#include "OrderHelpers.h"
#include "PostgresServer.h"
#include "SyncProcess.h"
#include "TcpProxy.h"

#include <QSqlError>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

using namespace tempcards;
using namespace tempcards::test;

namespace {

// The PostgreSQL pass names the shared server; these tests bring their own, once, in the first pass.
bool ownServerPass()
{
    if (!TestBackend::onPostgres())
        return true;
    WARN("runs in the first pass, on a PostgreSQL server of its own");
    return false;
}

int processStarts(TestBackend &t)
{
    return t.auditCount(QStringLiteral("process.start"));
}

AbortTemporaryCardOrder::Result abortCards(TestBackend &t, const Session &session, const QList<qint64> &ids)
{
    return await(t.backend().ordering()->abortCards(session, ids));
}

// Logs olle in, trying again while the connection heals; how many attempts it took.
int loginAttempts(TestBackend &t)
{
    int attempts = 0;
    REQUIRE(waitFor(
        [&] {
            ++attempts;
            return await(t.backend().accounts()->login(QStringLiteral("olle"), TestBackend::kPassword)).ok;
        },
        15000));
    return attempts;
}

} // namespace

TEST_CASE("a restarted PostgreSQL server: ordering, abort, the batch sync and its events go on, each exactly once",
          "[faults][postgres][database]")
{
    if (!ownServerPass())
        return;
    PostgresServer server;
    TestBackend t;
    const Session session = orderingOperator(t, true);
    t.enableProcess(ProcessId::AbortTemporaryCardOrder);
    REQUIRE(order(t, session, 2)->result() == OrderTemporaryCardsJob::Result::Queued);
    const int startsBefore = processStarts(t);

    // An order right after the restart: the writer's connection died idle and is opened again at BEGIN.
    server.restart();
    const auto job = order(t, session, 3);
    CHECK(job->result() == OrderTemporaryCardsJob::Result::Queued);
    REQUIRE(t.readsAgain());
    CHECK(t.cardCount(QStringLiteral("processing")) == 5);

    // An abort right after the next restart.
    server.restart();
    const AbortTemporaryCardOrder::Result aborted = abortCards(t, session, {job->cardIds().first()});
    CHECK(aborted.started);
    REQUIRE(t.readsAgain());
    CHECK(t.cardCount(QStringLiteral("aborted")) == 1);

    // The batch sync after another: it sends the four cards left, once.
    server.restart();
    const BatchSyncJob::Report sent = t.runSync();
    CHECK(sent.errorString.isEmpty());
    CHECK(sent.cardsOrdered == 4);
    REQUIRE(t.readsAgain());
    CHECK(t.cardCount(QStringLiteral("ordered")) == 4);
    CHECK(ordersAt(t) == 1);

    // Production events, read after one more.
    t.simulator().production().advance(QDateTime::currentDateTimeUtc().addSecs(3600), 0, 0.0);
    server.restart();
    const BatchSyncJob::Report events = t.runSync();
    CHECK(events.errorString.isEmpty());
    CHECK(events.eventsApplied == 4);
    REQUIRE(t.readsAgain());
    CHECK(t.cardCount(QStringLiteral("ordered")) == 0);
    CHECK(t.cardCount() == 5);
    // Each process audited once: the second order and the abort.
    CHECK(processStarts(t) == startsBefore + 2);

    // A login after one more: its reads run on the caller's thread, which finds its connection cut at most
    // once; its record is written once.
    server.restart();
    CHECK(loginAttempts(t) <= 2);
    REQUIRE(t.readsAgain());
    CHECK(t.auditCount(QStringLiteral("login"), QStringLiteral("success")) == 1);
}

TEST_CASE("a PostgreSQL server away for a while: work is refused as 'connection lost', nothing is saved, and it "
          "heals by itself",
          "[faults][postgres][database]")
{
    if (!ownServerPass())
        return;
    PostgresServer server;
    TestBackend t;
    const Session session = orderingOperator(t, true);
    REQUIRE(order(t, session, 1)->result() == OrderTemporaryCardsJob::Result::Queued);
    DatabaseHealth &health = t.database().health();
    health.setBackoff(50, 400);
    int changes = 0;
    QObject context;
    QObject::connect(
        &health, &DatabaseHealth::changed, &context, [&] { ++changes; }, Qt::QueuedConnection);

    server.down();
    // Twice: once the writer finds its connection dead (at BEGIN, trying once more), once it knows.
    for (int i = 0; i < 2; ++i) {
        const auto refused = order(t, session, 2);
        CHECK(refused->result() == OrderTemporaryCardsJob::Result::DatabaseFailed);
        CHECK(refused->message().contains(QStringLiteral("connection to the database was lost")));
    }
    REQUIRE(waitFor([&] { return !health.reachable(); }, 5000));
    const DatabaseHealth::State away = health.state();
    CHECK(away.lostSince.isValid());
    CHECK(away.lastSuccess.isValid());
    CHECK(away.lastSuccess <= away.lostSince);
    CHECK_FALSE(away.problem.isEmpty());
    // The probe keeps trying, with backoff, while the server is away.
    REQUIRE(waitFor([&] { return health.state().attempts >= 3; }, 10000));

    server.up();
    REQUIRE(waitFor([&] { return health.reachable(); }, 10000));
    CHECK(changes >= 2);
    CHECK(order(t, session, 2)->result() == OrderTemporaryCardsJob::Result::Queued);
    REQUIRE(t.readsAgain());
    CHECK(t.cardCount() == 3); // the two refused orders left nothing behind
}

TEST_CASE("sessions ended by a DBA: every kind of work opens its connection again and goes on",
          "[faults][postgres][database]")
{
    if (!ownServerPass())
        return;
    PostgresServer server;
    TestBackend t;
    const Session session = orderingOperator(t, true);
    t.enableProcess(ProcessId::AbortTemporaryCardOrder);

    CHECK(server.terminateSessions() >= 1);
    const auto job = order(t, session, 4);
    CHECK(job->result() == OrderTemporaryCardsJob::Result::Queued);

    server.terminateSessions();
    CHECK(abortCards(t, session, {job->cardIds().first()}).started);

    server.terminateSessions();
    CHECK(t.runSync().cardsOrdered == 3);

    // A login, whose reads run on the caller's thread and whose record is written by the writer.
    server.terminateSessions();
    REQUIRE(t.readsAgain());
    loginAttempts(t);
    CHECK(t.auditCount(QStringLiteral("login"), QStringLiteral("success")) == 1);
    CHECK(t.cardCount() == 4);
    CHECK(t.cardCount(QStringLiteral("ordered")) == 3);
}

TEST_CASE("a COMMIT whose answer was lost is resolved by its receipt: never doubled, never dropped",
          "[faults][postgres][database][commit]")
{
    if (!ownServerPass())
        return;
    PostgresServer server;
    // Unencrypted through a proxy on loopback, which sees the COMMIT go by.
    TcpProxy proxy(server.port());
    server.useOptions(
        QStringLiteral("host=127.0.0.1 port=%1 user=tempcards dbname=postgres sslmode=disable").arg(proxy.port()));
    TestBackend t;
    const Session session = orderingOperator(t, true);
    WriteTransaction::setOutcomePatienceMs(20000);

    SECTION("the server committed; the answer never came: the order is reported placed, once")
    {
        proxy.armCommitCut(TcpProxy::CommitCut::AfterServer);
        const auto job = order(t, session, 3);
        CHECK(proxy.commitsCut() == 1);
        CHECK(job->result() == OrderTemporaryCardsJob::Result::Queued);
        CHECK(job->cardIds().size() == 3);
        REQUIRE(t.readsAgain());
        CHECK(t.cardCount() == 3);
        CHECK(processStarts(t) == 1);
    }
    SECTION("the COMMIT never reached the server: nothing was saved, and the order says so")
    {
        proxy.armCommitCut(TcpProxy::CommitCut::BeforeServer);
        const auto job = order(t, session, 3);
        CHECK(proxy.commitsCut() == 1);
        CHECK(job->result() == OrderTemporaryCardsJob::Result::DatabaseFailed);
        CHECK(job->message().contains(QStringLiteral("nothing was saved")));
        REQUIRE(t.readsAgain());
        CHECK(t.cardCount() == 0);
        CHECK(processStarts(t) == 0);
        // Tried again, it is saved once.
        CHECK(order(t, session, 3)->result() == OrderTemporaryCardsJob::Result::Queued);
        CHECK(t.cardCount() == 3);
    }
    SECTION("every connection cut while idle: the next order goes through")
    {
        proxy.cutAll();
        CHECK(order(t, session, 2)->result() == OrderTemporaryCardsJob::Result::Queued);
        REQUIRE(t.readsAgain());
        CHECK(t.cardCount() == 2);
    }
    WriteTransaction::setOutcomePatienceMs(30000);
}

namespace {

// A datagram socket standing in for systemd's notification socket.
class NotifySocket
{
public:
    explicit NotifySocket(const QString &path) : m_path(path.toUtf8())
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, m_path.constData(), size_t(m_path.size()));
        REQUIRE(::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0);
    }
    ~NotifySocket() { ::close(m_fd); }
    QByteArray path() const { return m_path; }
    // Every message received so far, in order.
    QStringList messages()
    {
        char buffer[4096];
        for (ssize_t n; (n = ::recv(m_fd, buffer, sizeof(buffer), 0)) > 0;)
            m_messages << QString::fromUtf8(buffer, int(n));
        return m_messages;
    }

private:
    QByteArray m_path;
    int m_fd = -1;
    QStringList m_messages;
};

} // namespace

TEST_CASE("tempcards-sync says once that the database is unreachable, tells systemd, and orders again when it is back",
          "[faults][postgres][database][sync]")
{
    if (!ownServerPass())
        return;
    PostgresServer server;
    TestBackend t;
    const Session session = orderingOperator(t, true);
    QTemporaryDir dir;
    NotifySocket notify(dir.filePath(QStringLiteral("notify")));
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("NOTIFY_SOCKET"), QString::fromUtf8(notify.path()));
    auto sync = startClientProgram(t, QStringLiteral(TEMPCARDS_SYNC_BINARY),
                                   {QStringLiteral("--interval"), QStringLiteral("1")}, environment);
    QByteArray output;
    const auto said = [&](const char *text) {
        output += sync->readAll();
        return output.count(text);
    };
    REQUIRE(waitFor([&] { return notify.messages().join(QLatin1Char('\n')).contains(QStringLiteral("READY=1")); }));

    server.down();
    const bool saidOnce = waitFor([&] { return said("The database is unreachable") >= 1; }, 15000);
    INFO(output.toStdString());
    REQUIRE(saidOnce);
    REQUIRE(waitFor([&] { return notify.messages().last().contains(QStringLiteral("database unreachable since")); }));
    waitFor([] { return false; }, 4000); // four intervals away: still one line, and no failed runs
    CHECK(said("The database is unreachable") == 1);
    CHECK(said("Problem:") == 0);

    server.up();
    REQUIRE(waitFor([&] { return said("The database answers again") == 1; }, 15000));
    REQUIRE(order(t, session, 2)->result() == OrderTemporaryCardsJob::Result::Queued);
    REQUIRE(waitFor([&] { return said("2 cards ordered") >= 1; }, 15000));
    CHECK(notify.messages().last().contains(QStringLiteral("last run")));
    INFO(output.toStdString());
    CHECK(said("QSqlQuery::exec: database not open") == 0);
    kill(*sync);

    // --once against a server that is away: exit code 3, for a monitoring system.
    server.down();
    auto once = startSync(t);
    REQUIRE(waitFor([&] { return once->state() == QProcess::NotRunning; }, 30000));
    INFO(once->readAll().toStdString());
    CHECK(once->exitCode() == 3);
    server.up();
}

TEST_CASE("failover: with host=a,b and target_session_attrs=read-write, the client and tempcards-sync follow a "
          "promoted standby, losing and doubling nothing",
          "[faults][postgres][database][failover]")
{
    if (!ownServerPass())
        return;
    PostgresServer primary;
    PostgresServer standby(PostgresServer::StandbyOf{primary});
    QString both = primary.options();
    both.replace(QStringLiteral("host=127.0.0.1"), QStringLiteral("host=127.0.0.1,127.0.0.1"))
        .replace(QStringLiteral("port=%1").arg(primary.port()),
                 QStringLiteral("port=%1,%2").arg(primary.port()).arg(standby.port()));
    primary.useOptions(both + QStringLiteral(" target_session_attrs=read-write"));
    TestBackend t;
    const Session session = orderingOperator(t, true);
    REQUIRE(order(t, session, 3)->result() == OrderTemporaryCardsJob::Result::Queued);
    auto sync = startSync(t, {QStringLiteral("--interval"), QStringLiteral("1")});
    QByteArray output;
    const auto ordered = [&] {
        output += sync->readAll();
        return t.simulator().ledger().orderedCardCount();
    };
    REQUIRE(waitFor([&] { return ordered() == 3; }, 20000));
    REQUIRE(order(t, session, 2)->result() == OrderTemporaryCardsJob::Result::Queued);

    // The primary goes (a fast shutdown sends the standby all it wrote), and the standby is promoted.
    primary.down();
    standby.promote();
    REQUIRE_FALSE(standby.inRecovery());

    // This process: the next order may find the connection cut once; tried again, it is placed once.
    int refused = 0;
    REQUIRE(waitFor(
        [&] {
            if (order(t, session, 4)->result() == OrderTemporaryCardsJob::Result::Queued)
                return true;
            ++refused;
            return false;
        },
        20000));
    CHECK(refused <= 2);
    // tempcards-sync, another process, follows too and sends the six cards left, once.
    REQUIRE(waitFor([&] { return ordered() == 9; }, 30000));
    REQUIRE(t.readsAgain());
    INFO(output.toStdString());
    CHECK(t.cardCount() == 9);
    CHECK(t.cardCount(QStringLiteral("ordered")) == 9);
    CHECK(processStarts(t) == 3);
    waitFor([] { return false; }, 1500);
    CHECK(t.simulator().ledger().orderedCardCount() == 9);
    kill(*sync);
}

TEST_CASE("after a restart the card view listens again: a change arrives at once, not at the next poll",
          "[faults][postgres][database]")
{
    if (!ownServerPass())
        return;
    PostgresServer server;
    TestBackend t;
    const Session session = orderingOperator(t, true);
    CardChangeWatcher watcher(&t.database(), &wallClock());
    QList<qint64> seen;
    QObject::connect(&watcher, &CardChangeWatcher::changed, &watcher, [&](const QList<qint64> &ids) { seen += ids; });
    watcher.start(600000); // the fallback poll is ten minutes away: only the notification can bring changes
    watcher.poll();
    REQUIRE(order(t, session, 1)->result() == OrderTemporaryCardsJob::Result::Queued);
    REQUIRE(waitFor([&] { return seen.size() == 1; }, 5000));

    server.restart();
    REQUIRE(t.readsAgain());
    watcher.poll(); // the view's next look finds its connection opened again, and listens on it
    seen.clear();
    REQUIRE(order(t, session, 2)->result() == OrderTemporaryCardsJob::Result::Queued);
    CHECK(waitFor([&] { return seen.size() == 2; }, 5000));
}
