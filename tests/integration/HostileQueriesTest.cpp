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
