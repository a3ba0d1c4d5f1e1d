// SPDX-License-Identifier: Apache-2.0
// Settings › Directory with real widgets against a real slapd: Test with a wrong and a right password lists
// the first people, Save keeps the password write-only, Remove goes back to CSV files; every field fed the
// hostile input catalogue; and the Assign dialog's person search asking the directory as the operator types.
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "DirectoryConnectionService.h"
#include "DirectoryServer.h"
#include "HostileFields.h"
#include "NotificationBar.h"
#include "PeopleSyncJob.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTreeWidget>

using namespace tempcards;
using namespace tempcards::test;

namespace {

void fill(QDialog *settings, const DirectoryConfig &config)
{
    setText(settings, "directoryUrlLineEdit", config.url.toString());
    setText(settings, "bindDnLineEdit", config.bindDn);
    setText(settings, "bindPasswordLineEdit", config.password);
    setText(settings, "baseDnLineEdit", config.baseDn);
    setText(settings, "peopleFilterLineEdit", config.filter);
    setText(settings, "inactiveFilterLineEdit", config.inactiveFilter);
    setText(settings, "employeeIdAttributeLineEdit", config.employeeIdAttribute);
    setText(settings, "givenNameAttributeLineEdit", config.givenNameAttribute);
    setText(settings, "surnameAttributeLineEdit", config.surnameAttribute);
    setText(settings, "emailAttributeLineEdit", config.emailAttribute);
    setText(settings, "departmentAttributeLineEdit", config.departmentAttribute);
    setText(settings, "languageAttributeLineEdit", config.languageAttribute);
    setText(settings, "directoryTrustedPlainTextEdit", QString::fromUtf8(config.caCertificates));
}

} // namespace

TEST_CASE("an administrator tests and saves the directory, sees the first people, and the password stays write-only",
          "[gui][directory]")
{
    DirectoryServer server(DirectoryServer::peopleLdif(30));
    server.modify("dn: uid=p0003,ou=people,dc=example,dc=org\nchangetype: modify\nadd: employeeType\n"
                  "employeeType: left\n\n");
    TestBackend t;
    t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("ada"));
    QDialog *settings = openSettingsAt(window, QStringLiteral("Directory"));
    auto *state = child<QLabel>(settings, QStringLiteral("directoryStateLabel"));
    auto *result = child<QLabel>(settings, QStringLiteral("directoryResultLabel"));
    auto *people = child<QTreeWidget>(settings, QStringLiteral("directoryPeopleTreeWidget"));
    auto *test = child<QAbstractButton>(settings, QStringLiteral("testDirectoryPushButton"));
    auto *password = child<QLineEdit>(settings, QStringLiteral("bindPasswordLineEdit"));
    CHECK(state->text().contains(QStringLiteral("cardholders come from CSV files")));
    CHECK(password->echoMode() == QLineEdit::Password);
    CHECK(child<QLineEdit>(settings, QStringLiteral("peopleFilterLineEdit"))->text() ==
          QStringLiteral("(objectClass=inetOrgPerson)"));

    DirectoryConfig config = server.config();
    config.inactiveFilter = QStringLiteral("(employeeType=left)");
    fill(settings, config);
    setText(settings, "bindPasswordLineEdit", QStringLiteral("not the password"));
    click(test);
    REQUIRE(waitFor([&] { return result->text().contains(QStringLiteral("refused the bind DN or password")); }));
    CHECK(people->isHidden());
    REQUIRE(waitFor([&] { return test->isEnabled(); }));

    setText(settings, "bindPasswordLineEdit", config.password);
    click(test);
    REQUIRE(waitFor([&] { return result->text().startsWith(QStringLiteral("Connected")); }, 20000));
    REQUIRE(people->topLevelItemCount() == 10);
    CHECK(people->isVisible());
    CHECK(people->topLevelItem(0)->text(0).startsWith(QLatin1Char('E')));
    CHECK(people->findItems(QStringLiteral("E0003"), Qt::MatchExactly).first()->text(4) == QStringLiteral("inactive"));
    CHECK_FALSE(t.backend().directory()->view().saved); // a test saves nothing

    child<QSpinBox>(settings, QStringLiteral("syncIntervalSpinBox"))->setValue(30);
    settings = saveAndReopen(window, settings, QStringLiteral("Directory"));
    CHECK(window->notificationBar()->message() == QStringLiteral("The directory settings were saved."));
    state = child<QLabel>(settings, QStringLiteral("directoryStateLabel"));
    result = child<QLabel>(settings, QStringLiteral("directoryResultLabel"));
    test = child<QAbstractButton>(settings, QStringLiteral("testDirectoryPushButton"));
    password = child<QLineEdit>(settings, QStringLiteral("bindPasswordLineEdit"));
    CHECK(state->text().startsWith(QStringLiteral("Saved by ada")));
    CHECK(password->text().isEmpty());
    CHECK(password->placeholderText().startsWith(QStringLiteral("Saved")));
    QString problem;
    CHECK(t.backend().directory()->effective(&problem)->password == config.password);
    CHECK(t.backend().directory()->view().form.settings.syncIntervalMinutes == 30);

    // With the password saved, Test reuses it for the same server.
    click(test);
    REQUIRE(waitFor([&] { return result->text().startsWith(QStringLiteral("Connected")); }, 20000));

    click(child<QAbstractButton>(settings, QStringLiteral("removeDirectoryPushButton")));
    REQUIRE(waitFor([&] { return state->text().contains(QStringLiteral("cardholders come from CSV files")); }));
    CHECK_FALSE(t.backend().directory()->view().saved);
}

TEST_CASE("hostile input: the directory page", "[gui][hostile][directory]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("ada"));
    QDialog *settings = openSettingsAt(window, QStringLiteral("Directory"));
    DirectoryConfig good;
    good.url = QUrl(QStringLiteral("ldaps://directory.example.org"));
    good.bindDn = QStringLiteral("cn=tempcards,ou=services,dc=example,dc=org");
    good.password = QStringLiteral("bind password");
    good.baseDn = QStringLiteral("ou=people,dc=example,dc=org");
    const auto refuse = [&](const char *field, const Expected &expected) {
        RefusalCase c{settings, QLatin1String(field), QStringLiteral("savePushButton")};
        c.prepare = [&] { fill(settings, good); };
        c.unchanged = [&] { CHECK_FALSE(t.backend().directory()->view().saved); };
        checkRefusals(c, expected);
    };
    const QString scheme = QStringLiteral("must be ldaps://host or ldap://host");
    const QString tooLongOrInvisible = QStringLiteral("too long or holds control or invisible characters");
    refuse("directoryUrlLineEdit", {{Hostile::Empty, scheme},
                                    {Hostile::Long, tooLongOrInvisible},
                                    {Hostile::Control, tooLongOrInvisible},
                                    {Hostile::Sql, scheme},
                                    {Hostile::RightToLeft, tooLongOrInvisible}});
    const auto dn = [&](const QString &missing) {
        return Expected{{Hostile::Empty, missing},
                        {Hostile::Long, tooLongOrInvisible},
                        {Hostile::Control, tooLongOrInvisible},
                        {Hostile::Sql, QString()}, // the directory's to judge
                        {Hostile::RightToLeft, tooLongOrInvisible}};
    };
    refuse("bindDnLineEdit", dn(QStringLiteral("The bind DN is missing.")));
    refuse("baseDnLineEdit", dn(QStringLiteral("The base DN is missing.")));
    refuse("bindPasswordLineEdit", {{Hostile::Empty, QStringLiteral("The bind password is missing.")},
                                    {Hostile::Long, QStringLiteral("The bind password is too long.")},
                                    {Hostile::Control, QStringLiteral("holds control characters")},
                                    {Hostile::Sql, QString()},
                                    {Hostile::RightToLeft, QString()}});
    const QString oneFilter = QStringLiteral("must be one filter in parentheses");
    refuse("peopleFilterLineEdit", {{Hostile::Empty, oneFilter},
                                    {Hostile::Long, tooLongOrInvisible},
                                    {Hostile::Control, tooLongOrInvisible},
                                    {Hostile::Sql, oneFilter},
                                    {Hostile::RightToLeft, tooLongOrInvisible}});
    refuse("inactiveFilterLineEdit", {{Hostile::Empty, QString()},
                                      {Hostile::Long, tooLongOrInvisible},
                                      {Hostile::Control, tooLongOrInvisible},
                                      {Hostile::Sql, QStringLiteral("The inactive filter must be one filter")},
                                      {Hostile::RightToLeft, tooLongOrInvisible}});
    const QString notAttribute = QStringLiteral("is not an attribute name");
    for (const char *attribute : {"employeeIdAttributeLineEdit", "givenNameAttributeLineEdit",
                                  "surnameAttributeLineEdit", "emailAttributeLineEdit", "departmentAttributeLineEdit"})
        refuse(attribute, {{Hostile::Empty, notAttribute},
                           {Hostile::Long, notAttribute},
                           {Hostile::Control, notAttribute},
                           {Hostile::Sql, notAttribute},
                           {Hostile::RightToLeft, notAttribute}});
    // No language attribute is allowed: the directory does not say, and the reminders are English.
    refuse("languageAttributeLineEdit", {{Hostile::Empty, QString()},
                                         {Hostile::Long, notAttribute},
                                         {Hostile::Control, notAttribute},
                                         {Hostile::Sql, notAttribute},
                                         {Hostile::RightToLeft, notAttribute}});
    const QString notPem = QStringLiteral("are not PEM certificates");
    refuse("directoryTrustedPlainTextEdit", {{Hostile::Empty, QString()},
                                             {Hostile::Long, notPem},
                                             {Hostile::Control, notPem},
                                             {Hostile::Sql, notPem},
                                             {Hostile::RightToLeft, notPem}});

    // What the catalogue lets through is taken as typed, and kept so.
    const QString sql = hostileTexts().at(int(Hostile::Sql)).text;
    fill(settings, good);
    paste(child<QWidget>(settings, QStringLiteral("bindDnLineEdit")), sql);
    paste(child<QWidget>(settings, QStringLiteral("bindPasswordLineEdit")), sql);
    click(child<QAbstractButton>(settings, QStringLiteral("savePushButton")));
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("settingsDialog")); }));
    CHECK(window->notificationBar()->message() == QStringLiteral("The directory settings were saved."));
    CHECK(t.backend().directory()->view().form.settings.bindDn == sql);
    QString problem;
    CHECK(t.backend().directory()->effective(&problem)->password == sql);
}

TEST_CASE("the Assign dialog asks the directory as the operator types, and falls back to the known people",
          "[gui][directory][handout]")
{
    DirectoryServer server(DirectoryServer::peopleLdif(30));
    TestBackend t;
    const qint64 card = t.insertCard(CardState::Unassigned);
    const qint64 second = t.insertCard(CardState::Unassigned);
    const Session admin = t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::AssignTemporaryCard);
    DirectoryConfig config = server.config();
    config.inactiveFilter = QStringLiteral("(employeeType=left)");
    REQUIRE(await(t.backend().directory()->save(admin, {config.url.toString(), config})).ok);
    QString problem;
    {
        PeopleSyncJob sync(t.backend().context(), *t.backend().directory()->effective(&problem), std::nullopt);
        QSignalSpy synced(&sync, &Job::finished);
        sync.start();
        REQUIRE(waitFor([&] { return synced.count() > 0; }, 30000));
        REQUIRE(sync.error() == PeopleSyncJob::None);
    }
    // Since the sync: one person disabled, one new.
    server.modify("dn: uid=p0003,ou=people,dc=example,dc=org\nchangetype: modify\nadd: employeeType\n"
                  "employeeType: left\n\n" +
                  DirectoryServer::peopleLdif(1, 31).replace("objectClass:", "changetype: add\nobjectClass:"));

    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    quickSearchTemporaryCards(window);
    selectCards(window, {card});
    click(child<QAbstractButton>(window, QStringLiteral("assignTemporaryCardPushButton")));
    QDialog *assign = waitForVisible<QDialog>(QStringLiteral("assignDialog"));
    auto *search = child<QLineEdit>(assign, QStringLiteral("personSearchLineEdit"));
    auto *found = child<QListWidget>(assign, QStringLiteral("peopleListWidget"));
    auto *next = child<QAbstractButton>(assign, QStringLiteral("nextPushButton"));
    const auto listed = [&](const QString &text) {
        return waitFor([&] { return found->count() == 1 && found->item(0)->text().contains(text); }, 10000);
    };

    QTest::keyClicks(search, QStringLiteral("Given0003"));
    REQUIRE(listed(QStringLiteral("(inactive in the directory)")));
    CHECK_FALSE(found->item(0)->flags().testFlag(Qt::ItemIsEnabled));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("Given0031 Surname"));
    REQUIRE(listed(QStringLiteral("not brought in yet")));
    CHECK_FALSE(found->item(0)->flags().testFlag(Qt::ItemIsEnabled));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("E0012"));
    REQUIRE(listed(QStringLiteral("Given0012 Surname0012 (E0012)")));
    found->setCurrentRow(0);
    REQUIRE(next->isEnabled());
    click(next);
    REQUIRE(waitFor([&] { return t.cardState(card) == QStringLiteral("assigned"); }));

    // A directory that does not answer: the people already brought in are listed, and the dialog says why.
    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    config.url.setPort(closed.serverPort());
    closed.close();
    REQUIRE(await(t.backend().directory()->save(admin, {config.url.toString(), config})).ok);
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("assignDialog")); }));
    selectCards(window, {second});
    click(child<QAbstractButton>(window, QStringLiteral("assignTemporaryCardPushButton")));
    assign = waitForVisible<QDialog>(QStringLiteral("assignDialog"));
    search = child<QLineEdit>(assign, QStringLiteral("personSearchLineEdit"));
    found = child<QListWidget>(assign, QStringLiteral("peopleListWidget"));
    auto *message = child<QLabel>(assign, QStringLiteral("messageLabel"));
    QTest::keyClicks(search, QStringLiteral("E0013"));
    REQUIRE(waitFor([&] { return message->text().contains(QStringLiteral("The directory did not answer")); }));
    REQUIRE(listed(QStringLiteral("Given0013 Surname0013 (E0013)")));
    CHECK(found->item(0)->flags().testFlag(Qt::ItemIsEnabled));
}
