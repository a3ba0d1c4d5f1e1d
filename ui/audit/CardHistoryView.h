// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AuditService.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace tempcards {

// One card's history from the audit trail, newest first: when, who, what (by name), the change (states by
// name) and the outcome; Enter or a double click opens the record in full. For sessions that may read the
// audit trail, which the database checks on every read (AuditService). Read off the GUI thread; only the
// newest answer is shown. The service outlives the view.
class CardHistoryView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kLimit = 200; // records shown; the audit trail window has them all

    CardHistoryView(AuditService *audit, const Session &session, QWidget *parent = nullptr);
    // The card whose history to show; 0 shows nothing.
    void showCard(qint64 cardId);
    QTableWidget *table() const { return m_table; }

private:
    void present(const AuditService::Page &page);
    void openRecord(int row);

    AuditService *m_audit;
    Session m_session;
    qint64 m_cardId = 0;
    int m_loads = 0;
    QLabel *m_title;
    QTableWidget *m_table;
    QList<AuditRow> m_rows;
};

} // namespace tempcards
