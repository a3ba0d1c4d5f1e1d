// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Session.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace tempcards {

class AccountAdministration;
class CredentialsForm;
class RoleChecks;

// Creates an account with a user name, a password typed twice and one or more roles. The account exists
// once created() is emitted (the dialog then accepts); a refusal is shown in the dialog.
class NewAccountDialog : public QDialog
{
    Q_OBJECT

public:
    NewAccountDialog(AccountAdministration *administration, const Session &session, QWidget *parent = nullptr);

signals:
    void created(const QString &message);

private:
    void create();

    AccountAdministration *m_administration;
    Session m_session;
    CredentialsForm *m_credentials;
    RoleChecks *m_roles;
    QLabel *m_message;
    QPushButton *m_create;
};

} // namespace tempcards
