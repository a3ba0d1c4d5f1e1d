// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SettingsService.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace tempcards {

class ProcessListEditor;

// Temporary card > General: the New-Process list (processes started from Quick search that operators are
// offered) and the options an administrator sets most often. The options live in the script (the Options
// script tab); this tab shows its values and reports edits with optionEdited(), for the script to take.
class GeneralSettingsTab : public QWidget
{
    Q_OBJECT

public:
    explicit GeneralSettingsTab(QWidget *parent = nullptr);

    ProcessListEditor *processes() const { return m_processes; }
    void setEnabledProcesses(const QSet<ProcessId> &enabled);
    // Shows the script's values; without them (the script does not parse) the controls are locked.
    void showOptions(const std::optional<TempCardOptions> &options);

signals:
    void optionEdited(const QString &name, const QVariant &value);

private:
    ProcessListEditor *m_processes;
    QComboBox *m_productionType;
    QCheckBox *m_queue;
    QLabel *m_locked;
};

} // namespace tempcards
