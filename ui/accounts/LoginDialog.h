// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tempcards {

class AccountService;

// Asks for user name and password. The check runs off the GUI thread (PBKDF2); while it runs the dialog
// says so and ignores further clicks. A password an administrator reset must be changed first.
// loggedIn() is emitted before the dialog accepts.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(AccountService *accounts, const QString &userName, QWidget *parent = nullptr);

    // Shows where the database is, with a "Database…" button that emits databaseChangeRequested().
    void offerDatabaseChange(const QString &location);

signals:
    void databaseChangeRequested();
    void loggedIn(const tempcards::Session &session);

private:
    void logIn();
    // After an administrator's reset: the person chooses a new password before logging in.
    void changePasswordFirst(const Session &session, const QString &password);
    void setBusy(bool busy);

    AccountService *m_accounts;
    QLineEdit *m_userName;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_login;
};

} // namespace tempcards
