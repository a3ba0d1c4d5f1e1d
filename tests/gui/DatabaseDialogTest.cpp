// SPDX-License-Identifier: Apache-2.0
// Choosing the database in the client: at start when it cannot be opened, and from the login dialog.
#include "DatabaseDialog.h"
#include "AccountService.h"
#include "ClientFlow.h"
#include "ClientLauncher.h"
#include "ClientSteps.h"
#include "GuiHelpers.h"
#include "LauncherSteps.h"
#include "MainWindow.h"
#include "NotificationBar.h"
#include "TestBackend.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>

using namespace tempcards;
using namespace tempcards::test;

namespace {

quint16 closedPort()
{
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost));
    return server.serverPort(); // closed when it goes
}

QString labelText(QWidget *dialog, const char *name)
{
    return child<QLabel>(dialog, QLatin1String(name))->text();
}

// Fills the dialog's PostgreSQL fields from libpq options, as a person copies them from the administrator's note.
void fillPostgres(QWidget *dialog, const QString &options)
{
    const PostgresParameters pg = PostgresParameters::fromConnectOptions(options);
    click(child<QRadioButton>(dialog, QStringLiteral("postgresRadioButton")));
    typeInto(child<QLineEdit>(dialog, QStringLiteral("hostLineEdit")), pg.host);
    auto *port = child<QSpinBox>(dialog, QStringLiteral("portSpinBox"));
    port->setFocus();
    port->selectAll();
    QTest::keyClicks(port, QString::number(pg.port));
    typeInto(child<QLineEdit>(dialog, QStringLiteral("databaseNameLineEdit")), pg.dbname);
    typeInto(child<QLineEdit>(dialog, QStringLiteral("databaseUserLineEdit")), pg.user);
    typeInto(child<QLineEdit>(dialog, QStringLiteral("moreOptionsLineEdit")), pg.extra);
}

} // namespace

TEST_CASE("a database that cannot be opened at start is said in the Database dialog, and another one chosen", "[gui]")
{
    TestBackend t;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("tempcards.conf")), QSettings::IniFormat);
    QNetworkAccessManager nam;
    SystemClock clock;
    ClientLauncher launcher(coreFactory(&nam, &clock, fastOptions(t)), &settings, &clock);
    QSignalSpy quit(&launcher, &ClientLauncher::quitRequested);
    WindowsCleanup cleanup;
    launcher.start(DatabaseConfig(dir.path())); // a folder, as a mistyped --database would give

    auto *dialog = waitForVisible<QDialog>(QStringLiteral("databaseDialog"));
    REQUIRE(waitFor([&] { return labelText(dialog, "messageLabel").contains(QStringLiteral("is a folder")); }));
    CHECK(child<QRadioButton>(dialog, QStringLiteral("sqliteRadioButton"))->isChecked());
    const QString chosen = dir.filePath(QStringLiteral("cards/tempcards.sqlite"));
    typeInto(child<QLineEdit>(dialog, QStringLiteral("sqliteFileLineEdit")), chosen);
    click(child<QPushButton>(dialog, QStringLiteral("connectPushButton")));

    auto *first = waitForVisible<QDialog>(QStringLiteral("firstAdministratorDialog"));
    CHECK(labelText(first, "databaseLabel").contains(chosen));
    REQUIRE(launcher.backend());
    CHECK(launcher.backend()->databaseLocation() == chosen);
    CHECK(findVisible(QStringLiteral("databaseDialog")) == nullptr);
    CHECK(quit.isEmpty());
    // Chosen by a person, so the next start (and tempcards-sync without --database) uses it.
    settings.sync();
    CHECK(settings.value(QStringLiteral("database/backend")).toString() == QStringLiteral("sqlite"));
    CHECK(settings.value(QStringLiteral("database/sqliteFile")).toString() == chosen);
}

TEST_CASE("a database given at start opens without the dialog and is not remembered", "[gui]")
{
    TestBackend t;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("tempcards.conf")), QSettings::IniFormat);
    QNetworkAccessManager nam;
    SystemClock clock;
    ClientLauncher launcher(coreFactory(&nam, &clock, fastOptions(t)), &settings, &clock);
    QSignalSpy running(&launcher, &ClientLauncher::running);
    WindowsCleanup cleanup;
    launcher.start(DatabaseConfig(dir.filePath(QStringLiteral("given.sqlite"))));
    waitForVisible<QDialog>(QStringLiteral("firstAdministratorDialog"));
    CHECK(running.count() == 1);
    CHECK(findVisible(QStringLiteral("databaseDialog")) == nullptr);
    settings.sync();
    CHECK_FALSE(settings.contains(QStringLiteral("database/backend")));
}

TEST_CASE("a database file others can read is named after login with the command that fixes it", "[gui]")
{
    TestBackend t;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("tempcards.conf")), QSettings::IniFormat);
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    Database::open({path}, wallClock()).database.reset();
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    QNetworkAccessManager nam;
    SystemClock clock;
    ClientLauncher launcher(coreFactory(&nam, &clock, fastOptions(t)), &settings, &clock);
    WindowsCleanup cleanup;
    launcher.start(DatabaseConfig(path));
    createFirstAdministrator();
    MainWindow *window = logInToMainWindow(QStringLiteral("admin"), kStrongPassword);
    const QString message = window->notificationBar()->message();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("Other users of this computer")));
    CHECK(message.contains(QStringLiteral("chmod 600 '%1'").arg(path)));
}

TEST_CASE("the login dialog switches databases: a refusal keeps everything, a good choice replaces the core", "[gui]")
{
    TestBackend t;
    QTemporaryDir dir;
    const QString settingsFile = dir.filePath(QStringLiteral("tempcards.conf"));
    QSettings settings(settingsFile, QSettings::IniFormat);
    QNetworkAccessManager nam;
    SystemClock clock;
    ClientLauncher launcher(coreFactory(&nam, &clock, fastOptions(t)), &settings, &clock);
    QSignalSpy quit(&launcher, &ClientLauncher::quitRequested);
    WindowsCleanup cleanup;
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    const QString b = dir.filePath(QStringLiteral("b.sqlite"));
    launcher.start(DatabaseConfig(a));
    createFirstAdministrator();
    Backend *backendOfA = launcher.backend();

    auto *login = waitForVisible<QDialog>(QStringLiteral("loginDialog"));
    CHECK(labelText(login, "databaseLabel").contains(a));
    click(child<QPushButton>(login, QStringLiteral("databasePushButton")));
    auto *dialog = waitForVisible<QDialog>(QStringLiteral("databaseDialog"));
    CHECK(child<QLineEdit>(dialog, QStringLiteral("sqliteFileLineEdit"))->text() == a);

    SECTION("a PostgreSQL server without a host is refused before anything is tried")
    {
        click(child<QRadioButton>(dialog, QStringLiteral("postgresRadioButton")));
        typeInto(child<QLineEdit>(dialog, QStringLiteral("hostLineEdit")), QString());
        click(child<QPushButton>(dialog, QStringLiteral("connectPushButton")));
        CHECK(labelText(dialog, "messageLabel").contains(QStringLiteral("host name")));
        CHECK_FALSE(static_cast<DatabaseDialog *>(dialog)->isConnecting());
        CHECK(dialog->isVisible());
    }
    SECTION("a server that refuses is said, and the fields, the login and the settings stay")
    {
        fillPostgres(dialog, QStringLiteral("host=127.0.0.1 port=%1 dbname=cards user=clerk").arg(closedPort()));
        typeInto(child<QLineEdit>(dialog, QStringLiteral("databasePasswordLineEdit")),
                 QStringLiteral("session-only-secret"));
        click(child<QPushButton>(dialog, QStringLiteral("connectPushButton")));
        REQUIRE(waitFor([&] { return labelText(dialog, "messageLabel").contains(QStringLiteral("refused")); }));
        CHECK(child<QLineEdit>(dialog, QStringLiteral("hostLineEdit"))->text() == QStringLiteral("127.0.0.1"));
        CHECK(child<QLineEdit>(dialog, QStringLiteral("databaseUserLineEdit"))->text() == QStringLiteral("clerk"));
        CHECK(child<QPushButton>(dialog, QStringLiteral("connectPushButton"))->isEnabled());
        CHECK(login->isVisible());
        CHECK(launcher.backend() == backendOfA);
        settings.sync();
        CHECK_FALSE(settings.contains(QStringLiteral("database/backend")));
    }
    SECTION("a server that never answers can be given up on, and the dialog is usable again")
    {
        QTcpServer silent;
        REQUIRE(silent.listen(QHostAddress::LocalHost));
        fillPostgres(dialog, QStringLiteral("host=127.0.0.1 port=%1 dbname=cards user=clerk connect_timeout=3")
                                 .arg(silent.serverPort()));
        click(child<QPushButton>(dialog, QStringLiteral("connectPushButton")));
        REQUIRE(waitFor([&] { return silent.hasPendingConnections() || silent.waitForNewConnection(10); }, 5000));
        CHECK(static_cast<DatabaseDialog *>(dialog)->isConnecting());
        CHECK_FALSE(child<QPushButton>(dialog, QStringLiteral("connectPushButton"))->isEnabled());
        click(child<QPushButton>(dialog, QStringLiteral("cancelPushButton")));
        CHECK(labelText(dialog, "messageLabel") == QStringLiteral("Cancelled."));
        CHECK(dialog->isVisible());
        CHECK(child<QPushButton>(dialog, QStringLiteral("connectPushButton"))->isEnabled());
        CHECK(launcher.backend() == backendOfA);
    }
    SECTION("another SQLite file replaces the core; the choice is saved without any password")
    {
        typeInto(child<QLineEdit>(dialog, QStringLiteral("databasePasswordLineEdit")),
                 QStringLiteral("session-only-secret"));
        typeInto(child<QLineEdit>(dialog, QStringLiteral("sqliteFileLineEdit")), b);
        click(child<QPushButton>(dialog, QStringLiteral("connectPushButton")));
        auto *first = waitForVisible<QDialog>(QStringLiteral("firstAdministratorDialog"));
        CHECK(labelText(first, "databaseLabel").contains(b));
        CHECK(findVisible(QStringLiteral("loginDialog")) == nullptr);
        CHECK(launcher.backend()->databaseLocation() == b);
        CHECK(quit.isEmpty()); // the old login closing is not the person quitting
        settings.sync();
        CHECK(settings.value(QStringLiteral("database/sqliteFile")).toString() == b);
        QFile file(settingsFile);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK_FALSE(file.readAll().contains("session-only-secret"));

        // And back to the first database, which has its administrator: login, not first start.
        click(child<QPushButton>(first, QStringLiteral("databasePushButton")));
        auto *again = waitForVisible<QDialog>(QStringLiteral("databaseDialog"));
        typeInto(child<QLineEdit>(again, QStringLiteral("sqliteFileLineEdit")), a);
        click(child<QPushButton>(again, QStringLiteral("connectPushButton")));
        auto *back = waitForVisible<QDialog>(QStringLiteral("loginDialog"));
        CHECK(labelText(back, "databaseLabel").contains(a));
        CHECK(findVisible(QStringLiteral("firstAdministratorDialog")) == nullptr);
    }
}

TEST_CASE("the Database dialog connects to the database server the suite runs on", "[gui]")
{
    TestBackend t; // on PostgreSQL when the suite runs there: a database of its own, migrated
    t.createAccount(QStringLiteral("clerk"), {QStringLiteral("operator")});
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("tempcards.conf")), QSettings::IniFormat);
    QNetworkAccessManager nam;
    SystemClock clock;
    ClientLauncher launcher(coreFactory(&nam, &clock, fastOptions(t)), &settings, &clock);
    WindowsCleanup cleanup;
    launcher.start(DatabaseConfig(dir.filePath(QStringLiteral("local.sqlite"))));
    auto *first = waitForVisible<QDialog>(QStringLiteral("firstAdministratorDialog"));
    click(child<QPushButton>(first, QStringLiteral("databasePushButton")));
    auto *dialog = waitForVisible<QDialog>(QStringLiteral("databaseDialog"));
    // The SSL mode checks the server unless the person chooses less, and then the dialog says what is left open.
    click(child<QRadioButton>(dialog, QStringLiteral("postgresRadioButton")));
    auto *sslMode = child<QComboBox>(dialog, QStringLiteral("sslModeComboBox"));
    auto *sslWarning = child<QLabel>(dialog, QStringLiteral("sslWarningLabel"));
    CHECK(sslMode->currentText() == QStringLiteral("verify-full"));
    CHECK_FALSE(sslWarning->isVisible());
    sslMode->setFocus();
    QTest::keyClick(sslMode, Qt::Key_Up); // verify-ca
    CHECK(sslMode->currentText() == QStringLiteral("verify-ca"));
    CHECK(sslWarning->isVisible());
    CHECK(sslWarning->text().contains(QStringLiteral("not its name")));
    QTest::keyClick(sslMode, Qt::Key_Down);
    CHECK_FALSE(sslWarning->isVisible());
    if (t.databaseConfig().isPostgres())
        fillPostgres(dialog, t.databaseConfig().postgres);
    else {
        click(child<QRadioButton>(dialog, QStringLiteral("sqliteRadioButton")));
        typeInto(child<QLineEdit>(dialog, QStringLiteral("sqliteFileLineEdit")), t.databasePath());
    }
    click(child<QPushButton>(dialog, QStringLiteral("connectPushButton")));

    // That database has accounts, so login follows, on it.
    auto *login = waitForVisible<QDialog>(QStringLiteral("loginDialog"), 20000);
    const DatabaseSettings saved = DatabaseSettings::load(settings, {});
    if (t.databaseConfig().isPostgres()) {
        const PostgresParameters expected = PostgresParameters::fromConnectOptions(t.databaseConfig().postgres);
        CHECK(saved.backend == DatabaseSettings::Backend::Postgres);
        CHECK(saved.postgres.dbname == expected.dbname);
        CHECK(labelText(login, "databaseLabel").contains(QStringLiteral("dbname=") + expected.dbname));
    } else {
        CHECK(saved.backend == DatabaseSettings::Backend::Sqlite);
        CHECK(labelText(login, "databaseLabel").contains(t.databasePath()));
    }
    CHECK(launcher.backend()->accounts()->hasAccounts());
}
