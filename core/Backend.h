// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AuditLog.h"
#include "CoreContext.h"
#include "GoCardsConfig.h"
#include "GoCardsConnectionStore.h"
#include "PasswordHasher.h"

#include <QObject>
#include <QRandomGenerator>
#include <QThreadPool>

class QNetworkAccessManager;

namespace tempcards {

class AccountAdministration;
class AccountService;
class AuditService;
class CardChangeWatcher;
class CardService;
class DirectoryConnectionService;
class GoCardsClient;
class GoCardsConnectionService;
class HandOutService;
class MailConnectionService;
class OrderingService;
class PeopleService;
class SettingsService;
class SyncService;

// The core as one process (the client, tempcards-sync) sees it: one object that wires the database, the Go
// Cards client, the audit trail and the services together, and hands each window the service it uses. The database,
// network access manager and clock are the caller's and must outlive it. Lives on the GUI thread; nothing it offers
// blocks on the network or on a write.
class Backend : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        GoCardsConfig goCards;
        GoCardsOverrides goCardsOverrides; // parts of goCards that win over the saved connection
        QString workstation;
        int passwordIterations = PasswordHasher::kDefaultIterations;
        RetryPolicy directOrderRetry;
        RetryPolicy syncRetry{5, 1000, 30000, 120000};
        int leaseSeconds = 120;

        // The defaults, with Go Cards as given and this computer's host name as the workstation.
        static Options forThisWorkstation(const GoCardsConfig &goCards, const GoCardsOverrides &overrides = {});
    };

    Backend(Database *database, QNetworkAccessManager *nam, const Clock *clock, const Options &options,
            QObject *parent = nullptr);
    ~Backend() override;

    AccountService *accounts() const { return m_accounts; }
    AccountAdministration *administration() const { return m_administration; }
    SettingsService *settings() const { return m_settings; }
    GoCardsConnectionService *connection() const { return m_connection; }
    AuditService *audit() const { return m_auditService; }
    CardService *cards() const { return m_cards; }
    OrderingService *ordering() const { return m_ordering; }
    PeopleService *people() const { return m_people; }
    DirectoryConnectionService *directory() const { return m_directory; }
    MailConnectionService *mail() const { return m_mail; }
    HandOutService *handOut() const { return m_handOut; }
    SyncService *sync() const { return m_sync; }
    GoCardsClient *goCards() const { return m_goCards; }
    const CoreContext &context() const { return m_context; }
    QString databaseLocation() const;

    // The client's background work from launch: noticing changes other processes make to the cards. The
    // in-client batch sync (sync()->scheduler()) talks to Go Cards and is started only once someone has
    // logged in (ClientLauncher).
    void startBackgroundWork();

private:
    AuditLog m_audit;
    QThreadPool m_pool;
    QRandomGenerator m_random;
    CoreContext m_context;
    GoCardsClient *m_goCards;
    AccountService *m_accounts;
    AccountAdministration *m_administration;
    SettingsService *m_settings;
    GoCardsConnectionService *m_connection;
    AuditService *m_auditService;
    CardService *m_cards;
    OrderingService *m_ordering;
    PeopleService *m_people;
    DirectoryConnectionService *m_directory;
    MailConnectionService *m_mail;
    HandOutService *m_handOut;
    SyncService *m_sync;
    CardChangeWatcher *m_watcher;
};

} // namespace tempcards
