// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace tempcards {

class SyncService;

// File › Unknown cards (administrators): the cards Nexus GO Cards reports that this database does not know
// (ordered after the backup it was restored from, or by another installation), with what Go Cards last said
// of them. Read-only: they are accounted for outside tempcards.
class UnknownCardsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnknownCardsDialog(SyncService *sync, QWidget *parent = nullptr);
    void reload();

private:
    SyncService *m_sync;
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace tempcards
