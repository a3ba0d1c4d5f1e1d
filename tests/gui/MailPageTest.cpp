// SPDX-License-Identifier: Apache-2.0
// Settings › Mail with real widgets against a real SMTP server: Test sends one message to the copy address
// with what is on the page, Save keeps the password write-only, Remove goes back to listing due reminders;
// every field fed the hostile input catalogue.
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "HostileFields.h"
#include "MailConnectionService.h"
#include "MailServer.h"
#include "NotificationBar.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace tempcards;
using namespace tempcards::test;

namespace {

void fill(QDialog *settings, const MailConfig &config)
{
    setText(settings, "mailHostLineEdit", config.host);
    child<QSpinBox>(settings, QStringLiteral("mailPortSpinBox"))->setValue(config.port);
    auto *tls = child<QComboBox>(settings, QStringLiteral("mailTlsComboBox"));
    tls->setCurrentIndex(tls->findData(int(config.tls)));
    setText(settings, "mailUserLineEdit", config.user);
    setText(settings, "mailPasswordLineEdit", config.password);
    setText(settings, "mailSenderLineEdit", config.sender);
    setText(settings, "mailCopyLineEdit", config.copyTo);
    setText(settings, "mailTrustedPlainTextEdit", QString::fromUtf8(config.caCertificates));
}

} // namespace

TEST_CASE("an administrator tests and saves the mail server and the password stays write-only", "[gui][mail]")
{
    MailServer server(MailConfig::Tls::Implicit);
    TestBackend t;
    t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("ada"));
    QDialog *settings = openSettingsAt(window, QStringLiteral("Mail"));
    auto *state = child<QLabel>(settings, QStringLiteral("mailStateLabel"));
    auto *result = child<QLabel>(settings, QStringLiteral("mailResultLabel"));
    auto *test = child<QAbstractButton>(settings, QStringLiteral("testMailPushButton"));
    auto *password = child<QLineEdit>(settings, QStringLiteral("mailPasswordLineEdit"));
    auto *port = child<QSpinBox>(settings, QStringLiteral("mailPortSpinBox"));
    CHECK(state->text().contains(QStringLiteral("due reminders are only listed")));
    CHECK(password->echoMode() == QLineEdit::Password);
    CHECK(port->value() == 587);
    // Picking SMTPS moves the usual port with it.
    auto *tls = child<QComboBox>(settings, QStringLiteral("mailTlsComboBox"));
    tls->setFocus();
    QTest::keyClick(tls, Qt::Key_Down);
    CHECK(port->value() == 465);

    MailConfig config = server.config();
    fill(settings, config);
    click(test);
    REQUIRE(waitFor([&] { return result->text().contains(QStringLiteral("copy address")); }));
    CHECK(server.received().isEmpty());

    config.copyTo = QStringLiteral("card-desk@example.org");
    setText(settings, "mailCopyLineEdit", config.copyTo);
    setText(settings, "mailPasswordLineEdit", QStringLiteral("not the password"));
    click(test);
    REQUIRE(waitFor([&] { return test->isEnabled() && !result->text().startsWith(QStringLiteral("Sending")); }, 30000));
    CHECK_FALSE(result->text().contains(QStringLiteral("took the test message")));
    CHECK(server.received().isEmpty());

    setText(settings, "mailPasswordLineEdit", config.password);
    click(test);
    REQUIRE(waitFor([&] { return result->text().contains(QStringLiteral("took the test message")); }, 30000));
    REQUIRE(server.received().size() == 1);
    CHECK(server.received().first().to == QStringList{config.copyTo});
    CHECK(server.received().first().tls);
    CHECK_FALSE(t.backend().mail()->view().saved); // a test saves nothing

    settings = saveAndReopen(window, settings, QStringLiteral("Mail"));
    CHECK(window->notificationBar()->message() == QStringLiteral("The mail server settings were saved."));
    state = child<QLabel>(settings, QStringLiteral("mailStateLabel"));
    test = child<QAbstractButton>(settings, QStringLiteral("testMailPushButton"));
    password = child<QLineEdit>(settings, QStringLiteral("mailPasswordLineEdit"));
    CHECK(state->text().startsWith(QStringLiteral("Saved by ada")));
    CHECK(password->text().isEmpty());
    CHECK(password->placeholderText().startsWith(QStringLiteral("Saved")));
    QString problem;
    CHECK(t.backend().mail()->effective(&problem)->password == config.password);
    CHECK(t.backend().mail()->view().settings.tls == MailConfig::Tls::Implicit);

    // With the password saved, Test reuses it for the same server and user.
    click(test);
    REQUIRE(waitFor([&] { return server.received().size() == 2; }, 30000));

    click(child<QAbstractButton>(settings, QStringLiteral("removeMailPushButton")));
    REQUIRE(waitFor([&] { return state->text().contains(QStringLiteral("due reminders are only listed")); }));
    CHECK_FALSE(t.backend().mail()->view().saved);
}

TEST_CASE("hostile input: the mail page", "[gui][hostile][mail]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("ada"));
    QDialog *settings = openSettingsAt(window, QStringLiteral("Mail"));
    MailConfig good;
    good.host = QStringLiteral("mail.example.org");
    good.user = QStringLiteral("tempcards");
    good.password = QStringLiteral("mail password");
    good.sender = QStringLiteral("tempcards@example.org");
    const auto refuse = [&](const char *field, const Expected &expected) {
        RefusalCase c{settings, QLatin1String(field), QStringLiteral("savePushButton")};
        c.prepare = [&] { fill(settings, good); };
        c.unchanged = [&] { CHECK_FALSE(t.backend().mail()->view().saved); };
        checkRefusals(c, expected);
    };
    const QString notHost = QStringLiteral("is not a host name or address");
    refuse("mailHostLineEdit", {{Hostile::Empty, QStringLiteral("host is missing")},
                                {Hostile::Long, notHost},
                                {Hostile::Control, notHost},
                                {Hostile::Sql, notHost},
                                {Hostile::RightToLeft, notHost}});
    const QString tooLongOrInvisible = QStringLiteral("too long or holds control or invisible characters");
    refuse("mailUserLineEdit", {{Hostile::Empty, QString()},
                                {Hostile::Long, tooLongOrInvisible},
                                {Hostile::Control, tooLongOrInvisible},
                                {Hostile::Sql, QString()},
                                {Hostile::RightToLeft, tooLongOrInvisible}});
    refuse("mailPasswordLineEdit", {{Hostile::Empty, QStringLiteral("The password is missing")},
                                    {Hostile::Long, QStringLiteral("The password is too long.")},
                                    {Hostile::Control, QStringLiteral("holds control characters")},
                                    {Hostile::Sql, QString()},
                                    {Hostile::RightToLeft, QString()}});
    const QString notSender = QStringLiteral("is not an e-mail address for the sender");
    refuse("mailSenderLineEdit", {{Hostile::Empty, QStringLiteral("The sender's address is missing.")},
                                  {Hostile::Long, notSender},
                                  {Hostile::Control, notSender},
                                  {Hostile::Sql, notSender},
                                  {Hostile::RightToLeft, notSender}});
    const QString notCopy = QStringLiteral("is not an e-mail address for the copy");
    refuse("mailCopyLineEdit", {{Hostile::Empty, QString()},
                                {Hostile::Long, notCopy},
                                {Hostile::Control, notCopy},
                                {Hostile::Sql, notCopy},
                                {Hostile::RightToLeft, notCopy}});
    const QString notPem = QStringLiteral("are not PEM certificates");
    refuse("mailTrustedPlainTextEdit", {{Hostile::Empty, QString()},
                                        {Hostile::Long, notPem},
                                        {Hostile::Control, notPem},
                                        {Hostile::Sql, notPem},
                                        {Hostile::RightToLeft, notPem}});

    // What the catalogue lets through is taken as typed, and kept so.
    const QString sql = hostileTexts().at(int(Hostile::Sql)).text;
    fill(settings, good);
    paste(child<QWidget>(settings, QStringLiteral("mailUserLineEdit")), sql);
    paste(child<QWidget>(settings, QStringLiteral("mailPasswordLineEdit")), sql);
    click(child<QAbstractButton>(settings, QStringLiteral("savePushButton")));
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("settingsDialog")); }));
    CHECK(window->notificationBar()->message() == QStringLiteral("The mail server settings were saved."));
    CHECK(t.backend().mail()->view().settings.user == sql);
    QString problem;
    CHECK(t.backend().mail()->effective(&problem)->password == sql);
}
