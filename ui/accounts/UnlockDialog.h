// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tempcards {

class AccountService;

// What an idle window shows instead of itself: the session's user name and a password field. The password
// is checked as a login is (wrong ones count towards the account's lockout, and the login is audited), so a
// passer-by gets no more tries than at the login dialog. unlocked() on the right password; logOutRequested()
// when the person chooses to log out instead. It cannot be closed otherwise: Esc and the window's close
// button leave it in place (the application closing its windows to quit still closes it). The service outlives it.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    UnlockDialog(AccountService *accounts, const QString &userName, int idleMinutes, QWidget *parent = nullptr);

signals:
    void unlocked();
    void logOutRequested();

public slots:
    void reject() override; // stays: only the password or Log out ends the lock

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void unlock();

    AccountService *m_accounts;
    QString m_userName;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_unlock;
};

} // namespace tempcards
