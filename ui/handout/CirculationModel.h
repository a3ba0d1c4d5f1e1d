// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CirculationQuery.h"

#include <QAbstractTableModel>

namespace tempcards {

// The rows of one circulation view for a table: card, state, holder, employee id, department, since, valid
// until, reason, and (for the due reminders) the day the reminder is due. Which columns a view needs is
// columnsOf(); the window hides the rest. Rows are replaced whole by setRows().
class CirculationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CardColumn,
        StateColumn,
        HolderColumn,
        EmployeeIdColumn,
        DepartmentColumn,
        SinceColumn,
        ValidUntilColumn,
        ReasonColumn,
        ReminderColumn,
        MailColumn, // the reminder's mail: sent, why not, or not sent since no mail server is set
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    static QList<Column> columnsOf(CirculationView view);
    // `mailServerSet`: whether the batch sync sends the reminders (HandOutService::View).
    void setRows(const QList<CirculationRow> &rows, bool mailServerSet = false);
    const QList<CirculationRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString mailText(const CirculationRow &row) const;

    QList<CirculationRow> m_rows;
    bool m_mailServerSet = false;
};

} // namespace tempcards
