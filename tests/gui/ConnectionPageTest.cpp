// SPDX-License-Identifier: Apache-2.0
// Settings › Go Cards connection with real widgets: Test connection with a wrong and a right secret, Save,
// and the secret never shown again.
#include "CertificateNotes.h"
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "GoCardsClient.h"
#include "NotificationBar.h"
#include "TestCertificates.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>

#include <tuple>

using namespace tempcards;
using namespace tempcards::test;

TEST_CASE("an administrator tests and saves the Go Cards connection, and the secret stays write-only",
          "[gui][connection]")
{
    const QString secret = QStringLiteral("gui-secret-4711");
    TestBackend::Options options;
    options.simulator.clientSecret = secret;
    TestBackend t(options);
    t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("ada"));
    QDialog *settings = openSettingsAt(window, QStringLiteral("Go Cards connection"));
    auto *url = child<QLineEdit>(settings, QStringLiteral("urlLineEdit"));
    auto *secretEdit = child<QLineEdit>(settings, QStringLiteral("clientSecretLineEdit"));
    auto *result = child<QLabel>(settings, QStringLiteral("connectionResultLabel"));
    auto *state = child<QLabel>(settings, QStringLiteral("connectionStateLabel"));
    auto *test = child<QAbstractButton>(settings, QStringLiteral("testConnectionPushButton"));
    CHECK(url->text() == t.goCardsConfig().baseUrl.toString());
    CHECK(secretEdit->echoMode() == QLineEdit::Password);
    CHECK(secretEdit->text().isEmpty());
    CHECK(state->text().contains(QStringLiteral("Not saved yet")));

    typeInto(secretEdit, QStringLiteral("not-the-secret"));
    click(test);
    REQUIRE(waitFor([&] { return result->text().contains(QStringLiteral("refused the credentials")); }));
    REQUIRE(waitFor([&] { return test->isEnabled(); }));

    secretEdit->clear();
    typeInto(secretEdit, secret);
    click(test);
    REQUIRE(waitFor([&] { return result->text().startsWith(QStringLiteral("Connected")); }));

    // The dialog's Save stores it, and closes.
    click(child<QAbstractButton>(settings, QStringLiteral("savePushButton")));
    REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("settingsDialog")); }));
    CHECK(window->notificationBar()->message() == QStringLiteral("The Go Cards connection was saved."));
    settings = openSettingsAt(window, QStringLiteral("Go Cards connection"));
    url = child<QLineEdit>(settings, QStringLiteral("urlLineEdit"));
    secretEdit = child<QLineEdit>(settings, QStringLiteral("clientSecretLineEdit"));
    CHECK(child<QLabel>(settings, QStringLiteral("connectionStateLabel"))
              ->text()
              .startsWith(QStringLiteral("Saved by ada")));
    CHECK(secretEdit->text().isEmpty());
    CHECK(secretEdit->placeholderText().startsWith(QStringLiteral("Saved")));
    CHECK(t.backend().goCards()->config().clientSecret == secret);

    // A bad address is refused: the dialog stays open on the page and names it, and what is in force stays.
    url->clear();
    typeInto(url, QStringLiteral("ftp://gocards.example"));
    QTest::keyClick(url, Qt::Key_Return); // Enter is the dialog's Save, for every page
    auto *message = child<QLabel>(settings, QStringLiteral("messageLabel"));
    REQUIRE(waitFor([&] { return message->isVisible(); }));
    CHECK(message->text().startsWith(QStringLiteral("Go Cards connection was not saved: ")));
    CHECK(message->text().contains(QStringLiteral("must start with https://")));
    CHECK(settings->isVisible());
    CHECK(child<QListWidget>(settings, QStringLiteral("sectionsListWidget"))->currentItem()->text() ==
          QStringLiteral("Go Cards connection"));
    CHECK(t.backend().goCards()->config().baseUrl == t.goCardsConfig().baseUrl);
}

TEST_CASE("certificates show whose they are, who issued them and until when, flagged when they end soon",
          "[gui][connection]")
{
    TestCertificates made; // valid for two days from now
    TestBackend t;
    t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("ada"));
    QDialog *settings = openSettingsAt(window, QStringLiteral("Go Cards connection"));
    auto *trusted = child<QPlainTextEdit>(settings, QStringLiteral("trustedCertificatesPlainTextEdit"));
    auto *notes = child<CertificateNotes>(settings, QStringLiteral("trustedCertificatesNotesLabel"));
    CHECK_FALSE(notes->isVisible()); // nothing pasted yet

    trusted->setPlainText(QString::fromLatin1(made.caPem()));
    REQUIRE(notes->isVisible());
    INFO(notes->text().toStdString());
    CHECK(notes->text().startsWith(QStringLiteral("tempcards test CA, issued by tempcards test CA, valid until ")));
    CHECK(notes->text().contains(QStringLiteral(": renew it before then.")));
    CHECK(notes->isFlagged());

    auto *client = child<QPlainTextEdit>(settings, QStringLiteral("clientCertificatePlainTextEdit"));
    auto *clientNotes = child<CertificateNotes>(settings, QStringLiteral("clientCertificateNotesLabel"));
    client->setPlainText(QString::fromLatin1(made.clientCertificatePem()));
    CHECK(clientNotes->text().startsWith(QStringLiteral("tempcards client, issued by tempcards test CA")));

    trusted->setPlainText(QStringLiteral("-----BEGIN CERTIFICATE-----\nnot one\n-----END CERTIFICATE-----"));
    CHECK(notes->text() == QStringLiteral("No certificate can be read from this text."));
    CHECK(notes->isFlagged());
    trusted->clear();
    CHECK_FALSE(notes->isVisible());

    // The directory's and the mail server's certificates are read the same way.
    for (const auto &[section, edit, label] :
         {std::tuple{QStringLiteral("Directory"), QStringLiteral("directoryTrustedPlainTextEdit"),
                     QStringLiteral("directoryTrustedNotesLabel")},
          std::tuple{QStringLiteral("Mail"), QStringLiteral("mailTrustedPlainTextEdit"),
                     QStringLiteral("mailTrustedNotesLabel")}}) {
        auto *sections = child<QListWidget>(settings, QStringLiteral("sectionsListWidget"));
        sections->setCurrentItem(sections->findItems(section, Qt::MatchExactly).value(0));
        child<QPlainTextEdit>(settings, edit)->setPlainText(QString::fromLatin1(made.caPem()));
        CHECK(child<CertificateNotes>(settings, label)->text().startsWith(QStringLiteral("tempcards test CA")));
    }
}
