// SPDX-License-Identifier: Apache-2.0
// tempcards-sync: the batch sync without a window, for cron (--once) or as a service (--interval).
// Wires core together; nothing else.
#include "AuditVerification.h"
#include "Backend.h"
#include "BatchSyncScheduler.h"
#include "CheckpointPublisher.h"
#include "ClientOptions.h"
#include "Clock.h"
#include "Database.h"
#include "SyncService.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <utility>

using namespace tempcards;

namespace {

QString summary(const BatchSyncJob::Report &report)
{
    if (report.leaseBusy)
        return QCoreApplication::translate("main", "Another batch sync is running on this database; nothing was done.");
    const QStringList parts{
        QCoreApplication::translate("main", "%n order(s) sent", nullptr, report.batchesSent),
        QCoreApplication::translate("main", "%n card(s) ordered", nullptr, report.cardsOrdered),
        QCoreApplication::translate("main", "%n card(s) failed", nullptr, report.cardsFailed),
        QCoreApplication::translate("main", "%n production step(s) recorded", nullptr, report.eventsApplied)};
    QString line = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (!report.errorString.isEmpty())
        line += QLatin1Char(' ') + QCoreApplication::translate("main", "Problem: %1").arg(report.errorString);
    return line;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tempcards"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEMPCARDS_VERSION));
    installTranslations();
    const ClientOptions options =
        ClientOptions::parse(app.arguments(), QProcessEnvironment::systemEnvironment(), ClientOptions::Program::Sync);
    if (options.action == ClientOptions::Action::ShowText) {
        QTextStream(stdout) << options.text;
        return 0;
    }
    if (options.action == ClientOptions::Action::Fail) {
        QTextStream(stderr) << "tempcards-sync: " << options.text << "\n";
        return 2;
    }
    // Without --database or --postgres: the database this user chose in the client.
    const QSettings saved(QStringLiteral("tempcards"), QStringLiteral("tempcards"));
    SystemClock clock;
    Database::Opened opened = Database::open(options.databaseConfig(saved), clock);
    if (!opened.database) {
        QTextStream(stderr) << "tempcards-sync: " << opened.message << "\n";
        return 1;
    }
    if (!opened.database->warning().isEmpty())
        QTextStream(stderr) << "tempcards-sync: " << opened.database->warning() << "\n";
    QNetworkAccessManager nam;
    Backend::Options backendOptions = Backend::Options::forThisWorkstation(options.goCards, options.goCardsOverrides);
    backendOptions.leaseSeconds = options.leaseSeconds;
    Backend backend(opened.database.get(), &nam, &clock, backendOptions);
    QTextStream out(stdout);

    if (options.verifyAudit) {
        const AuditVerification::Result result =
            AuditVerification::run(opened.database->connection(), options.checkpointFile, options.checkpointPublicKey);
        out << result.text << Qt::endl;
        return result.exitCode;
    }
    std::unique_ptr<CheckpointPublisher> checkpoints;
    if (!options.checkpointFile.isEmpty()) {
        QString problem;
        checkpoints = CheckpointPublisher::create(
            opened.database.get(), &clock, {options.checkpointFile, options.checkpointKeyFile, options.checkpointEvery},
            &problem);
        if (!checkpoints) {
            QTextStream(stderr) << "tempcards-sync: " << problem << "\n";
            return 1;
        }
        QObject::connect(checkpoints.get(), &CheckpointPublisher::failed, &app,
                         [](const QString &message) { QTextStream(stderr) << "tempcards-sync: " << message << "\n"; });
    }
    if (checkpoints) {
        // A database behind its last checkpoint was restored (or cut): before anything is sent or aborted,
        // every unresolved order waits for Go Cards' word. Marked on the writer before the first run's work.
        QObject::connect(checkpoints.get(), &CheckpointPublisher::diverged, &app, [&backend](const QString &reason) {
            QTextStream(stderr) << "tempcards-sync: " << reason << "\n";
            backend.sync()->markRestored(reason);
        });
    }
    BatchSyncJob *run = nullptr;
    BatchSyncScheduler *scheduler = backend.sync()->scheduler();
    if (options.once) {
        run = backend.sync()->newRun();
        QObject::connect(run, &BatchSyncJob::finished, &app, [&] {
            out << summary(run->report()) << Qt::endl;
            const int code = run->report().leaseBusy || run->report().errorString.isEmpty() ? 0 : 1;
            if (!checkpoints)
                return app.exit(code);
            // The run's checkpoint is written before the process ends.
            QObject::connect(checkpoints.get(), &CheckpointPublisher::published, &app,
                             [&app, code] { app.exit(code); });
            QObject::connect(checkpoints.get(), &CheckpointPublisher::upToDate, &app, [&app, code] { app.exit(code); });
            QObject::connect(checkpoints.get(), &CheckpointPublisher::failed, &app, [&app] { app.exit(1); });
            checkpoints->publish();
        });
    } else {
        // Killing this process at any moment is safe: the lease and the batch claims expire, and every batch
        // is sent again with its own key. So there is no special shutdown.
        scheduler->setFixedInterval(options.intervalSeconds);
        if (checkpoints)
            QObject::connect(scheduler, &BatchSyncScheduler::runFinished, checkpoints.get(),
                             &CheckpointPublisher::publish);
        QObject::connect(scheduler, &BatchSyncScheduler::runFinished, &app,
                         [&](const BatchSyncJob::Report &report) { out << summary(report) << Qt::endl; });
    }
    bool started = false;
    const auto startRuns = [&] {
        if (std::exchange(started, true))
            return;
        if (run)
            run->start();
        else
            scheduler->start(0);
    };
    if (checkpoints) {
        // The database is checked against the last checkpoint before the first run.
        QObject::connect(checkpoints.get(), &CheckpointPublisher::checked, &app, startRuns);
        checkpoints->check();
    } else {
        startRuns();
    }
    const int code = app.exec();
    delete run;
    return code;
}
