// SPDX-License-Identifier: Apache-2.0
#include "LoginDialog.h"

#include "AccountService.h"
#include "DialogParts.h"
#include "PasswordDialogs.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tempcards {

LoginDialog::LoginDialog(AccountService *accounts, const QString &userName, QWidget *parent)
    : QDialog(parent), m_accounts(accounts)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in to tempcards"));

    m_userName = new QLineEdit(userName, this);
    m_userName->setObjectName(QStringLiteral("userNameLineEdit"));
    m_userName->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = DialogParts::messageLabel(this);

    auto *buttons = new QDialogButtonBox(this);
    m_login = buttons->addButton(tr("&Log in"), QDialogButtonBox::AcceptRole);
    m_login->setObjectName(QStringLiteral("loginPushButton"));
    m_login->setAccessibleName(tr("Log in"));
    m_login->setDefault(true);
    QPushButton *quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitPushButton"));
    quit->setAccessibleName(tr("Quit"));
    connect(m_login, &QPushButton::clicked, this, &LoginDialog::logIn);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);

    auto *form = new QFormLayout;
    auto *userLabel = new QLabel(tr("&User name:"), this);
    userLabel->setBuddy(m_userName);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(userLabel, m_userName);
    form->addRow(passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    (userName.isEmpty() ? m_userName : m_password)->setFocus();
    DialogParts::describe(
        this, {
                  {QStringLiteral("userNameLineEdit"), tr("Your tempcards user name")},
                  {QStringLiteral("passwordLineEdit"), tr("Your tempcards password")},
                  {QStringLiteral("loginPushButton"), tr("Log in with this user name and password (Enter)")},
                  {QStringLiteral("quitPushButton"), tr("Close tempcards without logging in")},
              });
}

void LoginDialog::logIn()
{
    if (!m_login->isEnabled())
        return;
    setBusy(true);
    const QString password = m_password->text();
    m_accounts->login(m_userName->text(), password).then(this, [this, password](const LoginResult &result) {
        setBusy(false);
        if (result.ok && result.mustChangePassword)
            return changePasswordFirst(result.session, password);
        if (result.ok) {
            emit loggedIn(result.session);
            accept();
            return;
        }
        m_message->setText(result.message);
        m_message->show();
        adjustSize();
        m_password->clear();
        m_password->setFocus();
    });
}

void LoginDialog::changePasswordFirst(const Session &session, const QString &password)
{
    auto *dialog = new ChangePasswordDialog(m_accounts, session, password, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangePasswordDialog::changed, this, [this, session] {
        emit loggedIn(session);
        accept();
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_message->setText(tr("Log in again when you are ready to choose a new password."));
        m_message->show();
        m_password->clear();
        m_password->setFocus();
    });
    dialog->open();
}

void LoginDialog::setBusy(bool busy)
{
    m_login->setEnabled(!busy);
    m_userName->setEnabled(!busy);
    m_password->setEnabled(!busy);
    if (busy) {
        m_message->setText(tr("Checking…"));
        m_message->show();
    }
}

void LoginDialog::offerDatabaseChange(const QString &location)
{
    QPushButton *button = nullptr;
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, DialogParts::databaseRow(this, location, &button));
    connect(button, &QPushButton::clicked, this, &LoginDialog::databaseChangeRequested);
}

} // namespace tempcards
