// SPDX-License-Identifier: Apache-2.0
#include "Backend.h"

#include "AccountAdministration.h"
#include "AccountService.h"
#include "AuditService.h"
#include "BatchSyncScheduler.h"
#include "CardChangeWatcher.h"
#include "CardService.h"
#include "Clock.h"
#include "Database.h"
#include "DirectoryConnectionService.h"
#include "GoCardsClient.h"
#include "GoCardsConnectionService.h"
#include "HandOutService.h"
#include "Logging.h"
#include "MailConnectionService.h"
#include "OrderingService.h"
#include "PeopleService.h"
#include "SettingsService.h"
#include "Sql.h"
#include "SyncService.h"
#include "SyncStore.h"

#include <QHostInfo>

namespace tempcards {

Backend::Backend(Database *database, QNetworkAccessManager *nam, const Clock *clock, const Options &options,
                 QObject *parent)
    : QObject(parent), m_audit(clock, options.workstation), m_random(QRandomGenerator::securelySeeded())
{
    m_pool.setMaxThreadCount(2);
    m_goCards = new GoCardsClient(nam, clock, options.goCards, this);
    m_context.database = database;
    m_context.goCards = m_goCards;
    m_context.audit = &m_audit;
    m_context.clock = clock;
    m_context.random = &m_random;
    m_context.pool = &m_pool;
    m_context.holder = QStringLiteral("%1:%2:%3")
                           .arg(options.workstation)
                           .arg(QCoreApplication::applicationPid())
                           .arg(m_random.generate(), 8, 16, QLatin1Char('0'));
    m_context.directOrderRetry = options.directOrderRetry;
    m_context.syncRetry = options.syncRetry;
    m_context.leaseSeconds = options.leaseSeconds;
    m_accounts = new AccountService(m_context, PasswordHasher(options.passwordIterations), this);
    m_administration = new AccountAdministration(m_context, PasswordHasher(options.passwordIterations), this);
    m_settings = new SettingsService(m_context, this);
    m_auditService = new AuditService(m_context, this);
    // The saved connection (with what the command line fixes on top) replaces the given one, now and on save.
    m_connection = new GoCardsConnectionService(m_context, nam, options.goCards, options.goCardsOverrides, this);
    // With login roles the workstation's own role may not read the connection before someone logs in.
    m_goCards->setConfig(database->hasLoginRoles() ? options.goCards : m_connection->effective());
    m_audit.setWrittenByDatabase(database->hasLoginRoles());
    connect(m_accounts, &AccountService::loggedIn, this, [this, database] {
        if (database->hasLoginRoles())
            m_goCards->setConfig(m_connection->effective());
    });
    connect(m_connection, &GoCardsConnectionService::connectionChanged, m_goCards, &GoCardsClient::setConfig);
    m_cards = new CardService(m_context, this);
    m_ordering = new OrderingService(m_context, m_cards, this);
    m_people = new PeopleService(m_context, this);
    m_directory = new DirectoryConnectionService(m_context, this);
    m_mail = new MailConnectionService(m_context, this);
    m_handOut = new HandOutService(m_context, m_cards, this);
    m_sync = new SyncService(m_context, m_cards, this);
    // Saved at another workstation: a long-running batch sync takes it up before its next run.
    connect(m_sync->scheduler(), &BatchSyncScheduler::aboutToRun, this, [this] {
        const GoCardsConfig saved = m_connection->effective();
        if (!saved.sameConnection(m_goCards->config())) {
            qCInfo(lcGoCards) << "the saved Go Cards connection changed; using it from now on";
            m_goCards->setConfig(saved);
        }
    });
    m_watcher = new CardChangeWatcher(database, clock, this);
    connect(m_watcher, &CardChangeWatcher::changed, m_cards, &CardService::noteChanged);
}

Backend::Options Backend::Options::forThisWorkstation(const GoCardsConfig &goCards, const GoCardsOverrides &overrides)
{
    Options options;
    options.goCards = goCards;
    options.goCardsOverrides = overrides;
    options.workstation = QHostInfo::localHostName();
    return options;
}

Backend::~Backend()
{
    // Hashing tasks post their results to the writer; let them finish, then let the writer run dry, so no
    // task outlives the objects it uses. On the way out, hand back the sync lease and batch claims.
    m_pool.waitForDone();
    const QString holder = m_context.holder;
    m_context.database->writer().run([holder](QSqlDatabase &db) {
        try {
            WriteTransaction transaction(db);
            SyncStore::releaseAll(db, holder);
            transaction.commit();
        } catch (const DatabaseError &) {
            // They expire by themselves.
        }
    });
    m_context.database->writer().drain();
}

QString Backend::databaseLocation() const
{
    return m_context.database->location();
}

void Backend::startBackgroundWork()
{
    m_watcher->start();
}

} // namespace tempcards
