// SPDX-License-Identifier: Apache-2.0
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "AppearanceChoice.h"
#include "Translations.h"

#include <QLoggingCategory>

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

namespace {
QtMessageHandler s_previousHandler = nullptr;

// The offscreen platform says, for every window, that it cannot do what only real screens do.
void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("This plugin does not support")))
        return;
    s_previousHandler(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    // Offscreen unless a display is given explicitly (for looking at the tests on a real screen).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    s_previousHandler = qInstallMessageHandler(quietOffscreen);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tempcards-tests"));
    QApplication::setKeyboardInputInterval(40); // how long chooseByTyping() pauses between two choices
    QApplication::setApplicationVersion(QStringLiteral("test"));
    // The screenshots' light or dark (TEMPCARDS_SCREENSHOT_APPEARANCE=light|dark) is chosen as a person
    // chooses it, in View › Appearance's setting, and the client's own code applies it.
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("appearance.conf")), QSettings::IniFormat);
    tempcards::AppearanceChoice appearance(&settings, QDBusConnection(QStringLiteral("no bus")));
    const QString chosen = qEnvironmentVariable("TEMPCARDS_SCREENSHOT_APPEARANCE");
    if (!chosen.isEmpty()) {
        settings.setValue(tempcards::AppearanceChoice::kSettingKey, chosen);
        appearance.start();
    }
    // Quiet by default: only warnings of our own categories; QT_LOGGING_RULES brings the rest back.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("tempcards.*.info=false"));
    // Tests read the English texts the user reads, plurals included.
    tempcards::installTranslations(QLocale(QLocale::English));
    return Catch::Session().run(argc, argv);
}
