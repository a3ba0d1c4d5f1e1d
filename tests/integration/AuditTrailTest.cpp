// SPDX-License-Identifier: Apache-2.0
// The audit trail over a scripted session: one record per audited action, chained; the verifier names
// the first changed, removed or swapped record; the client's connection cannot change the trail.
#include "AbortTemporaryCardOrder.h"
#include "AccountAdministration.h"
#include "AccountService.h"
#include "AuditChain.h"
#include "InitializeTemporaryCard.h"
#include "Migrator.h"
#include "OrderHelpers.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tempcards;
using namespace tempcards::test;

namespace {

QStringList actions(TestBackend &t)
{
    SqlQuery query(t.database().connection(),
                   QStringLiteral("SELECT action || ' ' || outcome FROM audit_log ORDER BY id"));
    query.exec();
    QStringList list;
    while (query.next())
        list << query.value(0).toString();
    return list;
}

void runAll(QSqlDatabase db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        const bool ok = query.exec(statement);
        INFO(statement.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(ok);
    }
}

// Tampers with the trail as someone with access to the database itself would (the append-only triggers
// dropped first), and verifies it. SQLite: on a copy of the file. PostgreSQL: in a transaction that is
// rolled back afterwards (its DDL is transactional), so every section starts from the same trail.
AuditChain::Verdict tamperAndVerify(TestBackend &t, const QString &name, const QStringList &statements)
{
    const QStringList drop = dropAuditTriggers(t.database().connection());
    if (TestBackend::onPostgres()) {
        QSqlDatabase db = t.database().connection();
        runAll(db, QStringList{QStringLiteral("BEGIN")} + drop + statements);
        const AuditChain::Verdict verdict = AuditChain::verify(db);
        runAll(db, {QStringLiteral("ROLLBACK")});
        return verdict;
    }
    SqlQuery::run(t.database().connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QString path = t.databasePath() + QLatin1Char('.') + name;
    QFile::remove(path);
    REQUIRE(QFile::copy(t.databasePath(), path));
    AuditChain::Verdict verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        runAll(db, drop + statements);
        verdict = AuditChain::verify(db);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return verdict;
}

} // namespace

TEST_CASE("a scripted session leaves one chained audit record per audited action", "[audit]")
{
    TestBackend t;
    const Session admin = t.createAccount(QStringLiteral("boss"), {Roles::Administrator});
    AccountService *accounts = t.backend().accounts();
    const int before = int(actions(t).size());

    CHECK(await(accounts->login(QStringLiteral("boss"), QStringLiteral("wrong password!"))).ok == false);
    CHECK(await(accounts->login(QStringLiteral("boss"), TestBackend::kPassword)).ok);
    CHECK(await(t.backend().administration()->createAccount(admin, QStringLiteral("olle"), TestBackend::kPassword,
                                                            TestBackend::kPassword, {Roles::Operator}))
              .ok);
    t.enableProcess(ProcessId::OrderTemporaryCards);
    t.enableProcess(ProcessId::AbortTemporaryCardOrder);
    const Session olle = t.session(QStringLiteral("olle"));
    REQUIRE(order(t, olle, 2)->result() == OrderTemporaryCardsJob::Result::Queued);
    CHECK(await(t.backend().ordering()->abortCards(olle, {1})).cards.first().aborted);
    CHECK(t.runSync().cardsOrdered == 1);

    const QStringList written = actions(t).mid(before);
    CHECK(written == QStringList{
                         QStringLiteral("login failure"),
                         QStringLiteral("login success"),
                         QStringLiteral("account.create success"),
                         QStringLiteral("settings.change success"), // Order enabled
                         QStringLiteral("settings.change success"), // Abort enabled
                         QStringLiteral("card.state success"),      // card 1 processing
                         QStringLiteral("card.state success"),      // card 2 processing
                         QStringLiteral("process.start success"),   // Order temporary cards
                         QStringLiteral("card.state success"),      // card 1 aborted
                         QStringLiteral("process.start success"),   // Abort temporary card order
                         QStringLiteral("card.state success"),      // card 2 ordered, by the batch sync
                         QStringLiteral("order.batch success"),
                     });
    const QSqlDatabase db = t.database().connection();
    // Who, with which roles, from where, when.
    SqlQuery last(
        db, QStringLiteral("SELECT actor, roles, workstation, at FROM audit_log WHERE action = 'account.create'"));
    last.exec();
    REQUIRE(last.next());
    CHECK(last.value(0).toString() == QStringLiteral("boss"));
    CHECK(last.value(1).toString() == QStringLiteral("administrator"));
    CHECK(last.value(2).toString() == QStringLiteral("test-workstation"));
    CHECK(last.value(3).toString().endsWith(QLatin1Char('Z')));
    const AuditChain::Verdict verdict = AuditChain::verify(db);
    CHECK(verdict.ok);
    CHECK(verdict.records == actions(t).size());
}

TEST_CASE("the verifier names the first changed, removed or swapped record, and a removed tail", "[audit]")
{
    TestBackend t;
    const Session session = orderingOperator(t, true);
    order(t, session, 3);
    const qint64 count = AuditChain::verify(t.database().connection()).records;
    REQUIRE(count == 5); // settings change, three cards, the process start
    const QString columns =
        QStringLiteral("at, actor, roles, action, object, before_value, after_value, outcome, detail, "
                       "workstation, prev_hash, hash");

    SECTION("changed")
    {
        const auto verdict = tamperAndVerify(t, QStringLiteral("edit"),
                                             {QStringLiteral("UPDATE audit_log SET detail = 'amount=9' WHERE id = 5")});
        CHECK_FALSE(verdict.ok);
        CHECK(verdict.firstBadId == 5);
        CHECK(verdict.reason.contains(QStringLiteral("was changed")));
    }
    SECTION("removed")
    {
        const auto verdict =
            tamperAndVerify(t, QStringLiteral("delete"), {QStringLiteral("DELETE FROM audit_log WHERE id = 3")});
        CHECK_FALSE(verdict.ok);
        CHECK(verdict.firstBadId == 4);
        CHECK(verdict.reason.contains(QStringLiteral("removed, changed or moved")));
    }
    SECTION("swapped")
    {
        const auto verdict = tamperAndVerify(
            t, QStringLiteral("swap"),
            {QStringLiteral("CREATE TEMP TABLE keep AS SELECT * FROM audit_log WHERE id IN (3, 4)"),
             QStringLiteral("UPDATE audit_log SET (%1) = (SELECT %1 FROM keep WHERE keep.id = 4) WHERE id = 3")
                 .arg(columns),
             QStringLiteral("UPDATE audit_log SET (%1) = (SELECT %1 FROM keep WHERE keep.id = 3) WHERE id = 4")
                 .arg(columns)});
        CHECK_FALSE(verdict.ok);
        CHECK(verdict.firstBadId == 3);
    }
    SECTION("removed at the end")
    {
        const auto verdict = tamperAndVerify(t, QStringLiteral("tail"),
                                             {QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(count)});
        CHECK_FALSE(verdict.ok);
        CHECK(verdict.reason.contains(QStringLiteral("at its end were removed")));
    }
    SECTION("untouched")
    {
        CHECK(tamperAndVerify(t, QStringLiteral("same"), {}).ok);
    }
}

TEST_CASE("the client's connection cannot change or remove audit records", "[audit]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    await(t.backend().accounts()->login(QStringLiteral("olle"), TestBackend::kPassword));
    const QSqlDatabase db = t.database().connection();
    CHECK_THROWS_AS(SqlQuery::run(db, QStringLiteral("UPDATE audit_log SET detail = 'x'")), DatabaseError);
    CHECK_THROWS_AS(SqlQuery::run(db, QStringLiteral("DELETE FROM audit_log")), DatabaseError);
    CHECK(AuditChain::verify(db).ok);
}

TEST_CASE("records written before the chain existed are chained by the migration", "[audit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(Migrator::migrate(db, wallClock(), 3).isEmpty());
        for (int i = 0; i < 3; ++i) {
            QSqlQuery(db).exec(
                QStringLiteral("INSERT INTO audit_log (at, actor, action, object, outcome, workstation) "
                               "VALUES ('2026-01-01T00:00:00.000Z', 'anna', 'login', '', 'success', 'ws')"));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    auto opened = Database::open({path}, wallClock());
    REQUIRE(opened.database);
    const AuditChain::Verdict verdict = AuditChain::verify(opened.database->connection());
    CHECK(verdict.ok);
    CHECK(verdict.records == 3);
}
