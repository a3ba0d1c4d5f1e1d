// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DesktopNotifier.h"
#include "LayoutMemory.h"

#include <QMenu>

class QSettings;

namespace tempcards {

// View › Desktop notifications (and the tray icon's menu): one check box per kind of news, on by default,
// remembered per user on this workstation like the window's layout. The notifier and the settings are the
// caller's and outlive the menu; the choices apply to the notifier at once.
class NotificationsMenu : public QMenu
{
    Q_OBJECT

public:
    NotificationsMenu(DesktopNotifier *notifier, QSettings *settings, const QString &userName,
                      QWidget *parent = nullptr);

private:
    void addChoice(DesktopNotifier::Kind kind, const QString &key, const QString &text, const QString &objectName);

    DesktopNotifier *m_notifier;
    LayoutMemory m_memory;
};

} // namespace tempcards
