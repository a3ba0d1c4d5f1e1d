// SPDX-License-Identifier: Apache-2.0
// tempcards-sync killed with SIGKILL after it recorded a reminder's send and handed the message to the mail
// server, before the server answered: the next run sends it again, once (at least once: the server may have
// kept the first), under the same Message-ID, and a third run sends nothing.
#include "SyncProcess.h"

#include "MailConnectionService.h"
#include "MailServer.h"
#include "Sql.h"

using namespace tempcards;
using namespace tempcards::test;

TEST_CASE("tempcards-sync killed while the server holds a reminder sends it again once", "[faults][kill][mail]")
{
    MailServer server;
    TestBackend t;
    const Session admin = t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    MailConfig config = server.config();
    config.copyTo = QStringLiteral("card-desk@example.org");
    REQUIRE(await(t.backend().mail()->save(admin, config)).ok);
    // Valid seven more days: the first reminder is due today.
    const qint64 card = t.insertCard(CardState::Assigned);
    SqlQuery(t.database().connection(), QStringLiteral("UPDATE cards SET valid_until = ? WHERE id = ?"))
        .bind(toStorageTime(QDateTime::currentDateTimeUtc().addDays(7)))
        .bind(card)
        .exec();
    const auto attempts = [&] {
        return SqlQuery(t.database().connection(),
                        QStringLiteral("SELECT attempts FROM expiry_reminders WHERE card_id = ?"))
            .bind(card)
            .scalar()
            .toInt();
    };

    // The server keeps the message and never answers; the run is killed while it waits.
    server.failNext(QStringLiteral("hold"));
    auto sync = startSync(t);
    REQUIRE(waitFor([&] { return server.received().size() == 1; }, 60000));
    kill(*sync);
    CHECK(attempts() == 1); // recorded before it left
    CHECK(t.auditCount(QStringLiteral("reminder.send")) == 0);

    lapseLease(t);
    auto again = startSync(t);
    waitForExit(*again);
    const QList<MailServer::Received> received = server.received();
    REQUIRE(received.size() == 2);
    CHECK(received.at(0).header("Message-ID") == received.at(1).header("Message-ID"));
    CHECK(received.at(1).to.contains(QStringLiteral("card-desk@example.org")));
    CHECK(attempts() == 2);
    CHECK(t.auditCount(QStringLiteral("reminder.send"), QStringLiteral("success")) == 1);

    auto third = startSync(t);
    waitForExit(*third);
    CHECK(server.received().size() == 2);
}
