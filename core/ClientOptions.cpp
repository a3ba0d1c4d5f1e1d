// SPDX-License-Identifier: Apache-2.0
#include "ClientOptions.h"

#include "DatabaseSettings.h"
#include "InputText.h"
#include "QtCommandLine.h"
#include "ServiceCredential.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace tempcards {

QString ClientOptions::defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(QStringLiteral("tempcards.sqlite"));
}

QString ClientOptions::defaultCheckpointKeyPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(QStringLiteral("checkpoint.key"));
}

namespace {
// A path in the help as every user reads it: the home folder as "~" (so a man page made from the help is
// right for everyone, and the help does not show whose account printed it).
QString shownPath(const QString &path)
{
    const QString home = QDir::homePath();
    if (home.size() > 1 && path.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + path.mid(home.size());
    return path;
}
} // namespace

DatabaseConfig ClientOptions::databaseConfig(const QSettings &saved) const
{
    if (databaseGiven)
        return DatabaseConfig(databasePath, postgres);
    return DatabaseSettings::load(saved, defaultDatabasePath()).config();
}

ClientOptions ClientOptions::parse(const QStringList &arguments, const QProcessEnvironment &environment,
                                   Program program)
{
    ClientOptions options;
    QCommandLineParser parser;
    // "-stylee" is one unknown option, as Qt's own single-dash options are words, not a row of letters.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QString purpose = program == Program::Client
                                ? tr("Order temporary ID cards from Nexus GO Cards and follow them until they can be "
                                     "handed out.")
                                : tr("The batch sync: orders the queued temporary cards from Nexus GO Cards and "
                                     "follows their production. Only one batch sync works on a database at a time.");
    parser.setApplicationDescription(
        purpose + QLatin1Char(' ') +
        (program == Program::Client
             ? tr("The Go Cards client secret is read from the environment variable %1.").arg(SecretVariable)
             : tr("The Go Cards client secret is read from the environment variable %1, else from the systemd "
                  "credential %2 (LoadCredential=%2:<file> in the service unit).")
                   .arg(SecretVariable, SecretCredential)) +
        (program == Program::Client ? QLatin1Char(' ') + tr("Qt's own options, such as -style, -platform and "
                                                            "-reverse, are passed on to Qt.")
                                    : QString()));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      tr("The SQLite database file (default: the database chosen in the client's "
                                         "Database dialog, else %1).")
                                          .arg(shownPath(defaultDatabasePath())),
                                      tr("file"), defaultDatabasePath());
    const QCommandLineOption postgres(
        QStringLiteral("postgres"),
        tr("Use a PostgreSQL database instead, given by libpq connection options, for example \"host=db.example "
           "dbname=tempcards user=tempcards sslmode=verify-full\" or \"service=tempcards\". The password comes "
           "from PGPASSWORD or ~/.pgpass."),
        tr("options"));
    const QCommandLineOption url(QStringLiteral("gocards-url"),
                                 tr("The Nexus GO Cards address (default: the simulator on this computer)."), tr("url"),
                                 QStringLiteral("http://127.0.0.1:8787"));
    const QCommandLineOption clientId(QStringLiteral("gocards-client-id"), tr("The Go Cards client id."), tr("id"),
                                      QStringLiteral("demo"));
    const QCommandLineOption organisation(QStringLiteral("gocards-organisation-id"),
                                          tr("The Go Cards organisation id."), tr("id"), QStringLiteral("demo-org"));
    parser.addOptions({database, postgres, url, clientId, organisation});
    const QCommandLineOption once(QStringLiteral("once"), tr("Run once and exit (for cron); the exit code is 0 when "
                                                             "the run succeeded or another batch sync was running."));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      tr("Run every <seconds> until stopped (default: the batchSyncIntervalSeconds "
                                         "option)."),
                                      tr("seconds"));
    const QCommandLineOption verifyAudit(QStringLiteral("verify-audit"),
                                         tr("Check the audit trail's hash chain, name the first bad record if any, "
                                            "and exit (0: intact, 1: not intact)."));
    const QCommandLineOption lease(QStringLiteral("lease"),
                                   tr("How long another batch sync waits before it takes over from this one if "
                                      "this one dies in the middle of a run (10 to 3600, default 120). Renewed at a "
                                      "third of it while the run lasts."),
                                   tr("seconds"), QStringLiteral("120"));
    const QCommandLineOption checkpoints(
        QStringLiteral("checkpoints"),
        program == Program::Sync
            ? tr("Append a signed checkpoint of the audit trail's head to <file> (and the system log) after every run "
                 "and every --checkpoint-every records; with --verify-audit, check the database against every "
                 "checkpoint in it.")
            : tr("On a workstation that runs the batch sync itself: append a signed checkpoint of the audit trail's "
                 "head to <file> (and the system log) after every run and every --checkpoint-every records, and "
                 "check the database against the file's last checkpoint when it is opened."),
        tr("file"));
    const QCommandLineOption checkpointKey(QStringLiteral("checkpoint-key"),
                                           tr("The Ed25519 key that signs the checkpoints, made there (0600, with "
                                              "<file>.pub) when missing (default: %1).")
                                               .arg(shownPath(defaultCheckpointKeyPath())),
                                           tr("file"));
    const QCommandLineOption checkpointEvery(QStringLiteral("checkpoint-every"),
                                             tr("Records between two checkpoints while no run ends (1 to 1000000, "
                                                "default 1000)."),
                                             tr("records"), QStringLiteral("1000"));
    const QCommandLineOption checkpointPublic(QStringLiteral("checkpoint-public-key"),
                                              tr("With --verify-audit: the public key the checkpoints must be signed "
                                                 "with (base64, or a file holding it, such as the key's .pub)."),
                                              tr("key"));
    const QCommandLineOption importPeople(QStringLiteral("import-people"),
                                          tr("Import the cardholders of an HR export (CSV, UTF-8, a header naming "
                                             "the columns), whole or not at all, say what changed, and exit (0: "
                                             "imported, 1: refused; every bad line is named)."),
                                          tr("file"));
    const QCommandLineOption full(QStringLiteral("full"),
                                  tr("With --import-people: the file lists everyone; people missing from it become "
                                     "inactive."));
    const QCommandLineOption partial(QStringLiteral("partial"),
                                     tr("With --import-people: the file lists only the people it changes."));
    const QCommandLineOption syncPeople(QStringLiteral("sync-people"),
                                        tr("Bring the cardholders in from the directory saved in the settings, "
                                           "whole or not at all (people it no longer lists, or marks inactive, "
                                           "become inactive), say what changed, and exit (0: brought in, 1: "
                                           "refused or the directory could not be read)."));
    parser.addOptions({checkpoints, checkpointKey, checkpointEvery});
    if (program == Program::Sync)
        parser.addOptions(
            {once, interval, verifyAudit, lease, checkpointPublic, importPeople, full, partial, syncPeople});

    // The client's command line is QApplication's too: Qt's own options (-style, -platform, ...) are its.
    if (!parser.parse(program == Program::Client ? QtCommandLine::withoutQtOptions(arguments) : arguments)) {
        options.action = Action::Fail;
        options.text = InputText::shown(parser.errorText(), 200); // it quotes the unknown option as given
        return options;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        options.action = Action::ShowText;
        options.text = parser.isSet(help) ? parser.helpText()
                                          // The program's own name: tempcards-sync shares the client's
                                          // application name for its data folder, not for this.
                                          : QStringLiteral("%1 %2\n").arg(program == Program::Client
                                                                              ? QStringLiteral("tempcards")
                                                                              : QStringLiteral("tempcards-sync"),
                                                                          QCoreApplication::applicationVersion());
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.action = Action::Fail;
        options.text = tr("Unexpected argument: \"%1\"").arg(InputText::shown(parser.positionalArguments().first()));
        return options;
    }
    options.checkpointFile = parser.value(checkpoints);
    options.checkpointKeyFile = parser.isSet(checkpointKey) ? parser.value(checkpointKey) : defaultCheckpointKeyPath();
    bool every = false;
    options.checkpointEvery = parser.value(checkpointEvery).toInt(&every);
    if (!every || options.checkpointEvery < 1 || options.checkpointEvery > 1000000) {
        options.action = Action::Fail;
        options.text = tr("--checkpoint-every must be a whole number of records from 1 to 1000000.");
        return options;
    }
    if (program == Program::Sync) {
        options.once = parser.isSet(once);
        options.verifyAudit = parser.isSet(verifyAudit);
        options.importPeopleFile = parser.value(importPeople);
        if (parser.isSet(full) && parser.isSet(partial)) {
            options.action = Action::Fail;
            options.text = tr("Give either --full or --partial, not both.");
            return options;
        }
        if ((parser.isSet(full) || parser.isSet(partial)) && !parser.isSet(importPeople)) {
            options.action = Action::Fail;
            options.text = tr("--full and --partial go with --import-people.");
            return options;
        }
        if (parser.isSet(full) || parser.isSet(partial))
            options.importPeopleFull = parser.isSet(full);
        options.syncPeople = parser.isSet(syncPeople);
        if (options.syncPeople && (parser.isSet(importPeople) || options.once || parser.isSet(interval))) {
            options.action = Action::Fail;
            options.text = tr("--sync-people goes alone: not with --import-people, --once or --interval.");
            return options;
        }
        if (parser.isSet(interval)) {
            bool ok = false;
            options.intervalSeconds = parser.value(interval).toInt(&ok);
            if (!ok || options.intervalSeconds < 1 || options.intervalSeconds > 86400 || options.once) {
                options.action = Action::Fail;
                options.text = options.once ? tr("Give either --once or --interval, not both.")
                                            : tr("--interval must be a whole number of seconds from 1 to 86400.");
                return options;
            }
        }
        options.checkpointPublicKey = parser.value(checkpointPublic);
        bool ok = false;
        options.leaseSeconds = parser.value(lease).toInt(&ok);
        if (!ok || options.leaseSeconds < 10 || options.leaseSeconds > 3600) {
            options.action = Action::Fail;
            options.text = tr("--lease must be a whole number of seconds from 10 to 3600.");
            return options;
        }
    }
    options.databasePath = parser.value(database).trimmed();
    options.postgres = parser.value(postgres).simplified();
    options.databaseGiven = parser.isSet(database) || parser.isSet(postgres);
    if (parser.isSet(postgres) && (options.postgres.isEmpty() || parser.isSet(database))) {
        options.action = Action::Fail;
        options.text = options.postgres.isEmpty() ? tr("--postgres needs the connection options, such as "
                                                       "\"host=db.example dbname=tempcards user=tempcards\".")
                                                  : tr("Give either --database or --postgres, not both.");
        return options;
    }
    if (options.postgres.contains(QLatin1String("password="))) {
        options.action = Action::Fail;
        options.text = tr("Do not put the database password on the command line, where other users can read it; use "
                          "PGPASSWORD or ~/.pgpass.");
        return options;
    }
    // The Database dialog's checks, except that host or service may come from PGHOST or PGSERVICE here.
    const QString postgresProblem = options.postgres.isEmpty()
                                        ? QString()
                                        : PostgresParameters::fromConnectOptions(options.postgres)
                                              .check(PostgresParameters::Server::MayComeFromEnvironment);
    if (!postgresProblem.isEmpty()) {
        options.action = Action::Fail;
        options.text = tr("--postgres: %1").arg(postgresProblem);
        return options;
    }
    if (options.databasePath.isEmpty()) {
        options.action = Action::Fail;
        options.text = tr("The database file name must not be empty.");
        return options;
    }
    const QString urlProblem = GoCardsConfig::checkUrlText(parser.value(url));
    if (!urlProblem.isEmpty()) {
        options.action = Action::Fail;
        options.text = urlProblem;
        return options;
    }
    options.goCards.baseUrl = QUrl(parser.value(url).trimmed(), QUrl::StrictMode);
    options.goCards.clientId = parser.value(clientId);
    options.goCards.organisationId = parser.value(organisation);
    options.goCards.clientSecret = environment.value(SecretVariable, QStringLiteral("demo-secret"));
    options.goCardsOverrides.url = parser.isSet(url);
    options.goCardsOverrides.clientId = parser.isSet(clientId);
    options.goCardsOverrides.organisationId = parser.isSet(organisation);
    options.goCardsOverrides.secret = environment.contains(SecretVariable);
    if (program == Program::Sync && !environment.contains(SecretVariable)) { // the variable wins, as on a desk
        QString credentialProblem;
        const std::optional<QString> credential =
            ServiceCredential::read(environment, SecretCredential, &credentialProblem);
        if (!credentialProblem.isEmpty()) {
            options.action = Action::Fail;
            options.text = credentialProblem;
            return options;
        }
        if (credential) {
            options.goCards.clientSecret = *credential;
            options.goCardsOverrides.secret = true;
        }
    }
    const QString problem = options.goCards.check();
    if (!problem.isEmpty()) {
        options.action = Action::Fail;
        options.text = problem;
    }
    return options;
}

} // namespace tempcards
