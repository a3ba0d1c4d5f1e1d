// SPDX-License-Identifier: Apache-2.0
// Cardholders from a real slapd over TLS (scripts/ldap-test-server.sh) through the saved directory settings:
// a thousand people through paged results, then those disabled in the directory or gone from it set inactive,
// each sync audited with its counts; a wrong password or an unreachable directory says so and changes
// nothing; an entry the import cannot take refuses the whole sync, named by its DN. The settings: the bind
// password write-only, kept only for the server and bind DN it was saved for, never in the audit trail; every
// field through the hostile-input catalogue; the batch sync's interval.
#include "BatchSyncScheduler.h"
#include "DirectoryConnectionService.h"
#include "DirectoryPeopleSearch.h"
#include "DirectoryReadJob.h"
#include "DirectoryServer.h"
#include "HostileInput.h"
#include "PeopleSyncJob.h"
#include "Sql.h"
#include "TestBackend.h"

#include <catch2/catch.hpp>

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace tempcards;
using namespace tempcards::test;

namespace {

DirectoryConnectionForm formFor(const DirectoryConfig &config)
{
    return {config.url.toString(), config};
}

struct Synced
{
    PeopleSyncJob::Error error;
    QString message;
    PeopleImport::Result result;
    int pages;
};

Synced syncPeople(TestBackend &t)
{
    QString problem;
    const std::optional<DirectoryConfig> config = t.backend().directory()->effective(&problem);
    REQUIRE(config);
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
    PeopleSyncJob job(t.backend().context(), *config, std::nullopt);
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    REQUIRE(waitFor([&] { return finished.count() > 0; }, 60000));
    return {job.error(), job.message(), job.result(), job.pages()};
}

QString personState(TestBackend &t, const QString &employeeId)
{
    return SqlQuery(t.database().connection(), QStringLiteral("SELECT state FROM people WHERE employee_id = ?"))
        .bind(employeeId)
        .scalar()
        .toString();
}

int peopleCount(TestBackend &t)
{
    return SqlQuery(t.database().connection(), QStringLiteral("SELECT COUNT(*) FROM people")).scalar().toInt();
}

QByteArray disable(const char *uid)
{
    return QByteArray("dn: uid=") + uid +
           ",ou=people,dc=example,dc=org\nchangetype: modify\nadd: employeeType\n"
           "employeeType: left\n\n";
}

} // namespace

TEST_CASE("the directory's people come in through paged results, and those disabled or gone become inactive",
          "[directory][ldap][people]")
{
    DirectoryServer server(DirectoryServer::peopleLdif(1000));
    TestBackend t;
    const Session admin = t.createAccount(QStringLiteral("ada"), {QStringLiteral("administrator")});
    DirectoryConfig settings = server.config();
    settings.inactiveFilter = QStringLiteral("(employeeType=left)");
    const Outcome saved = await(t.backend().directory()->save(admin, formFor(settings)));
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok);

    const Synced first = syncPeople(t);
    INFO(first.message.toStdString());
    REQUIRE(first.error == PeopleSyncJob::None);
    CHECK(first.result.added == 1000);
    CHECK(first.pages >= 2); // the server gives at most 500 entries to one search
    CHECK(peopleCount(t) == 1000);
    CHECK(t.auditCount(QStringLiteral("person.add")) == 1000);
    CHECK(t.auditCount(QStringLiteral("people.sync"), QStringLiteral("success")) == 1);
    CHECK(first.message.contains(QStringLiteral("1000 added")));

    server.modify(disable("p0007"));
    server.modify("dn: uid=p0009,ou=people,dc=example,dc=org\nchangetype: delete\n\n"
                  "dn: uid=p0010,ou=people,dc=example,dc=org\nchangetype: modify\nreplace: sn\nsn: Married\n\n"
                  "dn: uid=p0011,ou=people,dc=example,dc=org\nchangetype: modify\nadd: preferredLanguage\n"
                  "preferredLanguage: sv-SE, en;q=0.5\n\n");
    const Synced second = syncPeople(t);
    INFO(second.message.toStdString());
    REQUIRE(second.error == PeopleSyncJob::None);
    CHECK(second.result.added == 0);
    CHECK(second.result.deactivated == 2);
    CHECK(second.result.changed == 2);
    CHECK(second.result.unchanged == 996);
    CHECK(personState(t, QStringLiteral("E0007")) == QStringLiteral("inactive"));
    CHECK(personState(t, QStringLiteral("E0009")) == QStringLiteral("inactive"));
    CHECK(personState(t, QStringLiteral("E0008")) == QStringLiteral("active"));
    CHECK(SqlQuery(t.database().connection(), QStringLiteral("SELECT surname FROM people WHERE employee_id = 'E0010'"))
              .scalar()
              .toString() == QStringLiteral("Married"));
    // The reminder's language, from the directory's preferredLanguage (an Accept-Language list): its first.
    CHECK(SqlQuery(t.database().connection(), QStringLiteral("SELECT language FROM people WHERE employee_id = 'E0011'"))
              .scalar()
              .toString() == QStringLiteral("sv"));
    CHECK(t.auditCount(QStringLiteral("people.sync"), QStringLiteral("success")) == 2);
    CHECK(t.auditCount(QStringLiteral("person.change")) == 4);
    CHECK(t.auditText().contains(QStringLiteral("no longer in the directory")));
}

TEST_CASE("a wrong bind password or an unreachable directory says so and changes nobody", "[directory][ldap][people]")
{
    DirectoryServer server(DirectoryServer::peopleLdif(3));
    TestBackend t;
    const Session admin = t.createAccount(QStringLiteral("ada"), {QStringLiteral("administrator")});
    REQUIRE(await(t.backend().directory()->save(admin, formFor(server.config()))).ok);
    REQUIRE(syncPeople(t).error == PeopleSyncJob::None);
    server.modify("dn: uid=p0002,ou=people,dc=example,dc=org\nchangetype: delete\n\n");

    DirectoryConfig wrong = server.config();
    wrong.password = QStringLiteral("not the password");
    REQUIRE(await(t.backend().directory()->save(admin, formFor(wrong))).ok);
    const Synced refused = syncPeople(t);
    CHECK(refused.error == PeopleSyncJob::Directory);
    CHECK(refused.message.contains(QStringLiteral("refused the bind DN or password")));
    CHECK(refused.message.contains(QStringLiteral("nothing was changed")));

    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    DirectoryConfig away = server.config();
    away.url.setPort(closed.serverPort());
    closed.close();
    REQUIRE(await(t.backend().directory()->save(admin, formFor(away))).ok);
    const Synced unreachable = syncPeople(t);
    CHECK(unreachable.error == PeopleSyncJob::Directory);
    CHECK(unreachable.message.contains(QStringLiteral("cannot be reached")));

    CHECK(personState(t, QStringLiteral("E0002")) == QStringLiteral("active")); // nothing was taken for gone
    REQUIRE(waitFor([&] { return t.auditCount(QStringLiteral("people.sync"), QStringLiteral("failure")) == 2; }));
    CHECK_FALSE(t.auditText().contains(wrong.password));
}

TEST_CASE("one directory entry the import cannot take refuses the whole sync, named by its DN",
          "[directory][ldap][people]")
{
    QByteArray people = DirectoryServer::peopleLdif(5);
    people.replace("mail: p0003@example.org", "mail: not an address");
    DirectoryServer server(people);
    TestBackend t;
    const Session admin = t.createAccount(QStringLiteral("ada"), {QStringLiteral("administrator")});
    REQUIRE(await(t.backend().directory()->save(admin, formFor(server.config()))).ok);
    const Synced refused = syncPeople(t);
    CHECK(refused.error == PeopleSyncJob::Refused);
    REQUIRE(refused.result.problems.size() == 1);
    CHECK(refused.result.problems.first().toString().startsWith(
        QStringLiteral("uid=p0003,ou=people,dc=example,dc=org: the e-mail address")));
    CHECK(refused.message.contains(QStringLiteral("nothing was changed")));
    CHECK(peopleCount(t) == 0);
    CHECK(t.auditCount(QStringLiteral("people.sync"), QStringLiteral("failure")) == 1);
}

TEST_CASE("the bind password is write-only, kept only for its own server and bind DN, and never audited",
          "[directory][settings]")
{
    TestBackend t;
    const Session admin = t.createAccount(QStringLiteral("ada"), {QStringLiteral("administrator")});
    const Session olle = t.createAccount(QStringLiteral("olle"), {QStringLiteral("operator")});
    DirectoryConnectionService *directory = t.backend().directory();
    CHECK_FALSE(directory->view().saved);
    DirectoryConfig settings;
    settings.url = QUrl(QStringLiteral("ldaps://directory.example.org"));
    settings.bindDn = QStringLiteral("cn=tempcards,ou=services,dc=example,dc=org");
    settings.password = QStringLiteral("Bind-Password-Only-The-Directory-Knows");
    settings.baseDn = QStringLiteral("ou=people,dc=example,dc=org");
    settings.syncIntervalMinutes = 60;

    const Outcome byOperator = await(directory->save(olle, formFor(settings)));
    CHECK_FALSE(byOperator.ok);
    CHECK_FALSE(directory->view().saved);
    REQUIRE(await(directory->save(admin, formFor(settings))).ok);
    DirectoryConnectionView view = directory->view();
    CHECK(view.saved);
    CHECK(view.passwordSaved);
    CHECK(view.form.settings.password.isEmpty());
    CHECK(view.form.settings.syncIntervalMinutes == 60);
    CHECK(view.updatedBy == QStringLiteral("ada"));

    // Saved again without the password: kept.
    DirectoryConfig again = settings;
    again.password.clear();
    again.filter = QStringLiteral("(objectClass=person)");
    REQUIRE(await(directory->save(admin, formFor(again))).ok);
    QString problem;
    CHECK(directory->effective(&problem)->password == settings.password);
    CHECK(directory->effective(&problem)->filter == QStringLiteral("(objectClass=person)"));

    // Another server or account without the password: refused, nothing changed.
    for (const auto &change : std::initializer_list<std::function<void(DirectoryConfig &)>>{
             [](DirectoryConfig &c) { c.url = QUrl(QStringLiteral("ldaps://evil.example.net")); },
             [](DirectoryConfig &c) { c.bindDn = QStringLiteral("cn=admin,dc=example,dc=org"); }}) {
        DirectoryConfig moved = again;
        change(moved);
        const Outcome refused = await(directory->save(admin, formFor(moved)));
        CHECK_FALSE(refused.ok);
        CHECK(refused.message.contains(QStringLiteral("type the bind password again")));
        CHECK(directory->view().form.settings.toJson() == again.toJson());
    }
    // A Test with another address does not get the saved password either.
    DirectoryConfig elsewhere = again;
    elsewhere.url = QUrl(QStringLiteral("ldaps://evil.example.net"));
    problem.clear();
    CHECK(directory->test(admin, formFor(elsewhere), 5, &problem) == nullptr);
    CHECK(problem.contains(QStringLiteral("type the bind password again")));
    problem.clear();
    CHECK(directory->test(olle, formFor(again), 5, &problem) == nullptr);
    CHECK_FALSE(problem.isEmpty());

    const QString audited = t.auditText();
    CHECK(audited.contains(QStringLiteral("directory:connection")));
    CHECK(audited.contains(QStringLiteral("bind password replaced")));
    CHECK_FALSE(audited.contains(settings.password));

    REQUIRE(await(directory->forget(admin)).ok);
    CHECK_FALSE(directory->view().saved);
    CHECK_FALSE(directory->effective(&problem));
    CHECK(t.auditCount(QStringLiteral("settings.change")) >= 3);
}

TEST_CASE("every directory field through the hostile-input catalogue: refused with a reason, or taken as it is",
          "[directory][settings][hostile]")
{
    TestBackend t;
    const Session admin = t.createAccount(QStringLiteral("ada"), {QStringLiteral("administrator")});
    DirectoryConnectionService *directory = t.backend().directory();
    DirectoryConfig base;
    base.url = QUrl(QStringLiteral("ldaps://directory.example.org"));
    base.bindDn = QStringLiteral("cn=tempcards,ou=services,dc=example,dc=org");
    base.password = QStringLiteral("bind password");
    base.baseDn = QStringLiteral("ou=people,dc=example,dc=org");
    REQUIRE(await(directory->save(admin, formFor(base))).ok);
    const QJsonObject saved = directory->view().form.settings.toJson();

    // Per field: which kinds of text are taken as they are (the others are refused). A bind or base DN is
    // the directory's to judge, so SQL metacharacters are text to it; a password is anything but too long or
    // a control character (no database keeps a NUL).
    struct Field
    {
        const char *name;
        std::function<void(DirectoryConnectionForm &, const QString &)> set;
        QList<Hostile> taken;
    };
    const QList<Field> fields{
        {"address", [](DirectoryConnectionForm &f, const QString &v) { f.address = v; }, {}},
        {"bind DN", [](DirectoryConnectionForm &f, const QString &v) { f.settings.bindDn = v; }, {Hostile::Sql}},
        {"password",
         [](DirectoryConnectionForm &f, const QString &v) { f.settings.password = v; },
         {Hostile::Empty, Hostile::Sql, Hostile::RightToLeft}},
        {"base DN", [](DirectoryConnectionForm &f, const QString &v) { f.settings.baseDn = v; }, {Hostile::Sql}},
        {"people filter", [](DirectoryConnectionForm &f, const QString &v) { f.settings.filter = v; }, {}},
        {"inactive filter",
         [](DirectoryConnectionForm &f, const QString &v) { f.settings.inactiveFilter = v; },
         {Hostile::Empty}},
        {"employee id attribute",
         [](DirectoryConnectionForm &f, const QString &v) { f.settings.employeeIdAttribute = v; },
         {}},
        {"e-mail attribute", [](DirectoryConnectionForm &f, const QString &v) { f.settings.emailAttribute = v; }, {}},
        {"trusted certificates",
         [](DirectoryConnectionForm &f, const QString &v) { f.settings.caCertificates = v.toUtf8(); },
         {Hostile::Empty}},
    };
    for (const Field &field : fields) {
        for (const HostileText &hostile : hostileTexts()) {
            INFO(field.name << " <- " << hostile.name);
            DirectoryConnectionForm form = formFor(base);
            field.set(form, hostile.text);
            const Outcome outcome = await(directory->save(admin, form));
            INFO(outcome.message.toStdString());
            const bool taken = field.taken.contains(hostile.kind);
            CHECK(outcome.ok == taken);
            if (!taken) {
                CHECK_FALSE(outcome.message.isEmpty());
                CHECK(directory->view().form.settings.toJson() == saved); // nothing half-saved
            } else {
                REQUIRE(await(directory->save(admin, formFor(base))).ok);
            }
        }
    }
}

TEST_CASE("the batch sync brings the people in on the directory's interval, and not in between",
          "[directory][ldap][people][sync]")
{
    DirectoryServer server(DirectoryServer::peopleLdif(4));
    TestBackend::Options options;
    options.fakeClock = true;
    TestBackend t(options);
    const Session admin = t.createAccount(QStringLiteral("ada"), {QStringLiteral("administrator")});
    BatchSyncScheduler *scheduler = t.backend().sync()->scheduler();
    QSignalSpy synced(scheduler, &BatchSyncScheduler::peopleSynced);
    QSignalSpy runs(scheduler, &BatchSyncScheduler::runFinished);
    const auto runOnce = [&] {
        const int before = int(runs.count());
        scheduler->runNow();
        REQUIRE(waitFor([&] { return runs.count() > before; }, 30000));
    };

    // No directory saved, or one without an interval: a run brings nobody in.
    runOnce();
    DirectoryConfig settings = server.config();
    REQUIRE(await(t.backend().directory()->save(admin, formFor(settings))).ok);
    runOnce();
    QTest::qWait(300);
    CHECK(synced.isEmpty());

    settings.syncIntervalMinutes = 10;
    REQUIRE(await(t.backend().directory()->save(admin, formFor(settings))).ok);
    runOnce();
    REQUIRE(waitFor([&] { return synced.count() == 1; }, 30000));
    CHECK(synced.first().at(0).toString().contains(QStringLiteral("4 added")));
    CHECK(synced.first().at(1).toBool());

    server.modify("dn: uid=p0002,ou=people,dc=example,dc=org\nchangetype: delete\n\n");
    t.fakeClock().advance(9 * 60);
    runOnce();
    QTest::qWait(500);
    CHECK(synced.count() == 1);
    CHECK(personState(t, QStringLiteral("E0002")) == QStringLiteral("active"));

    t.fakeClock().advance(60);
    runOnce();
    REQUIRE(waitFor([&] { return synced.count() == 2; }, 30000));
    CHECK(synced.last().at(0).toString().contains(QStringLiteral("1 set inactive")));
    CHECK(personState(t, QStringLiteral("E0002")) == QStringLiteral("inactive"));
}

TEST_CASE("a directory search typed over is cancelled, and only the newest answer comes",
          "[directory][ldap][people][search]")
{
    DirectoryServer server(DirectoryServer::peopleLdif(200));
    TestBackend t;
    const Session admin = t.createAccount(QStringLiteral("ada"), {QStringLiteral("administrator")});
    CHECK_FALSE(t.backend().directory()->newSearch()); // no directory: the known people alone
    REQUIRE(await(t.backend().directory()->save(admin, formFor(server.config()))).ok);
    t.createPerson(QStringLiteral("E0007"), true, QStringLiteral("Given0007"), QStringLiteral("Surname0007"));
    std::unique_ptr<DirectoryPeopleSearch> search = t.backend().directory()->newSearch();
    REQUIRE(search);
    QSignalSpy found(search.get(), &DirectoryPeopleSearch::found);

    search->search(QStringLiteral("Given"), 50);
    QPointer<DirectoryReadJob> first = search->running();
    REQUIRE(first);
    QSignalSpy firstFinished(first.data(), &Job::finished);
    search->search(QStringLiteral("Given0007"), 50);
    REQUIRE(waitFor([&] { return found.count() > 0; }));
    QTest::qWait(300);
    REQUIRE(found.count() == 1);
    CHECK(firstFinished.count() == 1); // cancelled: finished once, and nothing of it was shown
    CHECK(found.first().at(0).toString() == QStringLiteral("Given0007"));
    const auto candidates = found.first().at(1).value<QList<DirectoryPeopleSearch::Candidate>>();
    REQUIRE(candidates.size() == 1);
    CHECK(candidates.first().person.id > 0); // matched to the person already brought in
    CHECK(candidates.first().pickable());

    // Two words: given name and surname prefixes; a person not brought in is named but cannot be picked.
    search->search(QStringLiteral("surname0012 giv"), 50);
    REQUIRE(waitFor([&] { return found.count() == 2; }));
    const auto other = found.last().at(1).value<QList<DirectoryPeopleSearch::Candidate>>();
    REQUIRE(other.size() == 1);
    CHECK(other.first().person.employeeId == QStringLiteral("E0012"));
    CHECK(other.first().person.id == 0);
    CHECK_FALSE(other.first().pickable());

    // Filter metacharacters are text to the directory: nobody, and no error.
    search->search(QStringLiteral("*)(uid=*"), 50);
    REQUIRE(waitFor([&] { return found.count() == 3; }));
    CHECK(found.last().at(1).value<QList<DirectoryPeopleSearch::Candidate>>().isEmpty());
    CHECK(found.last().at(2).toString().isEmpty());
}
