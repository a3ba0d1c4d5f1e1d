// SPDX-License-Identifier: Apache-2.0
// tempcards-sync killed with SIGKILL in the middle of its expiry pass, then started again: every card past its
// validity ends expired, and each expiry is on the audit trail exactly once.
#include "SyncProcess.h"

#include "Clock.h"
#include "PeopleStore.h"
#include "Sql.h"

#include <QUuid>

using namespace tempcards;
using namespace tempcards::test;

namespace {

// `count` assigned cards, each with a holder of its own, all past their validity: several of the pass's chunks.
void insertOverdue(TestBackend &t, int count)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // On the test's own connection, in one transaction: 8,000 rows in a moment.
    const QSqlDatabase db = t.database().connection();
    {
        WriteTransaction transaction(db);
        QList<Person> people;
        for (int i = 0; i < count; ++i) {
            Person person;
            person.employeeId = QStringLiteral("K%1").arg(i, 6, 10, QLatin1Char('0'));
            person.givenName = QStringLiteral("Test");
            person.surname = person.employeeId;
            people << person;
        }
        const QList<qint64> holders = PeopleStore::insert(db, people, QStringLiteral("test"), now);
        {
            SqlQuery card(db, QStringLiteral("INSERT INTO cards (external_id, production_type, state, ordered_at, "
                                             "ordered_by, updated_at, holder_id, assigned_at, valid_until) VALUES (?, "
                                             "'external', 'assigned', ?, 'test', ?, ?, ?, ?) RETURNING id"));
            SqlQuery holding(db,
                             QStringLiteral("INSERT INTO card_holdings (card_id, person_id, started_at, started_by) "
                                            "VALUES (?, ?, ?, 'test')"));
            const QString assigned = toStorageTime(now.addDays(-20));
            const QString until = toStorageTime(now.addDays(-1));
            for (int i = 0; i < count; ++i) {
                const qint64 holder = holders.at(i);
                const qint64 id = card.bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
                                      .bind(assigned)
                                      .bind(assigned)
                                      .bind(holder)
                                      .bind(assigned)
                                      .bind(until)
                                      .scalar()
                                      .toLongLong();
                holding.bind(id).bind(holder).bind(assigned).exec();
            }
        } // the statements end before the commit
        transaction.commit();
    }
}

int expiryRecords(TestBackend &t, bool distinct)
{
    return SqlQuery(t.database().connection(),
                    QStringLiteral("SELECT COUNT(%1) FROM audit_log WHERE action = 'card.state' AND actor = "
                                   "'batch-sync' AND after_value = 'expired'")
                        .arg(distinct ? QStringLiteral("DISTINCT object") : QStringLiteral("*")))
        .scalar()
        .toInt();
}

} // namespace

TEST_CASE("tempcards-sync killed during its expiry pass expires every card exactly once", "[faults][kill][expiry]")
{
    TestBackend t;
    const int cards = 4 * 2000 + 17; // the pass commits 2,000 cards at a time
    insertOverdue(t, cards);

    auto sync = startSync(t);
    REQUIRE(waitFor([&] { return t.cardCount(QStringLiteral("expired")) > 0; }, 60000));
    kill(*sync);
    const int atKill = t.cardCount(QStringLiteral("expired"));
    // Each chunk is one transaction: what the killed run left is whole chunks, audited with them.
    CHECK(atKill % 2000 == 0);
    CHECK(expiryRecords(t, false) == atKill);
    if (atKill == cards)
        WARN("the run had finished its pass when it was killed; the second run must then expire nothing");

    lapseLease(t);
    auto again = startSync(t);
    waitForExit(*again);
    CHECK(t.cardCount(QStringLiteral("expired")) == cards);
    CHECK(t.cardCount(QStringLiteral("assigned")) == 0);
    CHECK(expiryRecords(t, false) == cards);
    CHECK(expiryRecords(t, true) == cards);
}
