// SPDX-License-Identifier: Apache-2.0
#include "TrayIcon.h"

#include "StateLook.h"

#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace tempcards {

TrayIcon::TrayIcon(QWidget *window, QMenu *notifications, QAction *runSync, QAction *quit) : QObject(window)
{
    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *show = m_menu->addAction(tr("&Show tempcards"), this, &TrayIcon::showRequested);
    show->setObjectName(QStringLiteral("showWindowAction"));
    m_menu->addAction(runSync);
    m_menu->addMenu(notifications);
    m_menu->addSeparator();
    m_menu->addAction(quit);
    m_tray = new QSystemTrayIcon(StateLook::applicationIcon(), this);
    m_tray->setContextMenu(m_menu);
    m_tray->setToolTip(tr("tempcards"));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showRequested();
    });
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

bool TrayIcon::isShown() const
{
    return m_tray->isVisible();
}

void TrayIcon::setSyncFailing(bool failing)
{
    m_tray->setToolTip(failing ? tr("tempcards: the batch sync is failing") : tr("tempcards"));
}

} // namespace tempcards
