// SPDX-License-Identifier: Apache-2.0
#include "StockStatus.h"

#include "CardService.h"
#include "HandOutService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace tempcards {

StockStatus::StockStatus(HandOutService *handOut, CardService *cards, QWidget *parent)
    : QWidget(parent), m_handOut(handOut)
{
    setObjectName(QStringLiteral("stockStatus"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("stockStatusLabel"));
    m_order = new QToolButton(this);
    m_order->setObjectName(QStringLiteral("orderStockToolButton"));
    m_order->setAutoRaise(true);
    m_order->setAccessibleName(tr("Order temporary cards"));
    m_order->setToolTip(tr("Open Order temporary cards with the amount that brings the stock back"));
    m_order->setAccessibleDescription(m_order->toolTip());
    m_text->setAccessibleDescription(tr("Unassigned cards and cards on their way, against the low-stock threshold"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_order);
    hide();
    connect(m_order, &QToolButton::clicked, this, [this] {
        if (m_amount > 0)
            emit orderRequested(m_amount);
    });
    m_soon.setSingleShot(true);
    m_soon.setInterval(1000);
    connect(&m_soon, &QTimer::timeout, this, &StockStatus::check);
    connect(cards, &CardService::changed, &m_soon, qOverload<>(&QTimer::start));
    m_every.setInterval(60000);
    connect(&m_every, &QTimer::timeout, this, &StockStatus::check);
    m_every.start();
    m_soon.start(0);
}

void StockStatus::check()
{
    if (m_checking)
        return m_soon.start(); // a read is under way; look again after it
    m_checking = true;
    m_handOut->stock().then(this, [this](const HandOutService::StockLevel &level) {
        m_checking = false;
        const bool low = level.low();
        m_amount = low ? level.stock.shortfall(level.threshold) : 0;
        if (!low) {
            m_low = false;
            hide();
            return;
        }
        const QString text = tr("Low stock: %1 unassigned, %2 on the way; the threshold is %3.")
                                 .arg(level.stock.unassigned)
                                 .arg(level.stock.onTheWay)
                                 .arg(level.threshold);
        m_text->setText(text);
        m_text->setAccessibleDescription(text);
        m_order->setText(tr("Order %n…", nullptr, m_amount));
        m_order->setAccessibleName(tr("Order %n temporary card(s)", nullptr, m_amount));
        show();
        if (!m_low)
            emit becameLow(text);
        m_low = true;
    });
}

} // namespace tempcards
