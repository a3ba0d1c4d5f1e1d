// SPDX-License-Identifier: Apache-2.0
#include "FirstAdministratorDialog.h"

#include "AccountService.h"
#include "Credentials.h"
#include "CredentialsForm.h"
#include "DialogParts.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tempcards {

FirstAdministratorDialog::FirstAdministratorDialog(AccountService *accounts, QWidget *parent)
    : QDialog(parent), m_accounts(accounts)
{
    setObjectName(QStringLiteral("firstAdministratorDialog"));
    setWindowTitle(tr("Create the first administrator"));

    auto *intro = new QLabel(tr("This database has no accounts yet. Choose the user name and password of the "
                                "first administrator. The password needs at least %1 characters.")
                                 .arg(Credentials::kMinPasswordLength),
                             this);
    intro->setWordWrap(true);
    m_credentials = new CredentialsForm(this);
    m_message = DialogParts::messageLabel(this);

    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("&Create administrator"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createPushButton"));
    m_create->setAccessibleName(tr("Create administrator"));
    m_create->setDefault(true);
    QPushButton *quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitPushButton"));
    quit->setAccessibleName(tr("Quit"));
    connect(m_create, &QPushButton::clicked, this, &FirstAdministratorDialog::create);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_credentials);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    DialogParts::describe(this,
                          {
                              {QStringLiteral("createPushButton"),
                               tr("Create the first administrator account and log in with it (Enter)")},
                              {QStringLiteral("quitPushButton"), tr("Close tempcards without creating an account")},
                          });
}

void FirstAdministratorDialog::create()
{
    if (!m_create->isEnabled())
        return;
    setBusy(true);
    const QString userName = Credentials::normalizedUserName(m_credentials->userName());
    m_accounts
        ->createFirstAdministrator(m_credentials->userName(), m_credentials->password(),
                                   m_credentials->repeatedPassword())
        .then(this, [this, userName](const Outcome &outcome) {
            setBusy(false);
            if (outcome.ok) {
                emit created(userName);
                accept();
                return;
            }
            m_message->setText(outcome.message);
            m_message->show();
            adjustSize();
        });
}

void FirstAdministratorDialog::setBusy(bool busy)
{
    m_create->setEnabled(!busy);
    m_credentials->setEnabled(!busy);
    if (busy) {
        m_message->setText(tr("Creating the account…"));
        m_message->show();
    }
}

void FirstAdministratorDialog::offerDatabaseChange(const QString &location)
{
    QPushButton *button = nullptr;
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, DialogParts::databaseRow(this, location, &button));
    connect(button, &QPushButton::clicked, this, &FirstAdministratorDialog::databaseChangeRequested);
}

} // namespace tempcards
