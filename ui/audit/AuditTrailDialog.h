// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AuditService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tempcards {

// File › Audit trail (auditors): the trail newest first, a page at a time, filtered by user, action, object,
// outcome and dates; exported to CSV; its hash chain verified, alone or against a file of signed checkpoints
// kept outside the database. Read-only: nothing here can change a record.
class AuditTrailDialog : public QDialog
{
    Q_OBJECT

public:
    AuditTrailDialog(AuditService *audit, const Session &session, QWidget *parent = nullptr);

    static constexpr int kPageSize = 200;

    // Writes the records the filter shows to `path` (the Export button asks for the path first).
    void exportTo(const QString &path);
    // Verifies the chain and the database against the checkpoints in `checkpointFile` (the Checkpoints
    // button asks for the file first).
    void verifyAgainst(const QString &checkpointFile);

private:
    AuditFilter filter() const;
    void reload();
    void loadMore();
    void append(const AuditService::Page &page);
    void say(const QString &text);
    void showRecord(int row);
    void setBusy(bool busy);

    AuditService *m_audit;
    Session m_session;
    QLineEdit *m_actor;
    QComboBox *m_action;
    QLineEdit *m_object;
    QComboBox *m_outcome;
    QDateEdit *m_from;
    QDateEdit *m_until;
    QTableWidget *m_table;
    QPushButton *m_older;
    QPushButton *m_export;
    QPushButton *m_verify;
    QPushButton *m_checkpoints;
    QLabel *m_message;
    AuditFilter m_shown; // the filter of the rows in the table
    qint64 m_oldestId = 0;
    QList<AuditRow> m_rows;   // as the table shows them
    int m_generation = 0;     // a page that arrives for an older filter is dropped
    bool m_verifying = false; // a verification was started: its message stays until the next filter
};

} // namespace tempcards
