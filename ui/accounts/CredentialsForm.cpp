// SPDX-License-Identifier: Apache-2.0
#include "CredentialsForm.h"
#include "DialogParts.h"

#include "Credentials.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace tempcards {

CredentialsForm::CredentialsForm(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins({});
    auto addRow = [&](const char *name, const QString &label, const QString &accessible, bool secret) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setAccessibleName(accessible);
        if (secret)
            edit->setEchoMode(QLineEdit::Password);
        auto *buddy = new QLabel(label, this);
        buddy->setBuddy(edit);
        form->addRow(buddy, edit);
        return edit;
    };
    m_userName = addRow("userNameLineEdit", tr("&User name:"), tr("User name"), false);
    m_password = addRow("passwordLineEdit", tr("&Password:"), tr("Password"), true);
    m_repeat = addRow("repeatPasswordLineEdit", tr("&Repeat password:"), tr("Repeat password"), true);
    DialogParts::describe(
        this, {
                  {QStringLiteral("userNameLineEdit"),
                   tr("The name the new account logs in with: letters a-z, digits and . _ @ -")},
                  {QStringLiteral("passwordLineEdit"),
                   tr("The new account's password; the rule it must meet is shown when it falls short")},
                  {QStringLiteral("repeatPasswordLineEdit"), tr("The same password again, to catch a typing mistake")},
              });
}

QString CredentialsForm::userName() const
{
    return m_userName->text();
}

QString CredentialsForm::password() const
{
    return m_password->text();
}

QString CredentialsForm::repeatedPassword() const
{
    return m_repeat->text();
}

} // namespace tempcards
