// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CoreContext.h"
#include "GoCardsConnectionStore.h"
#include "Outcome.h"
#include "Session.h"

#include <QFuture>
#include <QObject>

class QNetworkAccessManager;

namespace tempcards {

// What the administrator enters for the Go Cards connection. The secret and the client key are write-only:
// empty means "keep the saved one".
struct GoCardsConnectionForm
{
    QString baseUrl;
    QString organisationId;
    QString clientId;
    QString clientSecret;
    QByteArray caCertificates;
    QByteArray clientCertificate;
    QByteArray clientKey;
};

// What the settings page shows: the form without secret and key, and whether those are saved.
struct GoCardsConnectionView
{
    GoCardsConnectionForm form;
    bool saved = false; // false: nothing saved yet; the form shows what this process was started with
    bool secretSaved = false;
    bool keySaved = false;
    QDateTime updatedAt;
    QString updatedBy;
    GoCardsOverrides overrides; // parts this process takes from its command line or environment instead
};

class GoCardsConnectionCheckJob;

// The Go Cards connection that administrators save in the database. Saving is audited (everything but the
// secret and the key, which appear only as "replaced"), and connectionChanged() hands the connection now in
// force to the Go Cards client of this process.
class GoCardsConnectionService : public QObject
{
    Q_OBJECT

public:
    GoCardsConnectionService(const CoreContext &context, QNetworkAccessManager *nam, const GoCardsConfig &given,
                             const GoCardsOverrides &overrides, QObject *parent = nullptr);

    // Quick reads on the caller's connection.
    GoCardsConnectionView view();
    GoCardsConfig effective();

    // The form completed with the saved secret and key, or nothing and *problem. A saved secret is only
    // reused for the saved address: it is never sent to a new one unless typed again.
    // When the saved secret or key is hidden from this process (login roles: the batch sync's alone), a
    // save keeps it unread through `kept`; without `kept` (a test from here) it must be typed again.
    static std::optional<GoCardsConfig> resolve(const GoCardsConnectionForm &form,
                                                const std::optional<GoCardsConnectionStore::Saved> &saved,
                                                QString *problem, GoCardsConnectionStore::Kept *kept = nullptr);

    // Checks and saves the form for administrators (settings:manage), with its audit record.
    QFuture<Outcome> save(const Session &by, const GoCardsConnectionForm &form);
    // A new, unstarted job that asks Go Cards for a token with the form's connection; the caller owns it.
    GoCardsConnectionCheckJob *test(const Session &by, const GoCardsConnectionForm &form);

signals:
    void connectionChanged(const tempcards::GoCardsConfig &config);

private:
    CoreContext m_context;
    QNetworkAccessManager *m_nam;
    GoCardsConfig m_given;
    GoCardsOverrides m_overrides;
};

} // namespace tempcards
