// SPDX-License-Identifier: Apache-2.0
#include "ClientFlow.h"

#include "AccountService.h"
#include "Backend.h"
#include "FirstAdministratorDialog.h"
#include "LayoutMemory.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "NotificationBar.h"

#include <QApplication>

namespace tempcards {

ClientFlow::ClientFlow(Backend *backend, QObject *parent) : QObject(parent), m_backend(backend) {}

ClientFlow::~ClientFlow()
{
    // Deleted, not closed: no rejected(), so this is not taken for the person quitting.
    delete m_dialog;
    if (m_mainWindow)
        m_mainWindow->saveLayout(); // the application quits without closing it
    delete m_mainWindow;
}

void ClientFlow::keep(QDialog *dialog)
{
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
}

void ClientFlow::raise()
{
    QWidget *front = QApplication::activeModalWidget();
    if (!front && !m_dialog && m_mainWindow)
        return m_mainWindow->bringToFront(); // which knows whether the idle lock holds it
    if (!front)
        front = m_dialog;
    if (!front)
        return;
    if (front->isMinimized())
        front->showNormal();
    front->show();
    front->raise();
    front->activateWindow();
}

MainWindow *ClientFlow::mainWindow() const
{
    return m_mainWindow;
}

void ClientFlow::start()
{
    if (m_backend->accounts()->hasAccounts())
        return showLogin(LayoutMemory::lastUserName(m_settings));
    auto *dialog = new FirstAdministratorDialog(m_backend->accounts());
    keep(dialog);
    if (!m_databaseLocation.isEmpty()) {
        dialog->offerDatabaseChange(m_databaseLocation);
        connect(dialog, &FirstAdministratorDialog::databaseChangeRequested, this, &ClientFlow::databaseChangeRequested);
    }
    connect(dialog, &FirstAdministratorDialog::created, this, &ClientFlow::showLogin);
    connect(dialog, &QDialog::rejected, this, &ClientFlow::quitRequested);
    dialog->show();
}

void ClientFlow::showLogin(const QString &userName)
{
    auto *dialog = new LoginDialog(m_backend->accounts(), userName);
    keep(dialog);
    if (!m_databaseLocation.isEmpty()) {
        dialog->offerDatabaseChange(m_databaseLocation);
        connect(dialog, &LoginDialog::databaseChangeRequested, this, &ClientFlow::databaseChangeRequested);
    }
    connect(dialog, &LoginDialog::loggedIn, this, &ClientFlow::showMainWindow);
    connect(dialog, &QDialog::rejected, this, &ClientFlow::quitRequested);
    dialog->show();
}

void ClientFlow::showMainWindow(const Session &session)
{
    auto *window = new MainWindow(m_backend, session);
    if (m_settings) {
        window->offerLanguageChoice(m_settings);
        if (m_appearance)
            window->offerAppearance(m_appearance);
        window->rememberLayout(m_settings);
        window->offerDesktop(m_settings);
        LayoutMemory::setLastUserName(m_settings, session.userName);
    }
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_mainWindow = window;
    connect(window, &MainWindow::quitRequested, this, &ClientFlow::quitRequested);
    connect(window, &MainWindow::logoutRequested, this, [this, window, name = session.userName] {
        showLogin(name); // first, or closing the last window would quit the application
        window->close();
        m_backend->accounts()->logout();
        emit sessionEnded();
    });
    window->show();
    emit sessionStarted();
    if (!m_databaseWarning.isEmpty())
        window->notificationBar()->showMessage(m_databaseWarning);
}

} // namespace tempcards
