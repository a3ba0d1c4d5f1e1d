// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include "Database.h"
#include "GoCardsConfig.h"
#include "GoCardsConnectionStore.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStringList>

namespace tempcards {

// The command line of the client and of tempcards-sync, which share the database and Go Cards options.
// The Go Cards client secret is read from the environment variable TEMPCARDS_GOCARDS_CLIENT_SECRET (and, for
// tempcards-sync under systemd, from its credential gocards-client-secret), never from the command line
// (which other users can read). Every option has a default that reaches the bundled simulator on this
// computer.
struct ClientOptions
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::ClientOptions)

public:
    enum class Action { Run, ShowText, Fail };
    enum class Program { Client, Sync };
    static inline const QString SecretVariable = QStringLiteral("TEMPCARDS_GOCARDS_CLIENT_SECRET");
    // tempcards-sync as a systemd service: the secret as the credential of this name (ServiceCredential),
    // when the variable is not set.
    static inline const QString SecretCredential = QStringLiteral("gocards-client-secret");

    Action action = Action::Run;
    QString text; // help or version (ShowText), or the problem (Fail)
    QString databasePath;
    QString postgres;           // libpq connection options when PostgreSQL is used instead of the SQLite file
    bool databaseGiven = false; // --database or --postgres; otherwise the saved choice applies
    GoCardsConfig goCards;
    GoCardsOverrides goCardsOverrides; // what was given explicitly; the rest may come from the saved connection
    // tempcards-sync only: one run and exit, or a run every intervalSeconds (0: the options' interval).
    bool once = false;
    int intervalSeconds = 0;
    int leaseSeconds = 120;   // how long another batch sync waits for this one when it dies mid-run
    bool verifyAudit = false; // tempcards-sync --verify-audit: check the audit chain and exit
    // tempcards-sync --import-people <file>: import the cardholders of an HR export and exit; whether the
    // file lists everyone (--full, --partial; neither: the options' peopleImportIsFull).
    QString importPeopleFile;
    std::optional<bool> importPeopleFull;
    bool syncPeople = false; // tempcards-sync --sync-people: bring the cardholders in from the directory and exit
    // The audit checkpoints, published to this file (and the system log) when set (by tempcards-sync, or by the
    // client's own batch sync on a single workstation), and checked against it by --verify-audit; the key that
    // signs them; every how many records between runs; the public key (base64, or a file holding it) an
    // auditor pins for tempcards-sync --verify-audit.
    QString checkpointFile;
    QString checkpointKeyFile;
    int checkpointEvery = 1000;
    QString checkpointPublicKey;

    static ClientOptions parse(const QStringList &arguments, const QProcessEnvironment &environment,
                               Program program = Program::Client);
    // <the user's data directory>/tempcards.sqlite
    static QString defaultDatabasePath();
    // <the user's data directory>/checkpoint.key
    static QString defaultCheckpointKeyPath();
    // The database named on the command line, else the one saved by the client's Database dialog, else
    // SQLite at defaultDatabasePath().
    DatabaseConfig databaseConfig(const QSettings &saved) const;
};

} // namespace tempcards
