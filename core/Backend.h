// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AbortTemporaryCardOrder.h"
#include "AuditLog.h"
#include "BatchSync.h"
#include "CardQuery.h"
#include "CoreContext.h"
#include "GoCardsConfig.h"
#include "GoCardsConnectionStore.h"
#include "InitializeTemporaryCard.h"
#include "PasswordHasher.h"
#include "SyncStore.h"

#include <QFuture>
#include <QObject>
#include <QRandomGenerator>
#include <QThreadPool>

class QNetworkAccessManager;

namespace tempcards {

class AccountAdministration;
class AccountService;
class AuditService;
class BatchSyncScheduler;
class CardChangeWatcher;
class GoCardsClient;
class GoCardsConnectionService;
class OrderTemporaryCardsJob;
class RefreshCardJob;
class SettingsService;
struct Session;

// The core as the client sees it: one object that wires the database, the Go Cards client, the audit
// trail and the services together. The database, network access manager and clock are the caller's and
// must outlive it. Lives on the GUI thread; nothing it offers blocks on the network or on a write.
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
    GoCardsClient *goCards() const { return m_goCards; }
    const CoreContext &context() const { return m_context; }
    QString databaseLocation() const;

    // New, unstarted jobs owned by the caller; cardsChanged() follows every change they commit.
    OrderTemporaryCardsJob *orderTemporaryCards(const Session &session, const QVariant &amount);
    RefreshCardJob *refreshCard(const Session &session, qint64 cardId);
    BatchSync *batchSync();
    QFuture<AbortTemporaryCardOrder::Result> abortCards(const Session &session, const QList<qint64> &cardIds);
    QFuture<InitializeTemporaryCard::Result> initializeCard(const Session &session, qint64 cardId, const QString &uid);

    // Quick indexed reads on the caller's connection; empty on a database error (logged).
    QList<CardRow> cardPage(const CardFilter &filter, qint64 beforeId, int limit);
    QList<CardRow> cards(const QList<qint64> &ids);
    SyncStatus syncStatus();

    // The client's background work: the in-client batch sync on the options' interval, and noticing
    // changes other processes make to the cards.
    void startBackgroundWork();
    BatchSyncScheduler *scheduler() const { return m_scheduler; }

signals:
    // `cardIds` changed (new cards included).
    void cardsChanged(const QList<qint64> &cardIds);
    // A run of the batch sync started by this process ended, whoever started it.
    void syncFinished(const tempcards::BatchSync::Report &report);

private:
    template <typename Job> Job *watch(Job *job);

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
    BatchSyncScheduler *m_scheduler;
    CardChangeWatcher *m_watcher;
};

} // namespace tempcards
