// SPDX-License-Identifier: Apache-2.0
// One client per desktop session: a second start of the real client asks the running one, over the
// session bus, to come to the front and ends without opening a database. Needs a D-Bus session and an X
// server (scripts/desktop-test.sh runs the [dbus] cases; the offscreen run has neither).
#include "SingleInstance.h"
#include "ClientFlow.h"
#include "ClientSteps.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace tempcards;
using namespace tempcards::test;

TEST_CASE("a second start brings the running client to the front and ends", "[.][dbus]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("anna"), {Roles::Operator});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    auto *login = waitForVisible<QDialog>(QStringLiteral("loginDialog"));
    SingleInstance instance;
    REQUIRE(instance.claim() == SingleInstance::Start::First);
    QObject::connect(&instance, &SingleInstance::activationRequested, &flow, &ClientFlow::raise);
    QSignalSpy asked(&instance, &SingleInstance::activationRequested);

    // The person works in another window meanwhile.
    QWidget elsewhere;
    elsewhere.setWindowTitle(QStringLiteral("another application"));
    elsewhere.show();
    elsewhere.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&elsewhere));
    CHECK_FALSE(login->isActiveWindow());

    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("second.sqlite"));
    QProcess second;
    second.start(QStringLiteral(TEMPCARDS_CLIENT), {QStringLiteral("--database"), database});
    REQUIRE(second.waitForStarted());
    // The event loop runs meanwhile: the second start's call is answered here.
    REQUIRE(waitFor([&] { return second.state() == QProcess::NotRunning; }, 20000));
    CHECK(second.exitStatus() == QProcess::NormalExit);
    CHECK(second.exitCode() == 0);
    CHECK(QString::fromUtf8(second.readAllStandardOutput()).contains(QStringLiteral("already running")));
    CHECK(asked.count() == 1);
    CHECK(waitFor([&] { return login->isActiveWindow(); }));
    CHECK_FALSE(QFile::exists(database)); // it ended before opening any database

}
