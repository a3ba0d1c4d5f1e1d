// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ClientCore.h"
#include "DatabaseSettings.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QSettings;

namespace tempcards {

class AppearanceChoice;
class ClientFlow;
class Clock;
class DatabaseDialog;

// Owns the client's database, core and flow, and replaces all three when the person picks another database.
// start() opens the given database off the GUI thread; when that fails, or takes longer than a moment, the
// Database dialog shows (saying why) so the person can fix it or quit. The login and first-administrator
// dialogs offer "Database…" to switch. A database chosen in the dialog is saved in `settings` (never a
// password); one given on the command line is used as it is. `makeCore` builds the core on each database
// opened; the settings are the caller's and must outlive the launcher.
class ClientLauncher : public QObject
{
    Q_OBJECT

public:
    ClientLauncher(ClientCoreFactory makeCore, QSettings *settings, const Clock *clock, QObject *parent = nullptr);
    ~ClientLauncher() override;

    void start(const DatabaseConfig &config);
    Backend *backend() const { return m_core ? m_core->backend() : nullptr; }
    ClientFlow *flow() const { return m_flow.get(); }
    // Handed to every flow (View › Appearance); the caller's, for the whole process.
    void setAppearance(AppearanceChoice *appearance) { m_appearance = appearance; }

signals:
    void quitRequested();
    // A database is open and its login (or first-administrator) dialog is showing.
    void running();

private:
    DatabaseDialog *newDialog(const DatabaseSettings &initial);
    void chooseDatabase();
    void run(DatabaseDialog *dialog);
    void stop();

    ClientCoreFactory m_makeCore;
    QSettings *m_settings;
    AppearanceChoice *m_appearance = nullptr;
    const Clock *m_clock;    // for opening databases; the caller's, for the whole process
    DatabaseConfig m_config; // what is open now, to start the dialog from
    std::unique_ptr<ClientCore> m_core;
    std::unique_ptr<ClientFlow> m_flow;
    QPointer<DatabaseDialog> m_dialog;
};

} // namespace tempcards
