// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AccountStore.h"
#include "Session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tempcards {

class AccountAdministration;
class Clock;

// Settings > Accounts: the accounts with their roles and states (locked, password to change), and what
// an administrator does with them: New account, Deactivate, Reactivate, Reset password, Roles. Every
// change is made at once, in its own transaction; refusals are shown under the list.
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    // The clock says which locks are still in force; it and the administration outlive the page.
    AccountsPage(AccountAdministration *administration, const Clock *clock, const Session &session,
                 QWidget *parent = nullptr);
    void reload();

private:
    std::optional<AccountRecord> selected() const;
    void updateButtons();
    void setActive(bool active);
    void show(const QString &message);
    template <typename Dialog> void openForSelected();

    AccountAdministration *m_administration;
    const Clock *m_clock;
    Session m_session;
    QList<AccountRecord> m_accounts;
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_deactivate;
    QPushButton *m_reactivate;
    QPushButton *m_reset;
    QPushButton *m_roles;
};

} // namespace tempcards
