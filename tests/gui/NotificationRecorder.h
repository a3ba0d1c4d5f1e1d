// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QVariantMap>

namespace tempcards::test {

// A desktop's notification service for the tests: org.freedesktop.Notifications on the session bus, on a
// connection of its own (so the client's calls go through the bus daemon as they would to GNOME Shell or
// Plasma), recording every notification it is given. Needs a session bus (scripts/desktop-test.sh).
class NotificationRecorder : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        uint id = 0;
        QString appName;
        uint replacesId = 0;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };

    NotificationRecorder();
    ~NotificationRecorder() override;
    bool isRegistered() const { return m_registered; }
    const QList<Shown> &shown() const { return m_shown; }
    // As when the person clicks the notification's body.
    void click(uint id);

public slots:
    Q_SCRIPTABLE uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                             const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout);
    Q_SCRIPTABLE QStringList GetCapabilities();
    Q_SCRIPTABLE void CloseNotification(uint id);
    Q_SCRIPTABLE QString GetServerInformation(QString &vendor, QString &version, QString &specVersion);

private:
    QDBusConnection m_bus;
    bool m_registered = false;
    uint m_next = 1;
    QList<Shown> m_shown;
};

} // namespace tempcards::test
