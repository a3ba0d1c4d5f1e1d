// SPDX-License-Identifier: Apache-2.0
#include "OptionsScript.h"
#include "SettingsService.h"
#include "Sql.h"
#include "TestBackend.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace tempcards;
using namespace tempcards::test;

TEST_CASE("saving settings enables processes and stores the script, audited, in one go", "[settings]")
{
    TestBackend t;
    const Session admin = t.createAccount(QStringLiteral("boss"), {Roles::Administrator});
    SettingsService *settings = t.backend().settings();
    TempCardSettings loaded = settings->load();
    CHECK(loaded.enabled.isEmpty());
    CHECK(loaded.optionsVersion == 0);
    CHECK(loaded.options.queueTemporaryCards);
    int notified = 0;
    QObject::connect(settings, &SettingsService::settingsChanged, [&] { ++notified; });

    const QString script = OptionsScript::withValue(loaded.optionsScript, TempCardOptions::QueueTemporaryCards, false);
    const Outcome outcome = await(settings->save(admin, {ProcessId::OrderTemporaryCards}, script));
    CHECK(outcome.ok);
    waitFor([&] { return notified == 1; });
    CHECK(notified == 1);
    loaded = settings->load();
    CHECK(loaded.enabled == QSet<ProcessId>{ProcessId::OrderTemporaryCards});
    CHECK(loaded.optionsVersion == 1);
    CHECK_FALSE(loaded.options.queueTemporaryCards);
    CHECK(t.auditCount(QStringLiteral("settings.change")) == 2);

    const Session operatorSession = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    CHECK(settings->startableProcesses(operatorSession) == QSet<ProcessId>{ProcessId::OrderTemporaryCards});
    CHECK(settings->startableProcesses(admin).isEmpty()); // administrators do not order cards by default
}

TEST_CASE("a bad script is refused with line and column and nothing changes", "[settings]")
{
    TestBackend t;
    const Session admin = t.createAccount(QStringLiteral("boss"), {Roles::Administrator});
    SettingsService *settings = t.backend().settings();
    const QString bad = TempCardOptions::defaultScript() + QStringLiteral("\nbatchSize = 9000\n");
    const Outcome outcome = await(settings->save(admin, {ProcessId::OrderTemporaryCards}, bad));
    CHECK_FALSE(outcome.ok);
    CHECK(outcome.message.contains(QStringLiteral("column")));
    CHECK(settings->load().enabled.isEmpty());
    CHECK(settings->load().optionsVersion == 0);
    CHECK(t.auditCount(QStringLiteral("settings.change")) == 0);
}

TEST_CASE("only administrators save settings", "[settings]")
{
    TestBackend t;
    const Session operatorSession = t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    const Outcome outcome = await(t.backend().settings()->save(operatorSession, {ProcessId::OrderTemporaryCards},
                                                               TempCardOptions::defaultScript()));
    CHECK_FALSE(outcome.ok);
    CHECK(t.backend().settings()->load().enabled.isEmpty());
}
