// SPDX-License-Identifier: Apache-2.0
#include "ProcessListEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tempcards {

namespace {
constexpr int kProcessRole = Qt::UserRole + 1;

QString capitalized(const QString &prefix)
{
    return prefix.left(1).toUpper() + prefix.mid(1);
}
} // namespace

ProcessListEditor::ProcessListEditor(const QString &prefix, const QString &pickLabel, const QString &listLabel,
                                     const QList<ProcessId> &processes, QWidget *parent)
    : QWidget(parent), m_group(processes)
{
    m_pick = new QComboBox(this);
    m_pick->setObjectName(prefix + QStringLiteral("ComboBox"));
    m_pick->setAccessibleName(QString(pickLabel).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("add") + capitalized(prefix) + QStringLiteral("PushButton"));
    m_add->setAccessibleName(tr("Add to the list"));
    m_list = new QListWidget(this);
    m_list->setObjectName(prefix + QStringLiteral("ListWidget"));
    m_list->setAccessibleName(QString(listLabel).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("remove") + capitalized(prefix) + QStringLiteral("PushButton"));
    m_remove->setAccessibleName(tr("Remove from the list"));
    m_pick->setAccessibleDescription(tr("The process to add to the list below"));
    m_add->setToolTip(tr("Add the chosen process to the list"));
    m_list->setAccessibleDescription(tr("The processes offered here to operators, in this order"));
    m_remove->setToolTip(tr("Remove the selected process from the list"));
    connect(m_add, &QPushButton::clicked, this, &ProcessListEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &ProcessListEditor::remove);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ProcessListEditor::updateButtons);

    auto *pickCaption = new QLabel(pickLabel, this);
    pickCaption->setBuddy(m_pick);
    auto *listCaption = new QLabel(listLabel, this);
    listCaption->setBuddy(m_list);
    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(pickCaption);
    pickRow->addWidget(m_pick, 1);
    pickRow->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addLayout(pickRow);
    layout->addWidget(listCaption);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_remove, 0, Qt::AlignRight);
}

void ProcessListEditor::setEnabledProcesses(const QSet<ProcessId> &enabled)
{
    m_list->clear();
    m_pick->clear();
    for (const ProcessId id : std::as_const(m_group)) {
        if (enabled.contains(id)) {
            auto *item = new QListWidgetItem(Processes::displayName(id), m_list);
            item->setData(kProcessRole, int(id));
            item->setToolTip(Processes::symbolicName(id));
        } else {
            m_pick->addItem(Processes::displayName(id), int(id));
        }
    }
    updateButtons();
}

QSet<ProcessId> ProcessListEditor::listed() const
{
    QSet<ProcessId> listed;
    for (int row = 0; row < m_list->count(); ++row)
        listed.insert(ProcessId(m_list->item(row)->data(kProcessRole).toInt()));
    return listed;
}

void ProcessListEditor::add()
{
    const int index = m_pick->currentIndex();
    if (index < 0)
        return;
    auto *item = new QListWidgetItem(m_pick->itemText(index), m_list);
    item->setData(kProcessRole, m_pick->itemData(index));
    item->setToolTip(Processes::symbolicName(ProcessId(m_pick->itemData(index).toInt())));
    m_pick->removeItem(index);
    m_list->setCurrentItem(item);
    updateButtons();
}

void ProcessListEditor::remove()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_pick->addItem(item->text(), item->data(kProcessRole));
    delete item;
    updateButtons();
}

void ProcessListEditor::updateButtons()
{
    m_add->setEnabled(m_pick->count() > 0);
    m_pick->setEnabled(m_pick->count() > 0);
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}

} // namespace tempcards
