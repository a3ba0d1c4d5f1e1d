// SPDX-License-Identifier: Apache-2.0
// The directory client against a real slapd over TLS (scripts/ldap-test-server.sh): a thousand people through
// paged results over LDAPS and StartTLS, a person disabled in the directory read as inactive, an entry without
// an employee id named and skipped; a certificate that does not prove the server, a wrong password and an
// unreachable server each refused with their reason; the settings' Test reads the first few; a cancelled read
// finishes once.
#include "DirectoryReadJob.h"
#include "DirectoryServer.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace tempcards;
using namespace tempcards::test;

namespace {

struct Read
{
    DirectoryReadJob::Error error;
    QString message;
    QList<DirectoryPerson> people;
    QStringList skipped;
    int pages;
};

Read read(const DirectoryConfig &config, int limit = 0)
{
    DirectoryReadJob job(config, limit);
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    REQUIRE(waitFor([&] { return finished.count() > 0; }, 60000));
    return {job.error(), job.errorString(), job.people(), job.skipped(), job.pages()};
}

QUrl withHost(QUrl url, const QString &host)
{
    url.setHost(host);
    return url;
}

const QByteArray kNobody = "dn: uid=visitor,ou=people,dc=example,dc=org\nobjectClass: inetOrgPerson\nuid: visitor\n"
                           "cn: A Visitor\nsn: Visitor\n\n";

} // namespace

TEST_CASE("a thousand people come from the directory in pages over LDAPS and StartTLS, the disabled inactive",
          "[directory][ldap]")
{
    DirectoryServer server(DirectoryServer::peopleLdif(1000) + kNobody);
    server.modify("dn: uid=p0007,ou=people,dc=example,dc=org\nchangetype: modify\nadd: employeeType\n"
                  "employeeType: left\n\n");
    DirectoryConfig config = server.config();
    config.inactiveFilter = QStringLiteral("(employeeType=left)");
    for (const QUrl &url : {server.ldapsUrl(), server.startTlsUrl()}) {
        INFO(url.toString().toStdString());
        config.url = url;
        const Read result = read(config);
        REQUIRE(result.error == DirectoryReadJob::Error::None);
        REQUIRE(result.people.size() == 1000);
        CHECK(result.pages >= 3); // the server gives at most 500 to one search: two pages, and the inactive one
        QHash<QString, DirectoryPerson> byId;
        for (const DirectoryPerson &person : result.people)
            byId.insert(person.employeeId, person);
        CHECK_FALSE(byId.value(QStringLiteral("E0007")).active);
        CHECK(std::count_if(result.people.cbegin(), result.people.cend(),
                            [](const DirectoryPerson &p) { return !p.active; }) == 1);
        const DirectoryPerson &person42 = byId.value(QStringLiteral("E0042"));
        CHECK(person42.givenName == QStringLiteral("Given0042"));
        CHECK(person42.surname == QStringLiteral("Surname0042"));
        CHECK(person42.email == QStringLiteral("p0042@example.org"));
        CHECK(person42.department == QStringLiteral("Finance")); // departments by the number's rest of 4
        REQUIRE(result.skipped.size() == 1);
        CHECK(result.skipped.first().startsWith(QStringLiteral("uid=visitor,ou=people,dc=example,dc=org: no ")));
    }
}

TEST_CASE("a directory whose certificate does not prove its name, or is not trusted, is refused",
          "[directory][ldap][tls]")
{
    DirectoryServer server(DirectoryServer::peopleLdif(3));
    DirectoryConfig config = server.config();
    REQUIRE(read(config).error == DirectoryReadJob::Error::None);
    for (const QUrl &url : {server.ldapsUrl(), server.startTlsUrl()}) {
        INFO(url.toString().toStdString());
        DirectoryConfig byOtherName = config;
        byOtherName.url = withHost(url, QStringLiteral("localhost")); // the certificate names 127.0.0.1 only
        const Read renamed = read(byOtherName);
        CHECK(renamed.error == DirectoryReadJob::Error::Tls);
        CHECK(renamed.people.isEmpty());
        DirectoryConfig untrusted = config;
        untrusted.url = url;
        untrusted.caCertificates.clear(); // the test authority is not among the system's
        const Read refused = read(untrusted);
        INFO(refused.message.toStdString());
        CHECK(refused.error == DirectoryReadJob::Error::Tls);
        CHECK(refused.message.contains(QStringLiteral("did not prove who it is")));
    }
}

TEST_CASE("a wrong password, a missing one and an unreachable directory each say so and read nobody",
          "[directory][ldap]")
{
    DirectoryServer server(DirectoryServer::peopleLdif(3));
    DirectoryConfig wrong = server.config();
    wrong.password = QStringLiteral("not the password");
    const Read refused = read(wrong);
    CHECK(refused.error == DirectoryReadJob::Error::Bind);
    CHECK(refused.message == QStringLiteral("The directory refused the bind DN or password."));
    CHECK_FALSE(refused.message.contains(wrong.password));
    CHECK(refused.people.isEmpty());

    // An empty password would be an anonymous bind that succeeds: refused before anything is sent.
    DirectoryConfig empty = server.config();
    empty.password.clear();
    CHECK(read(empty).error == DirectoryReadJob::Error::InvalidSettings);

    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    DirectoryConfig away = server.config();
    away.url.setPort(port);
    const Read unreachable = read(away);
    CHECK(unreachable.error == DirectoryReadJob::Error::Unreachable);
    CHECK(unreachable.message.startsWith(QStringLiteral("The directory at 127.0.0.1 cannot be reached")));
}

TEST_CASE("the settings' Test reads only the first people, and a cancelled read finishes once", "[directory][ldap]")
{
    DirectoryServer server(DirectoryServer::peopleLdif(1200));
    server.modify("dn: uid=p0002,ou=people,dc=example,dc=org\nchangetype: modify\nadd: employeeType\n"
                  "employeeType: left\n\n");
    DirectoryConfig config = server.config();
    config.inactiveFilter = QStringLiteral("(employeeType=left)");
    const Read first = read(config, 5);
    REQUIRE(first.error == DirectoryReadJob::Error::None);
    REQUIRE(first.people.size() == 5);
    for (const DirectoryPerson &person : first.people)
        CHECK(person.active == (person.employeeId != QStringLiteral("E0002")));

    DirectoryReadJob job(config);
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    job.cancel();
    REQUIRE(waitFor([&] { return finished.count() > 0; }));
    CHECK(job.error() == DirectoryReadJob::Error::Cancelled);
    CHECK(job.people().isEmpty());
    QTest::qWait(300);
    CHECK(finished.count() == 1);
}

TEST_CASE("directory settings that cannot work are named before anything is sent", "[directory]")
{
    DirectoryConfig config;
    config.url = QUrl(QStringLiteral("ldaps://directory.example.org"));
    config.bindDn = QStringLiteral("cn=tempcards,ou=services,dc=example,dc=org");
    config.password = QStringLiteral("secret");
    config.baseDn = QStringLiteral("ou=people,dc=example,dc=org");
    CHECK(config.problem().isEmpty());
    const auto with = [&](const std::function<void(DirectoryConfig &)> &change) {
        DirectoryConfig changed = config;
        change(changed);
        return changed.problem();
    };
    CHECK_FALSE(
        with([](DirectoryConfig &c) { c.url = QUrl(QStringLiteral("http://directory.example.org")); }).isEmpty());
    CHECK_FALSE(with([](DirectoryConfig &c) { c.url.setPath(QStringLiteral("/dc=example")); }).isEmpty());
    CHECK_FALSE(with([](DirectoryConfig &c) { c.url.setUserName(QStringLiteral("me")); }).isEmpty());
    CHECK_FALSE(with([](DirectoryConfig &c) { c.filter = QStringLiteral("objectClass=person"); }).isEmpty());
    CHECK_FALSE(with([](DirectoryConfig &c) { c.filter = QStringLiteral("(a=1)(b=2)"); }).isEmpty());
    CHECK_FALSE(with([](DirectoryConfig &c) { c.inactiveFilter = QStringLiteral("(a=1"); }).isEmpty());
    CHECK_FALSE(with([](DirectoryConfig &c) { c.employeeIdAttribute = QStringLiteral("employee id"); }).isEmpty());
    CHECK_FALSE(with([](DirectoryConfig &c) { c.bindDn = QStringLiteral("cn=a\u202E,dc=b"); }).isEmpty());
    CHECK(with([](DirectoryConfig &c) {
              c.inactiveFilter = QLatin1String(DirectoryConfig::kActiveDirectoryDisabled);
          }).isEmpty());
    CHECK(DirectoryConfig::escaped(QStringLiteral("a*(b)\\c")) == QStringLiteral("a\\2a\\28b\\29\\5cc"));
}
