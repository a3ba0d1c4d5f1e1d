// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Session.h"

#include <QObject>
#include <QPointer>

class QDialog;

class QSettings;

namespace tempcards {

class AppearanceChoice;
class Backend;
class MainWindow;

// The client's life: on a database without accounts the first-administrator dialog, then login, then the
// main window; logging out returns to login. quitRequested() asks the application to end.
class ClientFlow : public QObject
{
    Q_OBJECT

public:
    explicit ClientFlow(Backend *backend, QObject *parent = nullptr);
    ~ClientFlow() override;
    void start();
    // Brings the client to the front (a second start asked): the dialog waiting for the person, else the
    // login or the main window.
    void raise();
    MainWindow *mainWindow() const;
    // Where the database is; when set, the login and first-administrator dialogs show it with a "Database…"
    // button that emits databaseChangeRequested().
    void setDatabaseLocation(const QString &location) { m_databaseLocation = location; }
    // Database::warning(): shown in the main window's notification bar after every login.
    void setDatabaseWarning(const QString &warning) { m_databaseWarning = warning; }
    // The workstation's settings; when set, the main window offers View › Language and remembers its layout
    // there, tells the desktop its news with the choices kept there, and the login starts with the last
    // user name.
    void setSettings(QSettings *settings) { m_settings = settings; }
    // The workstation's light or dark; when set, the main window offers View › Appearance. The caller's.
    void setAppearance(AppearanceChoice *appearance) { m_appearance = appearance; }

signals:
    void quitRequested();
    void databaseChangeRequested();
    // Someone logged in (the main window is showing), and that person logged out again. Work that talks
    // to Go Cards on the workstation's behalf runs only in between.
    void sessionStarted();
    void sessionEnded();

private:
    void showLogin(const QString &userName);
    void showMainWindow(const Session &session);

    void keep(QDialog *dialog);

    Backend *m_backend;
    QString m_databaseLocation;
    QString m_databaseWarning;
    QSettings *m_settings = nullptr;
    AppearanceChoice *m_appearance = nullptr;
    QPointer<MainWindow> m_mainWindow;
    QPointer<QDialog> m_dialog; // the login or first-administrator dialog showing, if any
};

} // namespace tempcards
