// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLineEdit;

namespace tempcards {

// User name, password and the password again, for every dialog that creates an account. The rules are
// checked by the core (Credentials); this form only limits lengths and hides the passwords.
class CredentialsForm : public QWidget
{
    Q_OBJECT

public:
    explicit CredentialsForm(QWidget *parent = nullptr);

    QString userName() const;
    QString password() const;
    QString repeatedPassword() const;

private:
    QLineEdit *m_userName;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
};

} // namespace tempcards
