// SPDX-License-Identifier: Apache-2.0
// Importing cardholders from an HR export: what a good file changes, and a catalogue of bad files, each with
// the message an administrator reads and nothing of it applied.
#include "PeopleImport.h"
#include "HandOutService.h"
#include "PeopleQuery.h"
#include "PeopleService.h"
#include "TestBackend.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace tempcards;
using namespace tempcards::test;

namespace {

const QByteArray kHeader = "employee_id,given_name,surname,email,department\r\n";

PeopleImport::Result import(TestBackend &t, const Session &session, const QByteArray &file,
                            PeopleImport::Mode mode = PeopleImport::Mode::Partial)
{
    return await(t.backend().people()->importFile(session, file, QStringLiteral("hr.csv"), mode), 120000);
}

int people(TestBackend &t)
{
    return PeopleQuery::count(t.database().connection());
}

} // namespace

TEST_CASE("an HR export adds, updates and (when full) deactivates cardholders, and says what it changed",
          "[people][import]")
{
    TestBackend t;
    const Session admin = t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    const QByteArray first = kHeader +
                             "E1,Anna,Svensson,anna@example.org,HR\r\n"
                             "E2,Björn,Öberg,bjorn@example.org,IT\r\n"
                             "E3,\"Carl, Jr.\",\"Nilsson \"\"CJ\"\"\",carl@example.org,\"Sales\r\nNorth\"\r\n";
    // A department with a line break is refused: every field is one line of text.
    auto refused = import(t, admin, first);
    CHECK_FALSE(refused.ok);
    CHECK(refused.message.contains(QStringLiteral("Line 4")));
    CHECK(people(t) == 0);

    const QByteArray good = kHeader + "E1,Anna,Svensson,anna@example.org,HR\r\n"
                                      "E2,Björn,Öberg,bjorn@example.org,IT\r\n"
                                      "E3,\"Carl, Jr.\",\"Nilsson \"\"CJ\"\"\",carl@example.org,Sales\r\n";
    auto result = import(t, admin, good);
    REQUIRE(result.ok);
    CHECK(result.added == 3);
    CHECK(result.message.contains(QStringLiteral("3 added")));
    const auto carl = PeopleQuery::byEmployeeId(t.database().connection(), QStringLiteral("E3"));
    REQUIRE(carl);
    CHECK(carl->givenName == QStringLiteral("Carl, Jr."));
    CHECK(carl->surname == QStringLiteral("Nilsson \"CJ\""));

    // The same file again changes nothing; a partial file with one change touches only that person.
    result = import(t, admin, good);
    CHECK(result.unchanged == 3);
    CHECK(result.added + result.changed + result.deactivated == 0);
    result = import(t, admin, "Employee ID;x\n" + QByteArray("E9"));
    CHECK_FALSE(result.ok); // no given name or surname column
    result = import(t, admin, "Surname,Given Name,Employee ID,Cost centre\nSvensson-Ek,Anna,E1,4711\n");
    REQUIRE(result.ok);
    CHECK(result.changed == 1);
    CHECK(result.ignoredColumns == QStringList{QStringLiteral("Cost centre")});
    CHECK(result.message.contains(QStringLiteral("Cost centre")));
    // A column the file does not have keeps what is stored.
    CHECK(PeopleQuery::byEmployeeId(t.database().connection(), QStringLiteral("E1"))->email ==
          QStringLiteral("anna@example.org"));
    CHECK(PeopleQuery::count(t.database().connection(), true) == 3);

    // A full export without E2 sets E2 inactive; a holder of a card then needs attention.
    const qint64 card = t.insertCard(CardState::Unassigned);
    t.enableProcess(ProcessId::AssignTemporaryCard);
    const Session op = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    const auto bjorn = PeopleQuery::byEmployeeId(t.database().connection(), QStringLiteral("E2"));
    REQUIRE(await(t.backend().handOut()->assign(op, card, bjorn->id)).ok);
    result = import(t, admin,
                    kHeader + "E1,Anna,Svensson-Ek,,\nE3,\"Carl, Jr.\",\"Nilsson \"\"CJ\"\"\",carl@example.org,Sales\n",
                    PeopleImport::Mode::Full);
    REQUIRE(result.ok);
    CHECK(result.deactivated == 1);
    CHECK(result.changed == 1); // E1's e-mail and department emptied
    CHECK(result.cardsNeedingAttention == 1);
    CHECK(result.message.contains(QStringLiteral("needing attention")));
    CHECK_FALSE(PeopleQuery::byEmployeeId(t.database().connection(), QStringLiteral("E2"))->active);
    // Audited: each person added or changed, and each import (the refused ones too).
    CHECK(t.auditCount(QStringLiteral("person.add")) == 3);
    CHECK(t.auditCount(QStringLiteral("person.change")) == 3);
    CHECK(t.auditCount(QStringLiteral("people.import"), QStringLiteral("success")) == 4);
    CHECK(t.auditCount(QStringLiteral("people.import"), QStringLiteral("failure")) == 2);
}

TEST_CASE("a bad HR export is refused with the line and the reason, and changes nothing", "[people][import]")
{
    TestBackend t;
    const Session admin = t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    REQUIRE(import(t, admin, kHeader + "K1,Kept,Person,kept@example.org,Ops\n").ok);
    const QByteArray longText(10000, 'x');
    struct Case
    {
        const char *name;
        QByteArray file;
        QString expected;
    };
    const QList<Case> cases = {
        {"Latin-1 instead of UTF-8", kHeader + "E1,J\xf6rg,M\xfcller,,\n",
         QStringLiteral("Line 2: the file is not UTF-8")},
        {"UTF-16", QByteArray("\xff\xfe", 2) + QByteArray("e\0m\0", 4), QStringLiteral("UTF-16")},
        {"a missing column", "employee_id,given_name,email\nE1,Anna,a@example.org\n",
         QStringLiteral("Line 1: the header has no surname column")},
        {"duplicate employee ids", kHeader + "E1,Anna,A,,\nE2,Bo,B,,\nE1,Anna,Again,,\n",
         QStringLiteral("Line 4: the employee id E1 is also on line 2")},
        {"a quote left open", kHeader + "E1,\"Anna,A,,\nE2,Bo,B,,\n",
         QStringLiteral("Line 2: a quoted field that starts on line 2 is never closed")},
        {"a 10,000-character field", kHeader + "E1,Anna," + longText + ",,\n",
         QStringLiteral("Line 2: the surname is longer than 128 characters")},
        {"a control character", kHeader + "E1,An\x07na,A,,\n",
         QStringLiteral("Line 2: the given name holds a control")},
        {"a quote inside a plain field", kHeader + "E1,An\"na,A,,\n", QStringLiteral("Line 2: a double quote inside")},
        {"too few fields", kHeader + "E1,Anna\n", QStringLiteral("but the header names 5")},
        {"an empty employee id", kHeader + ",Anna,A,,\n", QStringLiteral("Line 2: the employee id is empty")},
        {"a bad e-mail address", kHeader + "E1,Anna,A,not-an-address,\n",
         QStringLiteral("Line 2: the e-mail address not-an-address is not one")},
        {"a bad state", "employee_id,given_name,surname,state\nE1,Anna,A,retired\n",
         QStringLiteral("Line 2: the state is \"retired\"")},
        {"a language that is no tag", "employee_id,given_name,surname,language\nE1,Anna,A,Deutsch!\n",
         QStringLiteral("Line 2: the language \"Deutsch!\" is not a language tag")},
        {"only a header", kHeader, QStringLiteral("names no people")},
        {"an empty file", QByteArray(), QStringLiteral("The file is empty")},
        {"a good row before a bad one", kHeader + "E7,Good,Row,,\nE8,Bad,\"Row,,\n", QStringLiteral("never closed")},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const auto result = import(t, admin, c.file, PeopleImport::Mode::Full);
        CHECK_FALSE(result.ok);
        CHECK(result.message.contains(c.expected));
        CHECK_FALSE(result.problems.isEmpty());
        // Nothing half-applied: the one person from before is there, active, and nobody else.
        CHECK(people(t) == 1);
        CHECK(PeopleQuery::count(t.database().connection(), true) == 1);
    }
    // Many bad rows: the first hundred are listed, the rest counted.
    QByteArray many = kHeader;
    for (int i = 0; i < 250; ++i)
        many += "X" + QByteArray::number(i) + ",Bad,Row,nope,\n";
    const auto result = import(t, admin, many);
    CHECK(result.problems.size() == PeopleCsv::kMaxListedProblems);
    CHECK(result.moreProblems == 150);
    CHECK(people(t) == 1);
}

TEST_CASE("a language column picks each holder's language and a file without one keeps it", "[people][import]")
{
    CHECK(PersonLanguage::of(QStringLiteral("de-AT")) == QStringLiteral("de"));
    CHECK(PersonLanguage::of(QStringLiteral("SV_se")) == QStringLiteral("sv"));
    CHECK(PersonLanguage::of(QStringLiteral("de-CH, en;q=0.8")) == QStringLiteral("de"));
    CHECK(PersonLanguage::of(QStringLiteral(" ")).isEmpty());
    bool ok = true;
    CHECK(PersonLanguage::of(QStringLiteral("Svenska"), &ok).isEmpty());
    CHECK_FALSE(ok);

    TestBackend t;
    const Session admin = t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    REQUIRE(import(t, admin,
                   "Employee ID,Given name,Surname,Preferred language\nE1,Anna,A,sv-SE\nE2,Jörg,B,de\n"
                   "E3,Sam,C,\n")
                .ok);
    const auto language = [&](const char *id) {
        return PeopleQuery::byEmployeeId(t.database().connection(), QLatin1String(id))->language;
    };
    CHECK(language("E1") == QStringLiteral("sv"));
    CHECK(language("E2") == QStringLiteral("de"));
    CHECK(language("E3").isEmpty());
    // A later file without the column keeps the languages; one with it changes them, and says so.
    REQUIRE(import(t, admin, kHeader + "E1,Anna,A,,\n").ok);
    CHECK(language("E1") == QStringLiteral("sv"));
    const auto changed = import(t, admin, "employee_id,given_name,surname,language\nE1,Anna,A,en\n");
    REQUIRE(changed.ok);
    CHECK(language("E1") == QStringLiteral("en"));
    CHECK(t.auditText().contains(QStringLiteral("hr.csv: language")));
}

TEST_CASE("only an account with people:import imports cardholders", "[people][import][permissions]")
{
    TestBackend t;
    const Session op = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    const Session auditor = t.createAccount(QStringLiteral("aud"), {Roles::Auditor});
    for (const Session &session : {op, auditor}) {
        const auto result = import(t, session, kHeader + "E1,Anna,A,,\n");
        CHECK_FALSE(result.ok);
        CHECK(result.message.contains(QStringLiteral("Your roles do not allow")));
    }
    CHECK(people(t) == 0);
    CHECK(t.auditCount(QStringLiteral("people.import"), QStringLiteral("refused")) == 2);
}

TEST_CASE("a file of 100,000 people is imported whole, and found again by name or employee id",
          "[people][import][search]")
{
    TestBackend t;
    const Session admin = t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    QByteArray file = kHeader;
    file.reserve(6'000'000);
    for (int i = 0; i < 100000; ++i)
        file += "P" + QByteArray::number(100000 + i) + ",Given" + QByteArray::number(i % 977) + ",Sur" +
                QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.org,Dept " +
                QByteArray::number(i % 40) + "\n";
    const auto result = import(t, admin, file);
    REQUIRE(result.ok);
    CHECK(result.added == 100000);
    const QSqlDatabase db = t.database().connection();
    CHECK(PeopleQuery::count(db) == 100000);
    CHECK(PeopleQuery::search(db, QStringLiteral("P123456"), 10).size() == 1);
    const QList<Person> byName = PeopleQuery::search(db, QStringLiteral("sur4242"), 50);
    REQUIRE_FALSE(byName.isEmpty());
    CHECK(byName.first().surname == QStringLiteral("Sur4242"));
    // Two words: the given name's start and the surname's.
    const QList<Person> both = PeopleQuery::search(db, QStringLiteral("given5 sur5"), 50);
    REQUIRE_FALSE(both.isEmpty());
    for (const Person &p : both)
        CHECK((p.givenName.startsWith(QStringLiteral("Given5")) && p.surname.startsWith(QStringLiteral("Sur5"))));
    CHECK(PeopleQuery::search(db, QStringLiteral("sur"), 50).size() == 50);
}

TEST_CASE("the search folds case and accents and treats LIKE's wildcards as text", "[people][search]")
{
    TestBackend t;
    t.createPerson(QStringLiteral("E1"), true, QStringLiteral("Åsa"), QStringLiteral("Öberg"));
    t.createPerson(QStringLiteral("E2"), false, QStringLiteral("Asa"), QStringLiteral("Oberg"));
    t.createPerson(QStringLiteral("E_3"), true, QStringLiteral("Per"), QStringLiteral("100%"));
    const QSqlDatabase db = t.database().connection();
    const QList<Person> found = PeopleQuery::search(db, QStringLiteral("asa OBERG"), 10);
    REQUIRE(found.size() == 2);
    CHECK(found.first().employeeId == QStringLiteral("E1")); // active people first
    CHECK_FALSE(found.last().active);
    CHECK(PeopleQuery::search(db, QStringLiteral("per 100%"), 10).size() == 1);
    CHECK(PeopleQuery::search(db, QStringLiteral("per 1_0"), 10).isEmpty());
    CHECK(PeopleQuery::search(db, QStringLiteral("e_"), 10).size() == 1);
    CHECK(PeopleQuery::search(db, QStringLiteral("   "), 10).isEmpty());
    CHECK(PeopleQuery::search(db, QStringLiteral("\u200Eöberg"), 10).size() == 2);
}
