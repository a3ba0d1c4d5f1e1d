// SPDX-License-Identifier: Apache-2.0
// With login roles (resources/postgres/rules.sql) the database moves cards only along their processes, keeps
// order batches to their own cards, gives the Go Cards secret to the batch sync's role alone, and a
// workstation hands orders and refreshes to the tempcards-sync services; each attack refused next to the
// process through tempcards succeeding.
#include "LoginRoles.h"

using namespace tempcards;
using namespace tempcards::test;

TEST_CASE("with login roles the database moves a card only along a process its person may run",
          "[postgres][accounts][cards]")
{
    InstallationRoles roles;
    TestBackend t;
    if (!TestBackend::onPostgres())
        return;
    // Set up while the harness may still write directly: ordering sent at once (Queue off), abort and
    // initialize enabled, an auditor, and cards in the states the processes start from.
    const Session olle = orderingOperator(t, false);
    t.enableProcess(ProcessId::AbortTemporaryCardOrder);
    t.enableProcess(ProcessId::InitializeTemporaryCard);
    t.createAccount(QStringLiteral("aud"), {Roles::Auditor});
    const qint64 toAbort = t.insertCard(CardState::Processing);
    const qint64 stillProcessing = t.insertCard(CardState::Processing);
    const QString reported = QStringLiteral("04A1B2C3D4E5F6");
    const qint64 produced = t.insertCard(CardState::Produced, 0, QStringLiteral("gc-1"), reported);
    const qint64 producedToo = t.insertCard(CardState::Produced, 0, QStringLiteral("gc-2"), reported);
    const qint64 ordered = t.insertCard(CardState::Ordered, 0, QStringLiteral("gc-3"));
    const qint64 sent = t.insertBatch(QStringLiteral("sent"), {ordered});
    // A pending batch ordering its one processing card, as an order with Queue off leaves it.
    const qint64 inBatch = t.insertCard(CardState::Processing);
    const qint64 pending = t.insertBatch(QStringLiteral("pending"), {inBatch});
    install(t, roles);
    const QSqlDatabase owner = t.database().connection();
    const QString p = roles.prefix;
    SqlQuery(owner, QStringLiteral("UPDATE order_batches SET request_body = '{\"cards\":[{\"cardType\":\"temporary\","
                                   "\"externalId\":\"' || (SELECT external_id FROM cards WHERE id = ?) || '\"}],"
                                   "\"layoutId\":\"l\",\"organisationId\":\"' || ? || '\",\"productionType\":"
                                   "\"external\"}' WHERE id = ?"))
        .bind(inBatch)
        .bind(t.goCardsConfig().organisationId)
        .bind(pending)
        .exec();
    for (const QString &name : {olle.userName, QStringLiteral("aud")})
        SqlQuery::run(owner,
                      QStringLiteral("ALTER ROLE %1%2 PASSWORD '%3'").arg(p, name, verifier(TestBackend::kPassword)));

    // The processes through tempcards, as the operator: abort, initialize (and order, below).
    Desk desk(t, roles);
    const LoginResult login = desk.login(olle.userName, TestBackend::kPassword);
    REQUIRE(login.ok);
    const Session session = login.session;
    const auto aborted = await(desk.backend->ordering()->abortCards(session, {toAbort}));
    CHECK(aborted.started);
    CHECK(t.cardState(toAbort) == QStringLiteral("aborted"));
    const auto initialized = await(desk.backend->cards()->initialize(session, produced, reported));
    INFO(initialized.message.toStdString());
    CHECK(initialized.ok);
    CHECK(t.cardState(produced) == QStringLiteral("unassigned"));

    // The same person, and an auditor, connected directly.
    std::unique_ptr<Database> asOlle = openAs(t, p + olle.userName, TestBackend::kPassword);
    std::unique_ptr<Database> asAuditor = openAs(t, p + QStringLiteral("aud"), TestBackend::kPassword);
    const QString madeUp =
        QStringLiteral("INSERT INTO order_batches (idempotency_key, request_body, state, created_at, "
                       "created_by) VALUES ('k-forged', '{\"cards\":[{\"cardType\":\"temporary\","
                       "\"externalId\":\"x\"}],\"layoutId\":\"l\",\"organisationId\":\"%1\","
                       "\"productionType\":\"external\"}', 'pending', 'x', '%2')")
            .arg(t.goCardsConfig().organisationId, olle.userName);
    const QList<std::pair<const Database *, QString>> attacks{
        // A made-up chip UID, a skipped or backward edge, an edge no process has.
        {asOlle.get(),
         QStringLiteral("UPDATE cards SET state = 'unassigned', chip_uid = 'DEADBEEF' WHERE id = %1").arg(producedToo)},
        {asOlle.get(), QStringLiteral("UPDATE cards SET state = 'produced' WHERE id = %1").arg(ordered)},
        {asOlle.get(), QStringLiteral("UPDATE cards SET state = 'processing' WHERE id = %1").arg(toAbort)},
        {asOlle.get(), QStringLiteral("UPDATE cards SET state = 'ordered' WHERE id = %1").arg(produced)},
        // Reports are Go Cards', recorded by the batch sync alone, even for an operator who may refresh cards.
        {asOlle.get(), QStringLiteral("UPDATE cards SET state = 'in_production' WHERE id = %1").arg(ordered)},
        {asOlle.get(),
         QStringLiteral("UPDATE cards SET state = 'failed', failure_reason = 'x' WHERE id = %1").arg(ordered)},
        {asAuditor.get(), QStringLiteral("UPDATE cards SET state = 'in_production' WHERE id = %1").arg(ordered)},
        // What a card is, its chip UID outside Initialize, and new cards in any other shape.
        {asOlle.get(), QStringLiteral("UPDATE cards SET chip_uid = 'AABBCCDD' WHERE id = %1").arg(produced)},
        {asOlle.get(), QStringLiteral("UPDATE cards SET ordered_by = 'someone' WHERE id = %1").arg(ordered)},
        {asOlle.get(), QStringLiteral("INSERT INTO cards (external_id, production_type, state, ordered_at, ordered_by, "
                                      "updated_at) VALUES ('e-1', 'external', 'produced', 'x', '%1', 'x')")
                           .arg(olle.userName)},
        {asOlle.get(), QStringLiteral("INSERT INTO cards (external_id, production_type, state, ordered_at, ordered_by, "
                                      "updated_at) VALUES ('e-2', 'external', 'processing', 'x', 'aud', 'x')")},
        // An order batch for cards it does not hold, or a sent one changed.
        {asOlle.get(), madeUp},
        {asOlle.get(),
         QStringLiteral("UPDATE order_batches SET request_body = request_body || ' ' WHERE id = %1").arg(sent)},
        {asOlle.get(), QStringLiteral("DELETE FROM order_batches")},
        // A card taken out of the batch that orders it (it would be queued and ordered again).
        {asOlle.get(), QStringLiteral("UPDATE cards SET batch_id = NULL WHERE batch_id = %1").arg(pending)},
        // An auditor runs no process.
        {asAuditor.get(), QStringLiteral("UPDATE cards SET state = 'aborted' WHERE id = %1").arg(stillProcessing)},
        {asAuditor.get(), QStringLiteral("INSERT INTO cards (external_id, production_type, state, ordered_at, "
                                         "ordered_by, updated_at) VALUES ('e-3', 'external', 'processing', 'x', "
                                         "'aud', 'x')")},
        // Nor changes settings, reads secrets or the audit key, or writes the trail in another's name.
        {asAuditor.get(), QStringLiteral("UPDATE processes SET enabled = 0")},
        {asAuditor.get(), QStringLiteral("INSERT INTO role_permissions (role, permission) VALUES ('auditor', "
                                         "'accounts:manage')")},
        {asAuditor.get(), QStringLiteral("SELECT client_secret FROM gocards_connection")},
        {asAuditor.get(), QStringLiteral("SELECT key FROM audit_key")},
        {asAuditor.get(), QStringLiteral("SELECT tempcards_audit('%1', 'card.state', 'card:1', 'produced', "
                                         "'unassigned', 'success', '', 'x')")
                              .arg(olle.userName)},
        {asAuditor.get(), QStringLiteral("UPDATE audit_head SET last_id = last_id - 1")},
        {asAuditor.get(), QStringLiteral("GRANT %1operator TO %1aud").arg(p)},
    };
    for (const auto &[database, attack] : attacks) {
        const QString message = refused(const_cast<Database *>(database)->connection(), attack);
        INFO(attack.toStdString() << "\n -> " << message.toStdString());
        CHECK_FALSE(message.isEmpty());
    }
    CHECK(refused(asOlle->connection(), QStringLiteral("UPDATE cards SET batch_id = NULL WHERE id = %1").arg(inBatch))
              .contains(QStringLiteral("exactly its cards")));
    // A process an administrator disabled is refused by the database too, not only by the client.
    SqlQuery::run(
        owner,
        QStringLiteral("UPDATE processes SET enabled = 0 WHERE symbolic_name = 'TempCardsAddonExtProdProcAbort'"));
    refused(asOlle->connection(),
            QStringLiteral("UPDATE cards SET state = 'aborted' WHERE id = %1").arg(stillProcessing));
    CHECK(t.cardState(stillProcessing) == QStringLiteral("processing"));
    CHECK(t.cardState(producedToo) == QStringLiteral("produced"));
    CHECK(t.cardState(ordered) == QStringLiteral("ordered"));

    // Ordering, sent by the batch sync's service when Next hands it over (which sends the queued card too).
    Dispatcher dispatcher(t, roles);
    dispatcher.start();
    std::unique_ptr<OrderTemporaryCardsJob> job = orderAt(desk, session, 2);
    INFO(job->message().toStdString());
    CHECK(job->result() == OrderTemporaryCardsJob::Result::Ordered);
    CHECK(t.cardCount() == 8);
    // Refresh from Go Cards, asked of the batch sync's service, which answers through the audit trail.
    std::unique_ptr<RefreshCardJob> refresh = refreshAt(desk, session, job->cardIds().first());
    INFO(refresh->message().toStdString());
    CHECK(refresh->ok());
    CHECK(refresh->message().contains(QStringLiteral("ordered")));
    CHECK(SqlQuery(owner, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'card.refresh' AND actor = "
                                         "'batch-sync' AND object = 'card:%1'")
                              .arg(job->cardIds().first()))
              .scalar()
              .toInt() == 1);
    checkIntact(owner);
}

TEST_CASE("with login roles only the batch sync reads the Go Cards secret, and Next hands the order to it",
          "[postgres][accounts][dispatch]")
{
    InstallationRoles roles;
    TestBackend t;
    if (!TestBackend::onPostgres())
        return;
    const Session olle = orderingOperator(t, false);
    const qint64 known = t.insertCard(CardState::Ordered, 0, QStringLiteral("gc-9"));
    install(t, roles);
    const QSqlDatabase owner = t.database().connection();
    const QString p = roles.prefix;
    for (const QString &name : {olle.userName, QStringLiteral("test-admin")})
        SqlQuery::run(
            owner, QStringLiteral("ALTER ROLE \"%1%2\" PASSWORD '%3'").arg(p, name, verifier(TestBackend::kPassword)));

    // An administrator saves the connection with its secret, then changes it without typing the secret.
    Desk adminDesk(t, roles);
    const LoginResult admin = adminDesk.login(QStringLiteral("test-admin"), TestBackend::kPassword);
    REQUIRE(admin.ok);
    GoCardsConnectionForm form;
    form.baseUrl = t.goCardsConfig().baseUrl.toString();
    form.organisationId = t.goCardsConfig().organisationId;
    form.clientId = t.goCardsConfig().clientId;
    form.clientSecret = t.goCardsConfig().clientSecret;
    Outcome saved = await(adminDesk.backend->connection()->save(admin.session, form));
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok);
    form.clientSecret.clear();
    form.clientId = t.goCardsConfig().clientId; // unchanged, but saved again: the secret is kept, unread
    saved = await(adminDesk.backend->connection()->save(admin.session, form));
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok);
    CHECK(SqlQuery(owner, QStringLiteral("SELECT client_secret FROM gocards_connection")).scalar().toString() ==
          t.goCardsConfig().clientSecret);
    const GoCardsConnectionView view = adminDesk.backend->connection()->view();
    CHECK(view.secretSaved);
    CHECK(view.form.clientId == t.goCardsConfig().clientId);
    // Testing from a workstation needs the secret typed, as only the batch sync reads the saved one.
    std::unique_ptr<GoCardsConnectionCheckJob> check(adminDesk.backend->connection()->test(admin.session, form));
    bool checked = false;
    QObject context;
    QObject::connect(check.get(), &GoCardsConnectionCheckJob::finished, &context, [&] { checked = true; });
    check->start();
    REQUIRE(waitFor([&] { return checked; }));
    CHECK(check->errorString().contains(QStringLiteral("type them again")));

    // Nobody but the batch sync reads them back.
    Dispatcher dispatcher(t, roles);
    for (const QString &role : {p + QStringLiteral("test-admin"), p + olle.userName}) {
        std::unique_ptr<Database> direct = openAs(t, role, TestBackend::kPassword);
        for (const QString &attack : {QStringLiteral("SELECT client_secret FROM gocards_connection"),
                                      QStringLiteral("SELECT client_key FROM gocards_connection"),
                                      QStringLiteral("SELECT * FROM gocards_connection")}) {
            const QString message = refused(direct->connection(), attack);
            INFO(role.toStdString() << ": " << attack.toStdString() << "\n -> " << message.toStdString());
            CHECK(message.contains(QStringLiteral("permission denied")));
        }
    }
    CHECK(SqlQuery(dispatcher.database->connection(), QStringLiteral("SELECT client_secret FROM gocards_connection"))
              .scalar()
              .toString() == t.goCardsConfig().clientSecret);

    // Next with no dispatcher running: the cards stay processing, and the window says why.
    Desk desk(t, roles);
    const LoginResult login = desk.login(olle.userName, TestBackend::kPassword);
    REQUIRE(login.ok);
    std::unique_ptr<OrderTemporaryCardsJob> waiting = orderAt(desk, login.session, 1);
    CHECK(waiting->result() == OrderTemporaryCardsJob::Result::Pending);
    CHECK(waiting->message().contains(QStringLiteral("No batch sync service is running")));
    CHECK(t.cardState(waiting->cardIds().first()) == QStringLiteral("processing"));
    std::unique_ptr<RefreshCardJob> refresh = refreshAt(desk, login.session, known);
    CHECK_FALSE(refresh->ok());
    CHECK(refresh->message().contains(QStringLiteral("No batch sync service answered")));

    // With one running, Next is answered by it at once, the one left waiting included.
    dispatcher.start();
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<OrderTemporaryCardsJob> job = orderAt(desk, login.session, 3);
    INFO(job->message().toStdString());
    CHECK(job->result() == OrderTemporaryCardsJob::Result::Ordered);
    CHECK(clock.elapsed() < OrderTemporaryCardsJob::kHandOverMs);
    CHECK(t.cardCount(QStringLiteral("ordered")) == 5); // with the one ordered before
}

TEST_CASE("with login roles only the batch sync holds a batch, and an administrator decides on a held one as "
          "themselves",
          "[postgres][accounts][held]")
{
    InstallationRoles roles;
    TestBackend t;
    if (!TestBackend::onPostgres())
        return;
    // A batch held by the batch sync (Go Cards called its key reused) and one it sent and resolved.
    const Session olle = orderingOperator(t, true);
    order(t, olle, 1);
    t.simulator().queueFaults(QStringLiteral("/api/v2/orders"), {sim::Fault::KeyReused});
    REQUIRE(t.runSync().batchesHeld == 1);
    order(t, olle, 1);
    REQUIRE(t.runSync().cardsOrdered == 1);
    const QSqlDatabase owner = t.database().connection();
    const qint64 held =
        SqlQuery(owner, QStringLiteral("SELECT id FROM order_batches WHERE held_at IS NOT NULL")).scalar().toLongLong();
    const qint64 accepted =
        SqlQuery(owner, QStringLiteral("SELECT id FROM order_batches WHERE state = 'accepted'")).scalar().toLongLong();
    t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    install(t, roles);
    const QString p = roles.prefix;
    for (const QString &name : {olle.userName, QStringLiteral("ada")})
        SqlQuery::run(owner,
                      QStringLiteral("ALTER ROLE %1%2 PASSWORD '%3'").arg(p, name, verifier(TestBackend::kPassword)));
    std::unique_ptr<Database> asOlle = openAs(t, p + olle.userName, TestBackend::kPassword);
    std::unique_ptr<Database> asAda = openAs(t, p + QStringLiteral("ada"), TestBackend::kPassword);
    const QString decide = QStringLiteral("UPDATE order_batches SET decision = '%1', decision_reason = '%2', "
                                          "decided_by = '%3'%4 WHERE id = %5");
    const QList<std::pair<Database *, QString>> attacks{
        // An operator decides, holds or frees a batch.
        {asOlle.get(), decide.arg(QStringLiteral("send"), QString(), olle.userName, QString()).arg(held)},
        {asOlle.get(), QStringLiteral("UPDATE order_batches SET held_at = NULL WHERE id = %1").arg(held)},
        {asOlle.get(),
         QStringLiteral("UPDATE order_batches SET held_at = 'x', held_reason = 'x' WHERE id = %1").arg(accepted)},
        // An administrator decides in another's name, frees it without a decision, changes more with it,
        // fails without a reason, or decides on a batch that is not held.
        {asAda.get(), decide.arg(QStringLiteral("send"), QString(), olle.userName, QString()).arg(held)},
        {asAda.get(), QStringLiteral("UPDATE order_batches SET held_at = NULL WHERE id = %1").arg(held)},
        {asAda.get(),
         decide.arg(QStringLiteral("send"), QString(), QStringLiteral("ada"), QStringLiteral(", claimed_by = 'x'"))
             .arg(held)},
        {asAda.get(),
         decide.arg(QStringLiteral("fail"), QStringLiteral(" "), QStringLiteral("ada"), QString()).arg(held)},
        {asAda.get(),
         decide.arg(QStringLiteral("drop"), QStringLiteral("x"), QStringLiteral("ada"), QString()).arg(held)},
        {asAda.get(),
         decide.arg(QStringLiteral("fail"), QStringLiteral("x"), QStringLiteral("ada"), QString()).arg(accepted)},
    };
    for (const auto &[database, attack] : attacks) {
        const QString message = refused(database->connection(), attack);
        INFO(attack.toStdString() << "\n -> " << message.toStdString());
        CHECK_FALSE(message.isEmpty());
    }

    // Through tempcards: the administrator decides, and the batch sync's service sends it again.
    Dispatcher dispatcher(t, roles);
    dispatcher.start();
    Desk desk(t, roles);
    const LoginResult login = desk.login(QStringLiteral("ada"), TestBackend::kPassword);
    REQUIRE(login.ok);
    const Outcome decided =
        await(desk.backend->sync()->decide(login.session, held, HeldBatch::Decision::SendAgain, {}));
    INFO(decided.message.toStdString());
    REQUIRE(decided.ok);
    REQUIRE(waitFor([&] { return t.cardCount(QStringLiteral("ordered")) == 2; }, 20000));
    CHECK(SqlQuery(owner, QStringLiteral("SELECT COUNT(*) FROM order_batches WHERE held_at IS NOT NULL"))
              .scalar()
              .toInt() == 0);
    checkIntact(owner);
}

TEST_CASE("with login roles a batch whose answer is unknown after a restore keeps its cards until the batch sync "
          "has asked Go Cards",
          "[postgres][accounts][restore]")
{
    InstallationRoles roles;
    TestBackend t;
    if (!TestBackend::onPostgres())
        return;
    // A batch the database shows pending, marked as the batch sync marks it after recognising a restore; a
    // free card; and a card of a batch that was sent.
    const Session olle = orderingOperator(t, true);
    t.enableProcess(ProcessId::AbortTemporaryCardOrder);
    order(t, olle, 2);
    const qint64 marked = pendingBatch(t);
    const QSqlDatabase owner = t.database().connection();
    SqlQuery(owner, QStringLiteral("UPDATE order_batches SET answer_unknown_since = 'x' WHERE id = ?"))
        .bind(marked)
        .exec();
    const qint64 inMarked = SqlQuery(owner, QStringLiteral("SELECT MIN(id) FROM cards WHERE batch_id = ?"))
                                .bind(marked)
                                .scalar()
                                .toLongLong();
    const qint64 free = t.insertCard(CardState::Processing);
    const qint64 inSent = t.insertCard(CardState::Processing);
    const qint64 sent = t.insertBatch(QStringLiteral("sent"), {inSent});
    install(t, roles);
    const QString p = roles.prefix;
    SqlQuery::run(
        owner, QStringLiteral("ALTER ROLE %1%2 PASSWORD '%3'").arg(p, olle.userName, verifier(TestBackend::kPassword)));
    std::unique_ptr<Database> asOlle = openAs(t, p + olle.userName, TestBackend::kPassword);
    const QList<QString> attacks{
        // The card taken out of its batch, or aborted with it; the mark cleared, the batch rebuilt or removed.
        QStringLiteral("UPDATE cards SET batch_id = NULL WHERE id = %1").arg(inMarked),
        QStringLiteral("UPDATE cards SET state = 'aborted', batch_id = NULL WHERE id = %1").arg(inMarked),
        QStringLiteral("UPDATE order_batches SET answer_unknown_since = NULL WHERE id = %1").arg(marked),
        QStringLiteral("UPDATE order_batches SET idempotency_key = 'k-new' WHERE id = %1").arg(marked),
        QStringLiteral("DELETE FROM order_batches WHERE id = %1").arg(marked),
        // A workstation marks a batch itself; a card of a sent batch aborted.
        QStringLiteral("UPDATE order_batches SET answer_unknown_since = 'x' WHERE id = %1").arg(sent),
        QStringLiteral("UPDATE cards SET state = 'aborted' WHERE id = %1").arg(inSent),
        QStringLiteral("UPDATE cards SET state = 'aborted', batch_id = NULL WHERE id = %1").arg(inSent),
    };
    for (const QString &attack : attacks) {
        const QString message = refused(asOlle->connection(), attack);
        INFO(attack.toStdString() << "\n -> " << message.toStdString());
        CHECK_FALSE(message.isEmpty());
    }
    CHECK(t.cardState(inMarked) == QStringLiteral("processing"));
    CHECK(t.cardState(inSent) == QStringLiteral("processing"));

    // Through tempcards: the marked card is not aborted, and says why; the free one is.
    Desk desk(t, roles);
    const LoginResult login = desk.login(olle.userName, TestBackend::kPassword);
    REQUIRE(login.ok);
    const auto refusedAbort = await(desk.backend->ordering()->abortCards(login.session, {inMarked}));
    CHECK(refusedAbort.changed.isEmpty());
    REQUIRE(refusedAbort.cards.size() == 1);
    CHECK(refusedAbort.cards.constFirst().reason.contains(QStringLiteral("restored")));
    CHECK(await(desk.backend->ordering()->abortCards(login.session, {free})).changed.size() == 1);

    // The batch sync's service asks Go Cards, which holds none of the cards: the mark goes, the batch is sent.
    SqlQuery::run(owner, QStringLiteral("UPDATE order_batches SET state = 'refused' WHERE id = %1").arg(sent));
    Dispatcher dispatcher(t, roles);
    const BatchSyncJob::Report report = runSyncOf(*dispatcher.backend);
    INFO(report.errorString.toStdString());
    CHECK(report.errorString.isEmpty());
    CHECK(t.cardState(inMarked) == QStringLiteral("ordered"));
    CHECK(SqlQuery(owner, QStringLiteral("SELECT COUNT(*) FROM order_batches WHERE answer_unknown_since IS NOT NULL"))
              .scalar()
              .toInt() == 0);
    checkIntact(owner);
}
