// SPDX-License-Identifier: Apache-2.0
// The saved Go Cards secret goes only where it was saved for, and only once someone has logged in: a
// listener stands where a --gocards-url given by whoever starts the client points.
#include "BatchSyncScheduler.h"
#include "ClientSteps.h"
#include "GoCardsConnectionStore.h"
#include "LauncherSteps.h"
#include "SyncService.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace tempcards;
using namespace tempcards::test;

namespace {

const QString kSavedSecret = QStringLiteral("the-saved-secret-4711");

// Accepts connections on loopback and keeps every byte sent to it; answers nothing.
class Listener
{
public:
    Listener()
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                QObject::connect(socket, &QTcpSocket::readyRead, [this, socket] { m_received += socket->readAll(); });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    int connections() const { return m_connections; }
    const QByteArray &received() const { return m_received; }

private:
    QTcpServer m_server;
    int m_connections = 0;
    QByteArray m_received;
};

// A SQLite database with a saved connection to this suite's simulator, its secret kSavedSecret.
QString databaseWithSavedConnection(const QTemporaryDir &dir, const TestBackend &t)
{
    const QString path = dir.filePath(QStringLiteral("saved.sqlite"));
    Database::Opened opened = Database::open({path}, wallClock());
    REQUIRE(opened.database);
    GoCardsConfig saved = t.goCardsConfig();
    saved.clientSecret = kSavedSecret;
    GoCardsConnectionStore::save(opened.database->connection(), saved, QStringLiteral("admin"), wallClock().nowUtc());
    return path;
}

void wait(int ms)
{
    waitFor([] { return false; }, ms);
}

} // namespace

TEST_CASE("an address given at start gets no saved secret, and nothing is sent before login", "[gui][security]")
{
    TestBackend t;
    QTemporaryDir dir;
    const QString path = databaseWithSavedConnection(dir, t);
    QSettings settings(dir.filePath(QStringLiteral("tempcards.conf")), QSettings::IniFormat);
    Listener listener;
    const bool ownSecret = GENERATE(false, true);
    INFO((ownSecret ? "with its own secret" : "without a secret of its own"));
    Backend::Options options = fastOptions(t);
    options.goCards.baseUrl = listener.url();
    options.goCardsOverrides.url = true; // --gocards-url
    options.goCards.clientSecret = QStringLiteral("the-listeners-own-secret");
    options.goCardsOverrides.secret = ownSecret; // TEMPCARDS_GOCARDS_CLIENT_SECRET
    QNetworkAccessManager nam;
    SystemClock clock;
    ClientLauncher launcher(coreFactory(&nam, &clock, options), &settings, &clock);
    WindowsCleanup cleanup;
    launcher.start(DatabaseConfig(path));
    createFirstAdministrator();

    // The in-client batch sync used to start at launch and call Go Cards after 2 s.
    wait(3000);
    CHECK(listener.connections() == 0);

    QSignalSpy runs(launcher.backend()->sync()->scheduler(), &BatchSyncScheduler::runFinished);
    MainWindow *window = logInToMainWindow(QStringLiteral("admin"), kStrongPassword);
    if (ownSecret) {
        REQUIRE(waitFor([&] { return listener.received().contains("the-listeners-own-secret"); }, 15000));
    } else {
        // Refused before any call, and said why.
        REQUIRE(waitFor([&] { return runs.count() > 0; }, 15000));
        const auto report = runs.first().first().value<BatchSyncJob::Report>();
        INFO(report.errorString.toStdString());
        CHECK(report.error == GoCardsError::Configuration);
        CHECK(report.errorString.contains(QStringLiteral("never sent to %1").arg(listener.url().toDisplayString())));
        CHECK(listener.connections() == 0);
    }
    CHECK_FALSE(listener.received().contains(kSavedSecret.toUtf8()));

    // Logged out, the batch sync stops again.
    child<QAction>(window, QStringLiteral("logoutAction"))->trigger();
    waitForVisible<QDialog>(QStringLiteral("loginDialog"));
    const int before = listener.connections();
    wait(3000);
    CHECK(listener.connections() == before);
}
