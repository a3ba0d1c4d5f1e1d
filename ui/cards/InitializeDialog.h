// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CardQuery.h"
#include "Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace tempcards {

class CardService;
class ReadChipUidJob;

// "Initialize temporary card" on a delivery: the produced cards chosen, one after the other. For each the
// operator reads the chip UID with a card reader into the field, or types it, and presses Next (Enter); the
// field starts empty, since it is checked against what Nexus GO Cards reported, which the dialog shows only
// after a mismatch. Skip leaves a card for later (not in this delivery). The list beside says where each card
// stands. After the last card, or on Close (Esc) once some are done, succeeded() says how many are ready.
// Where a PC/SC reader is connected (pcscd), the UID is read from each card put on it (ReadChipUidJob, off
// the GUI thread) and Next follows by itself; a card lying there is read once. Without one, it says so and
// typing works as before.
class InitializeDialog : public QDialog
{
    Q_OBJECT

public:
    // The card service outlives the dialog; `delivery` holds produced cards, in the order they are worked through.
    InitializeDialog(CardService *cards, const Session &session, const QList<CardRow> &delivery,
                     QWidget *parent = nullptr);

signals:
    void succeeded(const QString &message);

public slots:
    void reject() override;

private:
    void next();
    void skip();
    void showCurrent();
    void finish();
    void setStatus(int index, const QString &status);
    // Waits for the next card on the reader (one lying there since the last read does not count).
    void listenToReader(bool newCardOnly);
    void onCardRead();
    void stopReading();

    CardService *m_cards;
    Session m_session;
    QList<CardRow> m_delivery;
    int m_current = 0;
    int m_initialized = 0;
    QLabel *m_title;
    QListWidget *m_list;
    QLineEdit *m_uid;
    QLabel *m_message;
    QPushButton *m_next;
    QPushButton *m_skip;
    QLabel *m_reader;
    ReadChipUidJob *m_read = nullptr; // the reader's wait, while one runs
    bool m_noReader = false;          // no reader service or reader: typing only, for the dialog's life
};

} // namespace tempcards
