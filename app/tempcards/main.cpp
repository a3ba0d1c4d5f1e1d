// SPDX-License-Identifier: Apache-2.0
// tempcards: the operator and administrator client. Wires core and ui together; nothing else.
#include "Backend.h"
#include "ClientFlow.h"
#include "ClientOptions.h"
#include "Clock.h"
#include "Database.h"
#include "Translations.h"

#include <QApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTextStream>

using namespace tempcards;

namespace {

// --help, --version and bad options are answered without a display, so they work over ssh and in scripts.
ClientOptions parseOptions(int argc, char *argv[])
{
    QCoreApplication console(argc, argv);
    installTranslations();
    return ClientOptions::parse(console.arguments(), QProcessEnvironment::systemEnvironment());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("tempcards"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEMPCARDS_VERSION));
    const ClientOptions options = parseOptions(argc, argv);
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
    QApplication::setDesktopFileName(QStringLiteral("tempcards"));
    installTranslations();

    Database::Opened opened = Database::open({options.databasePath, options.postgres});
    if (!opened.database) {
        QTextStream(stderr) << "tempcards: " << opened.message << "\n";
        QMessageBox::critical(nullptr, QApplication::translate("main", "tempcards cannot start"), opened.message);
        return 1;
    }
    QNetworkAccessManager nam;
    SystemClock clock;
    Backend backend(opened.database.get(), &nam, &clock,
                    Backend::Options::forThisWorkstation(options.goCards, options.goCardsOverrides));
    ClientFlow flow(&backend);
    QObject::connect(&flow, &ClientFlow::quitRequested, &app, &QApplication::quit, Qt::QueuedConnection);
    flow.start();
    backend.startBackgroundWork();
    return app.exec();
}
