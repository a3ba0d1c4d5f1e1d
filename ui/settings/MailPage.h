// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "MailConnectionService.h"
#include "Session.h"
#include "SettingsPage.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tempcards {

class MailSendJob;
class Clock;
class PemField;

// Settings › Mail: the organisation's mail server, through which the batch sync sends the expiry reminders.
// Host, port, STARTTLS or implicit TLS (the certificate always verified), user and write-only password,
// sender, the operators' copy address, trusted certificates. "Test" sends one message with what is on the
// page to the copy address; the dialog's Save stores it (audited without the password); "Remove mail
// server" goes back to listing due reminders without sending them. The saved password never reaches this
// page.
class MailPage : public QWidget, public SettingsPage
{
    Q_OBJECT

public:
    MailPage(MailConnectionService *service, const Session &session, const Clock *clock, QWidget *parent = nullptr);
    ~MailPage() override;

    bool hasEdits() const override;
    QFuture<Outcome> saveEdits() override;

private:
    void show(const MailConnectionView &view);
    MailConfig form() const;
    void test();
    void tested();
    void forget();
    void say(const QString &text);

    MailConnectionService *m_service;
    Session m_session;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_tls;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_sender;
    QLineEdit *m_copyTo;
    PemField *m_trusted;
    QLabel *m_state;
    QLabel *m_result;
    QPushButton *m_test;
    QStringList m_shown; // the fields as last filled from what is saved
    QPushButton *m_forget;
    std::unique_ptr<MailSendJob> m_running;
};

} // namespace tempcards
