// SPDX-License-Identifier: Apache-2.0
#include "CirculationModel.h"

#include "CardHandOut.h"
#include "DialogParts.h"
#include "StateLook.h"

#include <QLocale>

namespace tempcards {

QList<CirculationModel::Column> CirculationModel::columnsOf(CirculationView view)
{
    const QList<Column> held{CardColumn,       HolderColumn, EmployeeIdColumn,
                             DepartmentColumn, SinceColumn,  ValidUntilColumn};
    switch (view) {
    case CirculationView::InCirculation:
    case CirculationView::ExpiringSoon:
    case CirculationView::ExpiredNotReturned:
        return held;
    case CirculationView::NeedingAttention:
        return QList<Column>{CardColumn, StateColumn} + held.mid(1);
    case CirculationView::Locked:
        return {CardColumn, ReasonColumn};
    case CirculationView::DueReminders:
        return held + QList<Column>{ReminderColumn, MailColumn};
    }
    return held;
}

void CirculationModel::setRows(const QList<CirculationRow> &rows, bool mailServerSet)
{
    beginResetModel();
    m_rows = rows;
    m_mailServerSet = mailServerSet;
    endResetModel();
}

int CirculationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CirculationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CirculationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CirculationRow &row = m_rows.at(index.row());
    if (role == Qt::DecorationRole && index.column() == StateColumn)
        return StateLook::cardStateIcon(row.card.state);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case CardColumn:
        return row.card.id;
    case StateColumn:
        return CardStates::displayName(row.card.state);
    case HolderColumn:
        return row.holder.id > 0 ? QStringLiteral("%1 %2").arg(row.holder.givenName, row.holder.surname) : QString();
    case EmployeeIdColumn:
        return row.holder.employeeId;
    case DepartmentColumn:
        return row.holder.department;
    case SinceColumn:
        return DialogParts::shortTime(row.card.assignedAt);
    case ValidUntilColumn:
        return DialogParts::shortTime(row.card.validUntil);
    case ReasonColumn:
        return CardHandOut::reasonText(row.card.reason);
    case ReminderColumn:
        return row.reminderDue.isValid() ? tr("%1, %n day(s) before", nullptr, row.daysLeft)
                                               .arg(QLocale().toString(row.reminderDue, QLocale::ShortFormat))
                                         : QString();
    case MailColumn:
        return mailText(row);
    default:
        return {};
    }
}

QString CirculationModel::mailText(const CirculationRow &row) const
{
    if (row.reminderSentAt.isValid())
        return tr("Sent %1").arg(DialogParts::shortTime(row.reminderSentAt));
    if (!row.reminderError.isEmpty())
        return tr("Not sent: %1").arg(row.reminderError);
    if (row.reminderAttempts > 0) // begun by a run that did not learn the answer; the next run sends it again
        return tr("Answer not known; sent again at the next run");
    return m_mailServerSet ? tr("Not sent yet") : tr("Listed only: no mail server is set");
}

QVariant CirculationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CardColumn:
        return tr("Card");
    case StateColumn:
        return tr("State");
    case HolderColumn:
        return tr("Holder");
    case EmployeeIdColumn:
        return tr("Employee id");
    case DepartmentColumn:
        return tr("Department");
    case SinceColumn:
        return tr("Since");
    case ValidUntilColumn:
        return tr("Valid until");
    case ReasonColumn:
        return tr("Reason");
    case ReminderColumn:
        return tr("Reminder due");
    case MailColumn:
        return tr("Mail");
    default:
        return {};
    }
}

} // namespace tempcards
