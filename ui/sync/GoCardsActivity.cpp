// SPDX-License-Identifier: Apache-2.0
#include "GoCardsActivity.h"

#include "GoCardsClient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace tempcards {

GoCardsActivity::GoCardsActivity(GoCardsClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    setObjectName(QStringLiteral("goCardsActivity"));
    m_text = new QLabel(tr("Waiting for Nexus GO Cards…"), this);
    m_text->setObjectName(QStringLiteral("goCardsActivityLabel"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("goCardsActivityProgressBar"));
    m_bar->setAccessibleName(m_text->text());
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(m_text->fontMetrics().averageCharWidth() * 12);
    m_bar->setMaximumHeight(m_text->fontMetrics().height());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_bar);
    layout->addWidget(m_text);
    hide();

    m_delay.setSingleShot(true);
    m_delay.setInterval(kShowAfterMs);
    connect(&m_delay, &QTimer::timeout, this, [this] { setShown(m_client->isBusy()); });
    connect(m_client, &GoCardsClient::busyChanged, this, [this](bool busy) {
        if (busy)
            m_delay.start();
        else
            setShown(false);
    });
}

void GoCardsActivity::setShown(bool shown)
{
    m_delay.stop();
    setVisible(shown);
    if (shown)
        window()->setCursor(Qt::BusyCursor);
    else
        window()->unsetCursor();
}

} // namespace tempcards
