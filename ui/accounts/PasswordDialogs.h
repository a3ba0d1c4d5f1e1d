// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AccountStore.h"
#include "Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tempcards {

class AccountAdministration;
class AccountService;
class RoleChecks;

// An administrator sets a new password for someone else; that person must change it at the next login.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(AccountAdministration *administration, const Session &by, const AccountRecord &account,
                        QWidget *parent = nullptr);

signals:
    void done(const QString &message);

private:
    AccountAdministration *m_administration;
    Session m_by;
    AccountRecord m_account;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_message;
    QPushButton *m_reset;
};

// An administrator changes someone else's roles.
class EditRolesDialog : public QDialog
{
    Q_OBJECT

public:
    EditRolesDialog(AccountAdministration *administration, const Session &by, const AccountRecord &account,
                    QWidget *parent = nullptr);

signals:
    void done(const QString &message);

private:
    AccountAdministration *m_administration;
    RoleChecks *m_roles;
    QLabel *m_message;
    QPushButton *m_save;
};

// The logged-in person changes their own password. When `forced` (an administrator reset it), the
// current password is the one just used to log in and is not asked again.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(AccountService *accounts, const Session &session, const QString &currentPassword,
                         QWidget *parent = nullptr);

signals:
    void changed(const QString &message);

private:
    AccountService *m_accounts;
    Session m_session;
    QLineEdit *m_current;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_message;
    QPushButton *m_change;
};

} // namespace tempcards
