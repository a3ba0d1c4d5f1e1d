// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Backend.h"
#include "DatabaseSettings.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QSettings;

namespace tempcards {

class ClientFlow;
class DatabaseDialog;

// Owns the client's database, core and flow, and replaces all three when the person picks another database.
// start() opens the given database off the GUI thread; when that fails, or takes longer than a moment, the
// Database dialog shows (saying why) so the person can fix it or quit. The login and first-administrator
// dialogs offer "Database…" to switch. A database chosen in the dialog is saved in `settings` (never a
// password); one given on the command line is used as it is. The network access manager, clock and settings
// are the caller's and must outlive the launcher.
class ClientLauncher : public QObject
{
    Q_OBJECT

public:
    ClientLauncher(QNetworkAccessManager *nam, const Clock *clock, QSettings *settings, const Backend::Options &options,
                   QObject *parent = nullptr);
    ~ClientLauncher() override;

    void start(const DatabaseConfig &config);
    Backend *backend() const { return m_backend.get(); }
    ClientFlow *flow() const { return m_flow.get(); }

signals:
    void quitRequested();
    // A database is open and its login (or first-administrator) dialog is showing.
    void running();

private:
    DatabaseDialog *newDialog(const DatabaseSettings &initial);
    void chooseDatabase();
    void run(DatabaseDialog *dialog);
    void stop();

    QNetworkAccessManager *m_nam;
    const Clock *m_clock;
    QSettings *m_settings;
    Backend::Options m_options;
    DatabaseConfig m_config;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<ClientFlow> m_flow;
    QPointer<DatabaseDialog> m_dialog;
};

} // namespace tempcards
