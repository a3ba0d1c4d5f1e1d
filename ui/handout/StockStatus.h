// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace tempcards {

class CardService;
class HandOutService;

// The stock in the status bar: hidden while unassigned cards and cards on their way are at least the
// options' lowStockThreshold; below it, "Low stock: …" and a button that asks for Order temporary cards with
// the amount that brings the stock back (at most 9, one run's most). Read off the GUI thread a second after
// cards change, and every minute. becameLow() fires once each time the stock falls below the threshold.
// The services outlive it.
class StockStatus : public QWidget
{
    Q_OBJECT

public:
    StockStatus(HandOutService *handOut, CardService *cards, QWidget *parent = nullptr);
    // Reads the stock now (the timers do it by themselves).
    void check();
    int proposedAmount() const { return m_amount; }

signals:
    void becameLow(const QString &message);
    void orderRequested(int amount);

private:
    HandOutService *m_handOut;
    QLabel *m_text;
    QToolButton *m_order;
    QTimer m_soon;
    QTimer m_every;
    int m_amount = 0;
    bool m_low = false;
    bool m_checking = false;
};

} // namespace tempcards
