// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GoCardsConnectionService.h"
#include "Session.h"
#include "SettingsPage.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tempcards {

class Clock;
class PemField;

// Settings › Go Cards connection: address, organisation, client id, write-only client secret, trusted
// certificates, and an optional client certificate with its write-only key. "Test connection" asks Go Cards
// for a token with what is on the page; the dialog's Save stores it (audited without the secret) and puts it
// in force at once. Neither the saved secret nor the saved key ever reaches this page.
class GoCardsConnectionPage : public QWidget, public SettingsPage
{
    Q_OBJECT

public:
    GoCardsConnectionPage(GoCardsConnectionService *service, const Session &session, const Clock *clock,
                          QWidget *parent = nullptr);
    ~GoCardsConnectionPage() override;

    bool hasEdits() const override;
    QFuture<Outcome> saveEdits() override;

private:
    void show(const GoCardsConnectionView &view);
    GoCardsConnectionForm form() const;
    void test();
    void say(const QString &text);

    GoCardsConnectionService *m_service;
    Session m_session;
    QLineEdit *m_url;
    QLineEdit *m_organisation;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    PemField *m_trusted;
    PemField *m_certificate;
    PemField *m_key;
    QLabel *m_state;
    QLabel *m_result;
    QPushButton *m_test;
    QStringList m_shown; // the fields as last filled from what is saved
    std::unique_ptr<GoCardsConnectionCheckJob> m_running;
};

} // namespace tempcards
