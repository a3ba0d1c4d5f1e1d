// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Processes.h"
#include "Session.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace tempcards {

class AccountAdministration;
class AccountsPage;
class Clock;
class DirectoryConnectionService;
class MailConnectionService;
class GeneralSettingsTab;
class GoCardsConnectionService;
class OptionsScriptTab;
class PermissionsPage;
class ProcessListEditor;
class SettingsService;

// The services the settings pages edit through; all outlive the dialog.
struct SettingsServices
{
    SettingsService *settings = nullptr;
    GoCardsConnectionService *connection = nullptr;
    DirectoryConnectionService *directory = nullptr;
    MailConnectionService *mail = nullptr;
    AccountAdministration *administration = nullptr;
    const Clock *clock = nullptr;
};

// The administrator's settings: Temporary card (General: New-Process list and options; Processing and
// Produced: the additional commands on cards in those states), Permissions, Go Cards connection, Directory, Mail
// and Accounts.
// Save stores the temporary card settings in one transaction and closes; a refusal (for instance a bad
// options value) is shown and nothing is stored. Accounts, the Go Cards connection, the directory and the mail server
// are saved from their own pages, at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const SettingsServices &services, const Session &session, QWidget *parent = nullptr);

signals:
    void saved(const QString &message);

private:
    QSet<ProcessId> enabledProcesses() const;
    void save();

    SettingsServices m_services;
    Session m_session;
    QListWidget *m_sections;
    QStackedWidget *m_pages;
    QTabWidget *m_temporaryCard;
    GeneralSettingsTab *m_general;
    OptionsScriptTab *m_script;
    QList<ProcessListEditor *> m_editors;
    AccountsPage *m_accounts = nullptr;
    PermissionsPage *m_permissions;
    QLabel *m_message;
    QPushButton *m_save;
};

} // namespace tempcards
