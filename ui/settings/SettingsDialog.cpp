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
#include <QLocale>
#include <QMessageBox>
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
    m_loaded = settings;
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
    addPage(tr("Go Cards connection"),
            new GoCardsConnectionPage(m_services.connection, session, m_services.clock, this));
    addPage(tr("Directory"), new DirectoryPage(m_services.directory, session, m_services.clock, this));
    addPage(tr("Mail"), new MailPage(m_services.mail, session, m_services.clock, this));
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

template <typename Page> void SettingsDialog::addPage(const QString &title, Page *page)
{
    m_steps.append({m_sections->count(), title, page});
    m_sections->addItem(title);
    m_pages->addWidget(page);
}

QStringList SettingsDialog::editedSections() const
{
    QStringList edited;
    if (temporaryCardEdited())
        edited << tr("Temporary card or Permissions");
    for (const Step &step : m_steps) {
        if (step.page->hasEdits())
            edited << step.title;
    }
    return edited;
}

bool SettingsDialog::temporaryCardEdited() const
{
    return enabledProcesses() != m_loaded.enabled || m_script->script() != m_loaded.optionsScript ||
           m_permissions->grants() != m_loaded.grants;
}

void SettingsDialog::reject()
{
    const QStringList edited = editedSections();
    if (edited.isEmpty())
        return QDialog::reject();
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Discard changes?"),
                                tr("Discard what you changed on %1?").arg(QLocale().createSeparatedList(edited)),
                                QMessageBox::NoButton, this);
    ask->setObjectName(QStringLiteral("discardChangesMessageBox"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *discard = ask->addButton(tr("&Discard changes"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardPushButton"));
    QPushButton *keep = ask->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingPushButton"));
    ask->setDefaultButton(keep);
    ask->setEscapeButton(keep);
    connect(discard, &QPushButton::clicked, this, [this] { QDialog::reject(); });
    ask->open();
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
    m_message->hide();
    m_said.clear();
    if (!temporaryCardEdited())
        return saveFrom(0);
    const QSet<ProcessId> enabled = enabledProcesses();
    const QString script = m_script->script();
    const ProcessGrants grants = m_permissions->grants();
    m_services.settings->save(m_session, enabled, script, grants)
        .then(this, [this, enabled, script, grants](const Outcome &outcome) {
            if (!outcome.ok)
                return refused(0, tr("Temporary card"), outcome.message);
            m_loaded.enabled = enabled;
            m_loaded.optionsScript = script;
            m_loaded.grants = grants;
            m_said << outcome.message;
            saveFrom(0);
        });
}

// The pages after the temporary card, one after the other: each waits for the one before, so the first
// refusal stops the rest and what was saved before it stays saved.
void SettingsDialog::saveFrom(int index)
{
    for (; index < m_steps.size() && !m_steps.at(index).page->hasEdits(); ++index) {
    }
    if (index == m_steps.size()) {
        m_save->setEnabled(true);
        emit saved(m_said.isEmpty() ? tr("Nothing was changed.") : m_said.join(QLatin1Char(' ')));
        return accept();
    }
    m_steps.at(index).page->saveEdits().then(this, [this, index](const Outcome &outcome) {
        const Step &step = m_steps.at(index);
        if (!outcome.ok)
            return refused(step.section, step.title, outcome.message);
        if (!outcome.message.isEmpty())
            m_said << outcome.message;
        saveFrom(index + 1);
    });
}

void SettingsDialog::refused(int section, const QString &title, const QString &message)
{
    m_save->setEnabled(true);
    m_sections->setCurrentRow(section);
    DialogParts::say(m_message, tr("%1 was not saved: %2").arg(title, message));
}

} // namespace tempcards
