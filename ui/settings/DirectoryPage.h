// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DirectoryConnectionService.h"
#include "Session.h"
#include "SettingsPage.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace tempcards {

class Clock;
class PemField;

// Settings › Directory: where the cardholders come from when not from CSV files. Address (ldaps://, or
// ldap:// with StartTLS), bind DN, write-only bind password, base DN, the filter that selects people, what
// makes a person inactive, which attribute holds what, trusted certificates and how often the batch sync
// brings the people in. "Test" reads the first people with what is on the page and lists them; the dialog's
// Save stores it (audited without the password); "Remove directory" goes back to CSV files. The saved
// password never reaches this page.
class DirectoryPage : public QWidget, public SettingsPage
{
    Q_OBJECT

public:
    DirectoryPage(DirectoryConnectionService *service, const Session &session, const Clock *clock,
                  QWidget *parent = nullptr);
    ~DirectoryPage() override;

    bool hasEdits() const override;
    QFuture<Outcome> saveEdits() override;

private:
    void show(const DirectoryConnectionView &view);
    DirectoryConnectionForm form() const;
    void test();
    void tested();
    void forget();
    void say(const QString &text);

    DirectoryConnectionService *m_service;
    Session m_session;
    QLineEdit *m_url;
    QLineEdit *m_bindDn;
    QLineEdit *m_password;
    QLineEdit *m_baseDn;
    QLineEdit *m_filter;
    QLineEdit *m_inactive;
    QLineEdit *m_employeeId;
    QLineEdit *m_givenName;
    QLineEdit *m_surname;
    QLineEdit *m_email;
    QLineEdit *m_department;
    QLineEdit *m_language;
    PemField *m_trusted;
    QSpinBox *m_interval;
    QLabel *m_state;
    QLabel *m_result;
    QTreeWidget *m_people;
    QPushButton *m_test;
    QStringList m_shown; // the fields as last filled from what is saved
    QPushButton *m_forget;
    std::unique_ptr<DirectoryReadJob> m_running;
};

} // namespace tempcards
