// SPDX-License-Identifier: Apache-2.0
#include "NewAccountDialog.h"

#include "AccountAdministration.h"
#include "CredentialsForm.h"
#include "DialogParts.h"
#include "RoleChecks.h"

#include <QDialogButtonBox>

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tempcards {

NewAccountDialog::NewAccountDialog(AccountAdministration *administration, const Session &session, QWidget *parent)
    : QDialog(parent), m_administration(administration), m_session(session)
{
    setObjectName(QStringLiteral("newAccountDialog"));
    setWindowTitle(tr("New account"));
    m_credentials = new CredentialsForm(this);
    m_roles = new RoleChecks(this);
    m_roles->setRoles({Roles::Operator});
    m_message = DialogParts::messageLabel(this);
    auto *buttons =
        DialogParts::buttons(this, tr("Cr&eate"), QStringLiteral("createPushButton"), tr("Create account"), &m_create);
    connect(m_create, &QPushButton::clicked, this, &NewAccountDialog::create);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_credentials);
    layout->addWidget(m_roles);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    DialogParts::describe(this,
                          {
                              {QStringLiteral("createPushButton"), tr("Create the account with these roles (Enter)")},
                          });
}

void NewAccountDialog::create()
{
    if (!m_create->isEnabled())
        return;
    m_create->setEnabled(false);
    DialogParts::say(m_message, tr("Creating the account…"));
    m_administration
        ->createAccount(m_session, m_credentials->userName(), m_credentials->password(),
                        m_credentials->repeatedPassword(), m_roles->roles())
        .then(this, [this](const Outcome &outcome) {
            m_create->setEnabled(true);
            if (outcome.ok) {
                emit created(outcome.message);
                accept();
                return;
            }
            DialogParts::say(m_message, outcome.message);
        });
}

} // namespace tempcards
