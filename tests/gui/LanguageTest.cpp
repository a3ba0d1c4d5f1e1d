// SPDX-License-Identifier: Apache-2.0
// English, German or Swedish: the language setting, kept per workstation, and the translations it picks.
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "LanguageMenu.h"
#include "LoginDialog.h"
#include "NotificationBar.h"
#include "Translations.h"

#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>

using namespace tempcards;
using namespace tempcards::test;

TEST_CASE("View › Language keeps the choice for the next start and says so", "[gui][language]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("tempcards.conf")), QSettings::IniFormat);
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    ClientFlow flow(&t.backend());
    flow.setSettings(&settings);
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    auto *menu = child<LanguageMenu>(window, QStringLiteral("languageMenu"));
    CHECK(child<QAction>(menu, QStringLiteral("languageSystemAction"))->isChecked());

    child<QAction>(menu, QStringLiteral("languagedeAction"))->trigger();
    CHECK(settings.value(kLanguageSettingKey).toString() == QStringLiteral("de"));
    CHECK(window->notificationBar()->message() == QStringLiteral("tempcards will use Deutsch from the next start."));
    {
        LanguageMenu again(&settings);
        CHECK(child<QAction>(&again, QStringLiteral("languagedeAction"))->isChecked());
        CHECK_FALSE(child<QAction>(&again, QStringLiteral("languageSystemAction"))->isChecked());
    }
    child<QAction>(menu, QStringLiteral("languageSystemAction"))->trigger();
    CHECK_FALSE(settings.contains(kLanguageSettingKey));
    CHECK(window->notificationBar()->message() ==
          QStringLiteral("tempcards will use the system's language from the next start."));

    // A language no longer offered counts as none: the system's.
    settings.setValue(kLanguageSettingKey, QStringLiteral("tlh"));
    LanguageMenu unknown(&settings);
    CHECK(child<QAction>(&unknown, QStringLiteral("languageSystemAction"))->isChecked());
}

TEST_CASE("the language setting picks the locale, and the system's when none is chosen", "[gui][language]")
{
    const QLocale before;
    CHECK(applyLanguageSetting(QString()) == QLocale::system());
    CHECK(applyLanguageSetting(QStringLiteral("tlh")) == QLocale::system());
    CHECK(QLocale() == before); // neither changed the default
    CHECK(applyLanguageSetting(QStringLiteral("sv")).language() == QLocale::Swedish);
    CHECK(QLocale().language() == QLocale::Swedish); // dates and numbers follow
    QLocale::setDefault(before);
}

TEST_CASE("the login dialog speaks German and Swedish", "[gui][language]")
{
    TestBackend t;
    const auto [language, title, login, hint] =
        GENERATE(std::tuple{"de", "Bei tempcards anmelden", "&Anmelden", "Ihr tempcards-Benutzername"},
                 std::tuple{"sv", "Logga in i tempcards", "Logga &in", "Ditt användarnamn i tempcards"});
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral("tempcards_%1").arg(QLatin1String(language)), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&translator);
    {
        LoginDialog dialog(t.backend().accounts(), QString());
        CHECK(dialog.windowTitle() == QString::fromUtf8(title));
        CHECK(child<QAbstractButton>(&dialog, QStringLiteral("loginPushButton"))->text() == QString::fromUtf8(login));
        CHECK(child<QWidget>(&dialog, QStringLiteral("userNameLineEdit"))->accessibleDescription() ==
              QString::fromUtf8(hint));
    }
    QCoreApplication::removeTranslator(&translator);
}
