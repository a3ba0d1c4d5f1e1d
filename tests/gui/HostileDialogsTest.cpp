// SPDX-License-Identifier: Apache-2.0
// The hostile input catalogue in the operators' and administrators' dialogs: each text field gets the five
// hostile texts (empty, 10,000 characters, control characters, SQL metacharacters, right-to-left marks),
// pasted, and must refuse each with its clear message, keep what was typed and store nothing; or take the
// text as it is, where the text is legitimate.
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "HostileFields.h"
#include "Sql.h"

#include <QAction>
#include <QListWidget>
#include <QTableWidget>

using namespace tempcards;
using namespace tempcards::test;

namespace {

const QString kNewPassword = QStringLiteral("a new password 2026");

int accountCount(TestBackend &t)
{
    return SqlQuery(t.database().connection(), QStringLiteral("SELECT COUNT(*) FROM accounts")).scalar().toInt();
}

} // namespace

TEST_CASE("hostile input: the login dialog", "[gui][hostile]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    t.createAccount(QStringLiteral("bob"), {Roles::Operator});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    auto *dialog = waitForVisible<QDialog>(QStringLiteral("loginDialog"));
    const QString wrong = QStringLiteral("The user name or password is wrong");
    RefusalCase name{dialog, QStringLiteral("userNameLineEdit"), QStringLiteral("loginPushButton")};
    name.prepare = [&] { setText(dialog, "passwordLineEdit", TestBackend::kPassword); };
    checkRefusals(name, {{Hostile::Empty, QStringLiteral("Enter your user name.")},
                         {Hostile::Long, wrong},
                         {Hostile::Control, wrong},
                         {Hostile::Sql, wrong},
                         {Hostile::RightToLeft, wrong}});
    // Four wrong passwords for bob: one short of a lockout, so the last login below shows none happened.
    RefusalCase password{dialog, QStringLiteral("passwordLineEdit"), QStringLiteral("loginPushButton")};
    password.prepare = [&] { setText(dialog, "userNameLineEdit", QStringLiteral("bob")); };
    password.keepsText = false;
    checkRefusals(password, {{Hostile::Empty, QStringLiteral("Enter your password.")},
                             {Hostile::Long, wrong},
                             {Hostile::Control, wrong},
                             {Hostile::Sql, wrong},
                             {Hostile::RightToLeft, wrong}});

    // The attempts are in the audit trail as shown: bounded, invisible characters spelled out.
    SqlQuery actors(t.database().connection(),
                    QStringLiteral("SELECT actor FROM audit_log WHERE action = 'login' AND outcome = 'failure'"));
    actors.exec();
    int failures = 0;
    while (actors.next()) {
        const QString actor = actors.value(0).toString();
        INFO(actor.toStdString());
        CHECK(actor.size() <= 70);
        CHECK_FALSE(InputText::hasInvisible(actor));
        ++failures;
    }
    CHECK(failures == 8); // the empty ones are not attempts
    CHECK(t.auditCount(QStringLiteral("account.lock")) == 0);
    CHECK(accountCount(t) == 2);
    submitLogin(QStringLiteral("bob"), TestBackend::kPassword);
    CHECK(waitForVisible<MainWindow>(QStringLiteral("mainWindow")));
}

TEST_CASE("hostile input: the first administrator dialog", "[gui][hostile]")
{
    TestBackend t;
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    auto *dialog = waitForVisible<QDialog>(QStringLiteral("firstAdministratorDialog"));
    const auto noAccount = [&] { CHECK(accountCount(t) == 0); };
    const QString onlyLetters = QStringLiteral("may contain only letters");
    RefusalCase name{dialog, QStringLiteral("userNameLineEdit"), QStringLiteral("createPushButton")};
    name.prepare = [&] {
        setText(dialog, "passwordLineEdit", kNewPassword);
        setText(dialog, "repeatPasswordLineEdit", kNewPassword);
    };
    name.unchanged = noAccount;
    checkRefusals(name, {{Hostile::Empty, QStringLiteral("Enter a user name.")},
                         {Hostile::Long, QStringLiteral("at most 64 characters")},
                         {Hostile::Control, onlyLetters},
                         {Hostile::Sql, onlyLetters},
                         {Hostile::RightToLeft, onlyLetters}});
    const Expected passwords{{Hostile::Empty, QStringLiteral("at least 12 characters")},
                             {Hostile::Long, QStringLiteral("at most 256 characters")},
                             {Hostile::Control, QStringLiteral("must not contain control characters")},
                             {Hostile::Sql, QString()},
                             {Hostile::RightToLeft, QStringLiteral("text-direction marks")}};
    RefusalCase password{dialog, QStringLiteral("passwordLineEdit"), QStringLiteral("createPushButton")};
    password.mirrorName = QStringLiteral("repeatPasswordLineEdit");
    password.prepare = [&] { setText(dialog, "userNameLineEdit", QStringLiteral("ada")); };
    password.unchanged = noAccount;
    checkRefusals(password, passwords);
    // A good password, and the hostile text as its repetition.
    RefusalCase repeat{dialog, QStringLiteral("repeatPasswordLineEdit"), QStringLiteral("createPushButton")};
    repeat.prepare = [&] {
        setText(dialog, "userNameLineEdit", QStringLiteral("ada"));
        setText(dialog, "passwordLineEdit", kNewPassword);
    };
    repeat.unchanged = noAccount;
    const QString notSame = QStringLiteral("The two passwords are not the same.");
    checkRefusals(repeat, {{Hostile::Empty, notSame},
                           {Hostile::Long, notSame},
                           {Hostile::Control, notSame},
                           {Hostile::Sql, notSame},
                           {Hostile::RightToLeft, notSame}});

    // SQL metacharacters make a fine password: taken as typed, and it logs in.
    const QString sql = hostileTexts().at(int(Hostile::Sql)).text;
    setText(dialog, "userNameLineEdit", QStringLiteral("ada"));
    paste(child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit")), sql);
    paste(child<QLineEdit>(dialog, QStringLiteral("repeatPasswordLineEdit")), sql);
    click(child<QAbstractButton>(dialog, QStringLiteral("createPushButton")));
    REQUIRE(waitFor([&] { return accountCount(t) == 1; }));
    CHECK(logInToMainWindow(QStringLiteral("ada"), sql));
}

TEST_CASE("hostile input: the new account, reset password and change password dialogs", "[gui][hostile]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("ada"));
    QDialog *settings = openSettingsAt(window, QStringLiteral("Accounts"));
    const auto twoAccounts = [&] { CHECK(accountCount(t) == 2); };
    const QString onlyLetters = QStringLiteral("may contain only letters");
    const Expected passwords{{Hostile::Empty, QStringLiteral("at least 12 characters")},
                             {Hostile::Long, QStringLiteral("at most 256 characters")},
                             {Hostile::Control, QStringLiteral("must not contain control characters")},
                             {Hostile::Sql, QString()},
                             {Hostile::RightToLeft, QStringLiteral("text-direction marks")}};

    click(child<QAbstractButton>(settings, QStringLiteral("newAccountPushButton")));
    auto *newAccount = waitForVisible<QDialog>(QStringLiteral("newAccountDialog"));
    RefusalCase name{newAccount, QStringLiteral("userNameLineEdit"), QStringLiteral("createPushButton")};
    name.prepare = [&] {
        setText(newAccount, "passwordLineEdit", kNewPassword);
        setText(newAccount, "repeatPasswordLineEdit", kNewPassword);
    };
    name.unchanged = twoAccounts;
    checkRefusals(name, {{Hostile::Empty, QStringLiteral("Enter a user name.")},
                         {Hostile::Long, QStringLiteral("at most 64 characters")},
                         {Hostile::Control, onlyLetters},
                         {Hostile::Sql, onlyLetters},
                         {Hostile::RightToLeft, onlyLetters}});
    RefusalCase password{newAccount, QStringLiteral("passwordLineEdit"), QStringLiteral("createPushButton")};
    password.mirrorName = QStringLiteral("repeatPasswordLineEdit");
    password.prepare = [&] { setText(newAccount, "userNameLineEdit", QStringLiteral("eve")); };
    password.unchanged = twoAccounts;
    checkRefusals(password, passwords);
    newAccount->reject();

    // Reset olle's password.
    auto *table = child<QTableWidget>(settings, QStringLiteral("accountsTableWidget"));
    selectAccount(table, QStringLiteral("olle"));
    const auto olleUnchanged = [&] {
        CHECK(t.auditCount(QStringLiteral("account.password"), QStringLiteral("success")) == 0);
    };
    click(child<QAbstractButton>(settings, QStringLiteral("resetPasswordPushButton")));
    auto *reset = waitForVisible<QDialog>(QStringLiteral("resetPasswordDialog"));
    RefusalCase resetPassword{reset, QStringLiteral("passwordLineEdit"), QStringLiteral("resetPushButton")};
    resetPassword.mirrorName = QStringLiteral("repeatPasswordLineEdit");
    resetPassword.unchanged = olleUnchanged;
    checkRefusals(resetPassword, passwords);
    reset->reject();
    settings->reject();

    // Ada changes her own password: the new one as above, and a hostile current one is simply not right.
    child<QAction>(window, QStringLiteral("changePasswordAction"))->trigger();
    auto *change = waitForVisible<QDialog>(QStringLiteral("changePasswordDialog"));
    RefusalCase newPassword{change, QStringLiteral("passwordLineEdit"), QStringLiteral("changePushButton")};
    newPassword.mirrorName = QStringLiteral("repeatPasswordLineEdit");
    newPassword.prepare = [&] { setText(change, "currentPasswordLineEdit", TestBackend::kPassword); };
    checkRefusals(newPassword, passwords);
    const QString notRight = QStringLiteral("The current password is not right.");
    RefusalCase current{change, QStringLiteral("currentPasswordLineEdit"), QStringLiteral("changePushButton")};
    current.prepare = [&] {
        setText(change, "passwordLineEdit", kNewPassword);
        setText(change, "repeatPasswordLineEdit", kNewPassword);
    };
    checkRefusals(current, {{Hostile::Empty, QStringLiteral("Enter your current password.")},
                            {Hostile::Long, notRight},
                            {Hostile::Control, notRight},
                            {Hostile::Sql, notRight},
                            {Hostile::RightToLeft, notRight}});
    CHECK(t.auditCount(QStringLiteral("account.password"), QStringLiteral("success")) == 0);
}

TEST_CASE("hostile input: the chip UID in the Initialize dialog", "[gui][hostile]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.enableProcess(ProcessId::InitializeTemporaryCard);
    const qint64 produced =
        t.insertCard(CardState::Produced, 0, QStringLiteral("gc-7"), QStringLiteral("04A1B2C3D4E5F6"));
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    quickSearchTemporaryCards(window);
    selectCards(window, {produced});
    click(child<QAbstractButton>(window, QStringLiteral("initializeTemporaryCardPushButton")));
    auto *dialog = waitForVisible<QDialog>(QStringLiteral("initializeDialog"));
    RefusalCase uid{dialog, QStringLiteral("chipUidLineEdit"), QStringLiteral("nextPushButton")};
    uid.unchanged = [&] { CHECK(t.cardState(produced) == QStringLiteral("produced")); };
    uid.longChar = QLatin1Char('A');
    const QString hexOnly = QStringLiteral("A chip UID has only the hexadecimal digits 0-9 and A-F.");
    checkRefusals(uid,
                  {{Hostile::Empty, QStringLiteral("Enter the chip UID.")},
                   {Hostile::Long, QStringLiteral("8, 14 or 20 hexadecimal digits (4, 7 or 10 bytes); this one has "
                                                  "10000.")},
                   {Hostile::Control, hexOnly},
                   {Hostile::Sql, hexOnly},
                   {Hostile::RightToLeft, hexOnly}});
}

TEST_CASE("hostile input: the Quick search field and the audit trail's filters", "[gui][hostile]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator, Roles::Auditor});
    const qint64 first = t.insertCard(CardState::Ordered, 0, QStringLiteral("gc-00000042"));
    t.insertCard(CardState::Processing);
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    quickSearchTemporaryCards(window);
    CardListModel *model = window->temporaryCardView()->model();
    auto *search = child<QLineEdit>(window, QStringLiteral("searchLineEdit"));
    // A search is not stored: each hostile text just finds what it matches, with no error, and an empty
    // one shows every card. 10,000 characters are cut to the field's 256.
    for (const HostileText &h : hostileTexts()) {
        INFO(h.name);
        paste(search, h.text);
        QTest::keyClick(search, Qt::Key_Return);
        const int expected = h.kind == Hostile::Empty ? 2 : 0;
        CHECK(waitFor([&] { return model->rowCount() == expected; }));
    }
    CHECK(t.cardCount() == 2);
    // A Go Cards card id copied with invisible direction marks still finds its card.
    paste(search, QStringLiteral("\u200Egc-00000042\u200F"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(waitFor([&] { return model->rowCount() == 1; }));
    CHECK(model->card(0).id == first);

    child<QAction>(window, QStringLiteral("auditTrailAction"))->trigger();
    auto *dialog = waitForVisible<QDialog>(QStringLiteral("auditTrailDialog"));
    auto *table = child<QTableWidget>(dialog, QStringLiteral("auditTableWidget"));
    auto *message = child<QLabel>(dialog, QStringLiteral("auditMessageLabel"));
    REQUIRE(waitFor([&] { return table->rowCount() > 0; }));
    for (const char *field : {"actorLineEdit", "objectLineEdit"}) {
        for (const HostileText &h : hostileTexts()) {
            INFO(field << ": " << h.name);
            paste(child<QLineEdit>(dialog, QLatin1String(field)), h.text);
            click(child<QAbstractButton>(dialog, QStringLiteral("showPushButton")));
            // The empty filter shows the login; nothing recorded matches the others, and none is an error.
            CHECK(waitFor([&] { return (table->rowCount() > 0) == (h.kind == Hostile::Empty); }));
            CHECK_FALSE(message->text().contains(QStringLiteral("could not")));
        }
        paste(child<QLineEdit>(dialog, QLatin1String(field)), QString());
    }
    paste(child<QLineEdit>(dialog, QStringLiteral("actorLineEdit")), QStringLiteral("\u202Aolle\u202C"));
    click(child<QAbstractButton>(dialog, QStringLiteral("showPushButton")));
    CHECK(waitFor([&] { return table->rowCount() > 0; }));
}
