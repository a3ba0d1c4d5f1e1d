// SPDX-License-Identifier: Apache-2.0
#include "OptionsScript.h"
#include "TempCardOptions.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace tempcards;

namespace {
ScriptError errorOf(const QString &script)
{
    const auto parsed = OptionsScript::parse(script);
    REQUIRE(parsed.error.has_value());
    return *parsed.error;
}
ScriptError optionsErrorOf(const QString &script)
{
    const auto result = TempCardOptions::fromScript(script);
    REQUIRE(result.error.has_value());
    return *result.error;
}
} // namespace

TEST_CASE("the options script reads every value type, with comments anywhere", "[options]")
{
    const auto parsed = OptionsScript::parse(QStringLiteral("// header\n"
                                                            "text = \"a \\\"quoted\\\" \\\\ value\" // trailing\n"
                                                            "\n"
                                                            "  count=-42\n"
                                                            "ratio = 0.5\n"
                                                            "flag = false\n"
                                                            "list = [1, \"two\", true,\n"
                                                            "        // inside\n"
                                                            "        [3]]\n"
                                                            "empty = []\r\n"));
    REQUIRE_FALSE(parsed.error.has_value());
    CHECK(parsed.entries.value(QStringLiteral("text")).value == QStringLiteral("a \"quoted\" \\ value"));
    CHECK(parsed.entries.value(QStringLiteral("count")).value == QVariant(qlonglong(-42)));
    CHECK(parsed.entries.value(QStringLiteral("ratio")).value.toDouble() == 0.5);
    CHECK(parsed.entries.value(QStringLiteral("flag")).value == QVariant(false));
    const QVariantList list = parsed.entries.value(QStringLiteral("list")).value.toList();
    REQUIRE(list.size() == 4);
    CHECK(list.at(1) == QStringLiteral("two"));
    CHECK(list.at(3).toList().size() == 1);
    CHECK(parsed.entries.value(QStringLiteral("empty")).value.toList().isEmpty());
    CHECK(parsed.entries.value(QStringLiteral("count")).line == 4);
    CHECK(parsed.entries.value(QStringLiteral("count")).nameColumn == 3);
}

TEST_CASE("every parse error names its line and column", "[options]")
{
    struct Case
    {
        QString script;
        int line;
        int column;
        QString reasonContains;
    };
    const QList<Case> cases = {
        {QStringLiteral("= 1"), 1, 1, QStringLiteral("option name")},
        {QStringLiteral("a 1"), 1, 3, QStringLiteral("'='")},
        {QStringLiteral("a ="), 1, 4, QStringLiteral("expected a value")},
        {QStringLiteral("ok = 1\nb = \"open"), 2, 5, QStringLiteral("not closed")},
        {QStringLiteral("b = \"bad \\q escape\""), 1, 11, QStringLiteral("escape")},
        {QStringLiteral("c = 1 2"), 1, 7, QStringLiteral("after the value")},
        {QStringLiteral("d = [1, 2"), 1, 5, QStringLiteral("not closed")},
        {QStringLiteral("e = [1 2]"), 1, 8, QStringLiteral("',' or ']'")},
        {QStringLiteral("f = 12abc"), 1, 5, QStringLiteral("not a number")},
        {QStringLiteral("g = yes"), 1, 5, QStringLiteral("expected a value")},
        {QStringLiteral("h = 1\nh = 2"), 2, 1, QStringLiteral("twice")},
        {QStringLiteral("i = /1"), 1, 5, QStringLiteral("expected a value")},
    };
    for (const Case &c : cases) {
        INFO(c.script.toStdString());
        const ScriptError error = errorOf(c.script);
        CHECK(error.line == c.line);
        CHECK(error.column == c.column);
        CHECK(error.reason.contains(c.reasonContains));
        CHECK(error.toString().startsWith(QStringLiteral("Line %1, column %2: ").arg(c.line).arg(c.column)));
    }
}

TEST_CASE("the built-in default script parses and gives the documented defaults", "[options]")
{
    const QString script = TempCardOptions::defaultScript();
    REQUIRE_FALSE(script.isEmpty());
    const auto result = TempCardOptions::fromScript(script);
    REQUIRE_FALSE(result.error.has_value());
    CHECK(result.options.productionType == QStringLiteral("external"));
    CHECK(result.options.queueTemporaryCards);
    CHECK(result.options.layoutId == QStringLiteral("temporary-card-default"));
    CHECK(result.options.batchSize == 500);
    CHECK(result.options.batchSyncIntervalSeconds == 60);
    CHECK(result.options.retryBackoffCapSeconds == 30);
    CHECK(result.options.lockoutThreshold == 5);
    CHECK(result.options.lockoutMinutes == 15);
    CHECK(result.options.idleLockMinutesAdministrators == 10);
    CHECK(result.options.idleLockMinutes == 0);
    CHECK_FALSE(TempCardOptions::fromScript(QString()).error.has_value()); // everything defaulted
}

TEST_CASE("the idle lock: administrators' by default, the shorter of the two that are set", "[options]")
{
    const auto minutes = [](const QString &script, bool administrator) {
        const auto result = TempCardOptions::fromScript(script);
        REQUIRE_FALSE(result.error.has_value());
        return result.options.idleLockMinutesFor(administrator);
    };
    CHECK(minutes(QString(), true) == 10);
    CHECK(minutes(QString(), false) == 0);
    CHECK(minutes(QStringLiteral("idleLockMinutes = 5"), true) == 5);
    CHECK(minutes(QStringLiteral("idleLockMinutes = 30"), true) == 10);
    CHECK(minutes(QStringLiteral("idleLockMinutes = 30"), false) == 30);
    // Administrators' turned off: they still have everyone's.
    CHECK(minutes(QStringLiteral("idleLockMinutesAdministrators = 0\nidleLockMinutes = 20"), true) == 20);
    CHECK(minutes(QStringLiteral("idleLockMinutesAdministrators = 0"), true) == 0);
    for (const QString &bad : {QStringLiteral("idleLockMinutes = -1"), QStringLiteral("idleLockMinutes = 1441"),
                               QStringLiteral("idleLockMinutesAdministrators = 2.5")}) {
        INFO(bad.toStdString());
        CHECK(TempCardOptions::fromScript(bad).error.has_value());
    }
}

TEST_CASE("unknown options and bad values are refused at their place: nothing half-applies", "[options]")
{
    ScriptError e = optionsErrorOf(QStringLiteral("queueTemporaryCards = false\nqueueTemporaryCard = true"));
    CHECK(e.line == 2);
    CHECK(e.column == 1);
    CHECK(e.reason.contains(QStringLiteral("unknown option 'queueTemporaryCard'")));

    e = optionsErrorOf(QStringLiteral("queueTemporaryCards = \"no\""));
    CHECK((e.line == 1 && e.column == 23));
    CHECK(e.reason.contains(QStringLiteral("true or false")));

    for (const QString &bad :
         {QStringLiteral("batchSize = 0"), QStringLiteral("batchSize = 501"), QStringLiteral("batchSize = 2.5"),
          QStringLiteral("batchSyncIntervalSeconds = 4"), QStringLiteral("retryBackoffCapSeconds = 0"),
          QStringLiteral("retryBackoffCapSeconds = 3601"), QStringLiteral("productionType = \"internal\""),
          QStringLiteral("goCardsLayoutId = \"\""), QStringLiteral("goCardsLayoutId = \"has space\"")}) {
        INFO(bad.toStdString());
        CHECK(TempCardOptions::fromScript(bad).error.has_value());
    }
    // The first problem in the script is the one reported, and the defaults stay in force.
    const auto result =
        TempCardOptions::fromScript(QStringLiteral("queueTemporaryCards = false\nbatchSize = 0\nzzz = 1"));
    REQUIRE(result.error.has_value());
    CHECK(result.error->line == 2);
    CHECK(result.options.queueTemporaryCards);
}

TEST_CASE("withValue rewrites one value and keeps comments and layout", "[options]")
{
    const QString script = TempCardOptions::defaultScript();
    const QString changed = OptionsScript::withValue(script, TempCardOptions::QueueTemporaryCards, false);
    CHECK(changed.size() == script.size() + 1); // "true" -> "false"
    CHECK(changed.contains(QStringLiteral("// Queue temporary cards.")));
    const auto result = TempCardOptions::fromScript(changed);
    REQUIRE_FALSE(result.error.has_value());
    CHECK_FALSE(result.options.queueTemporaryCards);
    CHECK(result.options.batchSize == 500);

    const QString appended = OptionsScript::withValue(QStringLiteral("// nothing set"), TempCardOptions::LayoutId,
                                                      QStringLiteral("say \"hi\""));
    CHECK(appended == QStringLiteral("// nothing set\ngoCardsLayoutId = \"say \\\"hi\\\"\"\n"));
    CHECK(OptionsScript::parse(appended).entries.value(TempCardOptions::LayoutId).value ==
          QStringLiteral("say \"hi\""));
}
