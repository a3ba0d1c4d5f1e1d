// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HeldBatches.h"
#include "Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tempcards {

class SyncService;

// File › Held orders (administrators): the orders Go Cards answered in a way that sending them again cannot
// change, with why; one is sent again, or its cards failed with a reason. The batch sync carries the
// decision out, so this dialog only records it and shows what is still waiting for one.
class HeldOrdersDialog : public QDialog
{
    Q_OBJECT

public:
    HeldOrdersDialog(SyncService *sync, const Session &session, QWidget *parent = nullptr);

    // Reads the list again (after a decision, and when the batch sync has run).
    void reload();

private:
    void decide(HeldBatch::Decision decision);
    void updateButtons();
    qint64 selectedId() const;

    SyncService *m_sync;
    Session m_session;
    QList<HeldBatch> m_batches;
    QTableWidget *m_table;
    QLineEdit *m_reason;
    QPushButton *m_sendAgain;
    QPushButton *m_fail;
    QLabel *m_message;
    bool m_busy = false;
};

} // namespace tempcards
