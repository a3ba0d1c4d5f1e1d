// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace tempcards {

// The icon in the desktop's system tray, where it has one (KDE, Xfce, GNOME with an extension): a click
// asks for the window (showRequested(), which the window answers, or its idle lock); its menu shows it, runs the batch
// sync, chooses the desktop notifications and quits; its tooltip says while the batch sync is failing. News itself goes
// through DesktopNotifier, which works without a tray. The menu is built whether or not a tray is there, so it can be
// tested. The window and the actions passed in are the caller's and outlive this object.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    TrayIcon(QWidget *window, QMenu *notifications, QAction *runSync, QAction *quit);
    QMenu *menu() const { return m_menu; }
    bool isShown() const;
    void setSyncFailing(bool failing);

signals:
    void showRequested();

private:
    QMenu *m_menu;
    QSystemTrayIcon *m_tray;
};

} // namespace tempcards
