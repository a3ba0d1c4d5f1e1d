// SPDX-License-Identifier: Apache-2.0
#include "CardReports.h"
#include "EventsFeed.h"
#include "GoCardsEvents.h"
#include "Sql.h"
#include "SyncLease.h"
#include "SyncStore.h"
#include "TestBackend.h"
#include "TestSupport.h"
#include "UnknownCards.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace tempcards;
using namespace tempcards::test;

namespace {

GoCardsEvent event(const QString &topic, const QString &cardId, const QString &state, const QString &uid = {})
{
    GoCardsEvent e;
    e.eventId = QStringLiteral("evt");
    e.topic = topic;
    e.card.cardId = cardId;
    e.card.state = state;
    e.card.uid = uid;
    if (state == QLatin1String("FAILED"))
        e.card.failureReason = QStringLiteral("laminator jam");
    return e;
}

CardReports::Applied apply(TestBackend &t, const QList<GoCardsEvent> &events, const QString &cursor)
{
    EventsPage page;
    page.events = events;
    page.nextCursor = cursor;
    const CoreContext &context = t.backend().context();
    return await(t.database().writer().run([&](QSqlDatabase &db) {
        const QDateTime now = context.clock->nowUtc();
        WriteTransaction transaction(db);
        const LeaseTicket lease = SyncLease::acquire(db, context.holder, now, 60);
        transaction.commit();
        const auto applied = EventsFeed::applyPage(db, *context.audit, QStringLiteral("batch-sync"), now, page, lease);
        REQUIRE(applied);
        return *applied;
    }));
}

} // namespace

TEST_CASE("events move cards along the graph: repeats and stale events change nothing", "[events]")
{
    TestBackend t;
    const qint64 a = t.insertCard(CardState::Ordered, 0, QStringLiteral("gc-a"));
    const qint64 b = t.insertCard(CardState::Ordered, 0, QStringLiteral("gc-b"));
    const qint64 c = t.insertCard(CardState::Ordered, 0, QStringLiteral("gc-c"));

    auto applied =
        apply(t,
              {event(QStringLiteral("CARD_IN_PRODUCTION"), QStringLiteral("gc-a"), QStringLiteral("IN_PRODUCTION")),
               event(QStringLiteral("CARD_IN_PRODUCTION"), QStringLiteral("gc-a"), QStringLiteral("IN_PRODUCTION")),
               event(QStringLiteral("CARD_PRODUCED"), QStringLiteral("gc-a"), QStringLiteral("PRODUCED"),
                     QStringLiteral("04AABBCCDDEEFF")),
               // Out of order: PRODUCED arrives before IN_PRODUCTION for b.
               event(QStringLiteral("CARD_PRODUCED"), QStringLiteral("gc-b"), QStringLiteral("PRODUCED"),
                     QStringLiteral("04112233445566")),
               event(QStringLiteral("CARD_IN_PRODUCTION"), QStringLiteral("gc-b"), QStringLiteral("IN_PRODUCTION")),
               event(QStringLiteral("CARD_FAILED"), QStringLiteral("gc-c"), QStringLiteral("FAILED")),
               event(QStringLiteral("CARD_PRODUCED"), QStringLiteral("gc-unknown"), QStringLiteral("PRODUCED"),
                     QStringLiteral("04CAFEF00D0000"))},
              QStringLiteral("7"));
    CHECK(t.cardState(a) == QStringLiteral("produced"));
    CHECK(t.cardState(b) == QStringLiteral("produced"));
    CHECK(t.cardState(c) == QStringLiteral("failed"));
    CHECK(applied.unknown == 1);
    CHECK(applied.repeats == 2);
    // The card this database does not know is kept, with what Go Cards said of it, for an administrator.
    const QList<UnknownCard> unknown = UnknownCards::list(t.database().connection());
    REQUIRE(unknown.size() == 1);
    CHECK(unknown.first().goCardsCardId == QStringLiteral("gc-unknown"));
    CHECK(unknown.first().state == QStringLiteral("PRODUCED"));
    CHECK(unknown.first().detail == QStringLiteral("04CAFEF00D0000"));
    const QSqlDatabase db = t.database().connection();
    CHECK(SqlQuery(db, QStringLiteral("SELECT report_uid FROM cards WHERE id = ?")).bind(b).scalar().toString() ==
          QStringLiteral("04112233445566"));
    CHECK(SqlQuery(db, QStringLiteral("SELECT failure_reason FROM cards WHERE id = ?")).bind(c).scalar().toString() ==
          QStringLiteral("laminator jam"));
    // b skipped a step: both steps are in the audit trail.
    CHECK(SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE object = ? AND action = 'card.state'"))
              .bind(QStringLiteral("card:%1").arg(b))
              .scalar()
              .toInt() == 2);
    CHECK(SyncStore::value(db, SyncStore::EventsCursor) == QStringLiteral("7"));

    // The whole page again: nothing changes.
    const int auditBefore = SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).scalar().toInt();
    applied =
        apply(t,
              {event(QStringLiteral("CARD_FAILED"), QStringLiteral("gc-c"), QStringLiteral("FAILED")),
               event(QStringLiteral("CARD_IN_PRODUCTION"), QStringLiteral("gc-a"), QStringLiteral("IN_PRODUCTION"))},
              QStringLiteral("9"));
    CHECK(applied.changed.isEmpty());
    CHECK(applied.repeats == 2);
    CHECK(SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).scalar().toInt() == auditBefore);
}

TEST_CASE("an event for a card whose acceptance was never recorded orders it first", "[events]")
{
    TestBackend t;
    const qint64 card = t.insertCard(CardState::Processing);
    const QString externalId =
        SqlQuery(t.database().connection(), QStringLiteral("SELECT external_id FROM cards WHERE id = ?"))
            .bind(card)
            .scalar()
            .toString();
    GoCardsEvent e =
        event(QStringLiteral("CARD_IN_PRODUCTION"), QStringLiteral("gc-late"), QStringLiteral("IN_PRODUCTION"));
    e.card.externalId = externalId;
    apply(t, {e}, QStringLiteral("1"));
    CHECK(t.cardState(card) == QStringLiteral("in_production"));
    CHECK(SqlQuery(t.database().connection(), QStringLiteral("SELECT gocards_card_id FROM cards WHERE id = ?"))
              .bind(card)
              .scalar()
              .toString() == QStringLiteral("gc-late"));
}

TEST_CASE("events that conflict with a card's state are skipped, never fatal", "[events]")
{
    TestBackend t;
    const qint64 aborted = t.insertCard(CardState::Aborted, 0, QStringLiteral("gc-x"));
    const qint64 initialized = t.insertCard(CardState::Unassigned, 0, QStringLiteral("gc-y"));
    const auto applied =
        apply(t,
              {event(QStringLiteral("CARD_PRODUCED"), QStringLiteral("gc-x"), QStringLiteral("PRODUCED")),
               event(QStringLiteral("CARD_FAILED"), QStringLiteral("gc-y"), QStringLiteral("FAILED"))},
              QStringLiteral("2"));
    CHECK(applied.conflicts == 2); // Go Cards producing an aborted card, or failing an initialized one
    CHECK(applied.repeats == 0);
    CHECK(t.cardState(aborted) == QStringLiteral("aborted"));
    CHECK(t.cardState(initialized) == QStringLiteral("unassigned"));
}

TEST_CASE("events pages are read strictly: a bad event is skipped, a bad page refused", "[events]")
{
    QString problem;
    const QJsonObject good{{QStringLiteral("eventId"), QStringLiteral("e1")},
                           {QStringLiteral("topic"), QStringLiteral("CARD_PRODUCED")},
                           {QStringLiteral("data"),
                            QJsonObject{{QStringLiteral("cardId"), QStringLiteral("gc-1")},
                                        {QStringLiteral("state"), QStringLiteral("PRODUCED")},
                                        {QStringLiteral("reportData"),
                                         QJsonObject{{QStringLiteral("uid"), QStringLiteral("04aabbccddeeff")}}}}}};
    QJsonObject unknownTopic = good;
    unknownTopic.insert(QStringLiteral("topic"), QStringLiteral("CARD_SHREDDED"));
    QJsonObject badUid = good;
    badUid.insert(
        QStringLiteral("data"),
        QJsonObject{{QStringLiteral("cardId"), QStringLiteral("gc-2")},
                    {QStringLiteral("state"), QStringLiteral("PRODUCED")},
                    {QStringLiteral("reportData"), QJsonObject{{QStringLiteral("uid"), QStringLiteral("<script>")}}}});
    const auto page =
        GoCardsEvents::parsePage(QJsonObject{{QStringLiteral("events"), QJsonArray{good, unknownTopic, badUid, 42}},
                                             {QStringLiteral("nextCursor"), QStringLiteral("c9")}},
                                 &problem);
    REQUIRE(page);
    CHECK(page->events.size() == 1);
    CHECK(page->events.first().card.uid == QStringLiteral("04AABBCCDDEEFF"));
    CHECK(page->skipped == 3);
    CHECK(page->nextCursor == QStringLiteral("c9"));
    CHECK_FALSE(GoCardsEvents::parsePage(QJsonObject{{QStringLiteral("events"), QJsonArray{}}}, &problem));
    CHECK_FALSE(GoCardsEvents::parsePage(QJsonObject{{QStringLiteral("nextCursor"), QStringLiteral("c1")}}, &problem));
}
