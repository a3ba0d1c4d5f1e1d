// SPDX-License-Identifier: Apache-2.0
// Hostile search texts reach the database's queries on both backends without an error: PostgreSQL refuses
// NUL in text, so the searches drop invisible characters before they ask.
#include "AuditTrail.h"
#include "CardQuery.h"
#include "HostileInput.h"
#include "TestBackend.h"

#include <catch2/catch.hpp>

using namespace tempcards;
using namespace tempcards::test;

TEST_CASE("hostile search texts find what they match and raise no database error", "[hostile][search]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    const qint64 card = t.insertCard(CardState::Ordered, 0, QStringLiteral("gc-00000042"));
    t.insertCard(CardState::Processing);
    t.enableProcess(ProcessId::OrderTemporaryCards); // an audit record
    QSqlDatabase db = t.database().connection();
    for (const HostileText &h : hostileTexts()) {
        INFO(h.name);
        CardFilter filter;
        filter.text = h.text;
        QList<CardRow> rows;
        REQUIRE_NOTHROW(rows = CardQuery::page(db, filter, 0, 50));
        CHECK(rows.size() == (h.kind == Hostile::Empty ? 2 : 0));
        AuditFilter audit;
        audit.actor = h.text;
        audit.object = h.text;
        QList<AuditRow> records;
        REQUIRE_NOTHROW(records = AuditTrail::page(db, audit, 0, 50));
        CHECK(records.isEmpty() == (h.kind != Hostile::Empty));
    }
    CardFilter marked;
    marked.text = QStringLiteral("\u200Egc-0000004\u200F");
    const QList<CardRow> rows = CardQuery::page(db, marked, 0, 50);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().id == card);
    CHECK(marked.matches(rows.first()));
}

TEST_CASE("a prefix search finds exactly the ids that start with it, whatever the database's collation",
          "[search][postgres]")
{
    // On PostgreSQL the database sorts by an ICU locale that ignores case at first, as many installations
    // do: "GC-0000004y" then lies between "gc-0000004" and "gc-0000004" followed by U+FFFF.
    TestBackend::Options options;
    options.postgresIcuLocale = QStringLiteral("en");
    TestBackend t(options);
    const qint64 lower = t.insertCard(CardState::Ordered, 0, QStringLiteral("gc-0000004x"));
    t.insertCard(CardState::Ordered, 0, QStringLiteral("GC-0000004y"));
    t.insertCard(CardState::Ordered, 0, QStringLiteral("gc-0000005"));
    t.insertCard(CardState::Ordered, 0, QStringLiteral("gc-000000"));
    QSqlDatabase db = t.database().connection();
    CardFilter filter;
    filter.text = QStringLiteral("gc-0000004");
    const QList<CardRow> rows = CardQuery::page(db, filter, 0, 50);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().id == lower);
    for (const CardRow &row : rows)
        CHECK(filter.matches(row));
    AuditFilter audit;
    audit.object = QStringLiteral("process:");
    t.enableProcess(ProcessId::OrderTemporaryCards);
    for (const AuditRow &row : AuditTrail::page(db, audit, 0, 50))
        CHECK(row.object.startsWith(QStringLiteral("process:")));
    CHECK_FALSE(AuditTrail::page(db, audit, 0, 50).isEmpty());
}
