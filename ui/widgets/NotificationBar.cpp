// SPDX-License-Identifier: Apache-2.0
#include "NotificationBar.h"

#include "StateLook.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace tempcards {

NotificationBar::NotificationBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("notificationBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("notificationLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // No name of its own: a screen reader reads the message itself, and hears each new one.
    m_text->setAccessibleDescription(tr("What the last action did, or why it failed"));
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("closeNotificationToolButton"));
    m_close->setIcon(StateLook::closeIcon()); // the style's own is nearly invisible on dark palettes
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void NotificationBar::showMessage(const QString &message)
{
    m_text->setText(message);
    show();
}

QString NotificationBar::message() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace tempcards
