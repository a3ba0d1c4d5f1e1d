// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardQuery.h"
#include "Session.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace tempcards {

class OrderingService;

// "Abort temporary card order" on the selected cards: lists them, Next aborts (Enter), Cancel closes
// (Esc). The outcome is shown per card, since some may be refused (a card whose order Go Cards may
// already hold). succeeded() reports a summary for the status bar when at least one card was aborted.
class AbortDialog : public QDialog
{
    Q_OBJECT

public:
    // The ordering service outlives the dialog.
    AbortDialog(OrderingService *ordering, const Session &session, const QList<CardRow> &cards,
                QWidget *parent = nullptr);

signals:
    void succeeded(const QString &message);

private:
    void next();

    OrderingService *m_ordering;
    Session m_session;
    QList<CardRow> m_cards;
    QListWidget *m_list;
    QLabel *m_message;
    QPushButton *m_next;
    QPushButton *m_cancel;
    QPushButton *m_close;
};

} // namespace tempcards
