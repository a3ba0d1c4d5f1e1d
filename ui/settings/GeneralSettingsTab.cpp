// SPDX-License-Identifier: Apache-2.0
#include "GeneralSettingsTab.h"
#include "DialogParts.h"

#include "ProcessListEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace tempcards {

GeneralSettingsTab::GeneralSettingsTab(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("generalSettingsTab"));
    auto *processes = new QGroupBox(tr("Processes"), this);
    m_processes = new ProcessListEditor(QStringLiteral("newProcess"), tr("&New-Process:"), tr("Process &list:"),
                                        Processes::newProcesses(), processes);
    (new QVBoxLayout(processes))->addWidget(m_processes);

    m_productionType = new QComboBox(this);
    m_productionType->setObjectName(QStringLiteral("productionTypeComboBox"));
    m_productionType->setAccessibleName(tr("Production type for temporary cards"));
    for (const QString &type : TempCardOptions::productionTypes())
        m_productionType->addItem(type == QLatin1String("external") ? tr("External (Nexus GO Cards)") : type, type);
    m_queue = new QCheckBox(tr("&Queue temporary cards"), this);
    m_queue->setObjectName(QStringLiteral("queueTemporaryCardsCheckBox"));
    m_queue->setAccessibleName(tr("Queue temporary cards"));
    m_queue->setAccessibleDescription(tr("On: Next puts the cards in processing for the batch sync. Off: Next "
                                         "orders them from Nexus GO Cards at once."));
    m_queue->setToolTip(m_queue->accessibleDescription());
    connect(m_productionType, &QComboBox::activated, this,
            [this] { emit optionEdited(TempCardOptions::ProductionType, m_productionType->currentData()); });
    connect(m_queue, &QCheckBox::toggled, this,
            [this](bool on) { emit optionEdited(TempCardOptions::QueueTemporaryCards, on); });
    m_locked = new QLabel(tr("The options script has an error; fix it on the Options script tab to change "
                             "options here."),
                          this);
    m_locked->setObjectName(QStringLiteral("optionsLockedLabel"));
    m_locked->setWordWrap(true);
    m_locked->hide();

    auto *options = new QGroupBox(tr("Options"), this);
    auto *optionsLayout = new QFormLayout(options);
    auto *typeLabel = new QLabel(tr("&Production type for temporary cards:"), this);
    typeLabel->setBuddy(m_productionType);
    optionsLayout->addRow(typeLabel, m_productionType);
    optionsLayout->addRow(m_queue);
    auto *queueHelp = new QLabel(m_queue->accessibleDescription(), this);
    queueHelp->setWordWrap(true);
    optionsLayout->addRow(queueHelp);
    optionsLayout->addRow(m_locked);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(processes, 1);
    layout->addWidget(options);
    DialogParts::describe(this, {
                                    {QStringLiteral("productionTypeComboBox"), tr("Who produces the temporary cards")},
                                });
}

void GeneralSettingsTab::setEnabledProcesses(const QSet<ProcessId> &enabled)
{
    m_processes->setEnabledProcesses(enabled);
}

void GeneralSettingsTab::showOptions(const std::optional<TempCardOptions> &options)
{
    m_productionType->setEnabled(options.has_value());
    m_queue->setEnabled(options.has_value());
    m_locked->setVisible(!options);
    if (!options)
        return;
    const QSignalBlocker typeBlocker(m_productionType);
    const QSignalBlocker queueBlocker(m_queue);
    m_productionType->setCurrentIndex(qMax(0, m_productionType->findData(options->productionType)));
    m_queue->setChecked(options->queueTemporaryCards);
}

} // namespace tempcards
