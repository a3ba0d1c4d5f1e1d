// SPDX-License-Identifier: Apache-2.0
#include "PasswordDialogs.h"

#include "AccountAdministration.h"
#include "AccountService.h"
#include "Credentials.h"
#include "DialogParts.h"
#include "RoleChecks.h"

#include <QDialogButtonBox>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tempcards {

namespace {
QLineEdit *passwordField(QWidget *parent, QFormLayout *form, const char *name, const QString &label,
                         const QString &accessible)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessible);
    edit->setEchoMode(QLineEdit::Password);
    auto *caption = new QLabel(label, parent);
    caption->setBuddy(edit);
    form->addRow(caption, edit);
    return edit;
}
} // namespace

ResetPasswordDialog::ResetPasswordDialog(AccountAdministration *administration, const Session &by,
                                         const AccountRecord &account, QWidget *parent)
    : QDialog(parent), m_administration(administration), m_by(by), m_account(account)
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset the password of %1").arg(account.userName));
    auto *intro = new QLabel(tr("%1 will have to choose a new password at the next login. Resetting also lifts a lock.")
                                 .arg(account.userName),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    m_password = passwordField(this, form, "passwordLineEdit", tr("New &password:"), tr("New password"));
    m_repeat = passwordField(this, form, "repeatPasswordLineEdit", tr("Repe&at:"), tr("Repeat the new password"));
    m_message = DialogParts::messageLabel(this);
    auto *buttons = DialogParts::buttons(this, tr("&Reset password"), QStringLiteral("resetPushButton"),
                                         tr("Reset password"), &m_reset);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_reset->setEnabled(false);
        m_administration->resetPassword(m_by, m_account.id, m_password->text(), m_repeat->text())
            .then(this, [this](const Outcome &outcome) {
                m_reset->setEnabled(true);
                if (!outcome.ok)
                    return DialogParts::say(m_message, outcome.message);
                emit done(outcome.message);
                accept();
            });
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    DialogParts::describe(
        this, {
                  {QStringLiteral("passwordLineEdit"),
                   tr("The account's new password; its owner must change it at the next login")},
                  {QStringLiteral("repeatPasswordLineEdit"), tr("The same password again, to catch a typing mistake")},
                  {QStringLiteral("resetPushButton"), tr("Give the account this password (Enter)")},
              });
}

EditRolesDialog::EditRolesDialog(AccountAdministration *administration, const Session &by, const AccountRecord &account,
                                 QWidget *parent)
    : QDialog(parent), m_administration(administration)
{
    setObjectName(QStringLiteral("editRolesDialog"));
    setWindowTitle(tr("Roles of %1").arg(account.userName));
    m_roles = new RoleChecks(this);
    m_roles->setRoles(account.roles);
    m_message = DialogParts::messageLabel(this);
    auto *buttons =
        DialogParts::buttons(this, tr("&Save"), QStringLiteral("saveRolesPushButton"), tr("Save roles"), &m_save);
    connect(m_save, &QPushButton::clicked, this, [this, by, id = account.id] {
        m_save->setEnabled(false);
        m_administration->setRoles(by, id, m_roles->roles()).then(this, [this](const Outcome &outcome) {
            m_save->setEnabled(true);
            if (!outcome.ok)
                return DialogParts::say(m_message, outcome.message);
            emit done(outcome.message);
            accept();
        });
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_roles);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(360);
    DialogParts::describe(
        this, {
                  {QStringLiteral("saveRolesPushButton"), tr("Give the account the roles checked above (Enter)")},
              });
}

ChangePasswordDialog::ChangePasswordDialog(AccountService *accounts, const Session &session,
                                           const QString &currentPassword, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_session(session)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change your password"));
    const bool forced = !currentPassword.isEmpty();
    auto *intro =
        new QLabel(forced ? tr("An administrator has reset your password. Choose a new one of at least %1 "
                               "characters before you go on.")
                                .arg(Credentials::kMinPasswordLength)
                          : tr("The new password needs at least %1 characters.").arg(Credentials::kMinPasswordLength),
                   this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    m_current = passwordField(this, form, "currentPasswordLineEdit", tr("C&urrent password:"), tr("Current password"));
    m_current->setText(currentPassword);
    if (forced) {
        form->labelForField(m_current)->hide();
        m_current->hide();
    }
    m_password = passwordField(this, form, "passwordLineEdit", tr("New &password:"), tr("New password"));
    m_repeat = passwordField(this, form, "repeatPasswordLineEdit", tr("Repe&at:"), tr("Repeat the new password"));
    m_message = DialogParts::messageLabel(this);
    auto *buttons = DialogParts::buttons(this, tr("C&hange password"), QStringLiteral("changePushButton"),
                                         tr("Change password"), &m_change);
    connect(m_change, &QPushButton::clicked, this, [this] {
        m_change->setEnabled(false);
        DialogParts::say(m_message, tr("Changing the password…"));
        m_accounts->changePassword(m_session, m_current->text(), m_password->text(), m_repeat->text())
            .then(this, [this](const Outcome &outcome) {
                m_change->setEnabled(true);
                if (!outcome.ok)
                    return DialogParts::say(m_message, outcome.message);
                emit changed(outcome.message);
                accept();
            });
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    DialogParts::describe(
        this, {
                  {QStringLiteral("currentPasswordLineEdit"), tr("The password you logged in with")},
                  {QStringLiteral("passwordLineEdit"), tr("Your new password")},
                  {QStringLiteral("repeatPasswordLineEdit"), tr("The new password again, to catch a typing mistake")},
                  {QStringLiteral("changePushButton"), tr("Change your password (Enter)")},
              });
}

} // namespace tempcards
