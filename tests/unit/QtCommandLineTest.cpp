// SPDX-License-Identifier: Apache-2.0
// The client's command line is QApplication's too: Qt's own options pass, the client's are still checked.
#include "QtCommandLine.h"
#include "ClientOptions.h"

#include <catch2/catch.hpp>

using namespace tempcards;

namespace {

ClientOptions parse(const QStringList &arguments, ClientOptions::Program program = ClientOptions::Program::Client)
{
    return ClientOptions::parse(QStringList{QStringLiteral("tempcards")} + arguments, {}, program);
}

} // namespace

TEST_CASE("Qt's own options are left to Qt, with one dash or two and their values", "[options]")
{
    const QStringList given = {QStringLiteral("tempcards"),      QStringLiteral("-style"),
                               QStringLiteral("fusion"),         QStringLiteral("--database"),
                               QStringLiteral("/tmp/a.sqlite"),  QStringLiteral("-reverse"),
                               QStringLiteral("--platform=xcb"), QStringLiteral("-platformtheme"),
                               QStringLiteral("gtk3"),           QStringLiteral("-qwindowgeometry"),
                               QStringLiteral("800x600+0+0"),    QStringLiteral("--stylesheet=my.qss"),
                               QStringLiteral("-display"),       QStringLiteral(":1")};
    CHECK(QtCommandLine::withoutQtOptions(given) ==
          QStringList{QStringLiteral("tempcards"), QStringLiteral("--database"), QStringLiteral("/tmp/a.sqlite")});

    const ClientOptions options = parse(given.mid(1));
    REQUIRE(options.action == ClientOptions::Action::Run);
    CHECK(options.databaseGiven);
    CHECK(options.databasePath == QStringLiteral("/tmp/a.sqlite"));
    // --help says so.
    CHECK(parse({QStringLiteral("--help")}).text.contains(QStringLiteral("-style")));
}

TEST_CASE("what is not Qt's is still refused, and tempcards-sync takes no Qt options", "[options]")
{
    const ClientOptions near = parse({QStringLiteral("-stylee"), QStringLiteral("fusion")});
    CHECK(near.action == ClientOptions::Action::Fail);
    CHECK(near.text.contains(QStringLiteral("stylee")));
    const ClientOptions unknown = parse({QStringLiteral("--no-such-option")});
    CHECK(unknown.action == ClientOptions::Action::Fail);
    CHECK(unknown.text.contains(QStringLiteral("no-such-option")));
    // A value that looks like an option is the option's (Qt reads it the same way).
    CHECK(QtCommandLine::withoutQtOptions({QStringLiteral("tempcards"), QStringLiteral("-style"),
                                           QStringLiteral("--database")}) == QStringList{QStringLiteral("tempcards")});
    const ClientOptions sync =
        parse({QStringLiteral("--once"), QStringLiteral("-reverse")}, ClientOptions::Program::Sync);
    CHECK(sync.action == ClientOptions::Action::Fail);
}
