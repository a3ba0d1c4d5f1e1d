// SPDX-License-Identifier: Apache-2.0
// Settings has one save model: the dialog's Save (or Enter in any field) stores every section's edits,
// Cancel, Esc and closing drop them all and ask first, a refusal names its section and keeps the dialog
// open (offscreen).
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "GoCardsConnectionService.h"
#include "MailConnectionService.h"
#include "NotificationBar.h"
#include "SettingsService.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>

using namespace tempcards;
using namespace tempcards::test;

namespace {

QLineEdit *field(QDialog *settings, const char *name)
{
    return child<QLineEdit>(settings, QLatin1String(name));
}

// Goes to `section` as a person does, by clicking it in the list.
void show(QDialog *settings, const QString &section)
{
    auto *sections = child<QListWidget>(settings, QStringLiteral("sectionsListWidget"));
    const auto items = sections->findItems(section, Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    QTest::mouseClick(sections->viewport(), Qt::LeftButton, {}, sections->visualItemRect(items.first()).center());
}

QMessageBox *askedToDiscard()
{
    return waitForVisible<QMessageBox>(QStringLiteral("discardChangesMessageBox"));
}

} // namespace

TEST_CASE("settings: one Save for every section, Cancel drops every edit, closing with edits asks", "[gui][settings]")
{
    TestBackend t;
    t.createAccount(QStringLiteral("ada"), {Roles::Administrator});
    ClientFlow flow(&t.backend());
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("ada"));
    const QString organisation = t.backend().connection()->view().form.organisationId;
    QDialog *settings = openSettingsAt(window, QStringLiteral("Temporary card"));
    auto *queue = child<QCheckBox>(settings, QStringLiteral("queueTemporaryCardsCheckBox"));
    const bool queued = queue->isChecked();

    SECTION("Enter in the Go Cards address field saves the connection and the temporary card's edits")
    {
        click(queue);
        show(settings, QStringLiteral("Go Cards connection"));
        typeInto(field(settings, "organisationLineEdit"), QStringLiteral("org-entered"));
        typeInto(field(settings, "clientSecretLineEdit"), t.goCardsConfig().clientSecret);
        QTest::keyClick(field(settings, "urlLineEdit"), Qt::Key_Return);
        REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("settingsDialog")); }));
        CHECK(t.backend().connection()->view().form.organisationId == QStringLiteral("org-entered"));
        CHECK(t.backend().settings()->load().options.queueTemporaryCards == !queued);
        CHECK(window->notificationBar()->message() ==
              QStringLiteral("The settings were saved. The Go Cards connection was saved."));
    }

    SECTION("Save with nothing changed closes and says so; Cancel without edits does not ask")
    {
        click(child<QAbstractButton>(settings, QStringLiteral("savePushButton")));
        REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("settingsDialog")); }));
        CHECK(window->notificationBar()->message() == QStringLiteral("Nothing was changed."));
        settings = openSettingsAt(window, QStringLiteral("Mail"));
        click(child<QAbstractButton>(settings, QStringLiteral("cancelPushButton")));
        REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("settingsDialog")); }));
        CHECK_FALSE(findVisible(QStringLiteral("discardChangesMessageBox")));
    }

    SECTION("Cancel, Esc and closing ask; Keep editing keeps every edit, Discard drops them all")
    {
        click(queue);
        show(settings, QStringLiteral("Mail"));
        typeInto(field(settings, "mailHostLineEdit"), QStringLiteral("mail.example.org"));
        show(settings, QStringLiteral("Go Cards connection"));
        typeInto(field(settings, "organisationLineEdit"), QStringLiteral("org-dropped"));

        QTest::keyClick(settings, Qt::Key_Escape);
        QMessageBox *ask = askedToDiscard();
        for (const char *section : {"Temporary card or Permissions", "Go Cards connection", "Mail"})
            CHECK(ask->text().contains(QLatin1String(section)));
        click(child<QAbstractButton>(ask, QStringLiteral("keepEditingPushButton")));
        REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("discardChangesMessageBox")); }));
        REQUIRE(settings->isVisible());
        CHECK(field(settings, "organisationLineEdit")->text() == QStringLiteral("org-dropped"));
        CHECK(field(settings, "mailHostLineEdit")->text() == QStringLiteral("mail.example.org"));

        settings->close(); // the window's close button
        ask = askedToDiscard();
        click(child<QAbstractButton>(ask, QStringLiteral("keepEditingPushButton")));
        REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("discardChangesMessageBox")); }));
        REQUIRE(settings->isVisible());

        click(child<QAbstractButton>(settings, QStringLiteral("cancelPushButton")));
        click(child<QAbstractButton>(askedToDiscard(), QStringLiteral("discardPushButton")));
        REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("settingsDialog")); }));
        CHECK(t.backend().connection()->view().form.organisationId == organisation);
        CHECK_FALSE(t.backend().mail()->view().saved);
        CHECK(t.backend().settings()->load().options.queueTemporaryCards == queued);
        CHECK(t.auditCount(QStringLiteral("settings.change")) == 0);

        // Opened again, the pages show what is saved.
        settings = openSettingsAt(window, QStringLiteral("Go Cards connection"));
        CHECK(field(settings, "organisationLineEdit")->text() == organisation);
    }

    SECTION("a refusal names its section and keeps the dialog open; what was saved before it stays saved")
    {
        click(queue);
        show(settings, QStringLiteral("Mail"));
        typeInto(field(settings, "mailHostLineEdit"), QStringLiteral("mail.example.org"));
        typeInto(field(settings, "mailSenderLineEdit"), QStringLiteral("not an address"));
        show(settings, QStringLiteral("Permissions"));
        click(child<QAbstractButton>(settings, QStringLiteral("savePushButton")));
        auto *message = child<QLabel>(settings, QStringLiteral("messageLabel"));
        REQUIRE(waitFor([&] { return message->isVisible(); }));
        CHECK(message->text().startsWith(QStringLiteral("Mail was not saved: ")));
        CHECK(settings->isVisible());
        CHECK(child<QListWidget>(settings, QStringLiteral("sectionsListWidget"))->currentItem()->text() ==
              QStringLiteral("Mail"));
        CHECK(t.backend().settings()->load().options.queueTemporaryCards == !queued);
        CHECK_FALSE(t.backend().mail()->view().saved);

        // Put right, the next Save stores the rest and closes.
        typeInto(field(settings, "mailSenderLineEdit"), QStringLiteral("cards@example.org"));
        click(child<QAbstractButton>(settings, QStringLiteral("savePushButton")));
        REQUIRE(waitFor([&] { return !findVisible(QStringLiteral("settingsDialog")); }));
        CHECK(t.backend().mail()->view().saved);
        CHECK(t.backend().mail()->view().settings.sender == QStringLiteral("cards@example.org"));
        CHECK(t.auditCount(QStringLiteral("settings.change")) == 2); // the temporary card's once, the mail's once
    }
}
