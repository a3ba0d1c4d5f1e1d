// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Session.h"

#include <QObject>
#include <QPointer>

namespace tempcards {

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
    MainWindow *mainWindow() const;

signals:
    void quitRequested();

private:
    void showLogin(const QString &userName);
    void showMainWindow(const Session &session);

    Backend *m_backend;
    QPointer<MainWindow> m_mainWindow;
};

} // namespace tempcards
