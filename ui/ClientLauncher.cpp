// SPDX-License-Identifier: Apache-2.0
#include "ClientLauncher.h"

#include "Backend.h"
#include "BatchSyncScheduler.h"
#include "ClientFlow.h"
#include "ClientOptions.h"
#include "Database.h"
#include "DatabaseDialog.h"
#include "SyncService.h"

#include <QSettings>
#include <QTimer>

namespace tempcards {

namespace {
// A local file opens well within this; a PostgreSQL server that does not answer shows the dialog after it.
constexpr int kQuietOpenMs = 700;
} // namespace

ClientLauncher::ClientLauncher(ClientCoreFactory makeCore, QSettings *settings, const Clock *clock, QObject *parent)
    : QObject(parent), m_makeCore(std::move(makeCore)), m_settings(settings), m_clock(clock)
{}

ClientLauncher::~ClientLauncher()
{
    delete m_dialog;
    stop();
}

DatabaseDialog *ClientLauncher::newDialog(const DatabaseSettings &initial)
{
    delete m_dialog;
    auto *dialog = new DatabaseDialog(initial, m_clock);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { run(dialog); });
    return dialog;
}

void ClientLauncher::start(const DatabaseConfig &config)
{
    DatabaseSettings initial = DatabaseSettings::fromConfig(config);
    if (!config.isPostgres()) // keep what was saved for PostgreSQL, so switching back needs no typing
        initial.postgres = DatabaseSettings::load(*m_settings, config.sqlitePath).postgres;
    DatabaseDialog *dialog = newDialog(initial);
    connect(dialog, &QDialog::rejected, this, &ClientLauncher::quitRequested);
    connect(dialog, &DatabaseDialog::problemShown, dialog, &QWidget::show);
    QTimer::singleShot(kQuietOpenMs, dialog, [dialog] {
        if (dialog->isConnecting())
            dialog->show();
    });
    dialog->connectTo(config);
}

void ClientLauncher::chooseDatabase()
{
    DatabaseSettings current = DatabaseSettings::load(*m_settings, ClientOptions::defaultDatabasePath());
    const DatabaseSettings inUse = DatabaseSettings::fromConfig(m_config);
    current.backend = inUse.backend;
    if (inUse.backend == DatabaseSettings::Backend::Postgres)
        current.postgres = inUse.postgres;
    else
        current.sqlitePath = inUse.sqlitePath;
    DatabaseDialog *dialog = newDialog(current);
    dialog->setWindowModality(Qt::ApplicationModal);
    dialog->show();
}

void ClientLauncher::run(DatabaseDialog *dialog)
{
    std::unique_ptr<Database> database = dialog->takeDatabase();
    if (!database)
        return;
    const QString location = database->location();
    const QString warning = database->warning();
    // Only a choice made by clicking Connect is remembered; the command line's is for this run.
    if (dialog->chosenByPerson())
        dialog->chosen().save(*m_settings);
    // The new flow shows its dialog before the old one's closes, so there is never a moment without a window
    // (which would end the application).
    std::unique_ptr<ClientCore> core = m_makeCore(std::move(database));
    auto flow = std::make_unique<ClientFlow>(core->backend());
    flow->setSettings(m_settings);
    flow->setAppearance(m_appearance);
    flow->setDatabaseLocation(location);
    flow->setDatabaseWarning(warning);
    connect(flow.get(), &ClientFlow::quitRequested, this, &ClientLauncher::quitRequested);
    connect(flow.get(), &ClientFlow::databaseChangeRequested, this, &ClientLauncher::chooseDatabase);
    // The in-client batch sync sends the saved Go Cards secret: not for whoever merely started the client.
    // With login roles on PostgreSQL the batch sync is the tempcards-sync services' (their own role), so
    // the client leaves queued cards to them.
    BatchSyncScheduler *batchSync = core->backend()->sync()->scheduler();
    if (!core->backend()->context().database->hasLoginRoles()) {
        connect(flow.get(), &ClientFlow::sessionStarted, batchSync, [batchSync] { batchSync->start(); });
        connect(flow.get(), &ClientFlow::sessionEnded, batchSync, &BatchSyncScheduler::stop);
    }
    flow->start();
    stop();
    m_config = dialog->openedConfig();
    m_core = std::move(core);
    m_flow = std::move(flow);
    m_core->backend()->startBackgroundWork();
    emit running();
}

void ClientLauncher::stop()
{
    // The flow's windows go first: they use the core.
    m_flow.reset();
    m_core.reset();
}

} // namespace tempcards
