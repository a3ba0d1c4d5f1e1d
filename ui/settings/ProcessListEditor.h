// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Processes.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QListWidget;
class QPushButton;

namespace tempcards {

// Which of a group of processes are enabled, edited the Smart ID way: pick one in a drop-down, Add it to
// the list; select one in the list, Remove it. Object names are prefixed (e.g. "newProcess" gives
// newProcessComboBox, addNewProcessPushButton, newProcessListWidget, removeNewProcessPushButton).
class ProcessListEditor : public QWidget
{
    Q_OBJECT

public:
    ProcessListEditor(const QString &namePrefix, const QString &pickLabel, const QString &listLabel,
                      const QList<ProcessId> &processes, QWidget *parent = nullptr);

    void setEnabledProcesses(const QSet<ProcessId> &enabled);
    // The processes of this editor's group that are in the list.
    QSet<ProcessId> listed() const;
    const QList<ProcessId> &group() const { return m_group; }

private:
    void add();
    void remove();
    void updateButtons();

    QList<ProcessId> m_group;
    QComboBox *m_pick;
    QPushButton *m_add;
    QListWidget *m_list;
    QPushButton *m_remove;
};

} // namespace tempcards
