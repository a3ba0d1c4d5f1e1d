// SPDX-License-Identifier: Apache-2.0
#include "AccountsPage.h"

#include "AccountAdministration.h"
#include "Clock.h"
#include "DialogParts.h"
#include "NewAccountDialog.h"
#include "PasswordDialogs.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tempcards {

using DialogParts::button;

AccountsPage::AccountsPage(AccountAdministration *administration, const Clock *clock, const Session &session,
                           QWidget *parent)
    : QWidget(parent), m_administration(administration), m_clock(clock), m_session(session)
{
    setObjectName(QStringLiteral("accountsPage"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("accountsTableWidget"));
    m_table->setAccessibleName(tr("Accounts"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Roles"), tr("State")});
    DialogParts::readOnlyTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_message = DialogParts::spokenLabel(this, "accountsMessageLabel");
    m_message->setAccessibleDescription(tr("What the last change of an account did, or why it was refused"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *add = button(this, tr("&New account…"), "newAccountPushButton");
    m_deactivate = button(this, tr("&Deactivate"), "deactivatePushButton");
    m_reactivate = button(this, tr("Re&activate"), "reactivatePushButton");
    m_reset = button(this, tr("Reset &password…"), "resetPasswordPushButton");
    m_roles = button(this, tr("R&oles…"), "editRolesPushButton");
    connect(add, &QPushButton::clicked, this, [this] {
        auto *dialog = new NewAccountDialog(m_administration, m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &NewAccountDialog::created, this, &AccountsPage::show);
        dialog->open();
    });
    connect(m_deactivate, &QPushButton::clicked, this, [this] { setActive(false); });
    connect(m_reactivate, &QPushButton::clicked, this, [this] { setActive(true); });
    connect(m_reset, &QPushButton::clicked, this, &AccountsPage::openForSelected<ResetPasswordDialog>);
    connect(m_roles, &QPushButton::clicked, this, &AccountsPage::openForSelected<EditRolesDialog>);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsPage::updateButtons);
    connect(m_administration, &AccountAdministration::accountsChanged, this, &AccountsPage::reload);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, m_deactivate, m_reactivate, m_reset, m_roles})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    reload();
    DialogParts::describe(
        this,
        {
            {QStringLiteral("accountsTableWidget"), tr("The accounts, their roles and whether they are active")},
            {QStringLiteral("newAccountPushButton"), tr("Create an account and choose its roles")},
            {QStringLiteral("deactivatePushButton"), tr("Stop the selected account from logging in; its records stay")},
            {QStringLiteral("reactivatePushButton"), tr("Let the selected account log in again")},
            {QStringLiteral("resetPasswordPushButton"), tr("Give the selected account a new password")},
            {QStringLiteral("editRolesPushButton"), tr("Change the roles of the selected account")},
        });
}

void AccountsPage::reload()
{
    m_administration->accounts().then(this, [this](const QList<AccountRecord> &accounts) {
        const auto current = selected();
        m_accounts = accounts;
        m_table->setRowCount(int(accounts.size()));
        const QDateTime now = m_clock->nowUtc();
        for (int row = 0; row < accounts.size(); ++row) {
            const AccountRecord &account = accounts.at(row);
            QStringList roles;
            for (const QString &role : account.roles)
                roles << Roles::displayName(role);
            QStringList state{account.active ? tr("active") : tr("inactive")};
            if (account.isLockedAt(now))
                state << tr("locked until %1")
                             .arg(QLocale().toString(account.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
            if (account.mustChangePassword)
                state << tr("must choose a new password");
            m_table->setItem(row, 0, new QTableWidgetItem(account.userName));
            m_table->setItem(row, 1, new QTableWidgetItem(roles.join(QStringLiteral(", "))));
            m_table->setItem(row, 2, new QTableWidgetItem(state.join(QStringLiteral(", "))));
            if (current && current->id == account.id)
                m_table->selectRow(row);
        }
        m_table->resizeColumnsToContents();
        updateButtons();
    });
}

std::optional<AccountRecord> AccountsPage::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty() || items.first()->row() >= m_accounts.size())
        return std::nullopt;
    return m_accounts.at(items.first()->row());
}

void AccountsPage::updateButtons()
{
    const auto account = selected();
    m_deactivate->setEnabled(account && account->active);
    m_reactivate->setEnabled(account && !account->active);
    m_reset->setEnabled(account.has_value());
    m_roles->setEnabled(account.has_value());
}

void AccountsPage::setActive(bool active)
{
    const auto account = selected();
    if (!account)
        return;
    m_administration->setActive(m_session, account->id, active).then(this, [this](const Outcome &outcome) {
        show(outcome.message);
    });
}

template <typename Dialog> void AccountsPage::openForSelected()
{
    const auto account = selected();
    if (!account)
        return;
    auto *dialog = new Dialog(m_administration, m_session, *account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &Dialog::done, this, &AccountsPage::show);
    dialog->open();
}

void AccountsPage::show(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty()); // a label that says nothing would be read as a silent one
}

} // namespace tempcards
