// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Processes.h"
#include "Session.h"
#include "SettingsService.h"

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
class SettingsPage;

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
// One save model: Save stores every section's edits and closes. The temporary card settings and the
// permissions go in one transaction, then each page with edits (SettingsPage) in turn; the first refusal
// shows its section with the reason and keeps the dialog open (what was saved before it stays saved).
// Cancel, Esc and closing drop every edit, and ask first when there are any. Only the Accounts page acts at
// once: each of its buttons is a command with a dialog of its own.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const SettingsServices &services, const Session &session, QWidget *parent = nullptr);

signals:
    void saved(const QString &message);

public slots:
    void reject() override;

private:
    struct Step
    {
        int section; // the row in the list of sections
        QString title;
        SettingsPage *page;
    };
    template <typename Page> void addPage(const QString &title, Page *page);
    QSet<ProcessId> enabledProcesses() const;
    bool temporaryCardEdited() const;
    QStringList editedSections() const;
    void save();
    void saveFrom(int index);
    void refused(int section, const QString &title, const QString &message);

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
    TempCardSettings m_loaded; // the temporary card settings and permissions as last saved
    QList<Step> m_steps;       // the pages with edits of their own, in the order they are saved
    QStringList m_said;        // what the steps saved so far said
};

} // namespace tempcards
