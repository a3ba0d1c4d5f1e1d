// SPDX-License-Identifier: Apache-2.0
// tempcards-sync --sync-people as a nightly job runs it, a child process on the test's database and a real slapd:
// what changed on standard output and exit code 0; no directory, a wrong password or an entry that cannot be
// taken exit 1, say why on standard error, and change nothing.
#include "DirectoryConnectionService.h"
#include "DirectoryServer.h"
#include "PeopleQuery.h"
#include "SyncProcess.h"

using namespace tempcards;
using namespace tempcards::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run syncPeople(TestBackend &t, const QStringList &more = {})
{
    auto process =
        startClientProgram(t, QStringLiteral(TEMPCARDS_SYNC_BINARY),
                           QStringList{QStringLiteral("--sync-people")} + more, {}, QProcess::SeparateChannels);
    REQUIRE(waitFor([&] { return process->state() == QProcess::NotRunning; }, 60000));
    REQUIRE(process->exitStatus() == QProcess::NormalExit);
    return {process->exitCode(), QString::fromUtf8(process->readAllStandardOutput()),
            QString::fromUtf8(process->readAllStandardError())};
}

int peopleCount(TestBackend &t)
{
    return int(PeopleQuery::all(t.database().connection()).size());
}

void save(TestBackend &t, const Session &admin, const DirectoryConfig &config)
{
    const Outcome saved = await(t.backend().directory()->save(admin, {config.url.toString(), config}));
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok);
}

} // namespace

TEST_CASE("tempcards-sync --sync-people says what changed and exits 0, or says why nothing did and exits 1",
          "[faults][people][directory]")
{
    QByteArray people = DirectoryServer::peopleLdif(25);
    DirectoryServer server(people);
    TestBackend t;
    const Session admin = t.createAccount(QStringLiteral("ada"), {QStringLiteral("administrator")});

    Run run = syncPeople(t);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("No directory is set")));

    save(t, admin, server.config());
    run = syncPeople(t);
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("25 added")));
    CHECK(peopleCount(t) == 25);

    // An entry the import cannot take: named by its DN, and nothing changes (p0004 stays as it was).
    server.modify("dn: uid=p0004,ou=people,dc=example,dc=org\nchangetype: modify\nreplace: mail\nmail: nobody\n\n"
                  "dn: uid=p0005,ou=people,dc=example,dc=org\nchangetype: delete\n\n");
    run = syncPeople(t);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("uid=p0004,ou=people,dc=example,dc=org: the e-mail address")));
    CHECK(PeopleQuery::all(t.database().connection()).value(QStringLiteral("E0005")).active);

    DirectoryConfig wrong = server.config();
    wrong.password = QStringLiteral("not the password");
    save(t, admin, wrong);
    run = syncPeople(t);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("refused the bind DN or password")));
    CHECK_FALSE(run.err.contains(wrong.password));
    CHECK(peopleCount(t) == 25);

    run = syncPeople(t, {QStringLiteral("--once")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--sync-people goes alone")));
}
