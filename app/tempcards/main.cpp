// SPDX-License-Identifier: Apache-2.0
// tempcards: the operator and administrator client. Wires core and ui together; nothing else.
#include "AppearanceChoice.h"
#include "ClientCore.h"
#include "ClientFlow.h"
#include "ClientLauncher.h"
#include "ClientOptions.h"
#include "Clock.h"
#include "PrivateFiles.h"
#include "SingleInstance.h"
#include "StateLook.h"
#include "Translations.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>

using namespace tempcards;

namespace {

// --help, --version and bad options are answered without a display, so they work over ssh and in scripts.
ClientOptions parseOptions(int argc, char *argv[], const QLocale &locale)
{
    QCoreApplication console(argc, argv);
    installTranslations(locale);
    return ClientOptions::parse(console.arguments(), QProcessEnvironment::systemEnvironment());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("tempcards"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEMPCARDS_VERSION));
    // The database chosen in the Database dialog and the language chosen in View › Language live here
    // (tempcards-sync reads the database too).
    QSettings settings(QStringLiteral("tempcards"), QStringLiteral("tempcards"));
    QString settingsProblem; // the file is still written, with the umask's mode, when this fails
    if (!PrivateFiles::prepareFile(settings.fileName(), &settingsProblem))
        qWarning("tempcards: %s", qPrintable(settingsProblem));
    const QLocale locale = applyLanguageSetting(settings.value(kLanguageSettingKey).toString());
    const ClientOptions options = parseOptions(argc, argv, locale);
    if (options.action == ClientOptions::Action::ShowText) {
        QTextStream(stdout) << options.text;
        return 0;
    }
    if (options.action == ClientOptions::Action::Fail) {
        QTextStream(stderr) << "tempcards: " << options.text << "\n";
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("tempcards"));
    QApplication::setDesktopFileName(QStringLiteral("org.tempcards.tempcards"));
    QApplication::setWindowIcon(StateLook::applicationIcon());
    installTranslations(locale);
    // A second start brings the running client to the front and ends, before any database is opened.
    SingleInstance instance;
    if (instance.claim() == SingleInstance::Start::AlreadyRunning) {
        QTextStream(stdout) << QCoreApplication::translate("main", "tempcards is already running; its window was "
                                                                   "brought to the front.")
                            << "\n";
        return 0;
    }

    // Light or dark before the first window shows (View › Appearance, else the desktop's scheme).
    AppearanceChoice appearance(&settings);
    appearance.start();

    QNetworkAccessManager nam;
    SystemClock clock;
    const Backend::Options backendOptions =
        Backend::Options::forThisWorkstation(options.goCards, options.goCardsOverrides);
    ClientLauncher launcher(
        [&](std::unique_ptr<Database> database) {
            return std::make_unique<ClientCore>(std::move(database), &nam, &clock, backendOptions,
                                                CheckpointPublisher::Options{options.checkpointFile,
                                                                             options.checkpointKeyFile,
                                                                             options.checkpointEvery});
        },
        &settings, &clock);
    launcher.setAppearance(&appearance);
    QObject::connect(&launcher, &ClientLauncher::quitRequested, &app, &QApplication::quit, Qt::QueuedConnection);
    QObject::connect(&instance, &SingleInstance::activationRequested, &launcher, [&launcher] {
        if (launcher.flow())
            launcher.flow()->raise();
    });
    launcher.start(options.databaseConfig(settings));
    return app.exec();
}
