// SPDX-License-Identifier: Apache-2.0
// tempcards-sync: the batch sync without a window, for cron (--once) or as a service (--interval).
// Wires core together; nothing else.
#include "AuditVerification.h"
#include "BatchSyncScheduler.h"
#include "CheckpointPublisher.h"
#include "ClientCore.h"
#include "ClientOptions.h"
#include "Clock.h"
#include "Database.h"
#include "DatabaseHealth.h"
#include "DirectoryConnectionService.h"
#include "PeopleService.h"
#include "PeopleSyncJob.h"
#include "SyncMonitor.h"
#include "SyncService.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTextStream>

using namespace tempcards;

namespace {

QString summary(const BatchSyncJob::Report &report)
{
    if (report.leaseBusy)
        return QCoreApplication::translate("main", "Another batch sync is running on this database; nothing was done.");
    QStringList parts{
        QCoreApplication::translate("main", "%n order(s) sent", nullptr, report.batchesSent),
        QCoreApplication::translate("main", "%n card(s) ordered", nullptr, report.cardsOrdered),
        QCoreApplication::translate("main", "%n card(s) failed", nullptr, report.cardsFailed),
        QCoreApplication::translate("main", "%n production step(s) recorded", nullptr, report.eventsApplied)};
    if (report.remindersSent > 0)
        parts << QCoreApplication::translate("main", "%n expiry reminder(s) sent", nullptr, report.remindersSent);
    QString line = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (!report.errorString.isEmpty())
        line += QLatin1Char(' ') + QCoreApplication::translate("main", "Problem: %1").arg(report.errorString);
    if (!report.reminderProblem.isEmpty())
        line += QLatin1Char(' ') + QCoreApplication::translate("main", "Reminders: %1").arg(report.reminderProblem);
    return line;
}

// --import-people: the file whole or not at all, as the batch sync's identity; what changed on standard output,
// every bad line on standard error.
int importPeople(PeopleService *people, const ClientOptions &options, QTextStream &out)
{
    QFile file(options.importPeopleFile);
    const bool tooLarge = file.size() > PeopleCsv::kMaxFileBytes;
    if (tooLarge || !file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "tempcards-sync: "
                            << QCoreApplication::translate("main", "%1 could not be read: %2")
                                   .arg(options.importPeopleFile,
                                        tooLarge ? QCoreApplication::translate("main", "it is too large")
                                                 : file.errorString())
                            << "\n";
        return 1;
    }
    std::optional<PeopleImport::Mode> mode;
    if (options.importPeopleFull)
        mode = *options.importPeopleFull ? PeopleImport::Mode::Full : PeopleImport::Mode::Partial;
    // The service answers through this thread's event loop.
    PeopleImport::Result result;
    bool done = false;
    QEventLoop loop;
    people->importFile(std::nullopt, file.readAll(), QFileInfo(file).fileName(), mode)
        .then(&loop, [&](const PeopleImport::Result &imported) {
            result = imported;
            done = true;
            loop.quit();
        });
    if (!done)
        loop.exec();
    if (result.ok) {
        out << result.message << Qt::endl;
        return 0;
    }
    QTextStream err(stderr);
    err << "tempcards-sync: " << result.message << "\n";
    for (const PeopleCsv::Problem &problem : result.problems)
        err << "  " << problem.toString() << "\n";
    if (result.moreProblems > 0)
        err << "  " << QCoreApplication::translate("main", "… and %n more.", nullptr, result.moreProblems) << "\n";
    return 1;
}

// --sync-people: the saved directory's people, whole or not at all, as the batch sync's identity.
int syncPeople(const CoreContext &context, QTextStream &out)
{
    QString problem;
    std::optional<DirectoryConfig> config;
    try {
        config = DirectoryConnectionService(context).effective(&problem);
    } catch (const DatabaseError &error) {
        problem = error.userMessage();
    }
    if (!config && problem.isEmpty())
        problem = QCoreApplication::translate("main", "No directory is set in the settings; cardholders come from "
                                                      "CSV files (--import-people).");
    if (!problem.isEmpty()) {
        QTextStream(stderr) << "tempcards-sync: " << problem << "\n";
        return 1;
    }
    PeopleSyncJob job(context, *config, std::nullopt);
    QEventLoop loop;
    QObject::connect(&job, &PeopleSyncJob::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == PeopleSyncJob::None) {
        out << job.message() << Qt::endl;
        return 0;
    }
    QTextStream err(stderr);
    err << "tempcards-sync: " << job.message() << "\n";
    for (const PeopleCsv::Problem &entry : job.result().problems)
        err << "  " << entry.toString() << "\n";
    if (job.result().moreProblems > 0)
        err << "  " << QCoreApplication::translate("main", "… and %n more.", nullptr, job.result().moreProblems)
            << "\n";
    return 1;
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
        return opened.error == Database::OpenError::Unreachable ? SyncMonitor::DatabaseUnreachable : 1;
    }
    if (!opened.database->warning().isEmpty())
        QTextStream(stderr) << "tempcards-sync: " << opened.database->warning() << "\n";
    QTextStream out(stdout);
    if (options.verifyAudit) {
        const AuditVerification::Result result =
            AuditVerification::run(opened.database->connection(), options.checkpointFile, options.checkpointPublicKey);
        out << result.text << Qt::endl;
        return result.exitCode;
    }
    QNetworkAccessManager nam;
    Backend::Options backendOptions = Backend::Options::forThisWorkstation(options.goCards, options.goCardsOverrides);
    backendOptions.leaseSeconds = options.leaseSeconds;
    // With --checkpoints, the core publishes one after every run and marks a database that no longer matches
    // the last one (restored, or cut) before anything is sent or aborted.
    ClientCore core(std::move(opened.database), &nam, &clock, backendOptions,
                    {options.checkpointFile, options.checkpointKeyFile, options.checkpointEvery});
    if (!core.checkpointProblem().isEmpty()) {
        QTextStream(stderr) << "tempcards-sync: " << core.checkpointProblem() << "\n";
        return 1;
    }
    if (!options.importPeopleFile.isEmpty())
        return importPeople(core.backend()->people(), options, out);
    if (options.syncPeople)
        return syncPeople(core.backend()->context(), out);
    CheckpointPublisher *checkpoints = core.checkpoints();
    SyncService *sync = core.backend()->sync();
    // A database that stops answering is said once (and when it is back), not at every run meanwhile.
    SyncMonitor monitor(&core.backend()->context().database->health(), &clock, ServiceNotifier());
    QObject::connect(&monitor, &SyncMonitor::line, &app, [&out](const QString &text) { out << text << Qt::endl; });
    BatchSyncJob *run = nullptr;
    if (options.once) {
        run = sync->newRun();
        QObject::connect(run, &BatchSyncJob::finished, &app, [&] {
            out << summary(run->report()) << Qt::endl;
            const int code = monitor.exitCode(run->report());
            if (!checkpoints)
                return app.exit(code);
            // The run's checkpoint is written before the process ends.
            QObject::connect(checkpoints, &CheckpointPublisher::published, &app, [&app, code] { app.exit(code); });
            QObject::connect(checkpoints, &CheckpointPublisher::upToDate, &app, [&app, code] { app.exit(code); });
            QObject::connect(checkpoints, &CheckpointPublisher::failed, &app, [&app] { app.exit(1); });
            checkpoints->publish();
        });
    } else {
        // Killing this process at any moment is safe: the lease and the batch claims expire, and every batch
        // is sent again with its own key. So there is no special shutdown.
        sync->scheduler()->setFixedInterval(options.intervalSeconds);
        QObject::connect(sync->scheduler(), &BatchSyncScheduler::peopleSynced, &app,
                         [&out](const QString &message, bool) { out << message << Qt::endl; });
        QObject::connect(sync, &SyncService::runFinished, &app, [&](const BatchSyncJob::Report &report) {
            if (monitor.shouldReport(report))
                out << summary(report) << Qt::endl;
            monitor.runFinished(report);
        });
    }
    const auto startRuns = [&] {
        monitor.started();
        if (run)
            run->start();
        else
            sync->scheduler()->start(0);
    };
    // The database is checked against the last checkpoint before the first run.
    if (checkpoints && !core.checkpointsChecked())
        QObject::connect(checkpoints, &CheckpointPublisher::checked, &app, startRuns);
    else
        startRuns();
    const int code = app.exec();
    delete run;
    return code;
}
