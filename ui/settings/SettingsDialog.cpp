// SPDX-License-Identifier: Apache-2.0
#include "SettingsDialog.h"
#include "DialogParts.h"

#include "AccountsPage.h"
#include "DirectoryPage.h"
#include "GeneralSettingsTab.h"
#include "GoCardsConnectionPage.h"
#include "MailPage.h"
#include "OptionsScriptTab.h"
#include "PermissionsPage.h"
#include "ProcessListEditor.h"
#include "ProcessUi.h"
#include "SettingsService.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tempcards {

SettingsDialog::SettingsDialog(const SettingsServices &services, const Session &session, QWidget *parent)
    : QDialog(parent), m_services(services), m_session(session)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("sectionsListWidget"));
    m_sections->setAccessibleName(tr("Settings sections"));
    m_sections->setMaximumWidth(180);
    m_pages = new QStackedWidget(this);

    m_temporaryCard = new QTabWidget(this);
    m_temporaryCard->setObjectName(QStringLiteral("temporaryCardTabWidget"));
    m_temporaryCard->setAccessibleName(tr("Temporary card settings"));
    const TempCardSettings settings = m_services.settings->load();
    m_general = new GeneralSettingsTab(m_temporaryCard);
    m_general->setEnabledProcesses(settings.enabled);
    m_temporaryCard->addTab(m_general, tr("&General"));
    m_editors << m_general->processes();
    // Processing and Produced: the additional commands offered on a selected card in that state.
    // One tab for each state that has commands, as the process tables say (Processes, ProcessUi).
    for (const CardState state : Processes::statesWithCommands()) {
        const auto [prefix, title] = ProcessUi::commandTab(state);
        const QList<ProcessId> processes = Processes::commandsOn(state);
        auto *tab = new QWidget(m_temporaryCard);
        tab->setObjectName(prefix + QStringLiteral("Tab"));
        auto *group = new QGroupBox(tr("Additional commands"), tab);
        auto *editor = new ProcessListEditor(prefix, tr("Co&mmand:"), tr("Command &list:"), processes, group);
        editor->setEnabledProcesses(settings.enabled);
        (new QVBoxLayout(group))->addWidget(editor);
        (new QVBoxLayout(tab))->addWidget(group);
        m_temporaryCard->addTab(tab, title);
        m_editors << editor;
    }
    // The options script is the one place options are kept; the General tab's controls edit it.
    m_script =
        new OptionsScriptTab(m_services.settings, settings.optionsScript, settings.optionsVersion, m_temporaryCard);
    m_temporaryCard->addTab(m_script, tr("&Options script"));
    connect(m_general, &GeneralSettingsTab::optionEdited, m_script, &OptionsScriptTab::applyValue);
    connect(m_script, &OptionsScriptTab::scriptChecked, m_general, &GeneralSettingsTab::showOptions);
    m_general->showOptions(settings.options);
    m_sections->addItem(tr("Temporary card"));
    m_pages->addWidget(m_temporaryCard);
    m_permissions = new PermissionsPage(settings.grants, this);
    m_sections->addItem(tr("Permissions"));
    m_pages->addWidget(m_permissions);
    m_sections->addItem(tr("Go Cards connection"));
    m_pages->addWidget(new GoCardsConnectionPage(m_services.connection, session, this));
    m_sections->addItem(tr("Directory"));
    m_pages->addWidget(new DirectoryPage(m_services.directory, session, this));
    m_sections->addItem(tr("Mail"));
    m_pages->addWidget(new MailPage(m_services.mail, session, this));
    if (session.can(Permissions::ManageAccounts)) {
        m_accounts = new AccountsPage(m_services.administration, m_services.clock, session, this);
        m_sections->addItem(tr("Accounts"));
        m_pages->addWidget(m_accounts);
    }
    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sections->setCurrentRow(0);

    m_message = DialogParts::messageLabel(this);
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("savePushButton"));
    m_save->setAccessibleName(tr("Save"));
    m_save->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("&Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelPushButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(m_sections);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 520);
    DialogParts::describe(this, {
                                    {QStringLiteral("sectionsListWidget"), tr("Choose which settings to show")},
                                    {QStringLiteral("temporaryCardTabWidget"),
                                     tr("The settings of the temporary card: general, its processes and its options")},
                                    {QStringLiteral("savePushButton"), tr("Save the changed settings (Enter)")},
                                    {QStringLiteral("cancelPushButton"), tr("Close without saving (Esc)")},
                                });
}

QSet<ProcessId> SettingsDialog::enabledProcesses() const
{
    QSet<ProcessId> enabled;
    for (const ProcessListEditor *editor : m_editors)
        enabled += editor->listed();
    return enabled;
}

void SettingsDialog::save()
{
    if (!m_save->isEnabled())
        return;
    m_save->setEnabled(false);
    m_services.settings->save(m_session, enabledProcesses(), m_script->script(), m_permissions->grants())
        .then(this, [this](const Outcome &outcome) {
            m_save->setEnabled(true);
            if (outcome.ok) {
                emit saved(outcome.message);
                accept();
                return;
            }
            m_message->setText(outcome.message);
            m_message->show();
        });
}

} // namespace tempcards
