// SPDX-License-Identifier: Apache-2.0
#include "PermissionsPage.h"
#include "DialogParts.h"

#include "Session.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tempcards {

PermissionsPage::PermissionsPage(const ProcessGrants &grants, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("permissionsPage"));
    const QList<ProcessId> processes = Processes::all();
    const QStringList roles = Roles::all();
    m_table = new QTableWidget(int(processes.size()), int(roles.size()), this);
    m_table->setObjectName(QStringLiteral("grantsTableWidget"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move in it
    m_table->setAccessibleName(tr("Who may start each process"));
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    QStringList columns;
    for (const QString &role : roles)
        columns << Roles::displayName(role);
    m_table->setHorizontalHeaderLabels(columns);
    QStringList rows;
    for (int row = 0; row < processes.size(); ++row) {
        rows << Processes::displayName(processes.at(row));
        for (int column = 0; column < roles.size(); ++column) {
            auto *item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(grants.value(processes.at(row)).contains(roles.at(column)) ? Qt::Checked
                                                                                           : Qt::Unchecked);
            item->setData(Qt::AccessibleTextRole, tr("%1 may start %2").arg(columns.at(column), rows.last()));
            m_table->setItem(row, column, item);
        }
    }
    m_table->setVerticalHeaderLabels(rows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *intro = new QLabel(tr("A process is offered to an account when it is enabled and one of the account's roles "
                                "may start it."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    DialogParts::describe(this, {
                                    {QStringLiteral("grantsTableWidget"),
                                     tr("Which role may start which process; check a box to allow it")},
                                });
}

ProcessGrants PermissionsPage::grants() const
{
    ProcessGrants grants;
    const QList<ProcessId> processes = Processes::all();
    const QStringList roles = Roles::all();
    for (int row = 0; row < processes.size(); ++row) {
        QSet<QString> granted;
        for (int column = 0; column < roles.size(); ++column) {
            if (m_table->item(row, column)->checkState() == Qt::Checked)
                granted.insert(roles.at(column));
        }
        grants.insert(processes.at(row), granted);
    }
    return grants;
}

} // namespace tempcards
