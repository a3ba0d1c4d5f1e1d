// SPDX-License-Identifier: Apache-2.0
// tempcards-sync as a systemd service takes the Go Cards secret from its credential (LoadCredential=), a
// file only the service can read, when the environment variable is not set; a bad credential is refused by
// name, never shown.
#include "ClientOptions.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tempcards;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

ClientOptions parseSync(const QProcessEnvironment &environment,
                        ClientOptions::Program program = ClientOptions::Program::Sync)
{
    return ClientOptions::parse({QStringLiteral("tempcards-sync"), QStringLiteral("--once")}, environment, program);
}

} // namespace

TEST_CASE("tempcards-sync reads the Go Cards secret from its systemd credential", "[unit][options][security]")
{
    QTemporaryDir credentials;
    const QString file = QDir(credentials.path()).filePath(ClientOptions::SecretCredential);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials.path());

    // No credential of that name: the demo default, and nothing counts as given.
    ClientOptions none = parseSync(environment);
    REQUIRE(none.action == ClientOptions::Action::Run);
    CHECK_FALSE(none.goCardsOverrides.secret);

    write(file, "s3cret-from-systemd\n"); // systemd-creds and echo leave a line end
    ClientOptions given = parseSync(environment);
    REQUIRE(given.action == ClientOptions::Action::Run);
    CHECK(given.goCards.clientSecret == QStringLiteral("s3cret-from-systemd"));
    CHECK(given.goCardsOverrides.secret);

    // The variable wins, as on a workstation; the client itself never looks for a service's credential.
    environment.insert(ClientOptions::SecretVariable, QStringLiteral("from-the-variable"));
    CHECK(parseSync(environment).goCards.clientSecret == QStringLiteral("from-the-variable"));
    environment.remove(ClientOptions::SecretVariable);
    CHECK_FALSE(parseSync(environment, ClientOptions::Program::Client).goCardsOverrides.secret);

    SECTION("an empty credential is refused by name")
    {
        write(file, "\n");
        const ClientOptions refused = parseSync(environment);
        CHECK(refused.action == ClientOptions::Action::Fail);
        CHECK(refused.text == QStringLiteral("The credential %1 is empty.").arg(file));
    }
    SECTION("a credential larger than a secret is refused without being shown")
    {
        write(file, QByteArray(5000, 'x'));
        const ClientOptions refused = parseSync(environment);
        CHECK(refused.action == ClientOptions::Action::Fail);
        CHECK(refused.text ==
              QStringLiteral("The credential %1 is larger than 4096 bytes: it is not a client secret.").arg(file));
        CHECK_FALSE(refused.text.contains(QStringLiteral("xxx")));
    }
    SECTION("a credential that cannot be read is refused by name")
    {
        QFile::remove(file);
        REQUIRE(QDir(credentials.path()).mkdir(ClientOptions::SecretCredential)); // a folder, not a file
        const ClientOptions refused = parseSync(environment);
        CHECK(refused.action == ClientOptions::Action::Fail);
        CHECK(refused.text.startsWith(QStringLiteral("The credential %1 cannot be read: ").arg(file)));
    }
}

TEST_CASE("the help shows the home folder as ~ so it reads right for every user", "[unit][options]")
{
    const ClientOptions help = ClientOptions::parse({QStringLiteral("tempcards-sync"), QStringLiteral("--help")}, {},
                                                    ClientOptions::Program::Sync);
    REQUIRE(help.action == ClientOptions::Action::ShowText);
    CHECK_FALSE(help.text.contains(QDir::homePath() + QLatin1Char('/')));
    CHECK(help.text.contains(QStringLiteral("LoadCredential=gocards-client-secret:<file>")));
}
