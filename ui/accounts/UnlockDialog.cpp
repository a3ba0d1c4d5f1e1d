// SPDX-License-Identifier: Apache-2.0
#include "UnlockDialog.h"

#include "AccountService.h"
#include "DialogParts.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tempcards {

UnlockDialog::UnlockDialog(AccountService *accounts, const QString &userName, int idleMinutes, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_userName(userName)
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("tempcards is locked"));
    auto *why = DialogParts::spokenLabel(this, "lockedLabel");
    why->setWordWrap(true);
    why->setText(tr("tempcards was locked after %n minute(s) without use. Enter the password of %1 to go on.", nullptr,
                    idleMinutes)
                     .arg(userName));
    m_password = DialogParts::named<QLineEdit>(this, "unlockPasswordLineEdit", tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = DialogParts::messageLabel(this);

    auto *buttons = new QDialogButtonBox(this);
    m_unlock = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlockPushButton"));
    m_unlock->setAccessibleName(tr("Unlock"));
    m_unlock->setDefault(true);
    QPushButton *logOut = buttons->addButton(tr("&Log out"), QDialogButtonBox::DestructiveRole);
    logOut->setObjectName(QStringLiteral("logOutPushButton"));
    logOut->setAccessibleName(tr("Log out"));
    connect(m_unlock, &QPushButton::clicked, this, &UnlockDialog::unlock);
    connect(logOut, &QPushButton::clicked, this, &UnlockDialog::logOutRequested);

    auto *form = new QFormLayout;
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(why);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_password->setFocus();
    DialogParts::describe(this, {
                                    {QStringLiteral("lockedLabel"), tr("Why the window is locked")},
                                    {QStringLiteral("unlockPasswordLineEdit"), tr("Your tempcards password")},
                                    {QStringLiteral("unlockPushButton"), tr("Go on with this password (Enter)")},
                                    {QStringLiteral("logOutPushButton"),
                                     tr("End the session; the next person logs in with their own name")},
                                });
}

void UnlockDialog::reject() {}

void UnlockDialog::closeEvent(QCloseEvent *event)
{
    // The window manager's close button is refused; a close by the application (quitting) is not.
    if (event->spontaneous())
        event->ignore();
    else
        QDialog::closeEvent(event);
}

void UnlockDialog::unlock()
{
    if (!m_unlock->isEnabled())
        return;
    m_unlock->setEnabled(false);
    m_password->setEnabled(false);
    m_accounts->login(m_userName, m_password->text()).then(this, [this](const LoginResult &result) {
        m_unlock->setEnabled(true);
        m_password->setEnabled(true);
        m_password->clear();
        m_password->setFocus();
        if (result.ok) {
            m_message->hide();
            emit unlocked();
            return;
        }
        DialogParts::say(m_message, result.message);
    });
}

} // namespace tempcards
