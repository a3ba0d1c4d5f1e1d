// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GoCardsConfig.h"

#include <QDateTime>

#include <optional>

class QSqlDatabase;

namespace tempcards {

// Which parts of the Go Cards connection this process was given explicitly (command line, or the secret
// in TEMPCARDS_GOCARDS_CLIENT_SECRET); they win over the connection saved in the database.
struct GoCardsOverrides
{
    bool url = false;
    bool organisationId = false;
    bool clientId = false;
    bool secret = false;
};

// The saved Go Cards connection: one row, written by administrators from the settings dialog. The secret and
// the client key are stored in the database only (never in QSettings, logs or the audit trail).
class GoCardsConnectionStore
{
public:
    struct Saved
    {
        GoCardsConfig config;
        QDateTime updatedAt;
        QString updatedBy;
        // PostgreSQL with login roles: only the batch sync's role reads the secret and the key; for any other
        // they are empty in `config`, and these say whether they are saved.
        bool secretHidden = false;
        bool secretSaved = false;
        bool keySaved = false;
    };
    // What a save leaves as it is: the saved secret or key, which this process may not be able to read.
    struct Kept
    {
        bool secret = false;
        bool key = false;
    };

    static std::optional<Saved> load(const QSqlDatabase &db);
    // Writes the one row; a kept part is left as saved (and is empty in `config`).
    static void save(const QSqlDatabase &db, const GoCardsConfig &config, const QString &by, const QDateTime &now,
                     Kept kept);
    static void save(const QSqlDatabase &db, const GoCardsConfig &config, const QString &by, const QDateTime &now)
    {
        save(db, config, by, now, Kept{false, false});
    }

    // The connection in force: the saved one (when there is one) with the explicitly given parts of `given`
    // on top; `given` alone otherwise. Timeouts always come from `given`. A given address other than the
    // saved one never gets the saved secret, client certificate or key: without a given secret it has none,
    // and every call is refused before it is made.
    static GoCardsConfig effective(const std::optional<Saved> &saved, const GoCardsConfig &given,
                                   const GoCardsOverrides &overrides);
    // Everything but the secret and the key, for the audit trail and logs.
    static QString describe(const GoCardsConfig &config);
};

} // namespace tempcards
