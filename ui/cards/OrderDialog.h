// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Session.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace tempcards {

class OrderingService;
class OrderTemporaryCardsJob;

// "Order temporary cards": Amount 1-9, Next or Cancel (Enter is Next, Esc is Cancel). After Next it stays
// open only while Go Cards is being asked (queueing off) or when there is something to read: a refusal, or
// an order whose answer is not known yet (then it offers Try again). Esc while waiting stops waiting; the
// cards stay in processing. succeeded() reports a success for the status bar before the dialog closes.
class OrderDialog : public QDialog
{
    Q_OBJECT

public:
    // The ordering service outlives the dialog.
    OrderDialog(OrderingService *ordering, const Session &session, QWidget *parent = nullptr);
    // Picks `amount` (1 to 9) in the Amount list, as the low-stock warning proposes it.
    void setAmount(int amount);

    void reject() override;

signals:
    void succeeded(const QString &message);

private:
    void next();
    void tryAgain();
    // The job whose result the dialog shows: the order, then each Try again.
    void follow(OrderTemporaryCardsJob *job);
    void onJobFinished();
    void showSending(bool sending);
    void showResult(const QString &message, bool canRetry);
    void showNothingSaved(const QString &message);

    OrderingService *m_ordering;
    Session m_session;
    QPointer<OrderTemporaryCardsJob> m_job;
    QComboBox *m_amount;
    QLabel *m_message;
    QProgressBar *m_progress;
    QPushButton *m_next;
    QPushButton *m_cancel;
    QPushButton *m_tryAgain;
    QPushButton *m_close;
};

} // namespace tempcards
