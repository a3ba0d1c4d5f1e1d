// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardHandOut.h"
#include "CardQuery.h"
#include "Processes.h"
#include "Session.h"

#include <QDialog>
#include <QFuture>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace tempcards {

class HandOutService;

// What the dialogs of Assign, Withdraw, Extend and Lock share: the process's name as the title, the cards it
// works on, a place for the process's own fields, the message label, and Next (Enter) or Cancel (Esc). Next
// runs the process through HandOutService; success emits succeeded(message) and closes, a refusal is shown
// in the dialog, which stays open with what was entered. The service outlives the dialog.
class HandOutDialog : public QDialog
{
    Q_OBJECT

public:
    HandOutDialog(ProcessId process, HandOutService *handOut, const Session &session, const QList<CardRow> &cards,
                  QWidget *parent);

signals:
    void succeeded(const QString &message);

protected:
    QVBoxLayout *fields() const { return m_fields; }
    QPushButton *nextButton() const { return m_next; }
    QLabel *messageLabel() const { return m_message; }
    HandOutService *handOut() const { return m_handOut; }
    const Session &session() const { return m_session; }
    const QList<CardRow> &cards() const { return m_cards; }
    QList<qint64> cardIds() const;
    // Runs the process's future: Next waits, then success closes and a refusal is said.
    void run(QFuture<CardHandOut::Result> future);
    // What Next does.
    virtual void next() = 0;
    // Shows the card summary (for a card the dialog chose itself, as Assign from a person does).
    void showCards(const QList<CardRow> &cards);
    // The subclass's fields are made after Next and Cancel: Tab reaches them first (see tabToButtonsLast).
    void showEvent(QShowEvent *event) override;

private:
    HandOutService *m_handOut;
    Session m_session;
    QList<CardRow> m_cards;
    QLabel *m_summary;
    QVBoxLayout *m_fields;
    QLabel *m_message;
    QPushButton *m_next;
    QDialogButtonBox *m_buttons;
    bool m_tabOrdered = false;
};

} // namespace tempcards
