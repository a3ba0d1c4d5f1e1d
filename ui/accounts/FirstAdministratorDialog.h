// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace tempcards {

class AccountService;
class CredentialsForm;

// Shown on a database without accounts: creates the first administrator from a user name and a password
// typed twice, instead of a default password. created() is emitted before the dialog accepts.
class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdministratorDialog(AccountService *accounts, QWidget *parent = nullptr);

    // Shows where the database is, with a "Database…" button that emits databaseChangeRequested().
    void offerDatabaseChange(const QString &location);

signals:
    void databaseChangeRequested();
    void created(const QString &userName);

private:
    void create();
    void setBusy(bool busy);

    AccountService *m_accounts;
    CredentialsForm *m_credentials;
    QLabel *m_message;
    QPushButton *m_create;
};

} // namespace tempcards
