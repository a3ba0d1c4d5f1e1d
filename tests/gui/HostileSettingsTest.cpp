// SPDX-License-Identifier: Apache-2.0
// The hostile input catalogue in the administrators' settings: the Go Cards connection page, the options
// script editor and the Database dialog, each text field fed the five hostile texts.
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "DatabaseDialog.h"
#include "GoCardsClient.h"
#include "GoCardsConnectionService.h"
#include "HostileFields.h"
#include "SettingsService.h"
#include "TestCertificates.h"

#include <QAction>
#include <QRadioButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace tempcards;
using namespace tempcards::test;

namespace {

const QString kSecret = QStringLiteral("catalogue-secret");
const QString kInvisible = QStringLiteral("control characters or invisible formatting marks");

} // namespace

TEST_CASE("hostile input: the Go Cards connection page", "[gui][hostile]")
{
    TestBackend::Options options;
    options.simulator.clientSecret = kSecret;
    TestBackend t(options);
    t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("ada"));
    QDialog *settings = openSettingsAt(window, QStringLiteral("Go Cards connection"));
    const GoCardsConfig before = t.backend().goCards()->config();
    const TestCertificates certificates;
    // Every field good, then one made hostile.
    const auto fillGood = [&] {
        setText(settings, "urlLineEdit", t.goCardsConfig().baseUrl.toString());
        setText(settings, "organisationLineEdit", t.goCardsConfig().organisationId);
        setText(settings, "clientIdLineEdit", t.goCardsConfig().clientId);
        setText(settings, "clientSecretLineEdit", kSecret);
        setText(settings, "trustedCertificatesPlainTextEdit", QString());
        setText(settings, "clientCertificatePlainTextEdit", QString::fromLatin1(certificates.clientCertificatePem()));
        setText(settings, "clientKeyPlainTextEdit", QString::fromLatin1(certificates.clientKeyPem()));
    };
    const auto nothingSaved = [&] {
        CHECK_FALSE(t.backend().connection()->view().saved);
        CHECK(t.backend().goCards()->config().sameConnection(before));
    };
    const auto refuse = [&](const char *field, const Expected &expected) {
        RefusalCase c{settings, QLatin1String(field), QStringLiteral("savePushButton")};
        c.prepare = fillGood;
        c.unchanged = nothingSaved;
        checkRefusals(c, expected);
    };
    refuse("urlLineEdit", {{Hostile::Empty, QStringLiteral("Enter the Go Cards address")},
                           {Hostile::Long, QStringLiteral("at most 2000 are accepted")},
                           {Hostile::Control, kInvisible},
                           {Hostile::Sql, QStringLiteral("not a valid absolute URL")},
                           {Hostile::RightToLeft, kInvisible}});
    refuse("organisationLineEdit", {{Hostile::Empty, QStringLiteral("Enter the Go Cards organisation id.")},
                                    {Hostile::Long, QStringLiteral("at most 200 characters")},
                                    {Hostile::Control, kInvisible},
                                    {Hostile::Sql, QString()},
                                    {Hostile::RightToLeft, kInvisible}});
    refuse("clientIdLineEdit", {{Hostile::Empty, QStringLiteral("Enter the Go Cards client id.")},
                                {Hostile::Long, QStringLiteral("at most 200 characters")},
                                {Hostile::Control, kInvisible},
                                {Hostile::Sql, QString()},
                                {Hostile::RightToLeft, kInvisible}});
    refuse("clientSecretLineEdit", {{Hostile::Empty, QStringLiteral("Enter the client secret.")},
                                    {Hostile::Long, QStringLiteral("at most 1000 characters")},
                                    {Hostile::Control, QStringLiteral("control characters")},
                                    {Hostile::Sql, QString()},
                                    {Hostile::RightToLeft, QStringLiteral("text-direction marks")}});
    const auto notPem = [](const QString &says) {
        return Expected{{Hostile::Empty, QString()},
                        {Hostile::Long, says},
                        {Hostile::Control, says},
                        {Hostile::Sql, says},
                        {Hostile::RightToLeft, says}};
    };
    refuse("trustedCertificatesPlainTextEdit", notPem(QStringLiteral("are not PEM certificates")));
    refuse("clientCertificatePlainTextEdit", notPem(QStringLiteral("is not a PEM certificate")));
    refuse("clientKeyPlainTextEdit", notPem(QStringLiteral("is not an unencrypted PEM RSA or EC private key")));

    // SQL metacharacters in the ids and the secret are taken as typed, and kept so.
    const QString sql = hostileTexts().at(int(Hostile::Sql)).text;
    fillGood();
    paste(child<QWidget>(settings, QStringLiteral("organisationLineEdit")), sql);
    paste(child<QWidget>(settings, QStringLiteral("clientIdLineEdit")), sql);
    paste(child<QWidget>(settings, QStringLiteral("clientSecretLineEdit")), sql);
    click(child<QAbstractButton>(settings, QStringLiteral("savePushButton")));
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("settingsDialog")); }));
    CHECK(t.backend().goCards()->config().organisationId == sql);
    CHECK(t.backend().goCards()->config().clientId == sql);
    CHECK(t.backend().goCards()->config().clientSecret == sql);
    CHECK(t.backend().connection()->view().form.organisationId == sql);
}

TEST_CASE("hostile input: the options script editor", "[gui][hostile]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    t.setOption(TempCardOptions::BatchSize, 100);
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("ada"));
    child<QAction>(window, QStringLiteral("settingsAction"))->trigger();
    auto *settings = waitForVisible<QDialog>(QStringLiteral("settingsDialog"));
    auto *tabs = child<QTabWidget>(settings, QStringLiteral("temporaryCardTabWidget"));
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i).remove(QLatin1Char('&')) == QStringLiteral("Options script"))
            QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
    }
    auto *status = child<QLabel>(settings, QStringLiteral("scriptStatusLabel"));
    REQUIRE(status->isVisible());
    RefusalCase script{settings, QStringLiteral("optionsScriptPlainTextEdit"), QStringLiteral("savePushButton")};
    script.unchanged = [&] {
        CHECK(t.backend().settings()->load().optionsVersion == 1);
        CHECK(waitFor([&] { return status->text().startsWith(QStringLiteral("Not valid: Line 1, column ")); }));
        CHECK(status->text().size() < 300);
    };
    const QString expectedEquals = QStringLiteral("expected '=' after the option name");
    checkRefusals(script, {{Hostile::Empty, QString()}, // every option at its default: a valid script
                           {Hostile::Long, expectedEquals},
                           {Hostile::Control, expectedEquals},
                           {Hostile::Sql, expectedEquals},
                           {Hostile::RightToLeft, QStringLiteral("Line 1, column 1: expected an option name")}});
}

TEST_CASE("hostile input: the Database dialog", "[gui][hostile]")
{
    QTemporaryDir dir;
    DatabaseSettings initial;
    initial.sqlitePath = dir.filePath(QStringLiteral("tempcards.sqlite"));
    DatabaseDialog dialog(initial, &wallClock());
    dialog.show();
    const auto nothingOpened = [&] {
        CHECK(dialog.openedConfig().sqlitePath.isEmpty());
        CHECK_FALSE(dialog.openedConfig().isPostgres());
        CHECK(QDir(dir.path()).isEmpty());
    };
    RefusalCase file{&dialog, QStringLiteral("sqliteFileLineEdit"), QStringLiteral("connectPushButton")};
    file.unchanged = nothingOpened;
    checkRefusals(file, {{Hostile::Empty, QStringLiteral("Choose the database file.")},
                         {Hostile::Long, QStringLiteral("full path")},
                         {Hostile::Control, kInvisible},
                         {Hostile::Sql, QStringLiteral("full path")},
                         {Hostile::RightToLeft, kInvisible}});
    // As full paths: too long is said when opening; SQL metacharacters make a fine file name.
    paste(child<QLineEdit>(&dialog, QStringLiteral("sqliteFileLineEdit")),
          dir.filePath(QString(10000, QLatin1Char('a'))));
    click(child<QAbstractButton>(&dialog, QStringLiteral("connectPushButton")));
    auto *message = child<QLabel>(&dialog, QStringLiteral("messageLabel"));
    REQUIRE(waitFor([&] { return message->text().contains(QStringLiteral("The database file name is too long")); }));
    CHECK(message->text().size() < 600);
    nothingOpened();

    click(child<QRadioButton>(&dialog, QStringLiteral("postgresRadioButton")));
    const std::map<const char *, QString> fields{{"hostLineEdit", QStringLiteral("Host")},
                                                 {"databaseNameLineEdit", QStringLiteral("Database")},
                                                 {"databaseUserLineEdit", QStringLiteral("User")},
                                                 {"serviceLineEdit", QStringLiteral("Service")},
                                                 {"moreOptionsLineEdit", QStringLiteral("More options")}};
    for (const auto &[name, label] : fields) {
        RefusalCase c{&dialog, QLatin1String(name), QStringLiteral("connectPushButton")};
        c.prepare = [&] {
            for (const auto &field : fields)
                setText(&dialog, field.first, QString());
            setText(&dialog, "hostLineEdit", QStringLiteral("db.example"));
        };
        c.unchanged = nothingOpened;
        checkRefusals(c, {{Hostile::Empty, label == QStringLiteral("Host")
                                               ? QStringLiteral("Give the PostgreSQL server's host name")
                                               : QString()},
                          {Hostile::Long, label + QStringLiteral(" is longer than 1,000 characters.")},
                          {Hostile::Control, label + QStringLiteral(" contains control characters")},
                          {Hostile::Sql, label + QStringLiteral(" contains \";\"")},
                          {Hostile::RightToLeft, label + QStringLiteral(" contains control characters")}});
    }
    RefusalCase password{&dialog, QStringLiteral("databasePasswordLineEdit"), QStringLiteral("connectPushButton")};
    password.prepare = [&] {
        for (const auto &field : fields)
            setText(&dialog, field.first, QString());
        setText(&dialog, "hostLineEdit", QStringLiteral("db.example"));
    };
    password.unchanged = nothingOpened;
    checkRefusals(password, {{Hostile::Empty, QString()}, // then ~/.pgpass or PGPASSWORD
                             {Hostile::Long, QStringLiteral("The password is longer than 1,000 characters.")},
                             {Hostile::Control, QStringLiteral("The password contains control characters")},
                             {Hostile::Sql, QString()},
                             {Hostile::RightToLeft, QStringLiteral("invisible text-direction marks")}});
}
